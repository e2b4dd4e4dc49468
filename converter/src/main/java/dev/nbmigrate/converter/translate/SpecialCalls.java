package dev.nbmigrate.converter.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.translate.data.CallArguments;
import dev.nbmigrate.converter.translate.data.DataTypeFolder;
import dev.nbmigrate.converter.translate.data.JavaValueRenderer;
import dev.nbmigrate.converter.translate.data.PyValue;
import dev.nbmigrate.converter.translate.data.SchemaInference;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.SparkObject;

/**
 * Calls whose Java is written by a rule of their own rather than by overload resolution:
 * {@code spark.createDataFrame(data, schema)} with Python data (PySpark's schema inference, rows as Java values).
 */
final class SpecialCalls {

    private final TranslationContext context;
    private final ExprTranslator expressions;

    SpecialCalls(TranslationContext context, ExprTranslator expressions) {
        this.context = context;
        this.expressions = expressions;
    }

    Optional<TExpr> translate(PyExpr.Call call) {
        if (call.func() instanceof PyExpr.Attribute attribute && attribute.attr().equals("createDataFrame")) {
            TExpr receiver = expressions.translate(attribute.value());
            if (PyTypes.strip(receiver.type()) == SparkObject.SPARK_SESSION
                    || PyTypes.strip(receiver.type()) == SparkObject.SQL_CONTEXT) {
                return Optional.of(createDataFrame(call, receiver));
            }
        }
        return Optional.empty();
    }

    /** The folder for type expressions, seeing the notebook's names. */
    DataTypeFolder dataTypes() {
        return new DataTypeFolder(expressions::qualifiedName, new dev.nbmigrate.converter.translate.data.PyValueFolder(
                new dev.nbmigrate.converter.translate.data.PyValueFolder.Context() {
                    @Override
                    public Optional<String> qualifiedName(PyExpr callee) {
                        return expressions.qualifiedName(callee);
                    }

                    @Override
                    public Optional<PyValue> variable(String name) {
                        return expressions.scope().lookup(name).flatMap(Scope.Symbol::constant);
                    }
                }), context::dataType);
    }

    private TExpr createDataFrame(PyExpr.Call call, TExpr session) {
        PyExpr dataExpr = CallArguments.argument(call, 0, "data").orElseThrow(() ->
                new Untranslatable(Code.NBM222, call.span(), "createDataFrame without data"));
        Optional<PyExpr> schemaExpr = CallArguments.argument(call, 1, "schema");
        Optional<PyValue> data = expressions.fold(dataExpr);
        if (data.isEmpty() && (dataExpr instanceof PyExpr.Name || dataExpr instanceof PyExpr.Call)) {
            TExpr value = expressions.translate(dataExpr);
            if (dev.nbmigrate.converter.translate.rdd.RddDataFrames.isRdd(value)) {
                return new dev.nbmigrate.converter.translate.rdd.RddDataFrames(context, expressions)
                        .dataFrame(session.java(), value, schemaExpr, call.span());
            }
        }
        if (data.isEmpty()) {
            Optional<ExpressionRows.Rows> typed = columnNames(schemaExpr)
                    .flatMap(names -> new ExpressionRows(context, expressions).of(dataExpr, names));
            if (typed.isPresent()) {
                Expression list = new MethodCallExpr(new NameExpr(context.imports().use("java.util.List")), "of",
                        new NodeList<>(typed.get().rows()));
                return TExpr.of(new MethodCallExpr(session.java(), "createDataFrame", new NodeList<>(list,
                        fromDdl(typed.get().schema().toDDL()))), SparkObject.DATAFRAME);
            }
        }
        if (data.isEmpty() || !(data.get() instanceof PyValue.Sequence rows)) {
            throw new Untranslatable(Code.NBM222, dataExpr.span(),
                    "the data of createDataFrame is not a list of constant rows");
        }
        StructType schema;
        Expression schemaJava;
        if (schemaExpr.isEmpty() || schemaExpr.get() instanceof PyExpr.NoneLit) {
            schema = inferred(rows.items(), List.of(), call);
            schemaJava = fromDdl(schema.toDDL());
        } else {
            Optional<PyValue> names = expressions.fold(schemaExpr.get());
            if (names.isPresent() && names.get() instanceof PyValue.Sequence sequence) {
                List<String> columnNames = new ArrayList<>();
                for (PyValue name : sequence.items()) {
                    if (!(name instanceof PyValue.Str text)) {
                        throw new Untranslatable(Code.NBM222, schemaExpr.get().span(), "column names must be strings");
                    }
                    columnNames.add(text.value());
                }
                schema = inferred(rows.items(), columnNames, call);
                schemaJava = fromDdl(schema.toDDL());
            } else if (names.isPresent() && names.get() instanceof PyValue.Str ddl) {
                schema = parseDdl(ddl.value(), schemaExpr.get());
                schemaJava = fromDdl(schema.toDDL());
            } else {
                DataType folded = dataTypes().fold(schemaExpr.get()).orElseThrow(() -> new Untranslatable(Code.NBM222,
                        schemaExpr.get().span(), "the schema of createDataFrame is not known at conversion time"));
                schema = folded instanceof StructType struct ? struct
                        : new StructType().add("value", folded, true);
                schemaJava = folded instanceof StructType ? expressions.translate(schemaExpr.get()).java()
                        : fromDdl(schema.toDDL());
            }
        }
        JavaValueRenderer renderer = new JavaValueRenderer(context.imports());
        NodeList<Expression> javaRows = new NodeList<>();
        for (PyValue row : rows.items()) {
            try {
                javaRows.add(renderer.row(row, schema));
            } catch (JavaValueRenderer.ValueMismatch e) {
                throw new Untranslatable(Code.NBM222, dataExpr.span(), e.getMessage());
            }
        }
        Expression list = new MethodCallExpr(new NameExpr(context.imports().use("java.util.List")), "of", javaRows);
        context.imports().use("org.apache.spark.sql.Row");
        return TExpr.of(new MethodCallExpr(session.java(), "createDataFrame", new NodeList<>(list, schemaJava)),
                SparkObject.DATAFRAME);
    }

    /** The column names a schema argument gives: none for no schema, else a constant list of strings. */
    private Optional<List<String>> columnNames(Optional<PyExpr> schemaExpr) {
        if (schemaExpr.isEmpty() || schemaExpr.get() instanceof PyExpr.NoneLit) {
            return Optional.of(List.of());
        }
        Optional<PyValue> names = expressions.fold(schemaExpr.get());
        if (names.isEmpty() || !(names.get() instanceof PyValue.Sequence sequence)
                || !sequence.items().stream().allMatch(PyValue.Str.class::isInstance)) {
            return Optional.empty();
        }
        return Optional.of(sequence.items().stream().map(name -> ((PyValue.Str) name).value()).toList());
    }

    private StructType inferred(List<PyValue> rows, List<String> names, PyExpr.Call call) {
        SchemaInference.Result result = SchemaInference.infer(rows, names);
        if (!result.succeeded()) {
            throw new Untranslatable(Code.NBM222, call.span(), result.error());
        }
        return result.schema();
    }

    /** A DDL schema string as PySpark reads it: a column list, a struct type, or one atomic type ("value"). */
    private StructType parseDdl(String ddl, PyExpr node) {
        try {
            DataType type = DataType.fromDDL(ddl);
            return type instanceof StructType struct ? struct : new StructType().add("value", type, true);
        } catch (RuntimeException notType) {
            try {
                return (StructType) DataType.fromDDL("struct<" + ddl.strip() + ">");
            } catch (RuntimeException e) {
                throw new Untranslatable(Code.NBM222, node.span(), "not a schema: '" + ddl + "'");
            }
        }
    }

    private Expression fromDdl(String ddl) {
        return new MethodCallExpr(new NameExpr(context.imports().use("org.apache.spark.sql.types.StructType")),
                "fromDDL", new NodeList<>(new StringLiteralExpr().setString(ddl)));
    }
}
