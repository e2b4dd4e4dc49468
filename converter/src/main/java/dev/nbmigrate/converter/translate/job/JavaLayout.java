package dev.nbmigrate.converter.translate.job;

import dev.nbmigrate.converter.render.JavaText;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;

/**
 * Prints the Java of a {@link Block} for a method body: comments as {@code //} lines, statements as JavaParser prints
 * them, except that a long call chain is broken before each call, one call per line, as people write Spark code.
 */
final class JavaLayout {

    /** Lines longer than this get their call chain broken. */
    static final int WIDTH = 100;
    private static final String CONTINUATION = "        ";

    private JavaLayout() {
    }

    static String print(Block block) {
        StringBuilder out = new StringBuilder();
        for (Block.Item item : block.items()) {
            if (item instanceof Block.Comment comment) {
                out.append(comment.text().isEmpty() ? "//" : "// " + JavaText.lineComment(comment.text())).append('\n');
            } else {
                out.append(print(((Block.Code) item).statement())).append('\n');
            }
        }
        return out.toString();
    }

    static String print(Statement statement) {
        if (statement.getComment().isPresent()) {
            Statement bare = statement.clone();
            bare.removeComment();
            return statement.getComment().get().toString().strip() + "\n" + print(bare);
        }
        String plain = statement.toString();
        if (plain.lines().allMatch(line -> line.length() <= WIDTH) || !(statement instanceof ExpressionStmt expr)) {
            return plain;
        }
        Expression expression = expr.getExpression();
        if (expression instanceof MethodCallExpr call && call.getArguments().size() == 1
                && call.getArgument(0) instanceof MethodCallExpr argument && call.getScope().isPresent()
                && call.getScope().get().toString().equals("ctx.inspect()")) {
            return chain(argument).map(text -> call.getScope().get() + "." + call.getName() + "("
                    + text.replace("\n", "\n" + CONTINUATION) + ");").orElse(plain);
        }
        if (expression instanceof MethodCallExpr call && !call.toString().startsWith("ctx.")) {
            return chain(call).map(text -> text + ";").orElse(plain);
        }
        if (expression instanceof VariableDeclarationExpr declaration && declaration.getVariables().size() == 1
                && declaration.getVariable(0).getInitializer().orElse(null) instanceof MethodCallExpr call) {
            String head = declaration.getVariable(0).getType() + " " + declaration.getVariable(0).getName() + " = ";
            return chain(call).map(text -> head + text + ";").orElse(plain);
        }
        if (expression instanceof AssignExpr assign && assign.getValue() instanceof MethodCallExpr call
                && assign.getOperator() == AssignExpr.Operator.ASSIGN) {
            return chain(call).map(text -> assign.getTarget() + " = " + text + ";").orElse(plain);
        }
        return plain;
    }

    /** The chain one call per line, when it has at least two calls on a receiver. */
    private static java.util.Optional<String> chain(MethodCallExpr last) {
        List<MethodCallExpr> calls = new ArrayList<>();
        Expression current = last;
        while (current instanceof MethodCallExpr call && call.getScope().isPresent()) {
            calls.add(call);
            current = call.getScope().get();
        }
        if (calls.size() < 2) {
            return java.util.Optional.empty();
        }
        Collections.reverse(calls);
        // spark.read(), df.write(), df.na(): an argument-less first call stays with its receiver
        if (current instanceof com.github.javaparser.ast.expr.NameExpr && calls.get(0).getArguments().isEmpty()
                && calls.size() > 2) {
            current = calls.remove(0);
        }
        StringBuilder out = new StringBuilder(current.toString());
        for (MethodCallExpr call : calls) {
            out.append('\n').append(CONTINUATION).append('.');
            call.getTypeArguments().ifPresent(types -> out.append('<')
                    .append(types.stream().map(Object::toString).collect(Collectors.joining(", "))).append('>'));
            out.append(call.getName()).append('(')
                    .append(call.getArguments().stream().map(Object::toString).collect(Collectors.joining(", ")))
                    .append(')');
        }
        return java.util.Optional.of(out.toString());
    }
}
