package dev.nbmigrate.converter.write;

import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A generated module before it is written: its folder name under the output folder and its files, by path
 * relative to the module folder (forward slashes), sorted. Names and paths are checked here so that nothing can
 * escape the output folder.
 */
public record GeneratedModule(String name, SortedMap<String, String> files) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern SEGMENT = Pattern.compile("\\.?[A-Za-z0-9_][A-Za-z0-9_.-]*");

    public GeneratedModule {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("module name '" + name + "' is not kebab-case ([a-z0-9-], at most 64)");
        }
        for (String path : files.keySet()) {
            checkRelativePath(path);
        }
        files = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    public static GeneratedModule of(String name, Map<String, String> files) {
        return new GeneratedModule(name, new TreeMap<>(files));
    }

    private static void checkRelativePath(String path) {
        for (String segment : path.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches()) {
                throw new IllegalArgumentException("file path '" + path + "' must be relative, with plain segments");
            }
        }
        if (Path.of(path).isAbsolute()) {
            throw new IllegalArgumentException("file path '" + path + "' must be relative");
        }
    }
}
