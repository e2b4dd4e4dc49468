package dev.nbmigrate.converter.testing;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import dev.nbmigrate.converter.check.CompileResult;
import dev.nbmigrate.converter.check.InMemoryCompiler;
import dev.nbmigrate.converter.check.JavaSource;
import dev.nbmigrate.converter.write.GeneratedModule;

/**
 * Runs a generated module's tests inside this JVM, without Maven: its Java (main and test) compiled in memory against
 * this JVM's class path, its test resources (the fixtures) served from a folder, its test class run by the JUnit
 * Platform on the shared local SparkSession. Fast enough for unit tests of what generated tests assert.
 */
public final class GeneratedTests {

    /** What the run gave: tests run, and the failed ones by display name with their failure message. */
    public record Outcome(int run, Map<String, String> failures) {
    }

    private GeneratedTests() {
    }

    public static Outcome run(GeneratedModule module, String testClass, Path scratch) {
        try {
            List<JavaSource> sources = new ArrayList<>();
            for (Map.Entry<String, String> file : module.files().entrySet()) {
                Path path = scratch.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
                String name = file.getKey();
                for (String root : List.of("src/main/java/", "src/test/java/")) {
                    if (name.startsWith(root) && name.endsWith(".java")) {
                        sources.add(new JavaSource(name.substring(root.length(), name.length() - ".java".length())
                                .replace('/', '.'), file.getValue()));
                    }
                }
            }
            CompileResult compiled = new InMemoryCompiler().compile(sources);
            if (!compiled.succeeded()) {
                throw new AssertionError("generated module does not compile: " + compiled.errors());
            }
            ClassLoader previous = Thread.currentThread().getContextClassLoader();
            try (ModuleLoader loader = new ModuleLoader(compiled.classes(), scratch.resolve("src/test/resources"),
                    GeneratedTests.class.getClassLoader())) {
                Thread.currentThread().setContextClassLoader(loader);
                Class<?> test = Class.forName(testClass, true, loader);
                Collector collector = new Collector();
                Launcher launcher = LauncherFactory.create();
                launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(test)).build(), collector);
                return new Outcome(collector.run, collector.failures);
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** Defines the compiled classes and finds resources in the module's test resources. */
    private static final class ModuleLoader extends URLClassLoader {
        private final Map<String, byte[]> classes;

        ModuleLoader(Map<String, byte[]> classes, Path resources, ClassLoader parent) throws MalformedURLException {
            super(new URL[] {resources.toUri().toURL()}, parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                return super.findClass(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }

    private static final class Collector implements TestExecutionListener {
        int run;
        final Map<String, String> failures = new TreeMap<>();

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            if (test.isTest()) {
                run++;
            }
            if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                failures.put(test.getDisplayName(), result.getThrowable().map(String::valueOf).orElse("failed"));
            }
        }
    }
}
