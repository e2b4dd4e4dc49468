package dev.nbmigrate.converter.translate;

import java.util.Optional;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;

import dev.nbmigrate.converter.api.ArgConversion;
import dev.nbmigrate.converter.api.Conversion;
import dev.nbmigrate.converter.translate.data.PyValue;

/**
 * Options dicts passed to a Java {@code Map<String, String>} parameter ({@code from_csv}, {@code from_json},
 * {@code to_json}, ...) as PySpark passes them: {@code options=None} is an empty map, and a dict known at conversion
 * time has its values as strings ({@code True} is {@code "true"}, as PySpark's {@code _options_to_str} writes it).
 */
final class OptionMaps {

    private OptionMaps() {
    }

    /** The Java for {@code value} at a map parameter, when it needs this treatment; else empty. */
    static Optional<Expression> convert(TExpr value, ArgConversion conversion, JavaImports imports) {
        boolean map = conversion.conversion() == Conversion.MAP
                || conversion.conversion() == Conversion.UNCHECKED && conversion.target().contains("Map");
        if (!map) {
            return Optional.empty();
        }
        if (value.java() instanceof NullLiteralExpr) {
            return Optional.of(new MethodCallExpr(new NameExpr(imports.use("java.util.Map")), "of"));
        }
        if (conversion.conversion() != Conversion.UNCHECKED || value.constant().isEmpty()
                || !(value.constant().get() instanceof PyValue.Dict dict)) {
            return Optional.empty();
        }
        NodeList<Expression> entries = new NodeList<>();
        for (PyValue.Entry entry : dict.entries()) {
            Optional<String> key = text(entry.key());
            Optional<String> text = text(entry.value());
            if (key.isEmpty() || text.isEmpty()) {
                return Optional.empty();
            }
            entries.add(new StringLiteralExpr().setString(key.get()));
            entries.add(new StringLiteralExpr().setString(text.get()));
        }
        return Optional.of(new MethodCallExpr(new NameExpr(imports.use("dev.nbmigrate.runtime.interop.PyLiterals")),
                "orderedDict", entries));
    }

    /** A scalar option value as PySpark's {@code _to_str} writes it; empty for other values. */
    private static Optional<String> text(PyValue value) {
        if (value instanceof PyValue.Str s) {
            return Optional.of(s.value());
        }
        if (value instanceof PyValue.Bool b) {
            return Optional.of(b.value() ? "true" : "false");
        }
        if (value instanceof PyValue.Int i) {
            return Optional.of(i.value().toString());
        }
        if (value instanceof PyValue.Float f) {
            return Optional.of(dev.nbmigrate.converter.conformance.PythonRepr.floatRepr(f.value()));
        }
        return Optional.empty();
    }
}
