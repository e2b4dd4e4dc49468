package dev.nbmigrate.runtime.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A scalar type a config component may have, with its parser, the placeholder {@code --help} shows and the phrase
 * error messages use ("expected an integer, got 'x'"). Lists are lists of these.
 *
 * @param javaType    the Java type (boxed for primitives)
 * @param placeholder what {@code --help} shows after the option name
 * @param expectation what a bad value was expected to be, for error messages
 * @param parser      text to value; throws on bad text
 */
public record ValueType(Class<?> javaType, String placeholder, String expectation, Function<String, Object> parser) {

    private static final Map<Class<?>, ValueType> SCALARS = table(
            new ValueType(String.class, "text", "text", s -> s),
            new ValueType(Integer.class, "int", "an integer (32-bit)", s -> Integer.valueOf(s.trim())),
            new ValueType(Long.class, "long", "an integer", s -> Long.valueOf(s.trim())),
            new ValueType(Double.class, "number", "a number", ValueType::parseDouble),
            new ValueType(BigDecimal.class, "decimal", "a decimal number", s -> new BigDecimal(s.trim())),
            new ValueType(Boolean.class, "true|false", "true or false", ValueType::parseBoolean),
            new ValueType(LocalDate.class, "yyyy-mm-dd", "a date like 2024-01-31", s -> LocalDate.parse(s.trim())),
            new ValueType(LocalDateTime.class, "yyyy-mm-ddThh:mm:ss", "a date-time like 2024-01-31T06:00:00",
                    s -> LocalDateTime.parse(s.trim().replace(' ', 'T'))),
            new ValueType(Instant.class, "yyyy-mm-ddThh:mm:ssZ", "an instant like 2024-01-31T06:00:00Z",
                    s -> Instant.parse(s.trim())),
            new ValueType(Duration.class, "duration", "an ISO-8601 duration like PT15M",
                    s -> Duration.parse(s.trim())));

    private static final Map<Class<?>, Class<?>> BOXES = Map.of(
            int.class, Integer.class, long.class, Long.class, double.class, Double.class,
            boolean.class, Boolean.class);

    private static final Map<String, Boolean> BOOLEAN_WORDS = Map.of(
            "true", true, "yes", true, "on", true, "1", true,
            "false", false, "no", false, "off", false, "0", false);

    /** The value type of {@code type} (a primitive, its box, a supported JDK type or an enum), if supported. */
    public static Optional<ValueType> of(Class<?> type) {
        Class<?> boxed = BOXES.getOrDefault(type, type);
        if (boxed.isEnum()) {
            return Optional.of(ofEnum(boxed));
        }
        return Optional.ofNullable(SCALARS.get(boxed));
    }

    /** True if {@code type} is a supported scalar. */
    public static boolean supports(Class<?> type) {
        return of(type).isPresent();
    }

    /** Parses {@code text}, throwing {@link IllegalArgumentException} with {@link #expectation()} on bad text. */
    public Object parse(String text) {
        try {
            return parser.apply(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("expected " + expectation + ", got '" + text + "'", e);
        }
    }

    /** True for the boolean type, whose options are flags on the command line. */
    public boolean isBoolean() {
        return javaType == Boolean.class;
    }

    /** True for the numeric types {@link Range} applies to. */
    public boolean isNumeric() {
        return Number.class.isAssignableFrom(javaType);
    }

    private static ValueType ofEnum(Class<?> enumType) {
        Object[] constants = enumType.getEnumConstants();
        String names = Arrays.stream(constants).map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("|"));
        return new ValueType(enumType, names, "one of " + names.replace("|", ", "), s -> {
            String wanted = s.trim().replace('-', '_');
            for (Object constant : constants) {
                if (((Enum<?>) constant).name().equalsIgnoreCase(wanted)) {
                    return constant;
                }
            }
            throw new IllegalArgumentException(s);
        });
    }

    private static Object parseDouble(String text) {
        double value = Double.parseDouble(text.trim());
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(text);
        }
        return value;
    }

    private static Object parseBoolean(String text) {
        Boolean value = BOOLEAN_WORDS.get(text.trim().toLowerCase(Locale.ROOT));
        if (value == null) {
            throw new IllegalArgumentException(text);
        }
        return value;
    }

    private static Map<Class<?>, ValueType> table(ValueType... types) {
        Map<Class<?>, ValueType> map = new LinkedHashMap<>();
        for (ValueType type : types) {
            map.put(type.javaType(), type);
        }
        return Map.copyOf(map);
    }
}
