package dev.nbmigrate.converter.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

import dev.nbmigrate.converter.translate.NotebookTranslator;
import dev.nbmigrate.converter.translate.Translators;

/**
 * What commands take from their surroundings: the working folder every relative path is resolved against, where
 * the notebook translator comes from (the registered one; tests give their own), and environment variables added to
 * the processes commands start (Maven and the jobs it runs), on top of this process's own.
 */
public record CliContext(Path workingDir, Supplier<NotebookTranslator> translator, Map<String, String> environment) {

    public CliContext {
        environment = Map.copyOf(environment);
    }

    /** A context adding no environment variables. */
    public CliContext(Path workingDir, Supplier<NotebookTranslator> translator) {
        this(workingDir, translator, Map.of());
    }

    /** The process's working folder and the translator registered on the class path. */
    public static CliContext system() {
        return new CliContext(Path.of("").toAbsolutePath(),
                () -> Translators.load(Thread.currentThread().getContextClassLoader()));
    }
}
