package dev.nbmigrate.converter.parse.python.ast;

/** A unary operator: {@code ~x}, {@code not x}, {@code +x}, {@code -x}. */
public enum UnaryOperator {
    INVERT("~"), NOT("not"), UADD("+"), USUB("-");

    private final String symbol;

    UnaryOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in Python. */
    public String symbol() {
        return symbol;
    }
}
