package dev.nbmigrate.converter.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One finding of any stage: a stable code, where it is, what is wrong and what to do about it, and, where the rule
 * knows it, what it is about as data ({@link Subject}: the API name, the Python construct).
 * The same code appears in the generated code's {@code // TODO(NBMxxx)} comment and in the report.
 */
public record Diagnostic(Code code, Severity severity, Location location, String message, String suggestion,
        java.util.Optional<Subject> subject) implements Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::location)
            .thenComparing(d -> d.code().id())
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(suggestion, "suggestion");
        Objects.requireNonNull(subject, "subject");
    }

    /** A finding without a subject. */
    public Diagnostic(Code code, Severity severity, Location location, String message, String suggestion) {
        this(code, severity, location, message, suggestion, java.util.Optional.empty());
    }

    /** A finding with the code's own severity and suggestion. */
    public static Diagnostic of(Code code, Location location, String message) {
        return new Diagnostic(code, code.severity(), location, message, code.suggestion());
    }

    /** This finding about {@code about}. */
    public Diagnostic about(Subject about) {
        return new Diagnostic(code, severity, location, message, suggestion, java.util.Optional.of(about));
    }

    /** {@code NBM201 error at nb.ipynb, cell 3, line 4: message (suggestion)}. */
    public String render() {
        return code.id() + " " + severity.label() + " at " + location + ": " + message
                + (suggestion.isEmpty() ? "" : " (" + suggestion + ")");
    }

    /** The one-line comment placed above the generated code it concerns. */
    public String todoComment() {
        return "TODO(" + code.id() + "): " + message;
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }
}
