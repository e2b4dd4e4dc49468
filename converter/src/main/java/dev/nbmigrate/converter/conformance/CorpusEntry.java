package dev.nbmigrate.converter.conformance;

/**
 * One line of a corpus file: a record the runner can run, or one it cannot read (malformed JSON, a missing field,
 * an output kind this version does not know), which is reported on its own and never ends the run.
 */
public sealed interface CorpusEntry permits CorpusRecord, UnreadableRecord {

    /** The documented API the entry is about, or {@code line N} when the line did not say. */
    String qualname();
}
