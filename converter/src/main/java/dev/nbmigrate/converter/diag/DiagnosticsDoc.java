package dev.nbmigrate.converter.diag;

import java.util.Map;
import java.util.TreeMap;

/**
 * Renders {@code docs/diagnostics.md}, the one table of every diagnostic code, from {@link Code}.
 * A test keeps the committed file equal to this rendering; {@code nbmigrate explain --markdown} prints it.
 */
public final class DiagnosticsDoc {

    private static final Map<Character, String> GROUPS = new TreeMap<>(Map.of(
            '0', "NBM0xx: input",
            '1', "NBM1xx: parse",
            '2', "NBM2xx: translation",
            '3', "NBM3xx: semantic hazards",
            '4', "NBM4xx: security",
            '5', "NBM5xx: build and verification"));

    private DiagnosticsDoc() {
    }

    /** The whole Markdown document. */
    public static String render() {
        StringBuilder out = new StringBuilder()
                .append("# Diagnostic codes\n\n")
                .append("Every finding nbmigrate reports has a stable code, a severity, a location (notebook, cell, line),\n")
                .append("a message and a suggestion. The same code appears in the generated code's `// TODO(NBMxxx): ...`\n")
                .append("comment and in the migration report. Severities: `error` (the job cannot be equivalent: the cell is\n")
                .append("emitted as a failing TODO), `warning` (equivalence is not guaranteed), `info`.\n\n")
                .append("This file is generated from `converter/src/main/java/dev/nbmigrate/converter/diag/Code.java`;\n")
                .append("`nbmigrate explain CODE` prints one entry.\n");
        for (Map.Entry<Character, String> group : GROUPS.entrySet()) {
            out.append("\n## ").append(group.getValue()).append("\n\n")
                    .append("| Code | Severity | Meaning | Suggestion |\n")
                    .append("| --- | --- | --- | --- |\n");
            for (Code code : Code.values()) {
                if (code.id().charAt(3) == group.getKey()) {
                    out.append("| ").append(code.id())
                            .append(" | ").append(code.severity().label())
                            .append(" | ").append(cell(code.title()))
                            .append(" | ").append(cell(code.suggestion()))
                            .append(" |\n");
                }
            }
        }
        return out.toString();
    }

    private static String cell(String text) {
        return dev.nbmigrate.converter.escape.Markdown.cell(text);
    }
}
