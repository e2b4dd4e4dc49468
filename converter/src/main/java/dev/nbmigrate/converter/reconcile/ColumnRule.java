package dev.nbmigrate.converter.reconcile;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How the values of one column are compared: by their type ({@link Values}), or, for a column whose values come
 * from the clock of each run ({@code current_timestamp()}, {@code now()}, {@code current_date()}...), by nullness
 * only: two correct runs never share the instant they ran at, and the column's type is checked with the schema.
 */
sealed interface ColumnRule {

    /** Whether {@code a} and {@code b} are equal by this rule. */
    boolean equal(JsonNode a, JsonNode b);

    /** A text that is the same for values equal by this rule, to sort rows before they are matched. */
    String sortKey(JsonNode value);

    /** The rule for a column: {@link Clock} when it is a clock column, else {@link ByType}. */
    static ColumnRule of(SparkType type, boolean clock) {
        return clock ? new Clock() : new ByType(type);
    }

    /** Values compared as their type says. */
    record ByType(SparkType type) implements ColumnRule {
        @Override
        public boolean equal(JsonNode a, JsonNode b) {
            return Values.equal(type, a, b);
        }

        @Override
        public String sortKey(JsonNode value) {
            return Values.sortKey(type, value);
        }
    }

    /** Values from the clock: null equals null, and any value any other value. */
    record Clock() implements ColumnRule {
        @Override
        public boolean equal(JsonNode a, JsonNode b) {
            return isNull(a) == isNull(b);
        }

        @Override
        public String sortKey(JsonNode value) {
            return isNull(value) ? "\u0000" : "\u0001";
        }

        private static boolean isNull(JsonNode value) {
            return value == null || value.isNull();
        }
    }
}
