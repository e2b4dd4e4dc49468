package dev.nbmigrate.runtime.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Binds one config record from its sources, highest precedence first: command line, environment, config file,
 * declared default. Secrets come from a {@link SecretSource} only. Every problem is collected; none is thrown.
 */
public final class Binder {
    private Binder() {
    }

    /**
     * The outcome of binding.
     *
     * @param config   the record, or null if there were problems
     * @param origins  where each component's value came from, by component name
     * @param problems every problem found, in component order
     * @param <C>      the record type
     */
    public record Result<C extends Record>(C config, Map<String, Origin> origins, List<String> problems) {

        /** {@code field=value (origin)} per component, for the start-of-run log line; secrets show their key only. */
        public String describe() {
            List<String> parts = new ArrayList<>();
            for (var component : config.getClass().getRecordComponents()) {
                Object value;
                try {
                    component.getAccessor().setAccessible(true);
                    value = component.getAccessor().invoke(config);
                } catch (ReflectiveOperationException e) {
                    value = "?";
                }
                parts.add(component.getName() + "=" + value + " (" + origins.get(component.getName()) + ")");
            }
            return String.join(", ", parts);
        }
    }

    /** Binds {@code schema} from the given sources. */
    public static <C extends Record> Result<C> bind(ConfigSchema<C> schema, Map<OptionSpec, RawValue> commandLine,
                                                    Function<String, Optional<String>> environment,
                                                    Map<OptionSpec, RawValue> configFile, SecretSource secrets) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Origin> origins = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (OptionSpec option : schema.options()) {
            if (option.isSecret()) {
                try {
                    values.put(option.field(), secrets.resolve(option));
                    origins.put(option.field(), Origin.secretStore("secret " + option.secret().value()));
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                }
                continue;
            }
            RawValue raw = pick(option, commandLine, environment, configFile);
            if (raw == null) {
                if (option.required()) {
                    problems.add("missing required option '" + option.name() + "' (or environment variable "
                            + option.envVar() + ")");
                }
                boolean hasDefault = option.defaultText() != null;
                values.put(option.field(), hasDefault ? option.defaultValue() : option.absentValue());
                origins.put(option.field(), hasDefault ? Origin.DEFAULT : Origin.ABSENT);
                continue;
            }
            String prefix = raw.origin().prefix(option.name());
            Object value;
            try {
                value = convert(option, raw.texts(), raw.splitCommas());
            } catch (IllegalArgumentException e) {
                problems.add(prefix + ": " + e.getMessage());
                continue;
            }
            if (option.required() && isBlank(value)) {
                problems.add(prefix + ": must not be blank");
                continue;
            }
            for (String violation : violations(option, value)) {
                problems.add(prefix + ": " + violation);
            }
            values.put(option.field(), value);
            origins.put(option.field(), raw.origin());
        }
        C config = problems.isEmpty() ? schema.instantiate(values) : null;
        return new Result<>(config, Map.copyOf(origins), List.copyOf(problems));
    }

    /** Parses texts given for {@code option}; the last text wins for a scalar, all are collected for a list. */
    public static Object convert(OptionSpec option, List<String> texts, boolean splitCommas) {
        if (!option.list()) {
            return option.type().parse(texts.get(texts.size() - 1));
        }
        List<Object> items = new ArrayList<>();
        for (String text : texts) {
            List<String> pieces = splitCommas ? List.of(text.split(",", -1)) : List.of(text);
            for (String piece : pieces) {
                String trimmed = piece.trim();
                if (!trimmed.isEmpty() || !splitCommas) {
                    items.add(option.type().parse(trimmed));
                }
            }
        }
        return List.copyOf(items);
    }

    /** {@link #convert(OptionSpec, List, boolean)} splitting at commas, as for command-line text. */
    static Object convert(OptionSpec option, List<String> texts) {
        return convert(option, texts, true);
    }

    /** Every rule {@code value} breaks (list elements checked one by one); empty for null. */
    public static List<String> violations(OptionSpec option, Object value) {
        if (value == null) {
            return List.of();
        }
        List<?> items = value instanceof List<?> list ? list : List.of(value);
        List<String> problems = new ArrayList<>();
        for (Constraint constraint : option.constraints()) {
            for (Object item : items) {
                constraint.check(item).ifPresent(problems::add);
            }
        }
        return problems;
    }

    private static RawValue pick(OptionSpec option, Map<OptionSpec, RawValue> commandLine,
                                 Function<String, Optional<String>> environment, Map<OptionSpec, RawValue> file) {
        RawValue fromCommandLine = commandLine.get(option);
        if (fromCommandLine != null) {
            return fromCommandLine;
        }
        Optional<String> fromEnvironment = environment.apply(option.envVar());
        if (fromEnvironment.isPresent()) {
            return new RawValue(List.of(fromEnvironment.get()), true, Origin.environment(option.envVar()));
        }
        return file.get(option);
    }

    private static boolean isBlank(Object value) {
        return (value instanceof String s && s.isBlank()) || (value instanceof List<?> l && l.isEmpty());
    }
}
