package dev.nbmigrate.converter.write;

import com.github.javaparser.ast.body.MethodDeclaration;
import dev.nbmigrate.converter.check.JavaUnits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The hand-written files of a module: Java sources in a {@code manual} package folder under {@code src/main/java} or
 * {@code src/test/java} (e.g. {@code src/main/java/dev/nbmigrate/jobs/dailycoverssales/manual/PortedSteps.java}), where
 * a team ports by hand what the converter could not translate. {@code convert} never writes there, carries them over
 * when it replaces the module, and {@code check} does not compare them.
 */
public final class HandWritten {

    /** The file of a module's hand-ported steps, in its {@code manual} package. */
    public static final String PORTED = "HandPortedSteps.java";

    private static final Pattern MANUAL = Pattern.compile("src/(main|test)/java/(?:[^/]+/)*manual/.+");

    private HandWritten() {
    }

    /**
     * True when {@code relative} (a path inside a module folder, forward slashes) is hand-written: under a
     * {@code manual} folder of the Java sources and not among {@code generated}, the files the converter writes.
     */
    public static boolean is(String relative, Set<String> generated) {
        return MANUAL.matcher(relative).matches() && !generated.contains(relative);
    }

    /**
     * The methods the module's hand-written {@code manual/HandPortedSteps.java} declares (its hand-ported steps):
     * empty when it has none or when the file does not parse (the module's build then says why).
     */
    public static SortedSet<String> portedMethods(Path module) throws IOException {
        SortedSet<String> methods = new TreeSet<>();
        Path sources = module.resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
            return methods;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(file -> file.getFileName().toString().equals(PORTED)
                    && file.getParent().getFileName().toString().equals("manual")).sorted().toList();
        }
        for (Path file : files) {
            JavaUnits.parse(Files.readString(file)).unit().ifPresent(unit -> unit.findAll(MethodDeclaration.class)
                    .stream().filter(m -> !m.isStatic()).forEach(m -> methods.add(m.getNameAsString())));
        }
        return methods;
    }

    /** The hand-written files of {@code module} (relative path to file), given the files the converter writes. */
    public static SortedMap<String, Path> in(Path module, Set<String> generated) throws IOException {
        SortedMap<String, Path> files = new TreeMap<>();
        if (!Files.isDirectory(module)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(module)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String relative = module.relativize(file).toString().replace('\\', '/');
                if (is(relative, generated)) {
                    files.put(relative, file);
                }
            }
        }
        return files;
    }
}
