package dev.nbmigrate.converter.translate;

import java.io.IOException;
import java.nio.file.Path;

import dev.nbmigrate.converter.model.JobModel;
import dev.nbmigrate.converter.model.Target;

/**
 * The translation step as {@code nbmigrate convert} and {@code nbmigrate check} call it: one notebook in, its
 * {@link JobModel} out (the translate stage of {@code docs/architecture.md}). Everything downstream (rendering,
 * checking, writing, verifying) works on the model only.
 *
 * <p>An implementation registers itself for {@link java.util.ServiceLoader}: a file
 * {@code META-INF/services/dev.nbmigrate.converter.translate.NotebookTranslator} on the converter's classpath naming
 * the class, which needs a public no-argument constructor. Exactly one may be registered; {@link Translators}
 * finds it. Implementations are called for one notebook at a time (from one thread).
 */
public interface NotebookTranslator {

    /**
     * Translates one notebook.
     *
     * @param notebook the notebook file, as given on the command line (relative to the working folder when it was
     *                 given so; {@link JobModel#source()}{@code .path()} must be this path with forward slashes, so
     *                 that {@code nbmigrate check} finds the notebook again)
     * @param target   the platform the job is built for
     * @return the model; findings go into its diagnostics, never into exceptions
     * @throws IOException only when the notebook cannot be read or is not a notebook at all (an {@code NBM0xx}
     *                     situation): the message names the notebook and says what is wrong. It stops this
     *                     notebook only, never the batch.
     */
    JobModel translate(Path notebook, Target target) throws IOException;

    /**
     * Translates one notebook named relative to {@code workingDir} (the folder the user's paths start from, which
     * need not be the process's): the same as {@link #translate(Path, Target)} run from that folder. Translators
     * that read files (all real ones) override it; the default suits translators that only look at the path.
     */
    default JobModel translate(Path notebook, Path workingDir, Target target) throws IOException {
        return translate(notebook, target);
    }
}
