package dev.nbmigrate.converter.translate.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import dev.nbmigrate.converter.parse.SourceRef;
import dev.nbmigrate.converter.parse.python.PythonParser;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.parse.python.ast.PyStmt;
import dev.nbmigrate.converter.translate.JavaImports;

/** Python data literal -> folded value -> inferred schema -> Java rows, as createDataFrame is translated. */
class CreateDataFrameDataTest {

    private static final Map<String, String> NAMES = Map.of(
            "Row", "pyspark.sql.Row",
            "datetime.date", "datetime.date",
            "datetime.datetime", "datetime.datetime",
            "Decimal", "decimal.Decimal",
            "bytearray", "builtins.bytearray",
            "timedelta", "datetime.timedelta");

    private final PyValueFolder folder = new PyValueFolder(new PyValueFolder.Context() {
        @Override
        public Optional<String> qualifiedName(PyExpr callee) {
            return Optional.ofNullable(NAMES.get(dotted(callee)));
        }

        @Override
        public Optional<PyValue> variable(String name) {
            return name.equals("known") ? Optional.of(PyValue.Int.of(7)) : Optional.empty();
        }
    });

    private static String dotted(PyExpr expr) {
        if (expr instanceof PyExpr.Name name) {
            return name.id();
        }
        if (expr instanceof PyExpr.Attribute attribute) {
            return dotted(attribute.value()) + "." + attribute.attr();
        }
        return "?";
    }

    private PyValue fold(String python) {
        PyStmt statement = new PythonParser().parse(python, new SourceRef("t.ipynb", 1, 0, 0)).tree().body().get(0);
        return folder.fold(((PyStmt.ExprStmt) statement).value()).orElseThrow();
    }

    private static List<PyValue> rows(PyValue data) {
        return ((PyValue.Sequence) data).items();
    }

    private String javaRows(String python, List<String> names) throws Exception {
        List<PyValue> rows = rows(fold(python));
        StructType schema = SchemaInference.infer(rows, names).schema();
        JavaValueRenderer renderer = new JavaValueRenderer(new JavaImports());
        StringBuilder out = new StringBuilder(schema.toDDL());
        for (PyValue row : rows) {
            out.append(" | ").append(renderer.row(row, schema));
        }
        return out.toString();
    }

    @Test
    void tuplesOfScalars() throws Exception {
        assertThat(javaRows("[(2, 'Alice', 1.5, True, None), (-5, \"B'ob\", -2e-7, False, known)]", List.of("age", "name")))
                .isEqualTo("age BIGINT,name STRING,_3 DOUBLE,_4 BOOLEAN,_5 BIGINT"
                        + " | RowFactory.create(2L, \"Alice\", 1.5, true, null)"
                        + " | RowFactory.create(-5L, \"B'ob\", -2e-07, false, 7L)");
    }

    @Test
    void rowsDatesDecimalsBytesAndNesting() throws Exception {
        assertThat(javaRows("[Row(d=datetime.date(2015, 4, 8), ts=datetime.datetime(2015, 4, 8, 13, 8, 15),"
                + " amount=Decimal('1.50'), raw=bytearray(b'AB'), xs=[1, None], m={'k': 1.0}, s=Row(a=1))]", List.of()))
                .isEqualTo("d DATE,ts TIMESTAMP,amount DECIMAL(38,18),raw BINARY,xs ARRAY<BIGINT>,m MAP<STRING, DOUBLE>,"
                        + "s STRUCT<a: BIGINT>"
                        + " | RowFactory.create(Date.valueOf(\"2015-04-08\"), Timestamp.valueOf(\"2015-04-08 13:08:15\"),"
                        + " new BigDecimal(\"1.50\"), \"AB\".getBytes(StandardCharsets.US_ASCII), PyLiterals.list(1L, null),"
                        + " PyLiterals.dict(\"k\", 1.0), RowFactory.create(1L))");
    }

    @Test
    void timeDeltasAndMicroseconds() throws Exception {
        assertThat(javaRows("[(timedelta(days=1, seconds=30), datetime.datetime(2015, 4, 8, 13, 8, 15, 123000))]", List.of()))
                .isEqualTo("_1 INTERVAL DAY TO SECOND,_2 TIMESTAMP"
                        + " | RowFactory.create(Duration.parse(\"PT24H30S\"), Timestamp.valueOf(\"2015-04-08 13:08:15.123\"))");
    }

    @Test
    void explicitSchemasNarrowOrRefuse() throws Exception {
        JavaValueRenderer renderer = new JavaValueRenderer(new JavaImports());
        StructType schema = StructType.fromDDL("a INT, b FLOAT, c SHORT");
        assertThat(renderer.row(fold("(1, 2.5, 3)"), schema).toString()).isEqualTo("RowFactory.create(1, 2.5f, (short) 3)");

        assertThatThrownBy(() -> renderer.value(fold("1"), DataTypes.DoubleType, "x"))
                .hasMessage("field x: double can not accept object of type int");
        assertThatThrownBy(() -> renderer.value(fold("3000000000"), DataTypes.IntegerType, "x"))
                .hasMessage("field x: object of int out of range, got: 3000000000");
        assertThatThrownBy(() -> renderer.row(fold("(1, 2)"), StructType.fromDDL("a INT")))
                .hasMessage("a row has 2 values for 1 columns");
    }

    @Test
    void singleValuesAreOneColumnRows() throws Exception {
        JavaValueRenderer renderer = new JavaValueRenderer(new JavaImports());
        assertThat(renderer.row(fold("'Spark'"), StructType.fromDDL("value STRING")).toString())
                .isEqualTo("RowFactory.create(\"Spark\")");
    }

    @Test
    void unknownExpressionsDoNotFold() {
        PyStmt statement = new PythonParser().parse("[(1, f(2))]", new SourceRef("t.ipynb", 1, 0, 0)).tree().body().get(0);
        assertThat(folder.fold(((PyStmt.ExprStmt) statement).value())).isEmpty();
    }
}
