package dev.nbmigrate.converter.translate;

import java.util.Map;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.UnaryExpr;

/**
 * Java built as a tree prints without the parentheses the tree's shape needs: Python's {@code a / (b + c)} is a
 * division whose right operand is a sum, which JavaParser prints as {@code a / b + c}. This pass puts an operand in
 * parentheses wherever Java's precedence would otherwise read it differently (a sum under a product, the right
 * operand of an operator of the same precedence, a sum cast or called on), and nowhere else.
 */
public final class JavaParentheses {

    private static final int ASSIGNMENT = 1;
    private static final int CONDITIONAL = 2;
    private static final int RELATIONAL = 9;
    private static final int UNARY = 14;
    private static final int PRIMARY = 16;

    /** How tightly each binary operator binds: a higher number binds tighter. */
    private static final Map<BinaryExpr.Operator, Integer> BINARY = Map.ofEntries(
            Map.entry(BinaryExpr.Operator.OR, 3), Map.entry(BinaryExpr.Operator.AND, 4),
            Map.entry(BinaryExpr.Operator.BINARY_OR, 5), Map.entry(BinaryExpr.Operator.XOR, 6),
            Map.entry(BinaryExpr.Operator.BINARY_AND, 7), Map.entry(BinaryExpr.Operator.EQUALS, 8),
            Map.entry(BinaryExpr.Operator.NOT_EQUALS, 8), Map.entry(BinaryExpr.Operator.LESS, RELATIONAL),
            Map.entry(BinaryExpr.Operator.GREATER, RELATIONAL), Map.entry(BinaryExpr.Operator.LESS_EQUALS, RELATIONAL),
            Map.entry(BinaryExpr.Operator.GREATER_EQUALS, RELATIONAL), Map.entry(BinaryExpr.Operator.LEFT_SHIFT, 10),
            Map.entry(BinaryExpr.Operator.SIGNED_RIGHT_SHIFT, 10),
            Map.entry(BinaryExpr.Operator.UNSIGNED_RIGHT_SHIFT, 10), Map.entry(BinaryExpr.Operator.PLUS, 11),
            Map.entry(BinaryExpr.Operator.MINUS, 11), Map.entry(BinaryExpr.Operator.MULTIPLY, 12),
            Map.entry(BinaryExpr.Operator.DIVIDE, 12), Map.entry(BinaryExpr.Operator.REMAINDER, 12));

    private JavaParentheses() {
    }

    /** {@code node} with the parentheses its expressions need added in place; returns {@code node}. */
    public static <N extends Node> N apply(N node) {
        for (BinaryExpr binary : node.findAll(BinaryExpr.class)) {
            int level = BINARY.get(binary.getOperator());
            if (precedence(binary.getLeft()) < level) {
                enclose(binary.getLeft(), binary::setLeft);
            }
            if (precedence(binary.getRight()) <= level) {
                enclose(binary.getRight(), binary::setRight);
            }
        }
        for (CastExpr cast : node.findAll(CastExpr.class)) {
            if (precedence(cast.getExpression()) < UNARY && !(cast.getExpression() instanceof LambdaExpr)) {
                // (UDF1<String, String>) s -> ... is Java's cast of a lambda to its interface, as it stands
                enclose(cast.getExpression(), cast::setExpression);
            }
        }
        for (UnaryExpr unary : node.findAll(UnaryExpr.class)) {
            if (precedence(unary.getExpression()) < UNARY) {
                enclose(unary.getExpression(), unary::setExpression);
            }
        }
        for (MethodCallExpr call : node.findAll(MethodCallExpr.class)) {
            call.getScope().filter(scope -> precedence(scope) < PRIMARY)
                    .ifPresent(scope -> enclose(scope, call::setScope));
        }
        for (FieldAccessExpr field : node.findAll(FieldAccessExpr.class)) {
            if (precedence(field.getScope()) < PRIMARY) {
                enclose(field.getScope(), field::setScope);
            }
        }
        for (ArrayAccessExpr access : node.findAll(ArrayAccessExpr.class)) {
            if (precedence(access.getName()) < PRIMARY) {
                enclose(access.getName(), access::setName);
            }
        }
        for (InstanceOfExpr test : node.findAll(InstanceOfExpr.class)) {
            if (precedence(test.getExpression()) < RELATIONAL) {
                enclose(test.getExpression(), test::setExpression);
            }
        }
        for (ConditionalExpr conditional : node.findAll(ConditionalExpr.class)) {
            if (precedence(conditional.getCondition()) <= CONDITIONAL) {
                enclose(conditional.getCondition(), conditional::setCondition);
            }
        }
        return node;
    }

    /**
     * Puts {@code child} in parentheses where {@code place} sets it. The parentheses take the child's place first and
     * the child then, so the child stays in the tree ({@code findAll} still sees it): JavaParser drops a node from its
     * new parent's children when its old parent lets it go afterwards.
     */
    private static void enclose(Expression child, java.util.function.Consumer<Expression> place) {
        EnclosedExpr enclosed = new EnclosedExpr(new com.github.javaparser.ast.expr.NullLiteralExpr());
        place.accept(enclosed);
        enclosed.setInner(child);
    }

    /** How tightly {@code expression} binds as an operand. */
    private static int precedence(Expression expression) {
        if (expression instanceof BinaryExpr binary) {
            return BINARY.get(binary.getOperator());
        }
        if (expression instanceof InstanceOfExpr) {
            return RELATIONAL;
        }
        if (expression instanceof CastExpr || expression instanceof UnaryExpr) {
            return UNARY;
        }
        if (expression instanceof ConditionalExpr) {
            return CONDITIONAL;
        }
        if (expression instanceof AssignExpr || expression instanceof LambdaExpr || expression instanceof SwitchExpr) {
            return ASSIGNMENT;
        }
        return PRIMARY;
    }
}
