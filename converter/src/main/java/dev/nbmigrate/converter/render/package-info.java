/**
 * The render stage: one {@link dev.nbmigrate.converter.model.JobModel} to one module's files, checked.
 *
 * <p>Entry point: {@link dev.nbmigrate.converter.render.ModuleRenderer#render}, with
 * {@link dev.nbmigrate.converter.render.RenderOptions} (the expectations file, the sample data folder, what the previous
 * {@code migration.json} records), giving a {@link dev.nbmigrate.converter.render.RenderedModule}.
 * {@link dev.nbmigrate.converter.render.TemplateRenderer} renders the Freemarker templates ({@code templates/*.ftl},
 * packaged into the converter, overridable per file with {@code --templates}) from plain view records
 * ({@link dev.nbmigrate.converter.render.ModuleViews}) and the escaping functions of
 * {@link dev.nbmigrate.converter.render.TemplateFunctions}. The renderer then parses every Java file, compiles the job
 * and its config record in memory ({@link dev.nbmigrate.converter.check}), builds the job as the runtime will to
 * validate its options ({@code ConfigProbe}), plans the test's fixtures from the sample data ({@code FixturePlanner})
 * and its checks from the expectations ({@code OutputChecks}, {@code BadConfigCases}), and computes the content hash
 * and version ({@link dev.nbmigrate.converter.write.ModuleVersion}). Problems are {@code NBM5xx} diagnostics naming the
 * notebook cell; a module whose Java does not parse or compile is not handed on to be written. A template that cannot
 * be rendered is a {@link dev.nbmigrate.converter.render.TemplateException}.
 */
package dev.nbmigrate.converter.render;
