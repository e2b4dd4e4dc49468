package dev.nbmigrate.converter.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.type.PrimitiveType;
import org.junit.jupiter.api.Test;

class JavaParenthesesTest {

    private static Expression name(String id) {
        return new NameExpr(id);
    }

    private static BinaryExpr op(Expression left, BinaryExpr.Operator operator, Expression right) {
        return new BinaryExpr(left, right, operator);
    }

    @Test
    void aLowerOrEqualRightOperandIsParenthesised() {
        assertEquals("a - (b - c)", JavaParentheses.apply(op(name("a"), BinaryExpr.Operator.MINUS,
                op(name("b"), BinaryExpr.Operator.MINUS, name("c")))).toString());
        assertEquals("a / (b + c)", JavaParentheses.apply(op(name("a"), BinaryExpr.Operator.DIVIDE,
                op(name("b"), BinaryExpr.Operator.PLUS, name("c")))).toString());
    }

    @Test
    void aLowerLeftOperandIsParenthesisedAndATighterOneIsNot() {
        assertEquals("(a + b) * c", JavaParentheses.apply(op(op(name("a"), BinaryExpr.Operator.PLUS, name("b")),
                BinaryExpr.Operator.MULTIPLY, name("c"))).toString());
        assertEquals("a * b + c", JavaParentheses.apply(op(op(name("a"), BinaryExpr.Operator.MULTIPLY, name("b")),
                BinaryExpr.Operator.PLUS, name("c"))).toString());
        assertEquals("a + b + c", JavaParentheses.apply(op(op(name("a"), BinaryExpr.Operator.PLUS, name("b")),
                BinaryExpr.Operator.PLUS, name("c"))).toString());
    }

    @Test
    void castsNegationsAndCallsOnASumParenthesiseIt() {
        Expression sum = op(name("a"), BinaryExpr.Operator.PLUS, name("b"));
        assertEquals("(double) (a + b)", JavaParentheses.apply(new CastExpr(PrimitiveType.doubleType(), sum.clone()))
                .toString());
        assertEquals("-(a + b)", JavaParentheses.apply(new UnaryExpr(sum.clone(), UnaryExpr.Operator.MINUS))
                .toString());
        assertEquals("(a + b).toString()", JavaParentheses.apply(new MethodCallExpr(sum.clone(), "toString"))
                .toString());
    }

    @Test
    void theNamesInsideNewParenthesesStayInTheTree() {
        BinaryExpr quotient = op(name("a"), BinaryExpr.Operator.DIVIDE, op(name("b"), BinaryExpr.Operator.PLUS,
                name("c")));
        JavaParentheses.apply(quotient);
        assertEquals(java.util.List.of("a", "b", "c"), quotient.findAll(NameExpr.class).stream()
                .map(NameExpr::getNameAsString).toList());
    }

    @Test
    void aLambdaCastToItsInterfaceStaysAsItIs() {
        com.github.javaparser.ast.expr.Expression cast = com.github.javaparser.StaticJavaParser.parseExpression(
                "(UDF1<String, String>) s -> s");
        assertEquals("(UDF1<String, String>) s -> s", JavaParentheses.apply(cast).toString());
    }
}
