package dev.nbmigrate.runtime;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;

/**
 * Where a team's hand-ported steps meet the generated job. For a job with steps nbmigrate could not translate, the
 * converter writes an interface ({@code <Job>HandPorts}) with one default method per such step, which fails the run as
 * {@link NotTranslated#fail} does; the job calls those methods where the steps were. A team ports a step by writing a
 * class {@code HandPortedSteps} in the {@code manual} package under the job's package, implementing that interface
 * and overriding the step's method. {@code convert} never writes the {@code manual} package and carries it over when it
 * regenerates the module, so the port survives. One instance serves a whole run: a ported step may keep in a field
 * what a later ported step needs.
 */
public final class HandPorts {

    /** The simple name of the class a team writes in the {@code manual} package. */
    public static final String IMPLEMENTATION = "HandPortedSteps";

    private HandPorts() {
    }

    /**
     * The team's implementation of {@code ports} ({@code <package>.manual.HandPortedSteps}), or {@code defaults} when
     * there is none yet.
     *
     * @throws IllegalStateException when the class exists but does not implement {@code ports} or cannot be made
     */
    public static <T> T load(Class<T> ports, T defaults) {
        Optional<Class<?>> found = implementation(ports);
        if (found.isEmpty()) {
            return defaults;
        }
        Class<?> type = found.get();
        if (!ports.isAssignableFrom(type)) {
            throw new IllegalStateException(type.getName() + " must implement " + ports.getName());
        }
        try {
            return ports.cast(type.getDeclaredConstructor().newInstance());
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException(type.getName() + " needs a public constructor without parameters", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(type.getName() + " failed in its constructor", e.getCause());
        }
    }

    /**
     * The first of {@code gaps} that is still open, as its expected failure message prefix. Each gap is a pair: the
     * method of {@code ports} that stands for it ({@code ""} for a gap no hand port can close, such as a step that
     * only runs on Databricks) and the start of the message a run stops with there. A gap is closed when the team's
     * implementation declares its method.
     */
    public static Optional<String> firstOpen(Class<?> ports, List<List<String>> gaps) {
        Optional<Class<?>> found = implementation(ports);
        for (List<String> gap : gaps) {
            if (gap.size() != 2) {
                throw new IllegalArgumentException("a gap is a method name and a message prefix: " + gap);
            }
            String method = gap.get(0);
            if (method.isEmpty() || found.isEmpty() || !declares(found.get(), method)) {
                return Optional.of(gap.get(1));
            }
        }
        return Optional.empty();
    }

    private static boolean declares(Class<?> type, String method) {
        for (Method declared : type.getDeclaredMethods()) {
            if (declared.getName().equals(method) && !Modifier.isStatic(declared.getModifiers())) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Class<?>> implementation(Class<?> ports) {
        String name = ports.getPackageName() + ".manual." + IMPLEMENTATION;
        try {
            return Optional.of(Class.forName(name, true, ports.getClassLoader()));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }
}
