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

    private final JavaCompiler compiler;
    private final List<String> options;
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
        this.options = List.of("--release", RELEASE, "-proc:none", "-Xlint:none", "-nowarn", "-encoding", "UTF-8");
    }

    /** Compiles all units together; on any error no classes are returned. */
    public CompileResult compile(List<JavaSource> sources) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> outputs = new TreeMap<>();
        List<SourceObject> units = sources.stream().map(SourceObject::new).toList();
        StandardJavaFileManager standard = idle.pollFirst();
        if (standard == null) {
            standard = newFileManager();
        }
        boolean ok;
        try {
            JavaFileManager files = new MemoryFileManager(standard, outputs);
            ok = compiler.getTask(null, files, diagnostics, options, null, units).call();
        } finally {
            idle.addFirst(standard);
        }
        List<CompileError> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                String className = d.getSource() instanceof SourceObject unit ? unit.className : "?";
                errors.add(new CompileError(className, d.getLineNumber(), d.getColumnNumber(), d.getMessage(Locale.ROOT)));
            }
        }
        if (!ok && errors.isEmpty()) {
            errors.add(new CompileError("?", 0, 0, "javac failed without reporting an error"));
        }
        Map<String, byte[]> classes = new TreeMap<>();
        if (errors.isEmpty()) {
            outputs.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
        }
        return new CompileResult(classes, errors);
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

        SourceObject(JavaSource source) {
            super(URI.create("mem:///" + source.path()), Kind.SOURCE);
            this.className = source.className();
            this.text = source.text();
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

    private static final class MemoryFileManager extends ForwardingJavaFileManager<JavaFileManager> {
        private final Map<String, ByteArrayOutputStream> outputs;

        MemoryFileManager(JavaFileManager delegate, Map<String, ByteArrayOutputStream> outputs) {
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
            outputs.put(className, bytes);
            return new ClassObject(className, bytes);
        }
    }
}
