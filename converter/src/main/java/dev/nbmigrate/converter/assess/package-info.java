/**
 * {@code nbmigrate assess}: what a batch of notebooks holds and how much of it will migrate, before anything is
 * converted. {@link dev.nbmigrate.converter.read.NotebookFinder} finds the notebooks,
 * {@link dev.nbmigrate.converter.assess.Assessor} reads, classifies and analyses each one (a bad notebook never
 * stops the batch), {@link dev.nbmigrate.converter.assess.AssessmentReport} turns the programs into redacted rows,
 * {@link dev.nbmigrate.converter.assess.PortfolioOverview} derives what a manager acts on (a verdict and hours per notebook,
 * blockers by cause, findings by severity with their cell's source), and
 * {@link dev.nbmigrate.converter.assess.ReportFormat} renders them as Markdown or one self-contained HTML page
 * (the templates {@code assessment.md.ftl} and {@code assessment.html.ftlh}, which {@code --templates} may replace),
 * JSON (schema {@code nbmigrate-assessment/1}) or CSV (one row per notebook).
 */
package dev.nbmigrate.converter.assess;
