package dev.nbmigrate.converter.translate;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The table from Python's {@code strftime}/{@code strptime} directives to {@link java.time.format.DateTimeFormatter}
 * pattern letters. Each directive has the letters for formatting (zero-padded, as {@code strftime} writes) and for
 * parsing ({@code strptime} accepts {@code 2024-1-5} for {@code %Y-%m-%d}, so unpadded fields parse with one letter).
 */
enum StrftimeDirective {
    YEAR('Y', "yyyy", "yyyy", false, false),
    YEAR_2('y', "yy", "yy", false, false),
    MONTH('m', "MM", "M", false, false),
    DAY('d', "dd", "d", false, false),
    DAY_OF_YEAR('j', "DDD", "D", false, false),
    HOUR('H', "HH", "H", true, false),
    HOUR_12('I', "hh", "h", true, false),
    MINUTE('M', "mm", "m", true, false),
    SECOND('S', "ss", "s", true, false),
    MICROSECOND('f', "SSSSSS", "SSSSSS", true, false),
    AM_PM('p', "a", "a", true, true),
    MONTH_ABBREVIATED('b', "MMM", "MMM", false, true),
    MONTH_NAME('B', "MMMM", "MMMM", false, true),
    WEEKDAY_ABBREVIATED('a', "EEE", "EEE", false, true),
    WEEKDAY_NAME('A', "EEEE", "EEEE", false, true),
    UTC_OFFSET('z', "xx", "xx", true, false);

    private static final Map<Character, StrftimeDirective> BY_LETTER = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(d -> d.letter, Function.identity()));

    private final char letter;
    private final String format;
    private final String parse;
    private final boolean time;
    private final boolean text;

    StrftimeDirective(char letter, String format, String parse, boolean time, boolean text) {
        this.letter = letter;
        this.format = format;
        this.parse = parse;
        this.time = time;
        this.text = text;
    }

    static Optional<StrftimeDirective> of(char letter) {
        return Optional.ofNullable(BY_LETTER.get(letter));
    }

    /** The pattern letters when formatting ({@code strftime}). */
    String format() {
        return format;
    }

    /** The pattern letters when parsing ({@code strptime}) with a literal separator after the field. */
    String parse() {
        return parse;
    }

    /** Whether the directive is a time-of-day field (a date-only pattern parses to a {@code LocalDate}). */
    boolean isTime() {
        return time;
    }

    /** Whether the field is written in words (the formatter then needs an English locale, as C's strftime). */
    boolean isText() {
        return text;
    }
}
