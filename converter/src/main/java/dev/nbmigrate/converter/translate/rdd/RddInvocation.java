package dev.nbmigrate.converter.translate.rdd;

import static dev.nbmigrate.converter.translate.rdd.RddFunctions.invoke;

import java.util.Optional;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.parse.python.ast.Keyword;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.translate.ExprTranslator;
import dev.nbmigrate.converter.translate.TExpr;
import dev.nbmigrate.converter.translate.TranslationContext;
import dev.nbmigrate.converter.translate.Untranslatable;
import dev.nbmigrate.converter.types.PairType;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.RddType;

/** One RDD call being translated: its receiver, the RDD's type (null for a SparkContext) and its arguments. */
final class RddInvocation {
    private final TranslationContext context;
    private final ExprTranslator expressions;
    private final TExpr receiver;
    private final RddType rdd;
    private final String member;
    private final PyExpr.Call call;

    RddInvocation(TranslationContext context, ExprTranslator expressions, TExpr receiver, RddType rdd, String member,
            PyExpr.Call call) {
        this.context = context;
        this.expressions = expressions;
        this.receiver = receiver;
        this.rdd = rdd;
        this.member = member;
        this.call = call;
    }

    TExpr receiver() {
        return receiver;
    }

    RddType rddType() {
        return rdd;
    }

    String member() {
        return member;
    }

    PyExpr.Call call() {
        return call;
    }

    Expression java() {
        return receiver.java() instanceof com.github.javaparser.ast.expr.BinaryExpr
                || receiver.java() instanceof com.github.javaparser.ast.expr.ConditionalExpr
                ? new EnclosedExpr(receiver.java()) : receiver.java();
    }

    PyType element() {
        return rdd.element();
    }

    boolean isPair() {
        return rdd.isPair();
    }

    PairType pair() {
        if (rdd.element() instanceof PairType pair) {
            return pair;
        }
        throw new Untranslatable(Code.NBM271, call.span(), member + "() needs an RDD of key-value pairs, not of "
                + rdd.element().display());
    }

    /** The same RDD type as the receiver, for transformations that keep the elements. */
    TExpr same(Expression java) {
        return TExpr.of(java, rdd);
    }

    Optional<PyExpr> keyword(String name) {
        return call.keywords().stream().filter(k -> name.equals(k.name())).map(Keyword::value).findFirst();
    }

    Optional<PyExpr> optional(int position, String name) {
        if (position >= 0 && position < call.args().size()) {
            return Optional.of(call.args().get(position));
        }
        return keyword(name);
    }

    PyExpr arg(int position, String name) {
        return optional(position, name).orElseThrow(() -> new Untranslatable(Code.NBM270, call.span(),
                member + "() without its " + name + " argument"));
    }

    TExpr translated(int position, String name) {
        return expressions.translate(arg(position, name));
    }

    Expression intArg(int position, String name) {
        return asInt(translated(position, name));
    }

    Optional<Expression> optionalInt(int position, String name) {
        return optional(position, name).map(e -> asInt(expressions.translate(e)));
    }

    Expression[] optionalInts(String name) {
        return optionalInt(0, name).stream().toArray(Expression[]::new);
    }

    /** The {@code seed} argument as a long; without one, a random seed as PySpark draws. */
    Expression seed() {
        return seed(2);
    }

    /** The {@code seed} argument at {@code position} as a long; without one, a random seed. */
    Expression seed(int position) {
        return optional(position, "seed").map(e -> RddFunctions.held(expressions.translate(e)))
                .orElse(invoke(new com.github.javaparser.ast.expr.ObjectCreationExpr(null,
                        new ClassOrInterfaceType(null, context.imports().use("java.util.Random")), new NodeList<>()), "nextLong"));
    }

    Expression longArg(int position) {
        TExpr value = expressions.translate(call.args().get(position));
        return RddFunctions.held(value);
    }

    Expression asInt(TExpr value) {
        if (value.java() instanceof IntegerLiteralExpr) {
            return value.java();
        }
        return invoke(new NameExpr("Math"), "toIntExact", value.java());
    }
}
