package dev.nbmigrate.converter.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.github.javaparser.ast.stmt.Statement;

import dev.nbmigrate.converter.api.ApiCatalog;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.parse.SourceRef;
import dev.nbmigrate.converter.parse.python.PythonDialect;
import dev.nbmigrate.converter.parse.python.PythonParser;
import dev.nbmigrate.converter.parse.python.ast.PyStmt;
import dev.nbmigrate.converter.types.SparkObject;

/** Python defs and UDFs in, Java members and statements out: the translation as input/output pairs. */
class FunctionTranslatorTest {

    private static final ApiCatalog CATALOG = ApiCatalog.standard();
    private static final String PRELUDE = "import pyspark.sql.functions as F\n"
            + "from pyspark.sql.types import DoubleType, StringType\n"
            + "df = spark.range(3)\n";

    private TranslationContext context;

    /** The members of the class, then the statements of the snippet (prelude left out), as Java text. */
    private String translate(String python) {
        context = new TranslationContext(CATALOG, Exploration.INSPECT, SourceRef.ofCell("t.ipynb", 1));
        Scope scope = new Scope();
        scope.bindGlobal("spark", "spark", "SparkSession", SparkObject.SPARK_SESSION);
        scope.bindGlobal("sqlContext", "spark", "SparkSession", SparkObject.SQL_CONTEXT);
        scope.reserve("ctx");
        StmtTranslator translator = new StmtTranslator(context, scope);
        List<String> lines = new ArrayList<>();
        List<PyStmt> body = new PythonParser().parse(PRELUDE + python, SourceRef.ofCell("t.ipynb", 1),
                PythonDialect.PYTHON3).tree().body();
        for (int i = 0; i < body.size(); i++) {
            List<Statement> statements = translator.translate(body.get(i));
            if (i >= 3) {
                statements.forEach(s -> lines.add(s.toString()));
            }
        }
        List<String> members = new ArrayList<>();
        context.members().forEach(m -> members.add(m.toString()));
        return String.join("\n", members) + "\n--\n" + String.join("\n", lines);
    }

    private List<String> codes() {
        return context.diagnostics().stream().map(d -> d.code().id() + " " + d.message()).toList();
    }

    @Test
    void udfWithNoneChecksAndAnIfElifChainIsANativeColumnExpression() {
        assertThat(translate("""
                LB = 0.45
                def to_kg(quantity, unit):
                    \"\"\"Weight in kg.\"\"\"
                    if quantity is None or unit is None:
                        return None
                    u = unit.strip().lower()
                    if u in ("kg", "kgs"):
                        return float(quantity)
                    elif u in ("lb", "lbs"):
                        return quantity * LB
                    else:
                        return None
                to_kg_udf = F.udf(to_kg, DoubleType())
                out = df.withColumn("kg", to_kg_udf(F.col("qty"), "unit"))
                """)).isEqualTo("""
                /**
                 * Python UDF to_kg (returns double) as a Column expression.
                 */
                private static Column toKg(Column quantity, Column unit) {
                    Column u = lower(btrim(unit, lit(" \\t\\n\\u000B\\f\\r")));
                    double lb = 0.45;
                    return when(quantity.isNull().or(unit.isNull()), lit(null)).when(u.isin("kg", "kgs"), \
                quantity.cast("double")).when(u.isin("lb", "lbs"), quantity.multiply(lb));
                }
                --
                // notebook: LB
                double lb = 0.45;
                Dataset<Row> out = df.withColumn("kg", toKg(col("qty"), col("unit")));""".strip());
        assertThat(codes()).containsExactly(
                "NBM206 Python UDF to_kg (returns double) translated as a native Column expression (toKg)");
    }

    @Test
    void equalityIsNullSafeAndNotInIsTwoValuedAsInPython() {
        assertThat(translate("""
                @F.udf("string")
                def label(code):
                    if code == "A":
                        return "alpha"
                    if code not in ("B", "C"):
                        return "other"
                    return code.upper() + "!"
                out = df.select(label("code"))
                """)).isEqualTo("""
                /**
                 * Python UDF label (returns string) as a Column expression.
                 */
                private static Column label(Column code) {
                    return when(code.eqNullSafe("A"), "alpha").when(not(coalesce(code.isin("B", "C"), lit(false))), \
                "other").otherwise(concat(upper(code), lit("!")));
                }
                --
                Dataset<Row> out = df.select(label(col("code")));""".strip());
    }

    @Test
    void lambdaUdfOfAnotherTypeIsCastToTheDeclaredType() {
        assertThat(translate("plus_one = F.udf(lambda v: v + 1, 'long')\nout = df.select(plus_one('id'))"))
                .isEqualTo("""
                /**
                 * Python UDF plus_one (returns bigint) as a Column expression.
                 */
                private static Column plusOne(Column v) {
                    return v.plus(1).cast(DataTypes.LongType);
                }
                --
                Dataset<Row> out = df.select(plusOne(col("id")));""".strip());
    }

    @Test
    void udfWithALoopIsATypedJavaUdfAndCallSitesCastTheArguments() {
        assertThat(translate("""
                def weighted(x):
                    if x is None:
                        return 0
                    total = 0.0
                    for w in [1, 2]:
                        total = total + x * w
                    return total
                weighted_udf = F.udf(weighted, DoubleType())
                out = df.select(weighted_udf("id"))
                """)).isEqualTo("""
                /**
                 * Python UDF weighted (returns double) as a typed Java UDF.
                 */
                private static final UserDefinedFunction WEIGHTED_UDF = udf((UDF1<Double, Double>) x -> {
                    if (x == null) {
                        return 0.0;
                    }
                    double total = 0.0;
                    for (long w : PyLiterals.list(1L, 2L)) {
                        total = total + x * w;
                    }
                    return total;
                }, DataTypes.DoubleType);
                --
                Dataset<Row> out = df.select(WEIGHTED_UDF.apply(col("id").cast("double")));""".strip());
        assertThat(codes()).containsExactly("NBM206 Python UDF weighted (returns double) translated as a typed"
                + " Java UDF (WEIGHTED_UDF); not a Column expression because the statement For has no Column form");
    }

    @Test
    void registeredUdfIsAJavaUdfRegisteredUnderItsSqlName() {
        assertThat(translate("""
                def bucket(n: int):
                    return "big" if n > 10 else "small"
                spark.udf.register("bucket", bucket, StringType())
                """)).isEqualTo("""
                /**
                 * Python UDF bucket (returns string) as a typed Java UDF.
                 */
                private static final UserDefinedFunction BUCKET_UDF = udf((UDF1<Long, String>) n -> {
                    return n > 10 ? "big" : "small";
                }, DataTypes.StringType);
                --
                spark.udf().register("bucket", BUCKET_UDF);""".strip());
    }

    @Test
    void legacyRegisterFunctionAndOneDefAsTwoUdfs() {
        assertThat(translate("""
                def half(x):
                    return x / 2
                sqlContext.registerFunction("half", half, DoubleType())
                half_udf = F.udf(half, DoubleType())
                half_text = F.udf(half)
                out = df.select(half_udf("id"), half_text("id"))
                """)).isEqualTo("""
                /**
                 * Python UDF half (returns double) as a typed Java UDF.
                 */
                private static final UserDefinedFunction HALF_UDF = udf((UDF1<Double, Double>) x -> {
                    return (double) x / 2;
                }, DataTypes.DoubleType);
                /**
                 * Python UDF half (returns double) as a Column expression.
                 */
                private static Column half(Column x) {
                    return x.divide(2);
                }
                /**
                 * Python UDF half (returns string) as a Column expression.
                 */
                private static Column half2(Column x) {
                    return x.divide(2).cast(DataTypes.StringType);
                }
                --
                spark.udf().register("half", HALF_UDF);
                Dataset<Row> out = df.select(half(col("id")), half2(col("id")));""".strip());
    }

    @Test
    void helperThatInspectsGetsTheJobContext() {
        assertThat(translate("""
                def peek(frame):
                    frame.show()
                    return frame.count()
                n = peek(df)
                """)).isEqualTo("""
                /**
                 * Python def peek (t.ipynb, cell 1, line 4:1).
                 */
                private static long peek(JobContext ctx, Dataset<Row> frame) {
                    ctx.inspect().show(frame);
                    return frame.count();
                }
                --
                long n = peek(ctx, df);""".strip());
    }

    @Test
    void driverHelperTakesTheDefaultAtTheCallSiteAndReadsGlobalConstantsAsLocals() {
        assertThat(translate("""
                ACCOUNT = "acct"
                def lake_path(container, path=""):
                    return "wasbs://" + container + "@" + ACCOUNT + "/" + path
                RAW = lake_path("sales", "raw/")
                ROOT = lake_path("curated")
                """)).isEqualTo("""
                /**
                 * Python def lake_path (t.ipynb, cell 1, line 5:1).
                 */
                private static String lakePath(String container, String path) {
                    String account = "acct";
                    return "wasbs://" + container + "@" + account + "/" + path;
                }
                --
                // notebook: ACCOUNT
                String account = "acct";
                // notebook: RAW
                String raw = lakePath("sales", "raw/");
                // notebook: ROOT
                String root = lakePath("curated", "");""".strip());
    }

    @Test
    void helpersGetTheVariablesTheyReadAsParametersAndCallEachOther() {
        assertThat(translate("""
                def log(msg):
                    print("[job] " + msg)
                def stamped(frame, job):
                    log("stamping " + job)
                    return frame.withColumn("_job", F.lit(job))
                def fresh(n):
                    return stamped(spark.range(n), "demo")
                fresh(3)
                """)).isEqualTo("""
                /**
                 * Python def log (t.ipynb, cell 1, line 4:1).
                 */
                private static void logFn(String msg) {
                    LOG.info("{}", "[job] " + msg);
                }
                /**
                 * Python def stamped (t.ipynb, cell 1, line 6:1).
                 */
                private static Dataset<Row> stamped(Dataset<Row> frame, String job) {
                    logFn("stamping " + job);
                    return frame.withColumn("_job", lit(job));
                }
                /**
                 * Python def fresh (t.ipynb, cell 1, line 9:1).
                 */
                private static Dataset<Row> fresh(SparkSession spark, long n) {
                    return stamped(spark.range(n).toDF(), "demo");
                }
                --
                fresh(spark, 3L);""".strip());
    }

    @Test
    void nestedDefReadsTheLocalsOfItsEnclosingFunction() {
        assertThat(translate("""
                def scaled(frame, factor):
                    def times(c):
                        return F.col(c) * factor
                    return frame.select(times("id"))
                out = scaled(df, 2)
                """)).isEqualTo("""
                /**
                 * Python def times (t.ipynb, cell 1, line 5:5).
                 */
                private static Column times(long factor, String c) {
                    return col(c).multiply(factor);
                }
                /**
                 * Python def scaled (t.ipynb, cell 1, line 4:1).
                 */
                private static Dataset<Row> scaled(Dataset<Row> frame, long factor) {
                    return frame.select(times(factor, "id"));
                }
                --
                Dataset<Row> out = scaled(df, 2L);""".strip());
    }

    @Test
    void defGivenToAHigherOrderFunctionIsAColumnMethodInALambda() {
        assertThat(translate("""
                def alternate(x, i):
                    return F.when(i % 2 == 0, x).otherwise(-x)
                out = df.select(F.transform("values", alternate))
                """)).isEqualTo("""
                /**
                 * Python def alternate (t.ipynb, cell 1, line 4:1).
                 */
                private static Column alternate(Column x, Column i) {
                    return when(i.mod(2).equalTo(0), x).otherwise(negate(x));
                }
                --
                Dataset<Row> out = df.select(transform(col("values"), (x, i) -> alternate(x, i)));""".strip());
    }

    @Test
    void failuresNameTheFunctionAndWhy() {
        assertThatThrownBy(() -> translate("def f(x):\n    return x\ng = F.pandas_udf(f, 'long')"))
                .isInstanceOf(Untranslatable.class).hasMessage("pandas UDFs are not translated")
                .extracting(e -> ((Untranslatable) e).code()).isEqualTo(Code.NBM202);
        assertThatThrownBy(() -> translate("def f(x):\n    return x + 1\nprint(f(df.first()[0]))"))
                .isInstanceOf(Untranslatable.class).extracting(e -> ((Untranslatable) e).code()).isEqualTo(Code.NBM230);
        assertThatThrownBy(() -> translate("def f(x):\n    return undefined_thing(x)\nprint(f(1))"))
                .isInstanceOf(Untranslatable.class)
                .hasMessage("def f (t.ipynb, cell 1, line 4:1): name 'undefined_thing' is not defined (t.ipynb, cell 1,"
                        + " line 5:12)");
        assertThatThrownBy(() -> translate("def fact(n):\n    return 1 if n < 2 else n * fact(n - 1)\nprint(fact(5))"))
                .isInstanceOf(Untranslatable.class).hasMessageContaining("calls itself")
                .extracting(e -> ((Untranslatable) e).code()).isEqualTo(Code.NBM231);
        assertThatThrownBy(() -> translate("def f(s):\n    return s[::-1]\nu = F.udf(f)"))
                .isInstanceOf(Untranslatable.class).hasMessageStartingWith("UDF f is not translated: as a Column"
                        + " expression, the expression Subscript has no Column form; as a Java UDF, ");
    }
}
