/**
 * The portfolio: every job module of an output folder operated together on the platform around it.
 *
 * <p>{@link dev.nbmigrate.converter.portfolio.PortfolioJobs} reads what each module's {@code migration.json} records
 * of the analysis (inputs, outputs, main class, options, secret keys); {@link
 * dev.nbmigrate.converter.portfolio.LineageGraph} orders the jobs by what they read and write and reports writers
 * that share data (NBM320) and cycles (NBM321); {@link dev.nbmigrate.converter.portfolio.Environments} is the one
 * place the dev, uat and prod targets of every bundle come from (NBM322 when it is bad); {@link
 * dev.nbmigrate.converter.portfolio.PortfolioRenderer} fills the {@code portfolio-*.ftl} templates (multi-task job,
 * Data Factory pipeline, CI/CD pipelines, monitoring queries) and {@link
 * dev.nbmigrate.converter.portfolio.LineageSvg} draws the graph; {@link dev.nbmigrate.converter.portfolio.Portfolio}
 * writes them all to {@code <out>/portfolio/} atomically.
 */
package dev.nbmigrate.converter.portfolio;
