package dev.nbmigrate.converter.api;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.types.PyType;
import java.util.Objects;
import java.util.Optional;

/**
 * How one PySpark API member is supported: the answer of {@link ApiCatalog#classify}, used by the assess
 * command as is and by the translator to plan the Java call.
 *
 * @param owner the PySpark owner's canonical name, e.g. {@code pyspark.sql.DataFrame}
 * @param member the PySpark member name
 * @param kind how Python reaches it
 * @param status supported, warning or unsupported
 * @param code the diagnostic for a warning/unsupported member, or an info code (e.g. legacy API)
 * @param note why, for the report; empty for plain members
 * @param target where it lands in Java; empty when unsupported or when the rule writes the code
 * @param rule the translation rule, if it needs one
 * @param params the PySpark parameter list, when recorded
 * @param returns the Python-side result type, when the Java return type does not say it
 * @param source where the answer came from
 */
public record ApiSupport(String owner, String member, MemberKind kind, SupportStatus status, Optional<Code> code,
        String note, Optional<JavaTarget> target, Optional<TranslationRule> rule, Optional<PyParams> params,
        Optional<PyType> returns, Source source) {

    /** Where an answer came from. */
    public enum Source {
        /** A row of the member table. */
        TABLE,
        /** The owner's class-level status (e.g. everything on an RDD is unsupported). */
        CLASS,
        /** Not in the table; a public Java member of the same name exists. */
        REFLECTION,
        /** Neither in the table nor in Java. */
        NOT_FOUND
    }

    public ApiSupport {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(returns, "returns");
        Objects.requireNonNull(source, "source");
        if (status != SupportStatus.SUPPORTED && code.isEmpty()) {
            throw new IllegalArgumentException(owner + "." + member + ": a " + status.label() + " member needs a code");
        }
    }

    /** {@code pyspark.sql.DataFrame.groupby}. */
    public String qualifiedName() {
        return owner + "." + member;
    }

    /** One line for reports: {@code pyspark.sql.DataFrame.toPandas: unsupported NBM202 (note)}. */
    public String describe() {
        StringBuilder text = new StringBuilder(qualifiedName()).append(": ").append(status.label());
        code.ifPresent(c -> text.append(' ').append(c.id()));
        target.ifPresent(t -> text.append(" -> ").append(t.describe()));
        rule.ifPresent(r -> text.append(" [").append(r.id()).append(']'));
        if (!note.isEmpty()) {
            text.append(" (").append(note).append(')');
        }
        return text.toString();
    }
}
