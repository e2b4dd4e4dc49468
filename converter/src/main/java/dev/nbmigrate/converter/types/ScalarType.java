package dev.nbmigrate.converter.types;

/** Plain Python values of driver-side code and literals. */
public enum ScalarType implements PyType {
    STR("str"),
    /** A Python {@code int}: a Java {@code long} in declarations (PySpark infers {@code bigint}). */
    INT("int"),
    /** A Python {@code float}: a Java {@code double}. */
    FLOAT("float"),
    BOOL("bool"),
    /** {@code None}; joined with another type it makes that type nullable. */
    NONE("None"),
    BYTES("bytes"),
    /** {@code decimal.Decimal}. */
    DECIMAL("Decimal"),
    /** {@code datetime.date}. */
    DATE("date"),
    /** {@code datetime.datetime}. */
    DATETIME("datetime"),
    /** {@code datetime.timedelta}. */
    TIMEDELTA("timedelta");

    private final String display;

    ScalarType(String display) {
        this.display = display;
    }

    @Override
    public String display() {
        return display;
    }

    /** True for {@code int} and {@code float} (and {@code bool}, which Python treats as an int). */
    public boolean isNumeric() {
        return this == INT || this == FLOAT || this == BOOL;
    }
}
