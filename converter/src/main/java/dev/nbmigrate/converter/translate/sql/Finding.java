package dev.nbmigrate.converter.translate.sql;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Severity;
import dev.nbmigrate.converter.parse.SourceRef;
import java.util.Objects;

/**
 * One thing {@link HiveSqlRewriter} rewrote, dropped or could not translate, and why: a code of the
 * {@code NBM260}-{@code NBM269} range, a message naming the statement's part, a suggestion, and where the part starts
 * in the rewriter's input (1-based line and column, columns counted in code points).
 */
public record Finding(Code code, String message, String suggestion, int line, int column) {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(suggestion, "suggestion");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }

    public Severity severity() {
        return code.severity();
    }

    /** The diagnostic at this finding's place in the notebook, given where the rewritten SQL text came from. */
    public Diagnostic toDiagnostic(SourceRef ref) {
        return new Diagnostic(code, code.severity(), ref.location(line, column - 1), message, suggestion);
    }
}
