package dev.nbmigrate.runtime.secrets;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The JVM-wide register of secret values and the function that removes them from text. Every secret the runtime
 * reads is registered; every log line the runtime's log layouts write, every message the runtime logs itself and
 * every exception the runtime rethrows passes through {@link #redact(String)} or {@link #sanitize(Throwable)}.
 *
 * <p>A value is replaced by {@value #MASK}, as is its URL-encoded form (the way it appears in JDBC URLs and query
 * strings). Values shorter than {@value #MIN_LENGTH} characters are not registered: masking them would mangle
 * ordinary text, and such a value is no secret worth the name.
 */
public final class Redactor {
    /** What a secret value is replaced by. */
    public static final String MASK = "[REDACTED]";
    /** The shortest value that is redacted. */
    public static final int MIN_LENGTH = 4;

    private static volatile List<String> values = List.of();

    private Redactor() {
    }

    /** Registers a secret value (and its URL-encoded form) for redaction from now on. */
    public static synchronized void register(String secret) {
        if (secret == null || secret.length() < MIN_LENGTH) {
            return;
        }
        Set<String> all = new LinkedHashSet<>(values);
        all.add(secret);
        all.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
        List<String> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        values = List.copyOf(sorted);
    }

    /** True if {@code text} contains a registered secret value. */
    public static boolean containsSecret(String text) {
        if (text == null) {
            return false;
        }
        for (String value : values) {
            if (text.contains(value)) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} with every registered secret value replaced by {@link #MASK}; null stays null. */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String value : values) {
            if (out.contains(value)) {
                out = out.replace(value, MASK);
            }
        }
        return out;
    }

    /**
     * {@code error} itself if no message or description in its cause chain holds a secret, else a
     * {@link RedactedException} copy of the chain with redacted messages and the original stack traces.
     */
    public static Throwable sanitize(Throwable error) {
        if (error == null || !chainHoldsSecret(error, Collections.newSetFromMap(new IdentityHashMap<>()))) {
            return error;
        }
        return copy(error, new IdentityHashMap<>());
    }

    private static boolean chainHoldsSecret(Throwable error, Set<Throwable> seen) {
        if (error == null || !seen.add(error)) {
            return false;
        }
        if (containsSecret(error.toString()) || containsSecret(error.getMessage())) {
            return true;
        }
        for (Throwable suppressed : error.getSuppressed()) {
            if (chainHoldsSecret(suppressed, seen)) {
                return true;
            }
        }
        return chainHoldsSecret(error.getCause(), seen);
    }

    private static RedactedException copy(Throwable error, IdentityHashMap<Throwable, RedactedException> done) {
        RedactedException existing = done.get(error);
        if (existing != null) {
            return existing;
        }
        RedactedException copy = new RedactedException(error.getClass().getName(), redact(error.getMessage()),
                redact(error.toString()));
        done.put(error, copy);
        copy.setStackTrace(error.getStackTrace());
        Throwable cause = error.getCause();
        if (cause != null && cause != error) {
            copy.initCause(copy(cause, done));
        }
        for (Throwable suppressed : error.getSuppressed()) {
            copy.addSuppressed(copy(suppressed, done));
        }
        return copy;
    }
}
