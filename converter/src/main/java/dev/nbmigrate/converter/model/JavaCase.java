package dev.nbmigrate.converter.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.lang.model.SourceVersion;

import dev.nbmigrate.runtime.config.Names;

/**
 * The converter's one case conversion, built on the runtime's {@link Names}: the words of any name (Python
 * snake_case, camelCase, UPPER_SNAKE, a section title, a file stem) are the words {@link Names#kebab} finds, so a
 * config field the converter names {@code httpPort} is the option {@code --http-port} and the environment variable
 * {@code JOB_HTTP_PORT} the runtime derives from it, whatever the Python spelling was ({@code HTTPPort},
 * {@code http_port}, {@code HTTP_PORT}). Characters outside ASCII letters and digits separate words.
 *
 * <p>{@code HTTPPort} has the words {@code http port}, {@code my-file name} {@code my file name},
 * {@code top10Rows} {@code top10 rows}.
 */
public final class JavaCase {

    private JavaCase() {
    }

    /** The lower-case words of {@code name}, in order; empty when it has no ASCII letter or digit. */
    public static List<String> words(String name) {
        String separated = name.replaceAll("[^A-Za-z0-9]+", "-");
        return Arrays.stream(Names.kebab(separated).split("-")).filter(w -> !w.isEmpty()).toList();
    }

    /** {@code HTTPPort}, {@code http_port}, {@code HTTP_PORT} → {@code httpPort}; empty when there are no words. */
    public static String camel(String name) {
        return join(words(name), false);
    }

    /** {@code my-file name} → {@code MyFileName}; empty when there are no words. */
    public static String pascal(String name) {
        return join(words(name), true);
    }

    /** {@code httpPort}, {@code HTTPPort} → {@code HTTP_PORT}: the runtime's environment-variable spelling. */
    public static String upperSnake(String name) {
        return String.join("_", words(name)).toUpperCase(Locale.ROOT);
    }

    /**
     * {@code prefix} followed by the words of {@code text}, each capitalised: {@code missing} + {@code HTTPPort}
     * → {@code missingHttpPort}.
     */
    public static String prefixed(String prefix, String text) {
        return prefix + join(words(text), true);
    }

    /**
     * {@code candidate} made a legal Java identifier: {@code digitPrefix} before a leading digit (or in place of an
     * empty name), {@code keywordSuffix} after a Java keyword or literal.
     */
    public static String legal(String candidate, String digitPrefix, String keywordSuffix) {
        String name = candidate;
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
            name = digitPrefix + (name.isEmpty() ? "" : Character.toUpperCase(name.charAt(0)) + name.substring(1));
        }
        if (SourceVersion.isKeyword(name) || name.equals("_")) {
            name = name + keywordSuffix;
        }
        return name;
    }

    private static String join(List<String> words, boolean capitalFirst) {
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            boolean capital = capitalFirst || out.length() > 0;
            out.append(capital ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
        }
        return out.toString();
    }
}
