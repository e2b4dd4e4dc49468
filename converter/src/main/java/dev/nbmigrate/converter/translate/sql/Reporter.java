package dev.nbmigrate.converter.translate.sql;

import dev.nbmigrate.converter.diag.Code;
import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one statement, placing offsets within the statement at their line and column in the input. */
final class Reporter {

    private final String input;
    private final int base;
    private final List<Finding> findings = new ArrayList<>();

    /** {@code base}: where the statement starts in {@code input}. */
    Reporter(String input, int base) {
        this.input = input;
        this.base = base;
    }

    void add(Code code, String message, int offsetInStatement) {
        add(code, message, code.suggestion(), offsetInStatement);
    }

    void add(Code code, String message, String suggestion, int offsetInStatement) {
        int at = base + offsetInStatement;
        findings.add(new Finding(code, message, suggestion, SqlText.line(input, at), SqlText.column(input, at)));
    }

    List<Finding> findings() {
        return findings;
    }
}
