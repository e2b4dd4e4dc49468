package dev.nbmigrate.runtime.config;

import dev.nbmigrate.runtime.paths.StorageScheme;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One validation rule declared on a config component ({@link Range}, {@link Pattern}, {@link OneOf},
 * {@link Schemes}). {@link Required} is not a constraint: absence is checked when binding.
 */
public sealed interface Constraint {

    /** The problem with {@code value} (never null; list elements are checked one by one), or empty if it is fine. */
    Optional<String> check(Object value);

    /** What the rule allows, for {@code --help}. */
    String describe();

    /** Whether the rule applies to values of {@code type}. */
    boolean appliesTo(ValueType type);

    /** Annotation type to constraint: the table {@link ConfigSchema} reads record components with. */
    Map<Class<? extends Annotation>, Function<Annotation, Constraint>> FROM_ANNOTATION = Map.of(
            Range.class, a -> new InRange(((Range) a).min(), ((Range) a).max()),
            Pattern.class, a -> new Matches(java.util.regex.Pattern.compile(((Pattern) a).value())),
            OneOf.class, a -> new AllowedValues(List.of(((OneOf) a).value())),
            Schemes.class, a -> new AllowedSchemes(List.of(((Schemes) a).value())));

    /** {@link Range}: inclusive numeric bounds. */
    record InRange(double min, double max) implements Constraint {
        @Override
        public Optional<String> check(Object value) {
            double number = ((Number) value).doubleValue();
            if (number >= min && number <= max) {
                return Optional.empty();
            }
            if (min == Double.NEGATIVE_INFINITY) {
                return Optional.of("must be at most " + plain(max) + ", got " + value);
            }
            if (max == Double.POSITIVE_INFINITY) {
                return Optional.of("must be at least " + plain(min) + ", got " + value);
            }
            return Optional.of("must be between " + plain(min) + " and " + plain(max) + ", got " + value);
        }

        @Override
        public String describe() {
            return "range " + (min == Double.NEGATIVE_INFINITY ? "" : plain(min)) + ".."
                    + (max == Double.POSITIVE_INFINITY ? "" : plain(max));
        }

        @Override
        public boolean appliesTo(ValueType type) {
            return type.isNumeric();
        }

        private static String plain(double bound) {
            return BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString();
        }
    }

    /** {@link Pattern}: the whole text matches a regular expression. */
    record Matches(java.util.regex.Pattern regex) implements Constraint {
        @Override
        public Optional<String> check(Object value) {
            return regex.matcher((String) value).matches()
                    ? Optional.empty()
                    : Optional.of("must match " + regex.pattern() + ", got '" + value + "'");
        }

        @Override
        public String describe() {
            return "pattern " + regex.pattern();
        }

        @Override
        public boolean appliesTo(ValueType type) {
            return type.javaType() == String.class;
        }
    }

    /** {@link OneOf}: one of a fixed set of texts. */
    record AllowedValues(List<String> values) implements Constraint {
        @Override
        public Optional<String> check(Object value) {
            if (values.contains(value)) {
                return Optional.empty();
            }
            String hint = Suggest.nearest((String) value, values).map(s -> " (did you mean '" + s + "'?)").orElse("");
            return Optional.of("must be one of " + String.join(", ", values) + "; got '" + value + "'" + hint);
        }

        @Override
        public String describe() {
            return "one of " + String.join(", ", values);
        }

        @Override
        public boolean appliesTo(ValueType type) {
            return type.javaType() == String.class;
        }
    }

    /** {@link Schemes}: a path whose storage scheme is one of a set of labels. */
    record AllowedSchemes(List<String> schemes) implements Constraint {
        public AllowedSchemes {
            for (String scheme : schemes) {
                if (StorageScheme.fromLabel(scheme).isEmpty()) {
                    throw new IllegalArgumentException("unknown storage scheme '" + scheme + "' in @Schemes; known: "
                            + String.join(", ", StorageScheme.labels()));
                }
            }
        }

        @Override
        public Optional<String> check(Object value) {
            String scheme = StorageScheme.labelOf((String) value);
            return schemes.contains(scheme)
                    ? Optional.empty()
                    : Optional.of("path '" + value + "' has scheme '" + scheme + "', allowed: "
                            + String.join(", ", schemes));
        }

        @Override
        public String describe() {
            return "schemes " + String.join(", ", schemes);
        }

        @Override
        public boolean appliesTo(ValueType type) {
            return type.javaType() == String.class;
        }
    }

    /** All annotations on a component that map to constraints, in a stable order. */
    static List<Annotation> constraintAnnotations(Annotation[] annotations) {
        return Arrays.stream(annotations).filter(a -> FROM_ANNOTATION.containsKey(a.annotationType()))
                .sorted(java.util.Comparator.comparing(a -> a.annotationType().getSimpleName())).toList();
    }
}
