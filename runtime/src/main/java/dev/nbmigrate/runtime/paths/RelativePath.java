package dev.nbmigrate.runtime.paths;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * A path a notebook wrote relative to its own folder ({@code data/x.csv}, {@code ./x}, {@code ../data/x.csv}): no
 * URI scheme, not absolute, not a Windows drive path. Taken from a working directory by plain text rules, so that
 * globs ({@code data/*.csv}) and trailing slashes stay as written.
 */
final class RelativePath {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private RelativePath() {
    }

    /** True when {@code location} is relative: it names no scheme and starts with neither '/' nor '\'. */
    static boolean isRelative(String location) {
        return !location.isEmpty() && !location.startsWith("/") && !location.startsWith("\\")
                && !location.startsWith("~") && !SCHEME.matcher(location).find();
    }

    /**
     * {@code location} taken from {@code folder} (absolute, with '/' separators): '.' segments dropped, '..' taking
     * the folder's parent, a trailing '/' kept.
     */
    static String under(String folder, String location) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : folder.split("/")) {
            if (!segment.isEmpty()) {
                segments.addLast(segment);
            }
        }
        String[] parts = location.replace('\\', '/').split("/");
        for (String part : parts) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                segments.pollLast();
            } else {
                segments.addLast(part);
            }
        }
        String joined = "/" + String.join("/", segments);
        return location.endsWith("/") && !joined.endsWith("/") ? joined + "/" : joined;
    }
}
