package dev.nbmigrate.converter.translate.data;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A Python value known at conversion time: what a literal in the notebook evaluates to ({@code 1}, {@code 'a'},
 * {@code [1, 2]}, {@code Row(a=1)}, {@code datetime.date(2024, 1, 1)}, {@code Decimal('1.5')}, ...). Data passed to
 * {@code spark.createDataFrame} is folded into these values before its schema is inferred and its Java is written.
 */
public sealed interface PyValue {

    /** Python's {@code None}. */
    record None() implements PyValue {
        @Override
        public String pythonTypeName() {
            return "NoneType";
        }
    }

    record Bool(boolean value) implements PyValue {
        @Override
        public String pythonTypeName() {
            return "bool";
        }
    }

    /** A Python {@code int}: unbounded. */
    record Int(BigInteger value) implements PyValue {
        public Int {
            Objects.requireNonNull(value, "value");
        }

        public static Int of(long value) {
            return new Int(BigInteger.valueOf(value));
        }

        @Override
        public String pythonTypeName() {
            return "int";
        }
    }

    record Float(double value) implements PyValue {
        @Override
        public String pythonTypeName() {
            return "float";
        }
    }

    record Str(String value) implements PyValue {
        public Str {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String pythonTypeName() {
            return "str";
        }
    }

    /** {@code bytes} or {@code bytearray}. */
    record Bytes(byte[] value) implements PyValue {
        public Bytes {
            value = value.clone();
        }

        @Override
        public byte[] value() {
            return value.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Bytes bytes && java.util.Arrays.equals(value, bytes.value);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "Bytes" + java.util.Arrays.toString(value);
        }

        @Override
        public String pythonTypeName() {
            return "bytearray";
        }
    }

    /** {@code decimal.Decimal('1.50')}. */
    record Decimal(BigDecimal value) implements PyValue {
        public Decimal {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String pythonTypeName() {
            return "Decimal";
        }
    }

    /** {@code datetime.date}. */
    record Date(LocalDate value) implements PyValue {
        public Date {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String pythonTypeName() {
            return "date";
        }
    }

    /** A naive {@code datetime.datetime} (local time of the Python driver). */
    record DateTime(LocalDateTime value) implements PyValue {
        public DateTime {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String pythonTypeName() {
            return "datetime";
        }
    }

    /** {@code datetime.timedelta}. */
    record TimeDelta(Duration value) implements PyValue {
        public TimeDelta {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String pythonTypeName() {
            return "timedelta";
        }
    }

    /** A list or a tuple: {@code tuple} tells which (a tuple is a row, a list an array). */
    record Sequence(List<PyValue> items, boolean tuple) implements PyValue {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String pythonTypeName() {
            return tuple ? "tuple" : "list";
        }
    }

    /** A {@code dict}, entries in insertion order. */
    record Dict(List<Entry> entries) implements PyValue {
        public Dict {
            entries = List.copyOf(entries);
        }

        @Override
        public String pythonTypeName() {
            return "dict";
        }
    }

    /** One {@code key: value} of a {@link Dict}. */
    record Entry(PyValue key, PyValue value) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code Row(a=1, b='x')}: field names in the order given. */
    record RowValue(List<String> names, List<PyValue> values) implements PyValue {
        public RowValue {
            names = List.copyOf(names);
            values = List.copyOf(values);
            if (names.size() != values.size()) {
                throw new IllegalArgumentException(names.size() + " names for " + values.size() + " values");
            }
        }

        @Override
        public String pythonTypeName() {
            return "Row";
        }
    }

    /** Python's name for the value's type, as PySpark's error messages print it. */
    String pythonTypeName();
}
