package dev.nbmigrate.converter.render;

import java.util.Optional;

import com.github.javaparser.ast.CompilationUnit;

import dev.nbmigrate.converter.check.CellMap;
import dev.nbmigrate.converter.check.CompileError;
import dev.nbmigrate.converter.check.JavaUnits;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.model.ConfigField;
import dev.nbmigrate.converter.model.JobModel;

/**
 * The diagnostics of generated Java that does not parse ({@code NBM501}) or compile ({@code NBM502}), placed at the
 * notebook cell the failing line came from.
 */
final class RenderDiagnostics {

    private RenderDiagnostics() {
    }

    static Diagnostic parseDiagnostic(JavaUnits.SyntaxProblem problem, String text, String file,
            String notebook) {
        int cell = cellOfLine(text, problem.line());
        Location where = cell > 0 ? Location.ofCell(notebook, cell) : Location.ofNotebook(notebook);
        return Diagnostic.of(Code.NBM501, where, file + " line " + problem.line() + ": " + problem.message()
                + lineText(text, problem.line()));
    }

    /** NBM530 for a generated file the formatter could not print, when it could not (the file is kept unformatted). */
    static java.util.Optional<Diagnostic> formatting(JavaFormat.Printed printed, String file, String notebook) {
        return printed.problem().map(problem -> Diagnostic.of(Code.NBM530, Location.ofNotebook(notebook),
                file + ": " + problem));
    }

    /** The cell of the nearest {@code // cell N} marker at or above {@code line} (0 if none). */
    static int cellOfLine(String text, int line) {
        String[] lines = text.split("\n", -1);
        java.util.regex.Pattern marker = java.util.regex.Pattern.compile("^\\s*//\\s*cell\\s+(\\d+)\\b.*$");
        for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
            java.util.regex.Matcher m = marker.matcher(lines[i]);
            if (m.matches()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return 0;
    }

    static String lineText(String text, long line) {
        String[] lines = text.split("\n", -1);
        return line >= 1 && line <= lines.length ? " (generated line: " + lines[(int) line - 1].strip() + ")" : "";
    }

    static Diagnostic compileDiagnostic(CompileError error, JobModel model, String jobJava, String configJava,
            CompilationUnit jobUnit, CellMap cells) {
        String notebook = model.source().path();
        boolean inConfig = error.className().endsWith("." + model.names().configClass());
        String file = (inConfig ? model.names().configClass() : model.names().jobClass()) + ".java";
        String text = inConfig ? configJava : jobJava;
        Location where = Location.ofNotebook(notebook);
        if (inConfig) {
            where = configOrigin(model, configJava, error.line()).orElse(where);
        } else {
            Optional<Integer> cell = cells.cellAt(error.line());
            if (cell.isEmpty()) {
                cell = JavaUnits.methodAt(jobUnit, error.line()).flatMap(method -> model.sections().stream()
                        .filter(s -> s.methodName().equals(method) && !s.cells().isEmpty())
                        .map(s -> s.cells().get(0)).findFirst());
            }
            if (cell.isPresent()) {
                where = Location.ofCell(notebook, cell.get());
            }
        }
        return Diagnostic.of(Code.NBM502, where, file + " line " + error.line() + ": " + error.message().strip()
                .lines().findFirst().orElse("") + lineText(text, error.line()));
    }

    /**
     * The notebook place of the config component whose declaration holds {@code line} of the config record: the
     * first {@code Type name,} or {@code Type name)} line at or below it (annotations come first).
     */
    static Optional<Location> configOrigin(JobModel model, String configJava, long line) {
        String[] lines = configJava.split("\n", -1);
        for (int i = (int) Math.max(line, 1) - 1; i < lines.length; i++) {
            for (ConfigField field : model.config()) {
                if (lines[i].matches(".*\\b" + java.util.regex.Pattern.quote(field.name()) + "\\s*[,)].*")) {
                    return Optional.of(field.origin());
                }
            }
        }
        return Optional.empty();
    }
}
