package dev.nbmigrate.converter.translate.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;

import dev.nbmigrate.converter.model.JavaCase;
import dev.nbmigrate.converter.model.JobSection;
import dev.nbmigrate.converter.model.JobStep;

/**
 * Cuts the job into methods, one per notebook section (the cells under a Markdown heading), and wires the values
 * that flow between them: a variable a section makes and a later one uses is the section's return value and the
 * later one's parameter. A Java method returns one value, so a section that hands on more than one is merged with
 * the next until it hands on at most one. Constants (literals, schemas, values computed from other constants only)
 * become {@code private static final} fields instead, which every method can read.
 */
final class SectionPlanner {

    /** Java types a constant field may have. */
    private static final Set<String> CONSTANT_TYPES = Set.of("String", "long", "int", "double", "boolean",
            "StructType", "List<String>", "List<Long>", "List<Double>");
    /** Method names the job base class and run() take. */
    private static final Set<String> RESERVED = Set.of("main", "run", "sparkSettings", "launch", "execute",
            "bindConfig", "name", "configSchema", "usage");

    /** A planned section before it becomes a {@link JobSection}. */
    private static final class Draft {
        final String title;
        final List<Block> blocks = new ArrayList<>();

        Draft(String title) {
            this.title = title;
        }

        List<Statement> statements() {
            return blocks.stream().flatMap(b -> b.statements().stream()).toList();
        }

        boolean hasCode() {
            return blocks.stream().anyMatch(Block::hasCode);
        }
    }

    /** The plan: the sections and the constant fields. */
    record Plan(List<JobSection> sections, List<String> fields) {
    }

    private final List<Draft> drafts = new ArrayList<>();
    private final String firstTitle;

    SectionPlanner(String firstTitle) {
        this.firstTitle = firstTitle;
    }

    /** A Markdown heading: the cells that follow are a new section. */
    void heading(String title) {
        drafts.add(new Draft(title));
    }

    void add(Block block) {
        if (drafts.isEmpty()) {
            drafts.add(new Draft(firstTitle));
        }
        drafts.get(drafts.size() - 1).blocks.add(block);
    }

    Plan plan() {
        List<Draft> sections = withoutEmpty();
        Map<String, String> declaredTypes = declaredTypes(sections);
        List<String> fields = hoistConstants(sections, declaredTypes);
        sections = merged(sections, declaredTypes.keySet());
        List<JobSection> out = new ArrayList<>();
        Set<String> methodNames = new HashSet<>(RESERVED);
        Set<String> defined = new HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            Draft draft = sections.get(i);
            CaptureCopies.apply(draft.blocks, declaredTypes);
            Set<String> later = usedFrom(sections, i + 1, declaredTypes.keySet());
            Set<String> exports = exports(draft, declaredTypes.keySet(), defined);
            exports.retainAll(later);
            Set<String> used = used(draft.statements(), declaredTypes.keySet());
            used.removeAll(declaredTopLevel(draft));
            used.retainAll(defined);
            List<JobSection.Parameter> parameters = used.stream().sorted()
                    .map(name -> new JobSection.Parameter(declaredTypes.get(name), name)).toList();
            StringBuilder body = new StringBuilder();
            boolean session = usesName(draft.statements(), "spark");
            if (session) {
                body.append("SparkSession spark = ctx.spark();\n");
            }
            List<JobStep> steps = steps(draft, session ? 1 : 0);
            for (Block block : draft.blocks) {
                body.append(JavaLayout.print(block));
            }
            String method = methodName(draft.title, methodNames);
            List<Integer> cells = draft.blocks.stream().map(Block::cell).distinct().sorted().toList();
            if (exports.isEmpty()) {
                out.add(JobSection.returningNothing(draft.title, method, cells, parameters, body.toString(), steps));
            } else {
                String name = exports.iterator().next();
                body.append("return ").append(name).append(";\n");
                out.add(new JobSection(draft.title, method, cells, parameters, declaredTypes.get(name), name,
                        body.toString(), steps));
            }
            defined.addAll(declaredTopLevel(draft));
        }
        return new Plan(out, fields);
    }

    /**
     * The steps of a section: consecutive statements of one origin, numbered among the top-level statements of the
     * method body from {@code first}.
     */
    private static List<JobStep> steps(Draft draft, int first) {
        List<JobStep> steps = new ArrayList<>();
        int index = first;
        Block.Origin current = null;
        int start = 0;
        List<String> declarations = new ArrayList<>();
        for (Block block : draft.blocks) {
            for (Block.Item item : block.items()) {
                if (!(item instanceof Block.Code code)) {
                    continue;
                }
                if (code.origin() != current || current == null) {
                    if (current != null) {
                        steps.add(new JobStep(start, index - start, current.where(), current.python(), declarations,
                                false));
                    }
                    current = code.origin();
                    start = index;
                    declarations = new ArrayList<>();
                }
                if (code.statement() instanceof ExpressionStmt expression
                        && expression.getExpression() instanceof VariableDeclarationExpr declaration) {
                    for (VariableDeclarator variable : declaration.getVariables()) {
                        declarations.add(variable.getType() + " " + variable.getNameAsString());
                    }
                }
                index++;
            }
        }
        if (current != null) {
            steps.add(new JobStep(start, index - start, current.where(), current.python(), declarations, false));
        }
        return steps;
    }

    /** Sections without code are folded into the one before (or after, for the first). */
    private List<Draft> withoutEmpty() {
        List<Draft> out = new ArrayList<>();
        List<Block> pending = new ArrayList<>();
        for (Draft draft : drafts) {
            if (!draft.hasCode()) {
                if (out.isEmpty()) {
                    pending.addAll(draft.blocks);
                } else {
                    out.get(out.size() - 1).blocks.addAll(draft.blocks);
                }
                continue;
            }
            draft.blocks.addAll(0, pending);
            pending.clear();
            out.add(draft);
        }
        if (!pending.isEmpty()) {
            Draft only = new Draft(firstTitle);
            only.blocks.addAll(pending);
            out.add(only);
        }
        return out;
    }

    /** Merges each section handing on more than one value with the next, until none does. */
    private static List<Draft> merged(List<Draft> sections, Set<String> variables) {
        List<Draft> current = new ArrayList<>(sections);
        boolean changed = true;
        while (changed) {
            changed = false;
            Set<String> defined = new HashSet<>();
            for (int i = 0; i < current.size() - 1; i++) {
                Set<String> exports = exports(current.get(i), variables, defined);
                exports.retainAll(usedFrom(current, i + 1, variables));
                if (exports.size() > 1) {
                    Draft into = current.get(i);
                    into.blocks.addAll(current.remove(i + 1).blocks);
                    changed = true;
                    break;
                }
                defined.addAll(declaredTopLevel(current.get(i)));
            }
        }
        return current;
    }

    /** Variables a section declares at its top level or assigns (when declared before it). */
    private static Set<String> exports(Draft draft, Set<String> variables, Set<String> definedBefore) {
        Set<String> out = new LinkedHashSet<>(declaredTopLevel(draft));
        for (Statement statement : draft.statements()) {
            statement.findAll(AssignExpr.class).forEach(assign -> {
                if (assign.getTarget() instanceof NameExpr name && definedBefore.contains(name.getNameAsString())) {
                    out.add(name.getNameAsString());
                }
            });
        }
        out.retainAll(variables);
        return out;
    }

    private static Set<String> declaredTopLevel(Draft draft) {
        Set<String> out = new LinkedHashSet<>();
        for (Statement statement : draft.statements()) {
            if (statement instanceof ExpressionStmt expr && expr.getExpression() instanceof VariableDeclarationExpr d) {
                d.getVariables().forEach(v -> out.add(v.getNameAsString()));
            }
        }
        return out;
    }

    private static Set<String> usedFrom(List<Draft> sections, int from, Set<String> variables) {
        Set<String> out = new HashSet<>();
        for (int i = from; i < sections.size(); i++) {
            out.addAll(used(sections.get(i).statements(), variables));
        }
        return out;
    }

    private static Set<String> used(List<Statement> statements, Set<String> variables) {
        Set<String> out = new LinkedHashSet<>();
        for (Statement statement : statements) {
            statement.findAll(NameExpr.class).forEach(n -> {
                if (variables.contains(n.getNameAsString())) {
                    out.add(n.getNameAsString());
                }
            });
        }
        return out;
    }

    private static boolean usesName(List<Statement> statements, String name) {
        return statements.stream().anyMatch(s -> s.findFirst(NameExpr.class, n -> n.getNameAsString().equals(name))
                .isPresent());
    }

    /** Every variable declared at a section's top level, with its Java type. */
    private static Map<String, String> declaredTypes(List<Draft> sections) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Draft draft : sections) {
            for (Statement statement : draft.statements()) {
                if (statement instanceof ExpressionStmt expr && expr.getExpression() instanceof VariableDeclarationExpr d) {
                    for (VariableDeclarator variable : d.getVariables()) {
                        out.putIfAbsent(variable.getNameAsString(), variable.getType().asString());
                    }
                }
            }
        }
        return out;
    }

    /**
     * Moves constant declarations into {@code private static final} fields, renamed to UPPER_SNAKE_CASE where the
     * notebook's name was not, and returns the fields' source.
     */
    private static List<String> hoistConstants(List<Draft> sections, Map<String, String> declaredTypes) {
        Set<String> assigned = new HashSet<>();
        for (Draft draft : sections) {
            for (Statement statement : draft.statements()) {
                statement.findAll(AssignExpr.class).forEach(a -> {
                    if (a.getTarget() instanceof NameExpr name) {
                        assigned.add(name.getNameAsString());
                    }
                });
            }
        }
        Set<String> locals = new HashSet<>(declaredTypes.keySet());
        locals.addAll(List.of("spark", "ctx", "config"));
        Map<String, String> renames = new LinkedHashMap<>();
        Set<String> constants = new HashSet<>();
        List<VariableDeclarator> hoisted = new ArrayList<>();
        for (Draft draft : sections) {
            for (Block block : draft.blocks) {
                for (Statement statement : block.statements()) {
                    if (!(statement instanceof ExpressionStmt expr)
                            || !(expr.getExpression() instanceof VariableDeclarationExpr d)
                            || d.getVariables().size() != 1) {
                        continue;
                    }
                    VariableDeclarator variable = d.getVariable(0);
                    String name = variable.getNameAsString();
                    if (!CONSTANT_TYPES.contains(variable.getType().asString()) || variable.getInitializer().isEmpty()
                            || assigned.contains(name) || placeholder(variable.getInitializer().get())
                            || !onlyConstants(variable.getInitializer().get(), locals, constants)) {
                        continue;
                    }
                    constants.add(name);
                    hoisted.add(variable);
                    block.remove(statement);
                }
            }
        }
        Set<String> taken = new HashSet<>(declaredTypes.keySet());
        for (VariableDeclarator variable : hoisted) {
            String name = variable.getNameAsString();
            String upper = upperSnake(name);
            if (!upper.equals(name) && !taken.contains(upper)) {
                renames.put(name, upper);
                taken.add(upper);
            }
        }
        List<String> fields = new ArrayList<>();
        for (VariableDeclarator variable : hoisted) {
            rename(variable, renames);
            fields.add("private static final " + variable.getType() + " " + variable.getNameAsString() + " = "
                    + variable.getInitializer().get() + ";");
        }
        for (Draft draft : sections) {
            draft.statements().forEach(s -> rename(s, renames));
        }
        constants.forEach(declaredTypes::remove);
        return fields;
    }

    /** Whether {@code initializer} is (or holds) a failing placeholder: its step stays where it is, as a step. */
    private static boolean placeholder(Node initializer) {
        return initializer.findAll(NameExpr.class).stream()
                .anyMatch(name -> name.getNameAsString().equals("NotTranslated"));
    }

    private static boolean onlyConstants(Node initializer, Set<String> locals, Set<String> constants) {
        return initializer.findAll(NameExpr.class).stream().map(NameExpr::getNameAsString)
                .allMatch(name -> !locals.contains(name) || constants.contains(name));
    }

    private static void rename(Node node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return;
        }
        if (node instanceof VariableDeclarator variable && renames.containsKey(variable.getNameAsString())) {
            variable.setName(renames.get(variable.getNameAsString()));
        }
        node.findAll(NameExpr.class).forEach(n -> {
            String to = renames.get(n.getNameAsString());
            if (to != null) {
                n.setName(to);
            }
        });
    }

    /** {@code salesSchema}, {@code sales_schema} → {@code SALES_SCHEMA}. */
    static String upperSnake(String name) {
        return JavaCase.upperSnake(name);
    }

    /** A method name from a section title: {@code "Hive tables"} → {@code hiveTables}; unique. */
    static String methodName(String title, Set<String> taken) {
        StringBuilder out = new StringBuilder();
        for (String word : JavaCase.words(title)) {
            if (out.length() <= 40) {
                out.append(out.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
            }
        }
        String base = JavaCase.legal(out.toString(), "step", "Step");
        String candidate = base;
        int n = 2;
        while (!taken.add(candidate)) {
            candidate = base + n++;
        }
        return candidate;
    }
}
