package dev.nbmigrate.converter.diag;

/**
 * How far a finding stands between the notebook and an equivalent job. Each {@link Code} has a default severity;
 * the {@code --fail-on} option of {@code convert} and {@code assess} compares a finding's severity with its threshold.
 */
public enum Severity {
    /** The job cannot be equivalent: the cell is emitted as a failing TODO. */
    ERROR,
    /** Equivalence is not guaranteed; a reviewer must look. */
    WARNING,
    /** Worth knowing; nothing to do. */
    INFO;

    /** Lower-case name as printed in reports and TODO comments. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
