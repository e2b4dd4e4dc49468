package dev.nbmigrate.converter.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.Statement;

import dev.nbmigrate.converter.check.CompileError;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.model.JobModel;
import dev.nbmigrate.converter.model.JobSection;
import dev.nbmigrate.converter.model.JobStep;

/**
 * Keeps one statement from costing the whole module: each step of a section method that javac refuses becomes a
 * failing placeholder ({@code NotTranslated.fail} with the step's Python in a comment, and the variables it declared
 * for later steps declared with no value), reported once as {@link Code#NBM513} at the step's notebook place. The
 * caller compiles again; a placeholder that still does not compile loses its declarations the next time.
 */
final class StepRepair {

    /** How many times a module is repaired and compiled again at most. */
    static final int MAX_ROUNDS = 8;
    private static final String NOT_TRANSLATED = "dev.nbmigrate.runtime.NotTranslated";
    private static final String TODO = "// TODO(" + Code.NBM513.id() + "):";
    private static final String PYTHON = "//   ";

    private StepRepair() {
    }

    /**
     * The model with every step that has a compile error in {@code jobJava} replaced by a placeholder; empty when no
     * error is in a known step of a section method.
     */
    static Optional<JobModel> repair(JobModel model, List<CompileError> errors, String jobJava, CompilationUnit unit) {
        try {
            return repaired(model, errors, jobJava, unit);
        } catch (RuntimeException e) {
            // a model whose steps do not match its body: report the compile errors as they are (NBM502)
            return Optional.empty();
        }
    }

    private static Optional<JobModel> repaired(JobModel model, List<CompileError> errors, String jobJava,
            CompilationUnit unit) {
        String jobClass = model.names().javaPackage() + "." + model.names().jobClass();
        String[] lines = jobJava.split("\n", -1);
        Map<String, MethodDeclaration> methods = new LinkedHashMap<>();
        Set<String> sectionNames = new java.util.HashSet<>();
        model.sections().forEach(s -> sectionNames.add(s.methodName()));
        for (MethodDeclaration method : unit.findAll(MethodDeclaration.class)) {
            if (sectionNames.contains(method.getNameAsString()) && method.getBody().isPresent()) {
                methods.put(method.getNameAsString(), method);
            }
        }
        // the first error of each broken step, by section and step index
        Map<String, Map<Integer, CompileError>> broken = new LinkedHashMap<>();
        for (CompileError error : errors) {
            if (!error.className().equals(jobClass)) {
                continue;
            }
            for (JobSection section : model.sections()) {
                MethodDeclaration method = methods.get(section.methodName());
                if (method == null || !within(method, error.line())) {
                    continue;
                }
                List<Statement> statements = method.getBody().get().getStatements();
                for (int i = 0; i < statements.size(); i++) {
                    if (within(statements.get(i), error.line())) {
                        int index = i;
                        for (int s = 0; s < section.steps().size(); s++) {
                            if (section.steps().get(s).holds(index)) {
                                broken.computeIfAbsent(section.methodName(), k -> new LinkedHashMap<>())
                                        .putIfAbsent(s, error);
                            }
                        }
                    }
                }
            }
        }
        if (broken.isEmpty()) {
            return Optional.empty();
        }
        List<Diagnostic> diagnostics = new ArrayList<>(model.diagnostics());
        List<JobSection> sections = new ArrayList<>();
        for (JobSection section : model.sections()) {
            Map<Integer, CompileError> steps = broken.get(section.methodName());
            if (steps == null) {
                sections.add(section);
                continue;
            }
            sections.add(repairSection(section, steps, methods.get(section.methodName()), lines,
                    model.source().path(), diagnostics));
        }
        java.util.SortedSet<String> imports = new java.util.TreeSet<>(model.imports());
        imports.add(NOT_TRANSLATED);
        return Optional.of(new JobModel(model.names(), model.title(), model.source(), model.target(),
                model.sparkConf(), model.config(), sections, imports, model.inputs(), model.outputs(),
                diagnostics.stream().distinct().sorted().toList(), model.fields(), model.helpers(), model.cells()));
    }

    private static JobSection repairSection(JobSection section, Map<Integer, CompileError> brokenSteps,
            MethodDeclaration method, String[] lines, String notebook, List<Diagnostic> diagnostics) {
        List<Statement> statements = method.getBody().get().getStatements();
        int bodyFrom = method.getBody().get().getRange().get().begin.line + 1;
        int bodyTo = method.getBody().get().getRange().get().end.line - 1;
        List<String> body = new ArrayList<>(Arrays.asList(lines).subList(bodyFrom - 1, bodyTo));
        List<JobStep> steps = new ArrayList<>(section.steps());
        // from the last step up, so that earlier line numbers stay valid
        List<Integer> order = new ArrayList<>(brokenSteps.keySet());
        order.sort(java.util.Comparator.reverseOrder());
        for (int s : order) {
            JobStep step = steps.get(s);
            CompileError error = brokenSteps.get(s);
            int from = statements.get(step.first()).getRange().get().begin.line;
            int to = statements.get(step.first() + step.count() - 1).getRange().get().end.line;
            if (step.placeholder()) {
                // the placeholder's own comments go with it: the TODO above (wrapped over several comment lines
                // when long), the Python below
                from = todoAbove(lines, from, bodyFrom);
                while (to + 1 <= bodyTo && lines[to].strip().startsWith(PYTHON)) {
                    to++;
                }
            }
            String indent = leading(lines[from - 1]);
            String javac = javacMessage(error);
            String message = "the generated Java did not compile: " + javac;
            String generated = error.line() >= 1 && error.line() <= lines.length
                    ? lines[(int) error.line() - 1].strip() : "";
            if (!step.placeholder()) {
                diagnostics.add(Diagnostic.of(Code.NBM513, step.where(), message
                        + (generated.isEmpty() ? "" : " (generated line: " + generated + ")")));
            }
            List<String> replacement = new ArrayList<>();
            replacement.add(indent + TODO + " " + message);
            replacement.add(indent + "NotTranslated.fail(" + literal(Code.NBM513.id()) + ", "
                    + literal(whereText(step.where())) + ", " + literal(message) + ");");
            step.python().forEach(line -> replacement.add(indent + PYTHON + line));
            List<String> declarations = step.placeholder() ? List.of() : step.declarations();
            declarations.forEach(d -> replacement.add(indent + d + " = " + zero(d) + ";"));
            int statementCount = 1 + declarations.size();
            for (int i = to; i >= from; i--) {
                body.remove(i - bodyFrom);
            }
            body.addAll(from - bodyFrom, replacement);
            int delta = statementCount - step.count();
            steps.set(s, new JobStep(step.first(), statementCount, step.where(), step.python(), declarations, true));
            for (int later = s + 1; later < steps.size(); later++) {
                steps.set(later, steps.get(later).shifted(delta));
            }
        }
        return section.withBody(String.join("\n", body) + "\n", steps);
    }

    /**
     * The first line of the placeholder's {@code TODO(NBM513)} comment right above line {@code from} (1-based),
     * over the comment lines a long TODO was wrapped onto; {@code from} itself when there is none.
     */
    static int todoAbove(String[] lines, int from, int bodyFrom) {
        for (int line = from - 1; line >= bodyFrom; line--) {
            String text = lines[line - 1].strip();
            if (text.startsWith(TODO)) {
                return line;
            }
            boolean continuation = text.startsWith("// ") && !text.startsWith(PYTHON) && !text.startsWith("// TODO(");
            if (!continuation) {
                return from;
            }
        }
        return from;
    }

    /** javac's message on one line: its first line, with the symbol it could not find when it says which. */
    private static String javacMessage(CompileError error) {
        List<String> parts = error.message().strip().lines().map(String::strip).toList();
        if (parts.isEmpty()) {
            return "";
        }
        String first = parts.get(0);
        if (parts.size() > 1 && parts.get(1).startsWith("symbol:")) {
            first += " (" + parts.get(1).replaceAll("\\s+", " ") + ")";
        }
        return first;
    }

    private static boolean within(com.github.javaparser.ast.Node node, long line) {
        return node.getRange().map(r -> r.begin.line <= line && line <= r.end.line).orElse(false);
    }

    private static String leading(String line) {
        return line.substring(0, line.length() - line.stripLeading().length());
    }

    private static String literal(String text) {
        return new StringLiteralExpr().setString(text).toString();
    }

    /** The value a declaration {@code Type name} gets in a placeholder: Java's default for the type. */
    private static String zero(String declaration) {
        String type = declaration.substring(0, declaration.lastIndexOf(' '));
        return switch (type) {
            case "long" -> "0L";
            case "int", "short", "byte" -> "0";
            case "double" -> "0.0";
            case "float" -> "0.0f";
            case "boolean" -> "false";
            case "char" -> "'\\0'";
            default -> "null";
        };
    }

    /** {@code notebook.ipynb cell 3, line 4}, as the translator's placeholders say where they are. */
    static String whereText(Location at) {
        String notebook = at.notebook();
        int slash = notebook.lastIndexOf('/');
        String file = slash >= 0 ? notebook.substring(slash + 1) : notebook;
        return file + " cell " + at.cell() + (at.line() > 0 ? ", line " + at.line() : "");
    }
}
