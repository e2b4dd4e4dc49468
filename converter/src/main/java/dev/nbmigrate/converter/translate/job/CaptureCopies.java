package dev.nbmigrate.converter.translate.job;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.WhileStmt;

/**
 * Java lets a lambda read a local of its method only when the local is (effectively) final; Python's closures read any
 * variable. When a lambda of a section method reads a local the method assigns again ({@code header = ...} after
 * {@code String header = ...}, a loop's running value), the statement holding the lambda gets a final copy of the
 * local just before it ({@code final String headerCopy = header;}) and the lambda reads the copy: the value the
 * variable has when the statement runs, which is what the notebook's eager call (a comprehension, a transformation
 * defined there) saw. A copy is made only when the local's declared Java type is known.
 */
final class CaptureCopies {

    /** The unary operators that assign their operand. */
    private static final Set<UnaryExpr.Operator> STEPS = Set.of(UnaryExpr.Operator.PREFIX_INCREMENT,
            UnaryExpr.Operator.PREFIX_DECREMENT, UnaryExpr.Operator.POSTFIX_INCREMENT,
            UnaryExpr.Operator.POSTFIX_DECREMENT);

    private CaptureCopies() {
    }

    /**
     * Adds the copies to the statements of {@code blocks}, one method's body in order; {@code parameterTypes} gives the
     * Java types of names the method may take as parameters.
     */
    static void apply(List<Block> blocks, Map<String, String> parameterTypes) {
        List<Statement> statements = blocks.stream().flatMap(b -> b.statements().stream()).toList();
        Set<String> reassigned = reassigned(statements);
        if (reassigned.isEmpty()) {
            return;
        }
        Map<String, String> types = new LinkedHashMap<>(parameterTypes);
        Set<String> taken = new HashSet<>(parameterTypes.keySet());
        for (Statement statement : statements) {
            statement.findAll(SimpleName.class).forEach(name -> taken.add(name.getIdentifier()));
            for (VariableDeclarator variable : statement.findAll(VariableDeclarator.class)) {
                if (!insideLambda(variable) && !variable.getType().isVarType()) {
                    types.put(variable.getNameAsString(), variable.getTypeAsString());
                }
            }
        }
        for (Block block : blocks) {
            for (Statement top : block.statements()) {
                for (LambdaExpr lambda : outermostLambdas(top)) {
                    copyCaptures(block, top, lambda, reassigned, types, taken);
                }
            }
        }
    }

    private static void copyCaptures(Block block, Statement top, LambdaExpr lambda, Set<String> reassigned,
            Map<String, String> types, Set<String> taken) {
        Set<String> own = new HashSet<>();
        lambda.findAll(Parameter.class).forEach(p -> own.add(p.getNameAsString()));
        lambda.findAll(VariableDeclarator.class).forEach(v -> own.add(v.getNameAsString()));
        Map<String, List<NameExpr>> captured = new LinkedHashMap<>();
        for (NameExpr name : lambda.findAll(NameExpr.class)) {
            String id = name.getNameAsString();
            if (reassigned.contains(id) && !own.contains(id) && types.containsKey(id)) {
                captured.computeIfAbsent(id, k -> new ArrayList<>()).add(name);
            }
        }
        if (captured.isEmpty()) {
            return;
        }
        Optional<Statement> before = insertionPoint(lambda, top);
        if (before.isEmpty()) {
            return;
        }
        for (Map.Entry<String, List<NameExpr>> entry : captured.entrySet()) {
            String copy = fresh(entry.getKey() + "Copy", taken);
            VariableDeclarator declarator = new VariableDeclarator(StaticJavaParser.parseType(types.get(entry.getKey())),
                    copy, new NameExpr(entry.getKey()));
            Statement declaration = new ExpressionStmt(new VariableDeclarationExpr(
                    new NodeList<>(Modifier.finalModifier()), new NodeList<>(declarator)));
            entry.getValue().forEach(use -> use.setName(copy));
            if (before.get() == top) {
                block.insertBefore(top, declaration);
            } else {
                BlockStmt holder = (BlockStmt) before.get().getParentNode().orElseThrow();
                holder.getStatements().addBefore(declaration, before.get());
            }
        }
    }

    /**
     * The statement to put the copy before: the innermost statement of a Java block that holds the lambda, or the
     * top-level statement; none when a loop lies between the lambda and that statement (a copy before the loop would
     * hold a stale value).
     */
    private static Optional<Statement> insertionPoint(LambdaExpr lambda, Statement top) {
        Node node = lambda;
        while (node != null && node != top) {
            Node parent = node.getParentNode().orElse(null);
            if (node instanceof Statement statement && parent instanceof BlockStmt) {
                return Optional.of(statement);
            }
            if (node instanceof ForStmt || node instanceof ForEachStmt || node instanceof WhileStmt
                    || node instanceof DoStmt) {
                return Optional.empty();
            }
            node = parent;
        }
        return node == top ? Optional.of(top) : Optional.empty();
    }

    /** The names the method assigns after their declaration (or increments), outside any lambda. */
    private static Set<String> reassigned(List<Statement> statements) {
        Set<String> names = new HashSet<>();
        for (Statement statement : statements) {
            for (AssignExpr assign : statement.findAll(AssignExpr.class)) {
                if (assign.getTarget() instanceof NameExpr target && !insideLambda(assign)) {
                    names.add(target.getNameAsString());
                }
            }
            for (UnaryExpr unary : statement.findAll(UnaryExpr.class)) {
                if (unary.getExpression() instanceof NameExpr target && !insideLambda(unary)
                        && STEPS.contains(unary.getOperator())) {
                    names.add(target.getNameAsString());
                }
            }
        }
        return names;
    }

    private static List<LambdaExpr> outermostLambdas(Statement top) {
        return top.findAll(LambdaExpr.class).stream().filter(lambda -> !insideLambda(lambda)).toList();
    }

    private static boolean insideLambda(Node node) {
        Node parent = node.getParentNode().orElse(null);
        while (parent != null) {
            if (parent instanceof LambdaExpr) {
                return true;
            }
            parent = parent.getParentNode().orElse(null);
        }
        return false;
    }

    private static String fresh(String base, Set<String> taken) {
        String name = base;
        for (int n = 2; !taken.add(name); n++) {
            name = base + n;
        }
        return name;
    }
}
