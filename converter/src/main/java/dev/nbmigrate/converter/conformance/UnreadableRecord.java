package dev.nbmigrate.converter.conformance;

import java.util.Objects;

/**
 * A corpus line that could not be read as a record.
 *
 * @param qualname the record's {@code qualname} when the line gave one, else {@code line N}
 * @param lineNumber the line of the corpus file, from 1
 * @param problem what is wrong, in one line
 */
public record UnreadableRecord(String qualname, int lineNumber, String problem) implements CorpusEntry {

    /** The code an unreadable record is reported with: {@code UNSUPPORTED NBM-CORPUS}. */
    public static final String CODE = "NBM-CORPUS";

    public UnreadableRecord {
        Objects.requireNonNull(qualname, "qualname");
        Objects.requireNonNull(problem, "problem");
    }

    /** The verdict on this entry. */
    public RecordResult result() {
        return new RecordResult(qualname, RecordResult.Status.UNSUPPORTED,
                CODE + " line " + lineNumber + " of the corpus cannot be read: " + problem);
    }
}
