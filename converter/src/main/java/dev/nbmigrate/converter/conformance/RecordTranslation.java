package dev.nbmigrate.converter.conformance;

import dev.nbmigrate.converter.check.JavaSource;

/** The outcome of translating a corpus record: a program to compile and run, or the reason it is unsupported. */
public sealed interface RecordTranslation {

    /** A program class implementing {@link ConformanceProgram}. */
    record Program(JavaSource source) implements RecordTranslation {
    }

    /** Not translatable: the diagnostic code and message that say why. */
    record Unsupported(String code, String message) implements RecordTranslation {
    }
}
