package dev.nbmigrate.converter.translate;

import java.util.ArrayList;
import java.util.List;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.type.PrimitiveType;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.parse.Span;
import dev.nbmigrate.converter.translate.data.PyValue;
import dev.nbmigrate.converter.types.SparkObject;

/**
 * The {@code na-drop} rule: {@code dropna(how='any', thresh=None, subset=None)} (and {@code na.drop}) as Java's
 * {@code na().drop(...)}: {@code thresh} becomes {@code drop(int minNonNulls[, cols])} and overrides {@code how}, as
 * in PySpark; else {@code drop(how[, cols])}; with nothing given, {@code drop()}. A {@code subset} is a column name
 * or a list of names.
 */
final class NaDrop {

    private static final List<String> PARAMETERS = List.of("how", "thresh", "subset");

    private NaDrop() {
    }

    /** {@code receiver} is the DataFrame ({@code dropna}) or its {@code na()} ({@code na.drop}). */
    static TExpr emit(TExpr receiver, boolean onDataFrame, ExprTranslator.Arguments args, Span span) {
        TExpr[] values = new TExpr[PARAMETERS.size()];
        for (int i = 0; i < args.positional().size(); i++) {
            if (i >= values.length) {
                throw new Untranslatable(Code.NBM213, span, "dropna takes at most 3 arguments");
            }
            values[i] = args.positional().get(i);
        }
        args.keywords().forEach((name, value) -> {
            int index = PARAMETERS.indexOf(name);
            if (index < 0) {
                throw new Untranslatable(Code.NBM213, span, "dropna has no argument '" + name + "'");
            }
            values[index] = value;
        });
        TExpr how = given(values[0]);
        TExpr thresh = given(values[1]);
        TExpr subset = given(values[2]);
        NodeList<Expression> javaArgs = new NodeList<>();
        if (thresh != null) {
            javaArgs.add(new CastExpr(PrimitiveType.intType(), thresh.java()));
        } else if (how != null) {
            javaArgs.add(how.java());
        } else if (subset != null) {
            javaArgs.add(new com.github.javaparser.ast.expr.StringLiteralExpr("any"));
        }
        if (subset != null) {
            List<Expression> names = new ArrayList<>();
            if (subset.elements().isEmpty()) {
                names.add(subset.java());
            } else {
                subset.elements().forEach(e -> names.add(e.java()));
            }
            javaArgs.add(new ArrayCreationExpr(com.github.javaparser.StaticJavaParser.parseType("String"),
                    new NodeList<>(new com.github.javaparser.ast.ArrayCreationLevel()),
                    new ArrayInitializerExpr(new NodeList<>(names))));
        }
        Expression na = onDataFrame ? new MethodCallExpr(ExprTranslator.enclosed(receiver.java()), "na")
                : receiver.java();
        return TExpr.of(new MethodCallExpr(na, "drop", javaArgs), SparkObject.DATAFRAME);
    }

    private static TExpr given(TExpr value) {
        return value == null || value.constant().map(PyValue.None.class::isInstance).orElse(false) ? null : value;
    }
}
