package dev.nbmigrate.converter.parse.python.ast;

/** {@code and} / {@code or}. */
public enum BoolOperator {
    AND("and"), OR("or");

    private final String symbol;

    BoolOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in Python. */
    public String symbol() {
        return symbol;
    }
}
