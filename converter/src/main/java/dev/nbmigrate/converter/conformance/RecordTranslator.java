package dev.nbmigrate.converter.conformance;

/** Turns one corpus record into the source of a {@link ConformanceProgram}, or says why it cannot. */
@FunctionalInterface
public interface RecordTranslator {

    /**
     * @param record the record to translate
     * @param className the fully qualified name the program class must have
     */
    RecordTranslation translate(CorpusRecord record, String className);
}
