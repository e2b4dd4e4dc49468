package dev.nbmigrate.converter.translate.job;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.nbmigrate.converter.analyze.ConstantValue;
import dev.nbmigrate.converter.analyze.Parameter;
import dev.nbmigrate.converter.analyze.ParameterRole;
import dev.nbmigrate.converter.analyze.SecretFinding;
import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.model.ConfigField;
import dev.nbmigrate.converter.model.JavaCase;
import dev.nbmigrate.converter.types.ListType;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.runtime.RuntimeOptions;

/**
 * The job's config record, planned from the notebook's parameters and secrets: one typed, validated field per
 * parameter (its Python default as the {@code @Default}), one {@code Secret} field per hard-coded secret (its value
 * never carried over), and the Java expression that reads each ({@code config.runDate()}).
 */
final class JobConfig {

    /** A planned field and where the notebook's value for it came from. */
    record Field(ConfigField field, PyType type, Optional<Parameter> parameter, Optional<SecretFinding> secret) {

        /** The Java expression that reads the value in a section method. */
        String accessor() {
            return secret.isPresent() ? "config." + field.name() + "().value()" : "config." + field.name() + "()";
        }

        /** The Java type of {@link #accessor()}. */
        String accessorType() {
            return secret.isPresent() ? "String" : field.javaType();
        }
    }

    /** Python types a config field can hold, by Java type. */
    private static final Map<PyType, String> SCALARS = Map.of(
            ScalarType.STR, "String", ScalarType.INT, "long", ScalarType.FLOAT, "double", ScalarType.BOOL, "boolean");
    /** Names run() and every section already use. */
    private static final Set<String> TAKEN = Set.of("config", "ctx", "help");
    private static final String DATE_PATTERN = "@Pattern(\"\\\\d{4}-\\\\d{2}(-\\\\d{2})?\")";

    private final List<Field> fields = new ArrayList<>();

    private JobConfig() {
    }

    /** Plans the fields of {@code parameters} (those whose type a field can hold) and {@code secrets}. */
    static JobConfig plan(List<Parameter> parameters, List<SecretFinding> secrets) {
        JobConfig config = new JobConfig();
        Set<String> names = new HashSet<>(TAKEN);
        names.addAll(RuntimeOptions.reservedNames().stream().map(JobConfig::camel).toList());
        Map<String, Parameter> byName = new LinkedHashMap<>();
        for (Parameter parameter : parameters) {
            byName.putIfAbsent(parameter.variable().orElse(parameter.name()), parameter);
        }
        for (Parameter parameter : byName.values()) {
            javaType(parameter.type()).ifPresent(javaType -> {
                String name = unique(camel(parameter.name()), names);
                boolean none = parameter.defaultValue().map(ConstantValue.None.class::isInstance).orElse(false);
                String type = none && javaType.equals("long") ? "Long" : none && javaType.equals("double") ? "Double"
                        : javaType;
                config.fields.add(new Field(new ConfigField(name, type, none ? null : defaultValue(parameter),
                        constraints(parameter), help(parameter), null, parameter.location(), none), parameter.type(),
                        Optional.of(parameter), Optional.empty()));
            });
        }
        for (SecretFinding secret : secrets) {
            if (secret.value().isEmpty()) {
                continue;
            }
            String base = secret.variable().map(JobConfig::camel).orElse(camel(secret.kind().name()));
            String name = unique(base, names);
            String key = dev.nbmigrate.runtime.config.Names.kebab(name);
            config.fields.add(new Field(new ConfigField(name, "Secret", null, List.of(),
                    "the " + secret.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " the notebook had "
                            + "written in " + where(secret.location()) + " (" + secret.context() + ")",
                    key, secret.location()), ScalarType.STR, Optional.empty(), Optional.of(secret)));
        }
        return config;
    }

    List<Field> fields() {
        return List.copyOf(fields);
    }

    List<ConfigField> configFields() {
        return fields.stream().map(Field::field).toList();
    }

    /** The field holding the parameter whose Python variable (or name) is {@code variable}. */
    Optional<Field> forVariable(String variable) {
        return fields.stream().filter(f -> f.parameter().isPresent()
                && f.parameter().get().variable().orElse(f.parameter().get().name()).equals(variable)).findFirst();
    }

    /** The field of the parameter with {@code name} (widget or form name, or variable). */
    Optional<Field> forParameterName(String name) {
        return fields.stream().filter(f -> f.parameter().isPresent() && f.parameter().get().name().equals(name))
                .findFirst();
    }

    private static Optional<String> javaType(PyType type) {
        PyType stripped = PyTypes.strip(type);
        String scalar = SCALARS.get(stripped);
        if (scalar != null) {
            return Optional.of(scalar);
        }
        if (stripped instanceof ListType list && PyTypes.strip(list.element()) == ScalarType.STR) {
            return Optional.of("List<String>");
        }
        return Optional.empty();
    }

    private static String defaultValue(Parameter parameter) {
        Optional<ConstantValue> value = parameter.defaultValue();
        if (value.isEmpty()) {
            return null;
        }
        if (value.get() instanceof ConstantValue.Sequence sequence) {
            return String.join(",", sequence.elements().stream().map(ConstantValue::str).toList());
        }
        String text = value.get().str();
        return PyTypes.strip(parameter.type()) == ScalarType.BOOL ? text.toLowerCase(Locale.ROOT) : text;
    }

    private static List<String> constraints(Parameter parameter) {
        List<String> constraints = new ArrayList<>();
        if (!parameter.choices().isEmpty()) {
            StringBuilder oneOf = new StringBuilder("@OneOf({");
            for (int i = 0; i < parameter.choices().size(); i++) {
                oneOf.append(i == 0 ? "" : ", ").append(dev.nbmigrate.converter.render.JavaText.stringLiteral(
                        parameter.choices().get(i)));
            }
            constraints.add(oneOf.append("})").toString());
        } else if (parameter.role() == ParameterRole.DATE && PyTypes.strip(parameter.type()) == ScalarType.STR) {
            constraints.add(DATE_PATTERN);
        }
        return constraints;
    }

    private static String help(Parameter parameter) {
        String origin = switch (parameter.kind()) {
            case PAPERMILL -> "papermill parameter";
            case CONSTANT -> "constant";
            case WIDGET -> "widget";
            case ZEPPELIN_FORM -> "Zeppelin form";
            case ARGV -> "command-line argument";
            case ARGPARSE -> "argparse option";
            case SEND_TO_SPARK -> "%%send_to_spark variable";
        };
        String what = parameter.description().isBlank() ? parameter.role().label() : parameter.description().strip();
        return what + " (" + origin + " " + parameter.variable().orElse(parameter.name()) + " in "
                + where(parameter.location()) + ")";
    }

    private static String where(Location location) {
        return location.cell() > 0 ? "cell " + location.cell() : location.notebook();
    }

    /**
     * {@code RUN_DATE_FROM}, {@code run-date}, {@code HTTPPort} give {@code runDateFrom}, {@code runDate},
     * {@code httpPort} ({@link JavaCase}).
     */
    static String camel(String name) {
        String camel = JavaCase.camel(name);
        return camel.isEmpty() ? "value" : JavaCase.legal(camel, "p", "Value");
    }

    private static String unique(String base, Set<String> names) {
        String candidate = names.contains(base) ? "notebook" + Character.toUpperCase(base.charAt(0)) + base.substring(1)
                : base;
        int n = 2;
        String numbered = candidate;
        while (!names.add(numbered)) {
            numbered = candidate + n++;
        }
        return numbered;
    }
}
