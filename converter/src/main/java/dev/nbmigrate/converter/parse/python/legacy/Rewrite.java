package dev.nbmigrate.converter.parse.python.legacy;

/** One Python 2 construct that {@link Py2Modernizer} rewrote, at its line in the original cell source. */
public record Rewrite(Kind kind, int line) {

    /** What was rewritten; {@link #description()} names it for reports. */
    public enum Kind {
        PRINT_STATEMENT("print statement"),
        EXEC_STATEMENT("exec statement"),
        EXCEPT_COMMA("except E, name"),
        RAISE_COMMA("raise E, value"),
        BACKTICK_REPR("backtick repr"),
        DIAMOND_NOT_EQUAL("<> operator"),
        LONG_LITERAL("long literal suffix L"),
        OCTAL_LITERAL("octal literal 0NNN"),
        UR_STRING_PREFIX("ur string prefix"),
        TUPLE_PARAMETER("tuple parameter"),
        TAB_INDENTATION("tab indentation");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }
}
