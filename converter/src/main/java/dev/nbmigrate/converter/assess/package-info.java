/**
 * {@code nbmigrate assess}: what a batch of notebooks holds and how much of it will migrate, before anything is
 * converted. {@link dev.nbmigrate.converter.assess.NotebookFinder} finds the notebooks,
 * {@link dev.nbmigrate.converter.assess.Assessor} reads, classifies and analyses each one (a bad notebook never
 * stops the batch), {@link dev.nbmigrate.converter.assess.AssessmentReport} turns the programs into redacted rows,
 * and {@link dev.nbmigrate.converter.assess.ReportFormat} renders them as Markdown, JSON (schema
 * {@code nbmigrate-assessment/1}) or one self-contained HTML page.
 */
package dev.nbmigrate.converter.assess;
