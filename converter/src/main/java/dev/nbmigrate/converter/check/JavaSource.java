package dev.nbmigrate.converter.check;

import java.util.Objects;

/** One Java compilation unit to check: its fully qualified class name and its text. */
public record JavaSource(String className, String text) {

    public JavaSource {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(text, "text");
    }

    /** The path javac expects for the unit, e.g. {@code dev/x/Job.java}. */
    public String path() {
        return className.replace('.', '/') + ".java";
    }
}
