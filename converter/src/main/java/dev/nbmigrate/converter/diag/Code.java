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
    NBM501(Severity.ERROR, "Generated Java does not parse",
            "A translation or template bug: the module is not written. Report it with the notebook cell named here;"
            + " a user template (--templates) may be the cause."),
    NBM502(Severity.ERROR, "Generated Java does not compile",
            "The module is not written. Fix the notebook cell named here (or the translation of it) and convert again."),
    NBM503(Severity.ERROR, "Invalid job parameters",
            "A parameter clashes with a runtime option or has a default or rule the runtime rejects; rename it or fix"
            + " its default in the notebook."),
    NBM504(Severity.WARNING, "Input without sample data",
            "The generated test cannot read this input: add the file under the sample data folder (--data) at the"
            + " path the lake-path rule gives, or provide it as a given table in the expectations file."),
    NBM505(Severity.WARNING, "No expectations for the notebook",
            "Write <notebook>.expect.json next to the notebook (docs/expectations.md) so the generated test asserts"
            + " row counts, schema and values computed independently of the job."),
    NBM506(Severity.ERROR, "Expectations do not match the job",
            "Correct the expectations file: every output it names must be one the job writes, every given table"
            + " needs sources, every row its key columns."),
    NBM507(Severity.WARNING, "Table input without a fixture",
            "The job reads a table that no fixture provides: add it under \"given\" in the expectations file so the"
            + " generated test can create it before the run."),
    NBM508(Severity.ERROR, "Required parameter without a test value",
            "Give the parameter a value for the generated test in the expectations file's \"args\"."),
    NBM509(Severity.ERROR, "Sections do not connect",
            "A section takes a value no earlier section returns, or two sections return different types under one"
            + " name: fix the section parameters and return names the translation produced."),
    NBM510(Severity.INFO, "Output checked for existence only",
            "Nothing states what this output should hold: add it to the expectations file with its row count, schema"
            + " and rows."),
    NBM511(Severity.ERROR, "Unreadable expectations file",
            "Fix the JSON so it follows docs/expectations.md; the notebook is not converted until it does."),
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
