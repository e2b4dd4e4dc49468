package dev.nbmigrate.converter.check;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles generated Java units in memory with javac (javax.tools), against the classpath of this JVM (Spark,
 * the runtime), so that every unit the converter emits is known to compile before it is written. Nothing
 * touches the disk. One instance may be used for many compilations, from several threads at once: it keeps its
 * javac file managers (one per compilation running at the same time) for the next compilations, so the class
 * path's jars are opened and indexed once per thread, not once per compilation.
 */
public final class InMemoryCompiler {

    private static final String RELEASE = "17";
    /**
     * The lints a generated module compiles with, as errors ({@code templates/pom.xml.ftl} has the same): every lint
     * but {@code deprecation} (a notebook may use an API Spark has deprecated; the job keeps using it) and
     * {@code cast} (a redundant cast is noise, not a fault).
     */
    public static final String LINT = "-Xlint:all,-deprecation,-cast";

    private final JavaCompiler compiler;
    private final List<String> options;
    /**
     * The options of a task compiling many modules: javac attributes every unit even after an error (by default it
     * stops at the first erroneous class), and reports all errors, so each failing module is found in one task.
     */
    private final List<String> batchOptions;
    private final List<File> classPath;
    /** The file managers no compilation is using now; javac's are not safe for two compilations at once. */
    private final Deque<StandardJavaFileManager> idle = new ConcurrentLinkedDeque<>();

    public InMemoryCompiler() {
        this(classPathOfThisJvm());
    }

    public InMemoryCompiler(List<Path> classPath) {
        this.compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no Java compiler in this runtime: run nbmigrate on a JDK 17, not a JRE");
        }
        this.classPath = classPath.stream().map(Path::toFile).toList();
        // The class path is set once on each file manager (see newFileManager), not given with every compilation.
        // The lints of a generated module's pom (LINT, with -Werror there): a warning in a unit is an error of that
        // unit here, so a step whose Java javac warns about is repaired like one it refuses, and the module builds
        // with its own pom.
        this.options = List.of("--release", RELEASE, "-proc:none", LINT, "-encoding", "UTF-8");
        List<String> batch = new ArrayList<>(options);
        batch.addAll(List.of("-XDshould-stop.ifError=FLOW", "-Xmaxerrs", String.valueOf(Integer.MAX_VALUE)));
        this.batchOptions = List.copyOf(batch);
    }

    /** Compiles all units together; on any error no classes are returned. */
    public CompileResult compile(List<JavaSource> sources) {
        Attempt attempt = run(List.of(sources), options);
        List<CompileError> errors = attempt.errors().getOrDefault(0, List.of());
        if (!attempt.ok() && errors.isEmpty()) {
            errors = List.of(new CompileError("?", 0, 0, "javac failed without reporting an error"));
        }
        return new CompileResult(errors.isEmpty() ? attempt.classes().getOrDefault(0, Map.of()) : Map.of(), errors);
    }

    /**
     * Compiles the units of several groups (modules) in one javac task, so the symbols of the class path are read
     * once for all of them. javac goes on attributing after an error, so every group with an error is found.
     *
     * @return whether javac succeeded; by group index, the errors of its units and the classes compiled from them
     *         (a group's classes are complete only when javac succeeded)
     */
    Attempt compileTogether(List<List<JavaSource>> groups) {
        return run(groups, batchOptions);
    }

    /** What one javac task gave: by group index, the errors in its units and the classes of its units. */
    record Attempt(boolean ok, Map<Integer, List<CompileError>> errors, Map<Integer, Map<String, byte[]>> classes) {
    }

    private Attempt run(List<List<JavaSource>> groups, List<String> taskOptions) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, Output> outputs = new TreeMap<>();
        List<SourceObject> units = new ArrayList<>();
        for (int group = 0; group < groups.size(); group++) {
            for (JavaSource source : groups.get(group)) {
                units.add(new SourceObject(source, group));
            }
        }
        StandardJavaFileManager standard = idle.pollFirst();
        if (standard == null) {
            standard = newFileManager();
        }
        boolean ok;
        try {
            JavaFileManager files = new MemoryFileManager(standard, outputs);
            ok = compiler.getTask(null, files, diagnostics, taskOptions, null, units).call();
        } finally {
            idle.addFirst(standard);
        }
        Map<Integer, List<CompileError>> errors = new TreeMap<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            SourceObject unit = d.getSource() instanceof SourceObject s ? s : null;
            boolean warning = (d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
                    && unit != null;
            if (warning) {
                ok = false;
            }
            if (d.getKind() == Diagnostic.Kind.ERROR || warning) {
                // An error javac does not tie to a unit is every group's: none of them can be trusted.
                List<Integer> owners = unit != null ? List.of(unit.group)
                        : java.util.stream.IntStream.range(0, groups.size()).boxed().toList();
                for (int owner : owners) {
                    errors.computeIfAbsent(owner, k -> new ArrayList<>()).add(new CompileError(
                            unit != null ? unit.className : "?", d.getLineNumber(), d.getColumnNumber(),
                            d.getMessage(Locale.ROOT)));
                }
            }
        }
        Map<Integer, Map<String, byte[]>> classes = new TreeMap<>();
        outputs.forEach((name, output) -> classes.computeIfAbsent(output.group(), k -> new TreeMap<>())
                .put(name, output.bytes().toByteArray()));
        return new Attempt(ok, errors, classes);
    }

    private StandardJavaFileManager newFileManager() {
        StandardJavaFileManager standard = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
        try {
            standard.setLocation(StandardLocation.CLASS_PATH, classPath);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the class path for compiling: " + e.getMessage(), e);
        }
        return standard;
    }

    /**
     * The entries of {@code java.class.path}, with the {@code Class-Path} of manifest-only jars (as test runners
     * use) expanded, so javac sees what this JVM sees.
     */
    static List<Path> classPathOfThisJvm() {
        Set<Path> entries = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                addWithManifestClassPath(Path.of(entry).toAbsolutePath().normalize(), entries);
            }
        }
        return List.copyOf(entries);
    }

    private static void addWithManifestClassPath(Path entry, Set<Path> entries) {
        if (!entries.add(entry) || !entry.toString().endsWith(".jar") || !Files.isRegularFile(entry)) {
            return;
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            Manifest manifest = jar.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath == null) {
                return;
            }
            for (String item : classPath.trim().split("\\s+")) {
                URI uri = entry.toUri().resolve(item);
                if ("file".equals(uri.getScheme())) {
                    addWithManifestClassPath(Path.of(uri).normalize(), entries);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // Not a readable jar: javac will skip it the same way.
        }
    }

    private static final class SourceObject extends SimpleJavaFileObject {
        private final String className;
        private final String text;
        /** Which group (module) of the task the unit belongs to. */
        private final int group;

        SourceObject(JavaSource source, int group) {
            super(URI.create("mem:///" + group + "/" + source.path()), Kind.SOURCE);
            this.className = source.className();
            this.text = source.text();
            this.group = group;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }

    private static final class ClassObject extends SimpleJavaFileObject {
        private final ByteArrayOutputStream bytes;

        ClassObject(String binaryName, ByteArrayOutputStream bytes) {
            super(URI.create("mem:///" + binaryName.replace('.', '/') + ".class"), Kind.CLASS);
            this.bytes = bytes;
        }

        @Override
        public OutputStream openOutputStream() {
            return bytes;
        }
    }

    /** A class file javac writes, and the group of the unit it comes from. */
    private record Output(int group, ByteArrayOutputStream bytes) {
    }

    private static final class MemoryFileManager extends ForwardingJavaFileManager<JavaFileManager> {
        private final Map<String, Output> outputs;

        MemoryFileManager(JavaFileManager delegate, Map<String, Output> outputs) {
            super(delegate);
            this.outputs = outputs;
        }

        /** The shared standard manager stays open for the next compilation. */
        @Override
        public void close() {
        }

        /** Nothing is buffered here; the shared manager is flushed by javac as it needs. */
        @Override
        public void flush() {
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                FileObject sibling) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            // javac names the unit a class comes from as the sibling of its class file.
            int group = sibling instanceof SourceObject unit ? unit.group : 0;
            outputs.put(className, new Output(group, bytes));
            return new ClassObject(className, bytes);
        }
    }
}
