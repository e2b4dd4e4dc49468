package dev.nbmigrate.converter.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The hand-written files of a module: Java sources in a {@code manual} package folder under {@code src/main/java} or
 * {@code src/test/java} (e.g. {@code src/main/java/dev/nbmigrate/jobs/dailycoverssales/manual/PortedSteps.java}), where
 * a team ports by hand what the converter could not translate. {@code convert} never writes there, carries them over
 * when it replaces the module, and {@code check} does not compare them.
 */
public final class HandWritten {

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
