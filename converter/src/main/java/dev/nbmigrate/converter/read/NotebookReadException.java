package dev.nbmigrate.converter.read;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Location;

import java.util.Objects;

/**
 * The notebook file cannot be read at all: not a notebook, malformed or truncated JSON, missing or unsupported
 * nbformat, text that is not valid UTF-8, or an I/O error. It stops this notebook only, never a batch.
 *
 * <p>The message is complete for the user, e.g.
 * {@code legacy/sales.ipynb, line 12, column 5: unexpected end of file inside the JSON document (the file looks
 * truncated)}: no stack trace is needed to act on it.
 */
public final class NotebookReadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String notebook;
    private final int line;
    private final int column;
    private final String reason;

    /**
     * @param notebook the notebook's name as the user gave it
     * @param line     1-based file line of the problem, 0 when unknown
     * @param column   1-based file column of the problem, 0 when unknown
     * @param reason   what is wrong, without the file name
     * @param cause    the underlying exception, kept for debugging; may be null
     */
    public NotebookReadException(String notebook, int line, int column, String reason, Throwable cause) {
        super(format(notebook, line, column, reason), cause);
        this.notebook = Objects.requireNonNull(notebook, "notebook");
        this.line = Math.max(0, line);
        this.column = Math.max(0, column);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public NotebookReadException(String notebook, String reason) {
        this(notebook, 0, 0, reason, null);
    }

    private static String format(String notebook, int line, int column, String reason) {
        StringBuilder text = new StringBuilder(notebook);
        if (line > 0) {
            text.append(", line ").append(line);
            if (column > 0) {
                text.append(", column ").append(column);
            }
        }
        return text.append(": ").append(reason).toString();
    }

    /** The notebook's name as the user gave it. */
    public String notebook() {
        return notebook;
    }

    /** The 1-based file line of the problem, 0 when unknown. */
    public int line() {
        return line;
    }

    /** The 1-based file column of the problem, 0 when unknown. */
    public int column() {
        return column;
    }

    /** What is wrong, without the file name and position. */
    public String reason() {
        return reason;
    }

    /**
     * The same failure as an {@code NBM001} diagnostic for the notebook as a whole, for reports: the message is
     * the position (if known) and the reason, the location names the notebook.
     */
    public Diagnostic toDiagnostic() {
        String position = line > 0 ? "line " + line + (column > 0 ? ", column " + column : "") + ": " : "";
        return Diagnostic.of(Code.NBM001, Location.ofNotebook(notebook), position + reason);
    }
}
