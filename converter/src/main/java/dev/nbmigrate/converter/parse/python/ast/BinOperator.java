package dev.nbmigrate.converter.parse.python.ast;

/** A binary arithmetic or bitwise operator, as in {@code a + b} or {@code x += 1}. */
public enum BinOperator {
    ADD("+"), SUB("-"), MULT("*"), MAT_MULT("@"), DIV("/"), MOD("%"), POW("**"), LSHIFT("<<"), RSHIFT(">>"),
    BIT_OR("|"), BIT_XOR("^"), BIT_AND("&"), FLOOR_DIV("//");

    private final String symbol;

    BinOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in Python, e.g. {@code //}. */
    public String symbol() {
        return symbol;
    }
}
