package dev.nbmigrate.converter.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import com.github.javaparser.ast.stmt.Statement;

import dev.nbmigrate.converter.api.ApiCatalog;
import dev.nbmigrate.converter.parse.SourceRef;
import dev.nbmigrate.converter.parse.python.PythonDialect;
import dev.nbmigrate.converter.parse.python.ast.PyStmt;
import dev.nbmigrate.converter.parse.python.PythonParser;
import dev.nbmigrate.converter.types.SparkObject;

/** Python snippet in, Java statements out: the translator's behaviour as input/output pairs. */
class StmtTranslatorTest {

    private static final ApiCatalog CATALOG = ApiCatalog.standard();
    private static final String PRELUDE = "import pyspark.sql.functions as F\n"
            + "from pyspark.sql import Row, Window\n"
            + "from pyspark.sql.functions import col, lit\n"
            + "df = spark.range(3)\n";

    private static String translate(String python, Exploration exploration) {
        TranslationContext context = new TranslationContext(CATALOG, exploration, SourceRef.ofCell("t.ipynb", 1));
        Scope scope = new Scope();
        scope.bindGlobal("spark", "spark", "SparkSession", SparkObject.SPARK_SESSION);
        StmtTranslator translator = new StmtTranslator(context, scope);
        List<String> lines = new ArrayList<>();
        List<PyStmt> body = new PythonParser().parse(PRELUDE + python, SourceRef.ofCell("t.ipynb", 1), PythonDialect.PYTHON3)
                .tree().body();
        for (int i = 0; i < body.size(); i++) {
            List<Statement> statements = translator.translate(body.get(i));
            if (i >= 4) {
                statements.forEach(s -> lines.add(s.toString()));
            }
        }
        return String.join("\n", lines);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // column references and operators
        "df.select(df.id + 1).show()|df.select(df.col(\"id\").plus(1)).show();",
        "df.select(1 - df.id).show()|df.select(lit(1).minus(df.col(\"id\"))).show();",
        "df.filter((df.id > 1) & ~df.id.isNull()).show()|df.filter(df.col(\"id\").gt(1).and(not(df.col(\"id\").isNull()))).show();",
        "df.select(df['id'] == 2).show()|df.select(df.col(\"id\").equalTo(2)).show();",
        // functions: str is a column name, literals become lit()
        "df.select(F.upper('name'), F.lit(5).alias('five')).show()|df.select(upper(col(\"name\")), lit(5).alias(\"five\")).show();",
        "df.select(F.date_add('dt', -1)).show()|df.select(date_add(col(\"dt\"), -1)).show();",
        // keyword arguments and defaults
        "df.show(truncate=False)|df.show(20, false);",
        "df.orderBy('id').show(5)|df.orderBy(\"id\").show(5);",
        // windows and grouped aggregation
        "w = Window.partitionBy('k').orderBy('id')|WindowSpec w = Window.partitionBy(\"k\").orderBy(\"id\");",
        "df.groupBy('k').agg(F.sum('v').alias('total')).show()|df.groupBy(\"k\").agg(sum(\"v\").alias(\"total\")).show();",
        // driver-side Python
        "n = 3 * 2|long n = 3 * 2;",
        "name = 'a' + 'b'|String name = \"a\" + \"b\";",
        "ratio = 1 / 4|double ratio = (double) 1 / 4;",
    })
    void printsAsTheNotebookDid(String python, String java) {
        assertThat(translate(python, Exploration.PRINT)).isEqualTo(java);
    }

    @Test
    void collectedValuesAreDisplayedInConformanceAndInspectedInJobs() {
        assertThat(translate("df.collect()", Exploration.PRINT)).isEqualTo("out.display(df.collectAsList());");
        assertThat(translate("df.count()", Exploration.INSPECT).replaceAll("\\s+", " "))
                .isEqualTo("if (ctx.inspect().enabled()) { ctx.inspect().value(\"call\", df.count()); }");
        assertThat(translate("print(df.count())", Exploration.INSPECT).replaceAll("\\s+", " "))
                .isEqualTo("if (ctx.inspect().enabled()) { ctx.inspect().value(\"print\", String.valueOf(df.count())); }");
        assertThat(translate("df.explain()", Exploration.INSPECT)).isEqualTo("ctx.inspect().explain(df);");
        assertThat(translate("x = df.show()\nprint(x)", Exploration.INSPECT))
                .isEqualTo("ctx.inspect().show(df);\nLOG.info(\"{}\", null);");
        assertThat(translate("print('rows', 3)", Exploration.INSPECT)).isEqualTo("LOG.info(\"rows {}\", 3);");
        assertThat(translate("df.show(5)", Exploration.INSPECT)).isEqualTo("ctx.inspect().show(df, 5);");
        assertThat(translate("df.printSchema()", Exploration.INSPECT)).isEqualTo("ctx.inspect().printSchema(df);");
    }

    @Test
    void rangeIsADataFrameAndCreateDataFrameInfersLikePySpark() {
        TranslationContext context = new TranslationContext(CATALOG, Exploration.PRINT, SourceRef.ofCell("t.ipynb", 1));
        assertThat(translate("df2 = spark.createDataFrame([(2, 'Alice'), (5, None)], ['age', 'name'])", Exploration.PRINT))
                .isEqualTo("Dataset<Row> df2 = spark.createDataFrame(List.of(RowFactory.create(2L, \"Alice\"), "
                        + "RowFactory.create(5L, null)), StructType.fromDDL(\"age BIGINT,name STRING\"));");
        assertThat(context.diagnostics()).isEmpty();
    }

    @Test
    void reassigningWithAnotherTypeDeclaresANewVariable() {
        assertThat(translate("x = 1\nx = 2\nx = 'a'", Exploration.PRINT))
                .isEqualTo("long x = 1;\nx = 2;\n// notebook: x\nString x2 = \"a\";");
    }

    @Test
    void snakeCaseLocalsBecomeCamelCaseWithTheNotebookNameOnceInAComment() {
        assertThat(translate("bad_lines = 1\nbad_lines = 2\nn = bad_lines + 1", Exploration.PRINT))
                .isEqualTo("// notebook: bad_lines\nlong badLines = 1;\nbadLines = 2;\nlong n = badLines + 1;");
    }

    @Test
    void twoNotebookNamesSpellingOneJavaNameStayDistinct() {
        assertThat(translate("bad_lines = 1\nbadLines = 2\nx = bad_lines + badLines", Exploration.PRINT))
                .isEqualTo("// notebook: bad_lines\nlong badLines = 1;\n// notebook: badLines\nlong badLines2 = 2;\n"
                        + "long x = badLines + badLines2;");
    }

    @Test
    void javaKeywordsAreNotTaken() {
        assertThat(translate("class_ = 3\nnew = 4", Exploration.PRINT))
                .isEqualTo("// notebook: class_\nlong classValue = 3;\n// notebook: new\nlong newValue = 4;");
    }

    @Test
    void aPandasCopyThatIsOnlyDisplayedIsShownAsTheDataFrame() {
        assertThat(translate("df.toPandas()", Exploration.PRINT)).isEqualTo("df.show();");
        assertThat(translate("df.toPandas().head(3)", Exploration.PRINT)).isEqualTo("df.show(3);");
    }

    @Test
    void untranslatableConstructsSayWhy() {
        assertThatThrownBy(() -> translate("pdf = df.toPandas()", Exploration.PRINT))
                .isInstanceOf(Untranslatable.class).hasMessageContaining("toPandas");
        assertThatThrownBy(() -> translate("undefined_name.show()", Exploration.PRINT))
                .isInstanceOf(Untranslatable.class).hasMessage("name 'undefined_name' is not defined");
        assertThatThrownBy(() -> translate("df.select(df.id and df.id)", Exploration.PRINT))
                .isInstanceOf(Untranslatable.class).hasMessageContaining("use & and |");
    }
}
