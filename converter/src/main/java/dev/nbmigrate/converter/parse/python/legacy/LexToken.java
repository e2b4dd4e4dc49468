package dev.nbmigrate.converter.parse.python.legacy;

/**
 * One token of {@link LegacyLexer}: its kind, its code-point range in the text, and the bracket depth before
 * it (0 at statement level).
 */
record LexToken(Kind kind, String text, int start, int end, int depth) {

    enum Kind {
        NAME, NUMBER, STRING, OP, COMMENT,
        /** The end of a logical line. */
        NEWLINE,
        /** A line break inside brackets or after a blank or comment-only line. */
        NL,
        /** A character no Python token starts with. */
        ERROR,
        END
    }

    boolean is(Kind expected, String value) {
        return kind == expected && text.equals(value);
    }

    boolean isOp(String value) {
        return is(Kind.OP, value);
    }

    boolean isName(String value) {
        return is(Kind.NAME, value);
    }

    /** Whether the token ends a simple statement: a newline, {@code ;} at statement level, or the end. */
    boolean endsStatement() {
        return kind == Kind.NEWLINE || kind == Kind.END || kind == Kind.OP && depth == 0 && text.equals(";");
    }

    /** Tokens that carry no code: comments and non-logical line breaks. */
    boolean isTrivia() {
        return kind == Kind.COMMENT || kind == Kind.NL;
    }
}
