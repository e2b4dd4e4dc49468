package dev.nbmigrate.converter.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;

import dev.nbmigrate.converter.check.CompileResult;
import dev.nbmigrate.runtime.SparkJob;
import dev.nbmigrate.runtime.config.OptionSpec;

/**
 * Loads the compiled job class and builds it as the runtime will (no Spark is started): this validates the config
 * record the way a real launch does (defaults parse, rules fit their types, no clash with runtime options) and
 * gives the options exactly as the runtime names them, for the generated bad-configuration tests. Its Spark settings
 * are built too (a bad session time zone fails here, not in production).
 */
final class ConfigProbe {

    private ConfigProbe() {
    }

    /** The options of the job, or the reason the runtime refuses the job class. */
    record Probe(List<OptionSpec> options, String problem) {
        boolean ok() {
            return problem == null;
        }
    }

    static Probe probe(CompileResult compiled, String jobClassName) {
        ClassLoader loader = compiled.classLoader(ConfigProbe.class.getClassLoader());
        try {
            Class<?> type = Class.forName(jobClassName, true, loader);
            SparkJob<?> job = (SparkJob<?>) type.getDeclaredConstructor().newInstance();
            Method settings = SparkJob.class.getDeclaredMethod("sparkSettings");
            settings.setAccessible(true);
            settings.invoke(job);
            return new Probe(job.configSchema().options(), null);
        } catch (InvocationTargetException e) {
            return new Probe(List.of(), message(e.getCause()));
        } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
            return new Probe(List.of(), message(e instanceof ExceptionInInitializerError init && init.getCause() != null
                    ? init.getCause() : e));
        } catch (RuntimeException e) {
            return new Probe(List.of(), message(e));
        }
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
