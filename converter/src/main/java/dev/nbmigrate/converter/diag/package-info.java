/**
 * Diagnostics, shared by every stage: the table of every finding nbmigrate can report and the records that carry one.
 *
 * <p>{@link dev.nbmigrate.converter.diag.Code} is the one table of codes (stable id, default
 * {@link dev.nbmigrate.converter.diag.Severity}, title, suggestion), in ranges {@code NBM0xx} input, {@code NBM1xx}
 * parse, {@code NBM2xx} translation, {@code NBM3xx} semantic hazards, {@code NBM4xx} security and {@code NBM5xx} build
 * and verification. A {@link dev.nbmigrate.converter.diag.Diagnostic} is one finding at a
 * {@link dev.nbmigrate.converter.diag.Location} (notebook, cell, line, column); stages collect them in
 * {@link dev.nbmigrate.converter.diag.Diagnostics} rather than throwing. {@link dev.nbmigrate.converter.diag.DiagnosticsDoc}
 * renders {@code docs/diagnostics.md} from the table ({@code nbmigrate explain --markdown}); a test keeps the committed
 * file equal to it.
 */
package dev.nbmigrate.converter.diag;
