package dev.nbmigrate.converter.cli;

import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Severity;

/**
 * The {@code --fail-on} threshold of {@code convert} and {@code assess}: findings are reported either way (a partial
 * conversion is the normal case of a migration); with a threshold, a finding at or above it makes the exit code 1,
 * so a script or a CI step can gate on it.
 */
enum FailOn {
    /** Findings never change the exit code (the default). */
    NEVER(null),
    /** Exit 1 when some finding is an error. */
    ERROR(Severity.ERROR),
    /** Exit 1 when some finding is a warning or an error. */
    WARNING(Severity.WARNING);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    /** Whether {@code finding} reaches the threshold. */
    boolean failsOn(Diagnostic finding) {
        return threshold != null && finding.severity().compareTo(threshold) <= 0;
    }
}
