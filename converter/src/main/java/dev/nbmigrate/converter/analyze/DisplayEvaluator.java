package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.parse.python.ast.Arg;
import dev.nbmigrate.converter.parse.python.ast.Comprehension;
import dev.nbmigrate.converter.parse.python.ast.DictItem;
import dev.nbmigrate.converter.parse.python.ast.FStringPart;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.types.DictType;
import dev.nbmigrate.converter.types.FunctionKind;
import dev.nbmigrate.converter.types.FunctionType;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.converter.types.UnknownType;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values of Python's literals, f-strings, displays (list, tuple, set, dict), lambdas and comprehensions for
 * {@link ExpressionEvaluator}, and the pieces a string built from values is made of (a constant, or a hole labelled
 * by its source).
 */
final class DisplayEvaluator {

    private final ExpressionEvaluator expressions;
    private final SecretScanner secrets;
    private final IdentityHashMap<PyExpr, Location> literalLocations;

    DisplayEvaluator(ExpressionEvaluator expressions, SecretScanner secrets,
            IdentityHashMap<PyExpr, Location> literalLocations) {
        this.expressions = expressions;
        this.secrets = secrets;
        this.literalLocations = literalLocations;
    }


    Eval literal(PyExpr.Literal literal, Frame f) {
        if (literal instanceof PyExpr.StrLit s) {
            if (f.recording()) {
                literalLocations.put(s, f.cell.location(s.span()));
            }
            return Eval.constant(ScalarType.STR, new ConstantValue.Str(s.value()), s);
        } else if (literal instanceof PyExpr.IntLit i) {
            return Eval.constant(ScalarType.INT, new ConstantValue.Int(i.value()), i);
        } else if (literal instanceof PyExpr.FloatLit x) {
            return Eval.constant(ScalarType.FLOAT, new ConstantValue.Float(x.value()), x);
        } else if (literal instanceof PyExpr.BoolLit b) {
            return Eval.constant(ScalarType.BOOL, new ConstantValue.Bool(b.value()), b);
        } else if (literal instanceof PyExpr.NoneLit n) {
            return Eval.constant(ScalarType.NONE, new ConstantValue.None(), n);
        } else if (literal instanceof PyExpr.BytesLit) {
            return Eval.of(ScalarType.BYTES);
        }
        return Eval.UNKNOWN;
    }

    Eval fString(PyExpr.FString fString, Frame f) {
        List<ConstantValue> pieces = new ArrayList<>();
        for (FStringPart part : fString.parts()) {
            if (part instanceof FStringPart.Literal text) {
                pieces.add(new ConstantValue.Str(text.text()));
            } else if (part instanceof FStringPart.Formatted field) {
                Eval value = expressions.eval(field.value(), f);
                String spec = "";
                if (field.formatSpec() != null) {
                    Eval specValue = expressions.eval(field.formatSpec(), f);
                    spec = specValue.constant() instanceof ConstantValue.Str s ? s.value() : null;
                }
                char conversion = switch (field.conversion()) {
                    case STR -> 's';
                    case REPR -> 'r';
                    case ASCII -> 'a';
                    default -> 0;
                };
                ConstantValue piece = spec == null ? null : ConstantFolder.field(piece(value, field.value(), f),
                        conversion, spec);
                pieces.add(piece == null ? ConstantFolder.hole(label(field.value(), f)) : piece);
            }
        }
        return new Eval(ScalarType.STR, ConstantFolder.concat(pieces), null, null, null, null, null);
    }

    Eval dict(PyExpr.DictExpr dict, Frame f) {
        List<Eval> keys = new ArrayList<>();
        List<Eval> values = new ArrayList<>();
        for (DictItem item : dict.items()) {
            keys.add(item.key() == null ? null : expressions.eval(item.key(), f));
            values.add(expressions.eval(item.value(), f));
        }
        secrets.onDict(dict, keys, values, f);
        PyType key = PyTypes.join(keys.stream().filter(k -> k != null).map(Eval::type).toList());
        PyType value = PyTypes.join(values.stream().map(Eval::type).toList());
        return Eval.of(new DictType(key, value));
    }

    List<Eval> elements(List<PyExpr> elements, Frame f) {
        List<Eval> out = new ArrayList<>();
        for (PyExpr element : elements) {
            Eval value = expressions.eval(element, f);
            out.add(element instanceof PyExpr.Starred ? Eval.of(PythonLibrary.element(value.type())) : value);
        }
        return out;
    }

    static ConstantValue sequence(List<Eval> elements, boolean tuple) {
        List<ConstantValue> constants = new ArrayList<>();
        for (Eval element : elements) {
            if (element.constant() == null || element.constant() instanceof ConstantValue.Template) {
                return null;
            }
            constants.add(element.constant());
        }
        return new ConstantValue.Sequence(constants, tuple);
    }

    static PyType joinTypes(List<Eval> values) {
        return PyTypes.join(values.stream().map(Eval::type).toList());
    }

    Eval lambda(PyExpr.Lambda lambda, Frame f) {
        for (Arg param : lambda.args().all()) {
            if (param.defaultValue() != null) {
                expressions.eval(param.defaultValue(), f);
            }
        }
        Scope scope = f.scope.child(Scope.Kind.FUNCTION);
        for (Arg param : lambda.args().all()) {
            scope.bind(param.name(), new Scope.Binding(new Symbol(param.name(), UnknownType.UNKNOWN,
                    SymbolKind.VARIABLE, f.cell.location(param.span()), "", Optional.empty()), Eval.UNKNOWN));
        }
        Eval body = expressions.eval(lambda.body(), f.nested(scope, false, f.function));
        int arity = lambda.args().posOnly().size() + lambda.args().args().size();
        return Eval.of(new FunctionType(arity, FunctionKind.LAMBDA, body.type()));
    }

    /** Evaluates a comprehension's generators in its own scope, then {@code results} in it. */
    List<Eval> comprehension(List<Comprehension> generators, List<PyExpr> results, Frame f) {
        Frame inner = f.nested(f.scope.child(Scope.Kind.COMPREHENSION), f.moduleCode, f.function);
        for (Comprehension generator : generators) {
            Eval iterable = expressions.eval(generator.iter(), inner);
            expressions.statementRunner().assign(generator.target(), Eval.of(PythonLibrary.element(iterable.type())), null, inner);
            for (PyExpr condition : generator.ifs()) {
                expressions.eval(condition, inner);
            }
        }
        List<Eval> out = new ArrayList<>();
        for (PyExpr result : results) {
            out.add(expressions.eval(result, inner));
        }
        return out;
    }

    // ------------------------------------------------------------------------------ string building helpers

    /** The value as a piece of a string being built: its constant, or a hole labelled by its source. */
    ConstantValue piece(Eval value, PyExpr expr, Frame f) {
        if (value.constant() != null) {
            return value.constant();
        }
        return ConstantFolder.hole(label(expr, f));
    }

    List<ConstantValue> piecesOf(List<Eval> values, List<PyExpr> exprs, Frame f) {
        List<ConstantValue> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            out.add(piece(values.get(i), exprs.get(i), f));
        }
        return out;
    }

    Map<String, ConstantValue> keywordPieces(CallArgs args, Frame f) {
        Map<String, ConstantValue> out = new LinkedHashMap<>();
        for (int i = 0; i < args.keywordNames().size(); i++) {
            out.put(args.keywordNames().get(i), piece(args.keywords().get(i), args.keywordExprs().get(i), f));
        }
        return out;
    }

    private static String label(PyExpr expr, Frame f) {
        if (expr == null) {
            return "?";
        }
        String text = f.cell.text(expr.span());
        return text.isEmpty() ? "?" : text;
    }
}
