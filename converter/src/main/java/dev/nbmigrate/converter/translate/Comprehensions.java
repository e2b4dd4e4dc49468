package dev.nbmigrate.converter.translate;

import java.util.List;
import java.util.function.Function;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.UnknownType;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.parse.python.ast.Comprehension;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.types.DictType;
import dev.nbmigrate.converter.types.JavaTypes;
import dev.nbmigrate.converter.types.ListType;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.converter.types.SetType;

/**
 * List, set and dict comprehensions and generator expressions as Java streams:
 * {@code [f(x) for x in xs if p(x)]} is {@code xs.stream().filter(x -> p(x)).map(x -> f(x)).collect(Collectors.toList())},
 * {@code range} a {@code LongStream}, {@code d.items()} the map's entries, several {@code for}s {@code flatMap}.
 */
final class Comprehensions {

    private static final String COLLECTORS = "java.util.stream.Collectors";

    /** A stream of the comprehension's elements, before it is collected. */
    record Pipeline(Expression java, PyType element) {
    }

    private final TranslationContext context;
    private final Scope scope;

    Comprehensions(TranslationContext context, Scope scope) {
        this.context = context;
        this.scope = scope;
    }

    TExpr translate(PyExpr expr) {
        if (expr instanceof PyExpr.ListComp list) {
            Pipeline pipeline = pipeline(list.element(), list.generators());
            return TExpr.of(collect(pipeline.java(), "toList"), new ListType(pipeline.element()));
        }
        if (expr instanceof PyExpr.GeneratorExp generator) {
            Pipeline pipeline = pipeline(generator.element(), generator.generators());
            return TExpr.of(collect(pipeline.java(), "toList"), new ListType(pipeline.element()));
        }
        if (expr instanceof PyExpr.SetComp set) {
            Pipeline pipeline = pipeline(set.element(), set.generators());
            return TExpr.of(collect(pipeline.java(), "toSet"), new SetType(pipeline.element()));
        }
        PyExpr.DictComp dict = (PyExpr.DictComp) expr;
        if (dict.generators().size() != 1) {
            throw new Untranslatable(Code.NBM234, dict.span(), "a dict comprehension with several for clauses is not translated");
        }
        Level level = level(dict.generators().get(0), scope);
        ExprTranslator inner = new ExprTranslator(context, level.scope());
        TExpr key = inner.translate(dict.key());
        TExpr value = inner.translate(dict.value());
        // Later keys win and the dict keeps insertion order, as in Python.
        Expression merge = new LambdaExpr(new NodeList<>(new Parameter(new UnknownType(), "a"),
                new Parameter(new UnknownType(), "b")), new NameExpr("b"));
        Expression map = new MethodReferenceExpr(new TypeExpr(new ClassOrInterfaceType(null,
                context.imports().use("java.util.LinkedHashMap"))), null, "new");
        Expression collector = new MethodCallExpr(new NameExpr(context.imports().use(COLLECTORS)), "toMap", new NodeList<>(
                level.lambda(DriverPython.boxed(key)), level.lambda(DriverPython.boxed(value)), merge, map));
        return TExpr.of(new MethodCallExpr(objects(level), "collect", new NodeList<>(collector)),
                new DictType(key.type(), value.type()));
    }

    /** The stream of {@code element} over the generators, for builtins that consume it (sum, min, join, ...). */
    Pipeline pipeline(PyExpr element, List<Comprehension> generators) {
        return build(element, generators, 0, scope);
    }

    private Pipeline build(PyExpr element, List<Comprehension> generators, int index, Scope outer) {
        Level level = level(generators.get(index), outer);
        if (index + 1 < generators.size()) {
            Pipeline inner = build(element, generators, index + 1, level.scope());
            return new Pipeline(new MethodCallExpr(objects(level), "flatMap", new NodeList<>(level.lambda(inner.java()))),
                    inner.element());
        }
        TExpr value = new ExprTranslator(context, level.scope()).translate(element);
        if (value.java() instanceof NameExpr name && name.getNameAsString().equals(level.parameter())) {
            return new Pipeline(objects(level), value.type());
        }
        return new Pipeline(new MethodCallExpr(level.stream(), level.primitive() ? "mapToObj" : "map",
                new NodeList<>(level.lambda(DriverPython.boxed(value)))), value.type());
    }

    /** The level's stream as a Stream of objects: a range's LongStream boxed. */
    private static Expression objects(Level level) {
        return level.primitive() ? new MethodCallExpr(level.stream(), "boxed") : level.stream();
    }

    /** One {@code for ... in ... if ...} clause: its filtered stream, the lambda parameter and the inner scope. */
    private record Level(Expression stream, boolean primitive, String parameter, Scope scope) {
        LambdaExpr lambda(Expression body) {
            return DriverPython.lambda(parameter, body);
        }
    }

    private Level level(Comprehension generator, Scope outer) {
        if (generator.isAsync()) {
            throw new Untranslatable(Code.NBM234, generator.span(), "async comprehensions are not translated");
        }
        ExprTranslator outerExpressions = new ExprTranslator(context, outer);
        IterationSource source = IterationSource.of(generator.iter(), outerExpressions);
        Scope inner = outer.child();
        Expression stream;
        String parameter;
        PyExpr target = generator.target();
        if (source instanceof IterationSource.Range range) {
            parameter = bindName(target, inner, ScalarType.INT, generator);
            String longStream = context.imports().use("java.util.stream.LongStream");
            stream = range.step() == null
                    ? new MethodCallExpr(new NameExpr(longStream), "range", new NodeList<>(range.start(), range.stop()))
                    : new MethodCallExpr(new NameExpr(longStream), "iterate", new NodeList<>(range.start(),
                            DriverPython.lambda(parameter, new BinaryExpr(
                                    new NameExpr(parameter), range.stop(), range.step() > 0 ? BinaryExpr.Operator.LESS
                                            : BinaryExpr.Operator.GREATER)),
                            DriverPython.lambda(parameter, new BinaryExpr(
                                    new NameExpr(parameter), new LongLiteralExpr(range.step() + "L"), BinaryExpr.Operator.PLUS))));
        } else if (source instanceof IterationSource.Indexed indexed) {
            parameter = inner.freshJavaName("i");
            stream = new MethodCallExpr(new MethodCallExpr(new NameExpr(context.imports().use("java.util.stream.IntStream")),
                    "range", new NodeList<>(new com.github.javaparser.ast.expr.IntegerLiteralExpr("0"), indexed.size())), "boxed");
            List<PyExpr> names = targets(target, indexed.parts().size(), generator);
            for (int i = 0; i < names.size(); i++) {
                IterationSource.Part part = indexed.parts().get(i);
                bindExpression(names.get(i), inner, part.value().apply(new NameExpr(parameter)), part.type());
            }
        } else if (source instanceof IterationSource.Entries entries) {
            parameter = inner.freshJavaName("entry");
            stream = new MethodCallExpr(new MethodCallExpr(ExprTranslator.enclosed(entries.map()), "entrySet"), "stream");
            List<PyExpr> names = targets(target, 2, generator);
            bindExpression(names.get(0), inner, new MethodCallExpr(new NameExpr(parameter), "getKey"), entries.key());
            bindExpression(names.get(1), inner, new MethodCallExpr(new NameExpr(parameter), "getValue"), entries.value());
        } else {
            IterationSource.Each each = (IterationSource.Each) source;
            stream = new MethodCallExpr(ExprTranslator.enclosed(each.iterable()), "stream");
            if (target instanceof PyExpr.Name) {
                parameter = bindName(target, inner, each.element(), generator);
            } else {
                parameter = inner.freshJavaName("row");
                Function<Integer, Expression> item = i -> IterationSource.item(new NameExpr(parameter), each.element(), i);
                List<PyExpr> names = targets(target, -1, generator);
                for (int i = 0; i < names.size(); i++) {
                    bindExpression(names.get(i), inner, item.apply(i), IterationSource.position(each.element(), i));
                }
            }
        }
        ExprTranslator innerExpressions = new ExprTranslator(context, inner);
        for (PyExpr condition : generator.ifs()) {
            TExpr test = innerExpressions.translate(condition);
            stream = new MethodCallExpr(stream, "filter", new NodeList<>(DriverPython.lambda(parameter, test.java())));
        }
        return new Level(stream, source instanceof IterationSource.Range, parameter, inner);
    }

    private String bindName(PyExpr target, Scope inner, PyType type, Comprehension generator) {
        if (!(target instanceof PyExpr.Name name)) {
            throw new Untranslatable(Code.NBM234, generator.span(), "this comprehension target is not translated");
        }
        String javaType = JavaTypes.boxedDeclaration(type).map(t -> t.text()).orElse("Object");
        return inner.parameter(name.id(), javaType, type).javaName();
    }

    /** Binds a target name to a Java expression (an entry's key, a list's element at the index). */
    private static void bindExpression(PyExpr target, Scope inner, Expression java, PyType type) {
        if (!(target instanceof PyExpr.Name name)) {
            throw new Untranslatable(Code.NBM234, target.span(), "nested tuple targets are not translated");
        }
        String javaType = JavaTypes.boxedDeclaration(type).map(t -> t.text()).orElse("Object");
        inner.bindGlobal(name.id(), java.toString(), javaType, type);
    }

    private static List<PyExpr> targets(PyExpr target, int count, Comprehension generator) {
        List<PyExpr> names = target instanceof PyExpr.TupleExpr tuple ? tuple.elements()
                : target instanceof PyExpr.ListExpr list ? list.elements() : null;
        if (names == null || count >= 0 && names.size() != count) {
            throw new Untranslatable(Code.NBM234, generator.span(), "the target of this for clause must be a tuple of "
                    + (count < 0 ? "names" : count + " names"));
        }
        return names;
    }

    private Expression collect(Expression stream, String collector) {
        return new MethodCallExpr(stream, "collect", new NodeList<>(new MethodCallExpr(
                new NameExpr(context.imports().use(COLLECTORS)), collector)));
    }
}
