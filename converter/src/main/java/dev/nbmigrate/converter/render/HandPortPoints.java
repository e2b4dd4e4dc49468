package dev.nbmigrate.converter.render;

import com.github.javaparser.ParseResult;
import com.github.javaparser.Position;
import com.github.javaparser.Range;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.nbmigrate.converter.check.JavaUnits;
import dev.nbmigrate.converter.model.JavaCase;
import dev.nbmigrate.converter.model.JobModel;
import dev.nbmigrate.converter.model.JobSection;
import dev.nbmigrate.converter.model.JobStep;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hand-port points of a job: every step of a section that is a failing placeholder
 * ({@code NotTranslated.fail(code, where, message)} at the top level of the method) becomes a call of a method of the
 * module's hand-port interface ({@code handPorts.cell8Line2(ctx, config, sales)}), whose default fails the run the same
 * way. The method takes the job's context and configuration and the locals in scope that the step's Python names, so a
 * team can port the step by overriding it in a hand-written class ({@code manual.HandPortedSteps}) that regeneration
 * keeps. Placeholders nested in other statements (the Delta Lake guard of a local run) stay as they are: no hand port
 * can close them.
 */
public final class HandPortPoints {

    /** The name of the job's field that holds the hand ports. */
    public static final String FIELD = "handPorts";

    private static final Pattern WHERE = Pattern.compile("(.*?)\\s*cell (\\d+)(?:, line (\\d+))?");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /**
     * One hand-port point.
     *
     * @param method     the interface method, e.g. {@code cell8Line2}
     * @param code       the diagnostic code of the placeholder
     * @param where      where it is in the notebook, as the placeholder says
     * @param message    the placeholder's message
     * @param parameters the locals the method takes after {@code ctx} and {@code config}
     * @param python     the notebook source of the step, already redacted
     * @param returnType the Java type of the value the step makes ({@code Dataset<Row>} for
     *                   {@code df = ...} whose type the analysis knows), {@code void} when it makes none
     */
    public record Point(String method, String code, String where, String message,
            List<JobSection.Parameter> parameters, List<String> python, String returnType) {
        public Point {
            parameters = List.copyOf(parameters);
            python = List.copyOf(python);
            java.util.Objects.requireNonNull(returnType, "returnType");
        }

        /** A point for a step that makes no value. */
        public Point(String method, String code, String where, String message,
                List<JobSection.Parameter> parameters, List<String> python) {
            this(method, code, where, message, parameters, python, VOID);
        }
    }

    private static final String VOID = "void";
    /** The runtime class whose {@code fail(code, place, message)} calls are the placeholders of untranslated steps. */
    private static final String NOT_TRANSLATED = "NotTranslated";

    /**
     * The job with its placeholders turned into hand-port calls, and the points in run order.
     *
     * @param model  the job as rendered: sections rewritten, and the field and import the calls need
     * @param points the hand-port points, empty when the job has none (then {@code model} is the input)
     */
    public record Result(JobModel model, List<Point> points) {
        public Result {
            points = List.copyOf(points);
        }
    }

    private HandPortPoints() {
    }

    /** The hand-port points of {@code model}, whose interface is named {@code interfaceName}. */
    public static Result of(JobModel model, String interfaceName) {
        return of(model, interfaceName, List.of());
    }

    /**
     * The hand-port points of {@code model}, where the bodies may already call the methods of {@code known} (a model
     * repaired from the Java of an earlier rendering, which had them): those calls stay, with their points.
     */
    public static Result of(JobModel model, String interfaceName, List<Point> known) {
        java.util.Map<String, Point> byMethod = new java.util.HashMap<>();
        known.forEach(point -> byMethod.put(point.method(), point));
        String notebook = fileName(model.source().path());
        Set<String> methods = new HashSet<>();
        List<Point> points = new ArrayList<>();
        List<JobSection> sections = new ArrayList<>();
        for (JobSection section : model.sections()) {
            sections.add(rewrite(section, notebook, methods, points, byMethod));
        }
        if (points.isEmpty()) {
            return new Result(model, List.of());
        }
        List<String> fields = new ArrayList<>(model.fields());
        fields.add("private final " + interfaceName + " " + FIELD + " = HandPorts.load(" + interfaceName
                + ".class, new " + interfaceName + "() { });");
        Set<String> imports = new java.util.TreeSet<>(model.imports());
        imports.add("dev.nbmigrate.runtime.HandPorts");
        if (sections.stream().noneMatch(section -> section.body().contains("NotTranslated."))) {
            imports.remove("dev.nbmigrate.runtime.NotTranslated"); // a placeholder nested in a statement keeps it
        }
        JobModel rendered = new JobModel(model.names(), model.title(), model.source(), model.target(),
                model.sparkConf(), model.config(), sections, new java.util.TreeSet<>(imports), model.inputs(),
                model.outputs(), model.diagnostics(), fields, model.helpers(), model.cells());
        return new Result(rendered, points);
    }

    private static JobSection rewrite(JobSection section, String notebook, Set<String> methods, List<Point> points,
            java.util.Map<String, Point> known) {
        // A step is a point only through a NotTranslated placeholder or a call on the hand-ports field, names the
        // parse can only find where the body spells them: a body with neither is kept without parsing it (parsing
        // every section again was a tenth of convert's CPU).
        if (!section.body().contains(NOT_TRANSLATED) && !section.body().contains(FIELD)) {
            return section;
        }
        String text = "{\n" + section.body() + "\n}";
        ParseResult<BlockStmt> parsed = JavaUnits.parser().parseBlock(text);
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            return section; // the renderer reports a body that does not parse
        }
        BlockStmt block = parsed.getResult().get();
        List<Statement> statements = block.getStatements();
        List<Replacement> replacements = new ArrayList<>();
        List<JobSection.Parameter> inScope = new ArrayList<>(section.parameters());
        for (int index = 0; index < statements.size(); index++) {
            Statement statement = statements.get(index);
            Optional<Point> earlier = handPortCall(statement).map(known::get);
            if (earlier.isPresent() && methods.add(earlier.get().method())) {
                points.add(earlier.get());
            }
            Optional<MethodCallExpr> failing = stepCall(statement).filter(c -> placeholder(c).isPresent());
            Optional<String> returnType = failing.flatMap(c -> returnType(statement, inScope));
            if (failing.isPresent() && returnType.isPresent() && failing.get().getRange().isPresent()) {
                List<String> args = placeholder(failing.get()).get();
                List<String> python = python(section, index);
                List<JobSection.Parameter> parameters = named(inScope, python);
                String method = unique(methodName(args.get(1), notebook), methods);
                points.add(new Point(method, args.get(0), args.get(1), args.get(2), parameters, python,
                        returnType.get()));
                StringBuilder call = new StringBuilder(FIELD + "." + method + "(" + SectionWiring.CONTEXT + ", "
                        + SectionWiring.CONFIG);
                parameters.forEach(p -> call.append(", ").append(p.name()));
                replacements.add(new Replacement(failing.get().getRange().get(), call.append(")").toString()));
            }
            if (!placeholderStep(section, index)) {
                declared(statement).ifPresent(inScope::add);
            }
        }
        if (replacements.isEmpty()) {
            return section;
        }
        String rewritten = apply(text, replacements);
        String body = rewritten.substring(2, rewritten.length() - 2);
        return new JobSection(section.title(), section.methodName(), section.cells(), section.parameters(),
                section.returnType(), section.returnName(), body, section.steps());
    }

    /**
     * The call a top-level step is made of: the statement's own call ({@code NotTranslated.fail(...);}), or the value
     * of the variable it declares or assigns ({@code Dataset<Row> x = NotTranslated.fail(...);}).
     */
    private static Optional<MethodCallExpr> stepCall(Statement statement) {
        if (!(statement instanceof ExpressionStmt expression)) {
            return Optional.empty();
        }
        com.github.javaparser.ast.expr.Expression value = expression.getExpression();
        if (value instanceof VariableDeclarationExpr declaration && declaration.getVariables().size() == 1) {
            value = declaration.getVariable(0).getInitializer().orElse(null);
        } else if (value instanceof com.github.javaparser.ast.expr.AssignExpr assign
                && assign.getOperator() == com.github.javaparser.ast.expr.AssignExpr.Operator.ASSIGN) {
            value = assign.getValue();
        }
        return value instanceof MethodCallExpr call ? Optional.of(call) : Optional.empty();
    }

    /**
     * The Java type of the value a placeholder step makes: {@code void} for a bare call, the variable's type for a
     * declaration or an assignment of a local in scope; empty when it cannot be told (the step stays as it is).
     */
    private static Optional<String> returnType(Statement statement, List<JobSection.Parameter> inScope) {
        com.github.javaparser.ast.expr.Expression expression = ((ExpressionStmt) statement).getExpression();
        if (expression instanceof MethodCallExpr) {
            return Optional.of(VOID);
        }
        if (expression instanceof VariableDeclarationExpr declaration) {
            VariableDeclarator variable = declaration.getVariable(0);
            return variable.getType().isVarType() ? Optional.empty() : Optional.of(variable.getTypeAsString());
        }
        com.github.javaparser.ast.expr.AssignExpr assign = (com.github.javaparser.ast.expr.AssignExpr) expression;
        if (!(assign.getTarget() instanceof NameExpr target)) {
            return Optional.empty();
        }
        Optional<String> type = Optional.empty();
        for (JobSection.Parameter local : inScope) {
            if (local.name().equals(target.getNameAsString())) {
                type = Optional.of(local.javaType());
            }
        }
        return type;
    }

    /** The code, place and message of a {@code NotTranslated.fail(...)} call with three string arguments. */
    private static Optional<List<String>> placeholder(MethodCallExpr call) {
        if (call.getNameAsString().equals("fail") && call.getArguments().size() == 3
                && call.getScope().filter(s -> s instanceof NameExpr n && n.getNameAsString().equals(NOT_TRANSLATED))
                        .isPresent()
                && call.getArguments().stream().allMatch(a -> a instanceof StringLiteralExpr)) {
            return Optional.of(call.getArguments().stream().map(a -> ((StringLiteralExpr) a).asString()).toList());
        }
        return Optional.empty();
    }

    /** The method a top-level {@code handPorts.method(...)} step calls (for its value or not). */
    private static Optional<String> handPortCall(Statement statement) {
        return stepCall(statement)
                .filter(call -> call.getScope().filter(s -> s instanceof NameExpr n && n.getNameAsString().equals(FIELD))
                        .isPresent())
                .map(MethodCallExpr::getNameAsString);
    }

    /** The local a top-level statement declares with a value and a stated type, for the steps after it. */
    private static Optional<JobSection.Parameter> declared(Statement statement) {
        if (statement instanceof ExpressionStmt expression
                && expression.getExpression() instanceof VariableDeclarationExpr declaration
                && declaration.getVariables().size() == 1) {
            VariableDeclarator variable = declaration.getVariable(0);
            if (variable.getInitializer().isPresent() && !variable.getType().isVarType()) {
                return Optional.of(new JobSection.Parameter(variable.getTypeAsString(), variable.getNameAsString()));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether top-level statement {@code index} belongs to a step made a placeholder because its Java did not compile:
     * what it declares (kept so later steps compile) may not compile either, so it is no hand-port parameter.
     */
    private static boolean placeholderStep(JobSection section, int index) {
        return section.steps().stream().anyMatch(step -> step.holds(index) && step.placeholder());
    }

    /** The notebook source of the step holding top-level statement {@code index}. */
    private static List<String> python(JobSection section, int index) {
        return section.steps().stream().filter(step -> step.holds(index)).findFirst().map(JobStep::python)
                .orElse(List.of());
    }

    /**
     * The locals of {@code inScope} the step's Python names: a Java name matches a Python name when both read the
     * same without underscores and case ({@code badLines} and {@code bad_lines}); the last declaration of a name wins.
     */
    private static List<JobSection.Parameter> named(List<JobSection.Parameter> inScope, List<String> python) {
        Set<String> names = new HashSet<>();
        for (String line : python) {
            Matcher identifier = IDENTIFIER.matcher(line);
            while (identifier.find()) {
                names.add(normal(identifier.group()));
            }
        }
        java.util.LinkedHashMap<String, JobSection.Parameter> chosen = new java.util.LinkedHashMap<>();
        for (JobSection.Parameter parameter : inScope) {
            if (names.contains(normal(parameter.name()))) {
                chosen.remove(parameter.name());
                chosen.put(parameter.name(), parameter);
            }
        }
        return List.copyOf(chosen.values());
    }

    private static String normal(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT);
    }

    /**
     * {@code cell8Line2} for {@code food_waste_costing.ipynb cell 8, line 2}; a place in another notebook (one a
     * {@code %run} included) starts with that notebook's name: {@code utilsCell3Line1}.
     */
    static String methodName(String where, String notebook) {
        Matcher matcher = WHERE.matcher(where);
        if (!matcher.matches()) {
            return "step";
        }
        String cell = "cell" + matcher.group(2) + (matcher.group(3) != null ? "Line" + matcher.group(3) : "");
        String file = matcher.group(1).strip();
        if (file.isEmpty() || file.equals(notebook)) {
            return cell;
        }
        String stem = file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file;
        String prefix = JavaCase.legal(JavaCase.camel(stem), "notebook", "");
        return prefix + "C" + cell.substring(1);
    }

    private static String unique(String method, Set<String> taken) {
        String name = method;
        for (int n = 2; !taken.add(name); n++) {
            name = method + "Step" + n;
        }
        return name;
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash >= 0 ? path.substring(slash + 1) : path;
    }

    private record Replacement(Range range, String text) {
    }

    /** {@code text} with each range replaced; ranges are JavaParser's (1-based lines and columns, inclusive). */
    private static String apply(String text, List<Replacement> replacements) {
        List<Integer> lineStarts = new ArrayList<>();
        lineStarts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts.add(i + 1);
            }
        }
        StringBuilder out = new StringBuilder(text);
        for (int i = replacements.size() - 1; i >= 0; i--) {
            Replacement replacement = replacements.get(i);
            int start = offset(lineStarts, replacement.range().begin);
            int end = offset(lineStarts, replacement.range().end) + 1;
            out.replace(start, end, replacement.text());
        }
        return out.toString();
    }

    private static int offset(List<Integer> lineStarts, Position position) {
        return lineStarts.get(position.line - 1) + position.column - 1;
    }
}
