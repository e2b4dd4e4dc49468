package dev.nbmigrate.converter.parse.python.ast;

/** A comparison operator in a (possibly chained) comparison. */
public enum CmpOperator {
    EQ("=="), NOT_EQ("!="), LT("<"), LT_E("<="), GT(">"), GT_E(">="), IS("is"), IS_NOT("is not"), IN("in"),
    NOT_IN("not in");

    private final String symbol;

    CmpOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in Python, e.g. {@code not in}. */
    public String symbol() {
        return symbol;
    }
}
