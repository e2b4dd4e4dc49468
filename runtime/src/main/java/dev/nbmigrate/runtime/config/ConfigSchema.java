package dev.nbmigrate.runtime.config;

import dev.nbmigrate.runtime.secrets.Secret;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The options of one config record, read from its components and their annotations. Building a schema checks the
 * record itself (supported types, parseable and valid defaults, annotations that fit their types, no two options
 * with the same name), so a wrong record fails at job construction with an {@link IllegalStateException}.
 *
 * @param <C> the config record type
 */
public final class ConfigSchema<C extends Record> {
    private final Class<C> type;
    private final List<OptionSpec> options;
    private final Map<String, OptionSpec> byName;

    private ConfigSchema(Class<C> type, List<OptionSpec> options, Map<String, OptionSpec> byName) {
        this.type = type;
        this.options = List.copyOf(options);
        this.byName = Map.copyOf(byName);
    }

    /**
     * Reads the schema of {@code type}; environment variables of its options are named
     * {@code <envPrefix>_<COMPONENT>}.
     */
    public static <C extends Record> ConfigSchema<C> of(Class<C> type, String envPrefix) {
        if (!type.isRecord()) {
            throw new IllegalStateException(type.getName() + " is not a record");
        }
        List<OptionSpec> options = new ArrayList<>();
        Map<String, OptionSpec> byName = new LinkedHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            OptionSpec spec = read(type, component, envPrefix);
            options.add(spec);
            register(type, byName, Names.normalize(spec.name()), spec);
            for (String alias : spec.aliases()) {
                register(type, byName, aliasKey(alias), spec);
            }
        }
        return new ConfigSchema<>(type, options, byName);
    }

    /** The record type. */
    public Class<C> type() {
        return type;
    }

    /** The options in component order. */
    public List<OptionSpec> options() {
        return options;
    }

    /** The option a command-line name or config key refers to: by normalized name or alias. */
    public Optional<OptionSpec> find(String nameOrKey) {
        return Optional.ofNullable(byName.get(aliasKey(nameOrKey)));
    }

    /** A short alias ({@code -n}) is matched as written; every other name after {@link Names#normalize}. */
    private static String aliasKey(String name) {
        return name.length() == 2 && name.charAt(0) == '-' && name.charAt(1) != '-' ? name : Names.normalize(name);
    }

    /** Every command-line name and alias, for suggestions. */
    public Collection<String> names() {
        List<String> names = new ArrayList<>();
        for (OptionSpec option : options) {
            names.add(option.name());
            names.addAll(option.aliases());
        }
        return names;
    }

    /** Builds the record from values by component name (missing ones take {@link OptionSpec#absentValue()}). */
    public C instantiate(Map<String, Object> values) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            Object value = values.containsKey(options.get(i).field())
                    ? values.get(options.get(i).field()) : options.get(i).absentValue();
            args[i] = value;
        }
        try {
            Constructor<C> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct config record " + type.getName(), e);
        }
    }

    private static void register(Class<?> type, Map<String, OptionSpec> byName, String key, OptionSpec spec) {
        OptionSpec clash = byName.putIfAbsent(key, spec);
        if (clash != null && clash != spec) {
            throw new IllegalStateException("config record " + type.getName() + ": components '" + clash.field()
                    + "' and '" + spec.field() + "' both answer to '" + key + "'");
        }
    }

    private static OptionSpec read(Class<?> record, RecordComponent component, String envPrefix) {
        String where = "config record " + record.getName() + ", component '" + component.getName() + "'";
        Class<?> raw = component.getType();
        boolean list = raw == List.class;
        Class<?> scalar = list ? listElement(component.getGenericType(), where) : raw;
        SecretRef secret = component.getAnnotation(SecretRef.class);
        if ((scalar == Secret.class) != (secret != null)) {
            throw new IllegalStateException(where + ": a Secret component needs @SecretRef, and @SecretRef needs type Secret");
        }
        String name = "--" + Names.kebab(component.getName());
        List<String> aliases = aliases(component, where);
        String help = component.isAnnotationPresent(Help.class) ? component.getAnnotation(Help.class).value() : "";
        if (secret != null) {
            if (list || component.isAnnotationPresent(Default.class)) {
                throw new IllegalStateException(where + ": a secret is a single value and has no default");
            }
            ValueType text = ValueType.of(String.class).orElseThrow();
            return new OptionSpec(component.getName(), name, aliases, null, text, false, false, null, null, true,
                    help, List.of(), secret);
        }
        ValueType type = ValueType.of(scalar).orElseThrow(() -> new IllegalStateException(where
                + ": unsupported type " + component.getGenericType().getTypeName()
                + " (use String, int, long, double, BigDecimal, boolean, LocalDate, LocalDateTime, Instant,"
                + " Duration, an enum, or a List of one of these)"));
        List<Constraint> constraints = new ArrayList<>();
        for (Annotation annotation : Constraint.constraintAnnotations(component.getAnnotations())) {
            Constraint constraint = Constraint.FROM_ANNOTATION.get(annotation.annotationType()).apply(annotation);
            if (!constraint.appliesTo(type)) {
                throw new IllegalStateException(where + ": @" + annotation.annotationType().getSimpleName()
                        + " does not apply to " + type.javaType().getSimpleName());
            }
            constraints.add(constraint);
        }
        boolean required = component.isAnnotationPresent(Required.class);
        Default declared = component.getAnnotation(Default.class);
        if (required && declared != null) {
            throw new IllegalStateException(where + ": @Required and @Default contradict each other");
        }
        OptionSpec spec = new OptionSpec(component.getName(), name, aliases,
                envPrefix + "_" + Names.upperSnake(component.getName()), type, list, raw.isPrimitive(), null,
                null, required, help, List.copyOf(constraints), null);
        if (declared == null) {
            return spec;
        }
        Object value;
        try {
            value = Binder.convert(spec, List.of(declared.value()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": bad @Default: " + e.getMessage(), e);
        }
        Binder.violations(spec, value).stream().findFirst().ifPresent(problem -> {
            throw new IllegalStateException(where + ": bad @Default: " + problem);
        });
        return new OptionSpec(spec.field(), spec.name(), spec.aliases(), spec.envVar(), type, list, spec.primitive(),
                value, declared.value(), false, help, spec.constraints(), null);
    }

    private static List<String> aliases(RecordComponent component, String where) {
        Alias alias = component.getAnnotation(Alias.class);
        if (alias == null) {
            return List.of();
        }
        for (String a : alias.value()) {
            if (!a.matches("-[A-Za-z0-9]|--[A-Za-z0-9][A-Za-z0-9_-]*")) {
                throw new IllegalStateException(where + ": bad @Alias '" + a + "' (want -x or --name)");
            }
        }
        return List.of(alias.value());
    }

    private static Class<?> listElement(Type generic, String where) {
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        throw new IllegalStateException(where + ": a List component needs a concrete element type, like List<String>");
    }
}
