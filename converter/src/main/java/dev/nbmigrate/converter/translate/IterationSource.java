package dev.nbmigrate.converter.translate;

import java.util.List;
import java.util.Optional;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.translate.data.PyValue;
import dev.nbmigrate.converter.types.DictType;
import dev.nbmigrate.converter.types.ListType;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.converter.types.SetType;
import dev.nbmigrate.converter.types.TupleType;
import dev.nbmigrate.converter.types.UnknownType;

/**
 * What a Python {@code for} (statement or comprehension) iterates over, read from the shape of its iterable:
 * {@code range(...)}, {@code enumerate(xs)}, {@code zip(a, b)}, {@code d.items()}, or the elements of a list, set,
 * tuple or dict (its keys). Loops and comprehensions write each kind in its own Java form.
 */
sealed interface IterationSource {

    /** {@code range(start, stop, step)}: longs; {@code step} is a constant, null for 1. */
    record Range(Expression start, Expression stop, Long step) implements IterationSource {
    }

    /**
     * {@code enumerate(xs, start)} and {@code zip(a, b, ...)}: an int index up to {@code size}, each target bound to a
     * value computed from the index.
     */
    record Indexed(Expression size, List<Part> parts) implements IterationSource {
    }

    /** One target of an indexed iteration: the value {@code expression(index)} of type {@code type}. */
    record Part(java.util.function.Function<Expression, Expression> value, PyType type) {
    }

    /** {@code d.items()}: map entries. */
    record Entries(Expression map, PyType key, PyType value) implements IterationSource {
    }

    /** The elements of a collection ({@code d.keys()}, {@code d.values()}, a dict's keys, a list). */
    record Each(Expression iterable, PyType element) implements IterationSource {
    }

    /** Reads the iterable of a loop. */
    static IterationSource of(PyExpr iter, ExprTranslator expressions) {
        if (iter instanceof PyExpr.Call call && call.func() instanceof PyExpr.Name name
                && expressions.scope().lookup(name.id()).isEmpty() && call.keywords().isEmpty()) {
            switch (name.id()) {
                case "range" -> {
                    return range(call, expressions);
                }
                case "enumerate" -> {
                    return enumerate(call, expressions);
                }
                case "zip" -> {
                    return zip(call, expressions);
                }
                default -> {
                }
            }
        }
        if (iter instanceof PyExpr.Call call && call.func() instanceof PyExpr.Attribute attribute && call.args().isEmpty()
                && List.of("items", "keys", "values").contains(DriverPython.PYTHON2_DICT_METHODS.getOrDefault(
                        attribute.attr(), attribute.attr()))) {
            TExpr receiver = expressions.translate(attribute.value());
            if (PyTypes.strip(receiver.type()) instanceof DictType dict) {
                Expression map = ExprTranslator.enclosed(receiver.java());
                return switch (DriverPython.PYTHON2_DICT_METHODS.getOrDefault(attribute.attr(), attribute.attr())) {
                    case "items" -> new Entries(receiver.java(), dict.key(), dict.value());
                    case "keys" -> new Each(new MethodCallExpr(map, "keySet"), dict.key());
                    default -> new Each(new MethodCallExpr(map, "values"), dict.value());
                };
            }
        }
        TExpr iterable = expressions.translate(iter);
        PyType type = PyTypes.strip(iterable.type());
        if (type instanceof DictType dict) {
            return new Each(new MethodCallExpr(ExprTranslator.enclosed(iterable.java()), "keySet"), dict.key());
        }
        if (type instanceof ListType list) {
            return new Each(iterable.java(), list.element());
        }
        if (type instanceof SetType set) {
            return new Each(iterable.java(), set.element());
        }
        if (type instanceof TupleType tuple) {
            return new Each(iterable.java(), tuple.elementJoin());
        }
        if (type.isUnknown()) {
            return new Each(iterable.java(), UnknownType.UNKNOWN);
        }
        throw new Untranslatable(Code.NBM236, iter.span(), "iterating over a " + type.display() + " is not translated");
    }

    private static IterationSource range(PyExpr.Call call, ExprTranslator expressions) {
        List<PyExpr> args = call.args();
        if (args.isEmpty() || args.size() > 3) {
            throw new Untranslatable(Code.NBM237, call.span(), "range takes 1 to 3 arguments");
        }
        List<TExpr> values = args.stream().map(expressions::translate).toList();
        for (int i = 0; i < values.size(); i++) {
            if (PyTypes.strip(values.get(i).type()) != ScalarType.INT && PyTypes.strip(values.get(i).type()) != ScalarType.BOOL) {
                throw new Untranslatable(Code.NBM236, args.get(i).span(), "range of a " + values.get(i).type().display());
            }
        }
        Long step = null;
        if (values.size() == 3) {
            Optional<PyValue> constant = expressions.fold(args.get(2));
            if (constant.isEmpty() || !(constant.get() instanceof PyValue.Int number) || number.value().signum() == 0) {
                throw new Untranslatable(Code.NBM237, args.get(2).span(), "the step of range must be a non-zero constant int");
            }
            step = number.value().longValueExact();
        }
        Expression start = values.size() == 1 ? new IntegerLiteralExpr("0") : values.get(0).java();
        Expression stop = values.size() == 1 ? values.get(0).java() : values.get(1).java();
        return new Range(start, stop, step == null || step == 1 ? null : step);
    }

    private static IterationSource enumerate(PyExpr.Call call, ExprTranslator expressions) {
        if (call.args().isEmpty() || call.args().size() > 2) {
            throw new Untranslatable(Code.NBM237, call.span(), "enumerate takes 1 or 2 arguments");
        }
        TExpr items = sequence(call.args().get(0), expressions);
        PyType element = elementOf(items.type());
        Expression start = call.args().size() == 2 ? expressions.translate(call.args().get(1)).java() : null;
        Part index = new Part(i -> start == null ? i : new com.github.javaparser.ast.expr.BinaryExpr(i, start,
                com.github.javaparser.ast.expr.BinaryExpr.Operator.PLUS), ScalarType.INT);
        Part value = new Part(i -> new MethodCallExpr(items.java(), "get", new NodeList<>(i)), element);
        return new Indexed(new MethodCallExpr(items.java(), "size"), List.of(index, value));
    }

    private static IterationSource zip(PyExpr.Call call, ExprTranslator expressions) {
        if (call.args().size() < 2) {
            throw new Untranslatable(Code.NBM237, call.span(), "zip of fewer than two lists is not translated");
        }
        List<TExpr> lists = call.args().stream().map(a -> sequence(a, expressions)).toList();
        Expression size = new MethodCallExpr(lists.get(0).java(), "size");
        for (int i = 1; i < lists.size(); i++) {
            size = new MethodCallExpr(new NameExpr("Math"), "min", new NodeList<>(size, new MethodCallExpr(lists.get(i).java(), "size")));
        }
        List<Part> parts = lists.stream().map(list -> new Part(i -> new MethodCallExpr(list.java(), "get", new NodeList<>(i)),
                elementOf(list.type()))).toList();
        return new Indexed(size, parts);
    }

    /** A list named by a variable (read by index, so it must not be computed again on each read). */
    private static TExpr sequence(PyExpr expr, ExprTranslator expressions) {
        TExpr value = expressions.translate(expr);
        if (!(expr instanceof PyExpr.Name) || !(PyTypes.strip(value.type()) instanceof ListType
                || PyTypes.strip(value.type()) instanceof TupleType)) {
            throw new Untranslatable(Code.NBM236, expr.span(), "enumerate and zip are translated over list variables only");
        }
        return value;
    }

    static PyType elementOf(PyType type) {
        PyType stripped = PyTypes.strip(type);
        if (stripped instanceof ListType list) {
            return list.element();
        }
        if (stripped instanceof TupleType tuple) {
            return tuple.elementJoin();
        }
        if (stripped instanceof SetType set) {
            return set.element();
        }
        return UnknownType.UNKNOWN;
    }

    /**
     * Item {@code index} of {@code row}, an element of type {@code element} a tuple target unpacks: {@code _1()} and
     * {@code _2()} of a pair, {@code get(i)} of a list, cast to its position's type in a tuple of mixed types.
     */
    static Expression item(Expression row, PyType element, int index) {
        PyType stripped = PyTypes.strip(element);
        if (stripped instanceof dev.nbmigrate.converter.types.PairType && index < 2) {
            return new MethodCallExpr(row, index == 0 ? "_1" : "_2");
        }
        Expression item = new MethodCallExpr(row, "get", new NodeList<>(new IntegerLiteralExpr(Integer.toString(index))));
        PyType type = position(element, index);
        if (stripped instanceof TupleType tuple && tuple.heldElement().isUnknown() && !type.isUnknown()) {
            Optional<dev.nbmigrate.converter.types.JavaTypeRef> boxed = dev.nbmigrate.converter.types.JavaTypes.boxedDeclaration(type);
            if (boxed.isPresent()) {
                return new com.github.javaparser.ast.expr.EnclosedExpr(new com.github.javaparser.ast.expr.CastExpr(
                        com.github.javaparser.StaticJavaParser.parseType(boxed.get().text()), item));
            }
        }
        return item;
    }

    /** The element type of a tuple position, for a tuple target unpacking elements of {@code element}. */
    static PyType position(PyType element, int index) {
        PyType stripped = PyTypes.strip(element);
        if (stripped instanceof dev.nbmigrate.converter.types.PairType pair && index < 2) {
            return index == 0 ? pair.first() : pair.second();
        }
        if (stripped instanceof TupleType tuple && !tuple.variadic() && index < tuple.elements().size()) {
            return tuple.elements().get(index);
        }
        if (stripped instanceof TupleType tuple) {
            return tuple.elementJoin();
        }
        if (stripped instanceof ListType list) {
            return list.element();
        }
        return UnknownType.UNKNOWN;
    }
}
