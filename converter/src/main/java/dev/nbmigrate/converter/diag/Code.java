package dev.nbmigrate.converter.diag;

/**
 * The table of every diagnostic code nbmigrate emits: its stable id, default severity, a title and the
 * suggestion shown to the user. {@code docs/diagnostics.md} is generated from, and tested against, this table.
 *
 * <p>Ranges: {@code NBM0xx} input, {@code NBM1xx} parse, {@code NBM2xx} translation, {@code NBM3xx} semantic
 * hazards, {@code NBM4xx} security, {@code NBM5xx} build and verification. An id is never reused for
 * another meaning.
 */
public enum Code {
    // NBM0xx: input
    NBM001(Severity.ERROR, "Unreadable notebook",
            "Check that the file is a notebook saved by Jupyter, Databricks or Zeppelin and is not truncated."),

    // NBM1xx: parse

    // NBM2xx: translation

    // NBM3xx: semantic hazards

    // NBM4xx: security

    // NBM5xx: build and verification
    ;

    private final Severity severity;
    private final String title;
    private final String suggestion;

    Code(Severity severity, String title, String suggestion) {
        this.severity = severity;
        this.title = title;
        this.suggestion = suggestion;
    }

    /** The stable id, e.g. {@code NBM201}: the constant's name. */
    public String id() {
        return name();
    }

    public Severity severity() {
        return severity;
    }

    public String title() {
        return title;
    }

    public String suggestion() {
        return suggestion;
    }

    /** The code with that id, e.g. {@code NBM201}. */
    public static Code byId(String id) {
        return valueOf(id);
    }
}
