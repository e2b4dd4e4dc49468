package dev.nbmigrate.converter.conformance;

import java.util.Objects;

/** The verdict on one corpus record, printed as one line of the conformance report. */
public record RecordResult(String qualname, Status status, String detail) {

    /**
     * The three verdicts: every example printed what PySpark printed, one did not, or the record was not compared
     * (it does not translate, its output is not deterministic, or its line could not be read).
     */
    public enum Status { PASS, FAIL, UNSUPPORTED }

    public RecordResult {
        Objects.requireNonNull(qualname, "qualname");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
    }

    /** {@code PASS lit}, {@code FAIL DataFrame.join: example 3 ...}, {@code UNSUPPORTED rand: NBM-NONDET ...}. */
    public String line() {
        return status + " " + qualname + (detail.isEmpty() ? "" : ": " + detail);
    }
}
