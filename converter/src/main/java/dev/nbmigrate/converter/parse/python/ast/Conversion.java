package dev.nbmigrate.converter.parse.python.ast;

/** The conversion of an f-string replacement field: none, {@code !s}, {@code !r} or {@code !a}. */
public enum Conversion {
    NONE, STR, REPR, ASCII;

    /** The conversion for CPython's code ({@code -1}, {@code 's'}, {@code 'r'}, {@code 'a'}). */
    public static Conversion ofCode(int code) {
        switch (code) {
            case 's':
                return STR;
            case 'r':
                return REPR;
            case 'a':
                return ASCII;
            case -1:
                return NONE;
            default:
                throw new IllegalArgumentException("unknown f-string conversion " + code);
        }
    }
}
