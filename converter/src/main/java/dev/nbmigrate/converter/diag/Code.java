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
    NBM101(Severity.ERROR, "Python syntax error",
            "Fix the cell so that Python 3 parses it (the message is CPython's), or mark the notebook as Python 2."),
    NBM102(Severity.ERROR, "Python source too deeply nested",
            "Split the expression or statement into smaller parts; CPython refuses it too."),
    NBM103(Severity.INFO, "Python 2 syntax rewritten to Python 3",
            "Nothing to do; review the rewritten lines if the cell behaves differently."),
    NBM104(Severity.ERROR, "SQL syntax error",
            "Fix the statement so that Spark's SQL parser accepts it (the message is Spark's)."),
    NBM105(Severity.WARNING, "Unknown SQL variable",
            "Define the variable (SET hivevar:name=value, or a job parameter) or replace the ${...} reference."),

    // NBM2xx: translation

    // NBM3xx: semantic hazards
    NBM301(Severity.WARNING, "Python 2 integer division",
            "In Python 2, / on two integers floors (7 / 2 == 3). Use // where floor division is meant."),
    NBM302(Severity.WARNING, "Python 2 list-returning builtin",
            "map/filter/zip/range returned lists in Python 2 and are lazy in Python 3: wrap in list() if the result is reused, indexed or measured."),
    NBM303(Severity.INFO, "Python 2 dict method",
            "Use items()/values()/keys() and `key in d` instead of iteritems()/itervalues()/iterkeys()/has_key()."),
    NBM304(Severity.INFO, "Python 2 builtin renamed or removed",
            "Use the Python 3 name (range, input, str, int, chr, functools.reduce, ...)."),
    NBM305(Severity.WARNING, "Python 2 str/bytes conversion",
            "Python 2 str is bytes: check each encode()/decode() against Python 3, where str is text."),
    NBM306(Severity.WARNING, "Python 2 comparison function",
            "Replace cmp= / cmp() with key= (functools.cmp_to_key) and explicit comparisons."),
    NBM307(Severity.WARNING, "Python 2 print of a tuple",
            "print (a, b) printed the tuple in Python 2; Python 3 prints the items separated by spaces."),

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
