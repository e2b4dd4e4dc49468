package dev.nbmigrate.converter.translate;

import java.util.Optional;

/**
 * A Python {@code strftime}/{@code strptime} format translated to a {@link java.time.format.DateTimeFormatter}
 * pattern: the pattern, whether it has time-of-day fields, and whether it needs an English locale (month and day
 * names, AM/PM).
 *
 * @param pattern the java.time pattern, literal text quoted
 * @param hasTime whether a time-of-day field occurs
 * @param needsLocale whether a field is written in words
 */
record DatePattern(String pattern, boolean hasTime, boolean needsLocale) {

    /** Literal characters that need no quotes in a java.time pattern. */
    private static final String PLAIN = " -/:.,_";

    /**
     * Translates a Python format; empty with the reason when a directive has no java.time counterpart.
     *
     * @param parsing true for {@code strptime}: fields followed by literal text parse with one letter (unpadded)
     */
    static Result of(String python, boolean parsing) {
        StringBuilder pattern = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        boolean time = false;
        boolean words = false;
        for (int i = 0; i < python.length(); i++) {
            char c = python.charAt(i);
            if (c != '%') {
                literal.append(c);
                continue;
            }
            if (i + 1 >= python.length()) {
                return Result.error("the format ends with a lone '%'");
            }
            char letter = python.charAt(++i);
            if (letter == '%') {
                literal.append('%');
                continue;
            }
            Optional<StrftimeDirective> directive = StrftimeDirective.of(letter);
            if (directive.isEmpty()) {
                return Result.error("the directive %" + letter + " has no java.time counterpart");
            }
            appendLiteral(pattern, literal);
            literal.setLength(0);
            boolean fieldFollows = i + 1 < python.length() && python.charAt(i + 1) == '%'
                    && i + 2 < python.length() && python.charAt(i + 2) != '%';
            pattern.append(parsing && !fieldFollows ? directive.get().parse() : directive.get().format());
            time |= directive.get().isTime();
            words |= directive.get().isText();
        }
        appendLiteral(pattern, literal);
        return new Result(Optional.of(new DatePattern(pattern.toString(), time, words)), "");
    }

    private static void appendLiteral(StringBuilder pattern, CharSequence literal) {
        if (literal.isEmpty()) {
            return;
        }
        boolean plain = literal.chars().allMatch(ch -> PLAIN.indexOf(ch) >= 0);
        if (plain) {
            pattern.append(literal);
        } else {
            pattern.append('\'').append(literal.toString().replace("'", "''")).append('\'');
        }
    }

    /** The translated pattern, or why there is none. */
    record Result(Optional<DatePattern> pattern, String error) {
        static Result error(String message) {
            return new Result(Optional.empty(), message);
        }
    }
}
