/**
 * The translator {@code nbmigrate convert} uses: one notebook file to its
 * {@link dev.nbmigrate.converter.model.JobModel}.
 *
 * <p>Entry point: {@link dev.nbmigrate.converter.translate.job.JobTranslator}, registered for
 * {@link java.util.ServiceLoader} as the {@link dev.nbmigrate.converter.translate.NotebookTranslator}. It reads,
 * classifies and analyses the notebook ({@link dev.nbmigrate.converter.analyze.Analyzer}, giving the
 * {@link dev.nbmigrate.converter.analyze.Program}), plans the config record from the program's parameters and secrets
 * ({@code JobConfig}), translates the cells top to bottom into {@code Block}s ({@code CellTranslator}, with
 * {@code SqlCells} for SQL cells and the statement translator of {@link dev.nbmigrate.converter.translate} for Python),
 * and cuts the blocks into one method per notebook section, wiring values between them ({@code SectionPlanner}).
 * Each section body is printed to Java text here ({@code JavaLayout}); the model carries it as a string.
 */
package dev.nbmigrate.converter.translate.job;
