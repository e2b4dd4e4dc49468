/**
 * The review page of a generated module ({@code nbmigrate review}): reads the module's {@code migration.json}
 * ({@link dev.nbmigrate.converter.review.ModuleRecord}), its job and config classes, the notebook it came from
 * (read and analysed so that secret values are redacted) and an optional reconcile report
 * ({@link dev.nbmigrate.converter.review.ReconcileResults}), and hands a {@link
 * dev.nbmigrate.converter.review.ReviewView} to the {@code review.html.ftlh} template. Entry class:
 * {@link dev.nbmigrate.converter.review.Reviewer}.
 */
package dev.nbmigrate.converter.review;
