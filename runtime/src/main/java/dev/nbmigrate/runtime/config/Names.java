package dev.nbmigrate.runtime.config;

import java.util.Locale;

/**
 * The naming rules that tie a config record component to its command-line option, environment variable and config
 * file key. Code generators rely on these rules, so they never change within a major version.
 *
 * <ul>
 *   <li>option: {@code lookbackDays} is {@code --lookback-days} ({@link #kebab});</li>
 *   <li>matching: option and file key names are compared after {@link #normalize}, so {@code --lookback-days},
 *       {@code --lookback_days} and {@code --lookbackDays} are the same option;</li>
 *   <li>environment: {@code <PREFIX>_LOOKBACK_DAYS} ({@link #upperSnake}), where the prefix is the job name's
 *       upper-snake form for job options and {@code NBM} for the runtime's own options.</li>
 * </ul>
 */
public final class Names {
    private Names() {
    }

    /** {@code lookbackDays} to {@code lookback-days}, {@code jdbcURL} to {@code jdbc-url}, {@code top10Rows} to {@code top10-rows}. */
    public static String kebab(String javaName) {
        StringBuilder out = new StringBuilder(javaName.length() + 4);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (c == '_' || c == '-' || c == '.' || c == ' ') {
                appendDash(out);
                continue;
            }
            if (Character.isUpperCase(c) && i > 0) {
                char previous = javaName.charAt(i - 1);
                boolean nextIsLower = i + 1 < javaName.length() && Character.isLowerCase(javaName.charAt(i + 1));
                if (Character.isLowerCase(previous) || Character.isDigit(previous)
                        || (Character.isUpperCase(previous) && nextIsLower)) {
                    appendDash(out);
                }
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    private static void appendDash(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
            out.append('-');
        }
    }

    /**
     * {@code lookback-days}, {@code lookback_days} or {@code lookbackDays} to {@code LookbackDays}: the words of
     * {@link #kebab}, each capitalised (a word starting with a digit stays as it is).
     */
    public static String pascal(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (String word : kebab(name).split("-")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            }
        }
        return out.toString();
    }

    /** {@code lookbackDays} or {@code sales-db-password} to {@code LOOKBACK_DAYS} or {@code SALES_DB_PASSWORD}. */
    public static String upperSnake(String name) {
        String kebab = kebab(name);
        StringBuilder out = new StringBuilder(kebab.length());
        for (int i = 0; i < kebab.length(); i++) {
            char c = kebab.charAt(i);
            out.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
        }
        return out.toString();
    }

    /** The key options are matched by: leading dashes removed, lower case, no {@code -} or {@code _}. */
    public static String normalize(String optionOrKey) {
        String s = optionOrKey;
        int start = 0;
        while (start < s.length() && s.charAt(start) == '-') {
            start++;
        }
        return s.substring(start).replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }

    /** True for a job name in kebab case: lower-case letters, digits and single inner dashes. */
    public static boolean isKebab(String name) {
        return name.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    }
}
