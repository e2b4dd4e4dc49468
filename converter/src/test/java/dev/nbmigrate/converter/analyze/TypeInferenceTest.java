package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.types.FunctionKind;
import dev.nbmigrate.converter.types.FunctionType;
import dev.nbmigrate.converter.types.PandasType;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.converter.types.SparkObject;
import dev.nbmigrate.converter.types.SqlDataType;
import dev.nbmigrate.converter.types.UnknownType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Types over the lattice for the expressions of a small PySpark notebook, looked up by identity. */
class TypeInferenceTest {

    private static Program program;

    @BeforeAll
    static void analyse() {
        program = Notebooks.on(Notebooks.PYSPARK3)
                .code("""
                        from pyspark.sql import functions as F
                        from pyspark.sql.window import Window
                        from pyspark.sql.types import *
                        import datetime as dt
                        """)
                .code("""
                        df = spark.read.option("header", "true").csv("/mnt/raw/sales/")
                        col = F.col("amount")
                        total = col * 2 + 1
                        flag = (F.col("a") > 3) & ~F.col("b").isNull()
                        grouped = df.groupBy("site")
                        agg = grouped.agg(F.sum("amount").alias("total"))
                        win = Window.partitionBy("site").orderBy(F.desc("day"))
                        ranked = df.withColumn("rn", F.row_number().over(win))
                        n = df.count()
                        rows = df.collect()
                        by_name = df["amount"]
                        by_attr = df.amount
                        projected = df[["a", "b"]]
                        schema = StructType([StructField("a", StringType(), True)])
                        dtype = LongType()
                        pdf = df.toPandas()
                        """)
                .code("""
                        ratio = 7 / 2
                        floor = 7 // 2
                        name = "a" + "b"
                        names = ["x", "y"]
                        lookup = {"a": 1}
                        maybe = lookup.get("a")
                        today = dt.date.today()
                        label = today.strftime("%Y-%m-%d")
                        parts = label.split("-")
                        pair = (1, "a")
                        square = lambda x: x * x
                        """)
                .code("""
                        def to_kg(quantity, unit):
                            if unit == "g":
                                return quantity / 1000.0
                            return None

                        to_kg_udf = F.udf(to_kg, DoubleType())
                        kg = to_kg_udf(F.col("q"), F.col("u"))
                        value = to_kg(500, "g")
                        """)
                .analyze();
    }

    @ParameterizedTest(name = "{0} in cell {1}")
    @CsvSource(delimiter = '|', textBlock = """
            df        | 2 | DataFrame
            col       | 2 | Column
            total     | 2 | Column
            flag      | 2 | Column
            grouped   | 2 | GroupedData
            agg       | 2 | DataFrame
            win       | 2 | WindowSpec
            ranked    | 2 | DataFrame
            n         | 2 | int
            rows      | 2 | list[Row]
            by_name   | 2 | Column
            by_attr   | 2 | Column
            projected | 2 | DataFrame
            schema    | 2 | StructType
            dtype     | 2 | LongType
            ratio     | 3 | float
            floor     | 3 | int
            name      | 3 | str
            names     | 3 | list[str]
            lookup    | 3 | dict[str, int]
            maybe     | 3 | Optional[int]
            today     | 3 | date
            label     | 3 | str
            parts     | 3 | list[str]
            pair      | 3 | tuple[int, str]
            kg        | 4 | Column
            """)
    void infersTheTypeOfEachAssignedExpression(String name, int cell, String type) {
        assertThat(program.typeOf(Trees.assigned(program, cell, name)).display()).isEqualTo(type);
        assertThat(program.symbolsAfter(cell).lookup(name).orElseThrow().type()).isEqualTo(PyTypes.parse(type));
    }

    @Test
    void pandasAndFunctionsHaveTheirOwnTypes() {
        assertThat(program.typeOf(Trees.assigned(program, 2, "pdf"))).isEqualTo(new PandasType("DataFrame"));
        assertThat(program.typeOf(Trees.assigned(program, 3, "square")))
                .isEqualTo(new FunctionType(1, FunctionKind.LAMBDA, UnknownType.UNKNOWN));
        assertThat(program.typeOf(Trees.assigned(program, 4, "to_kg_udf")))
                .isEqualTo(new FunctionType(2, FunctionKind.UDF, SparkObject.COLUMN));
        // With unknown arguments the division's type is unknown; the call with (500, "g") is followed and knows it.
        PyType toKg = program.symbolsAfter(4).lookup("to_kg").orElseThrow().type();
        assertThat(toKg).isEqualTo(new FunctionType(2, FunctionKind.DEF, UnknownType.UNKNOWN));
        assertThat(program.typeOf(Trees.assigned(program, 4, "value"))).isEqualTo(PyTypes.nullable(ScalarType.FLOAT));
    }

    @Test
    void typesOfSubexpressionsAreRecordedToo() {
        PyExpr.Call csv = (PyExpr.Call) Trees.assigned(program, 2, "df");
        PyExpr.Attribute csvMember = (PyExpr.Attribute) csv.func();
        PyExpr.Call option = (PyExpr.Call) csvMember.value();
        assertThat(program.typeOf(option)).isEqualTo(SparkObject.DATAFRAME_READER);
        assertThat(program.typeOf(((PyExpr.Attribute) option.func()).value())).isEqualTo(SparkObject.DATAFRAME_READER);
        assertThat(program.typeOf(csv.args().get(0))).isEqualTo(ScalarType.STR);
        PyExpr.Call dataType = (PyExpr.Call) Trees.assigned(program, 2, "dtype");
        assertThat(program.typeOf(dataType)).isEqualTo(SqlDataType.of("LongType"));
    }

    @Test
    void constantsAreFoldedWhereThePiecesAreKnown() {
        assertThat(program.constantOf(Trees.assigned(program, 3, "name"))).contains(new ConstantValue.Str("ab"));
        assertThat(program.constantOf(Trees.assigned(program, 3, "ratio"))).contains(new ConstantValue.Float(3.5));
        assertThat(program.constantOf(Trees.assigned(program, 3, "label"))).isEmpty();
    }

    @Test
    void typeOfUsesIdentityNotEquality() {
        Program twice = Notebooks.on(Notebooks.PYSPARK3)
                .code("x = 1")
                .code("x")
                .code("x = 'text'")
                .code("x")
                .analyze();
        PyExpr first = Trees.expression(twice, 2, 0);
        PyExpr second = Trees.expression(twice, 4, 0);
        assertThat(first).isEqualTo(second);
        assertThat(twice.typeOf(first)).isEqualTo(ScalarType.INT);
        assertThat(twice.typeOf(second)).isEqualTo(ScalarType.STR);
        assertThat(twice.typeOf(new PyExpr.Name("x", dev.nbmigrate.converter.parse.python.ast.ExprContext.LOAD,
                first.span()))).isEqualTo(UnknownType.UNKNOWN);
    }

    @Test
    void pythonTwoDivisionOfIntegersFloors() {
        Program py2 = Notebooks.on(Notebooks.PYSPARK2).code("avg = 7 / 2\nprint avg").analyze();
        assertThat(py2.typeOf(Trees.assigned(py2, 1, "avg"))).isEqualTo(ScalarType.INT);
    }

    @Test
    void conditionalDefinitionsJoin() {
        Program joined = Notebooks.on(Notebooks.PYSPARK3)
                .code("""
                        limit = None
                        if spark.version.startswith("3"):
                            limit = 10
                        """)
                .analyze();
        assertThat(joined.symbolsAfter(1).lookup("limit").orElseThrow().type())
                .isEqualTo(PyTypes.nullable(ScalarType.INT));
    }
}
