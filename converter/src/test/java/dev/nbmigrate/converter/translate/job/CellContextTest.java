package dev.nbmigrate.converter.translate.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.model.CellRecord;
import dev.nbmigrate.converter.model.ConfigField;
import dev.nbmigrate.converter.model.JobModel;
import dev.nbmigrate.converter.model.Target;
import dev.nbmigrate.converter.testing.TestNotebooks;

/**
 * Where a cell ran is decided from its content, not from the kernel's name alone, and every magic a real notebook
 * uses gets a defined outcome: in the job, or left out with the finding that says why.
 */
class CellContextTest {


    @TempDir
    Path dir;

    private Path notebook(String kernel, String... cells) {
        return TestNotebooks.write(dir.resolve("nb.ipynb"), kernel, List.of(cells));
    }

    private static JobModel translate(Path notebook) throws IOException {
        return new JobTranslator().translate(notebook, Target.DBR_17_3);
    }

    private static String body(JobModel model) {
        return String.join("\n", model.sections().stream().map(s -> s.body()).toList());
    }

    private static boolean has(JobModel model, Code code) {
        return model.diagnostics().stream().anyMatch(d -> d.code() == code);
    }

    @Test
    void aPlainPythonKernelThatBuildsItsOwnSessionIsJobCode() throws IOException {
        JobModel model = translate(notebook("python3",
                "from pyspark.sql import SparkSession\nspark = SparkSession.builder.appName('x').getOrCreate()",
                "df = spark.range(10).filter('id > 3')\ndf.write.parquet('/tmp/out')"));

        assertThat(body(model)).contains("spark.range(10)").contains(".parquet(").doesNotContain("NotTranslated")
                .contains("// session: 'spark' is the job's SparkSession (the runtime creates it)");
        assertThat(has(model, Code.NBM225)).isFalse();
        assertThat(model.cells()).extracting(CellRecord::index, CellRecord::language, CellRecord::leftOut)
                .containsExactly(tuple(1, "python", ""), tuple(2, "python", ""));
    }

    @Test
    void aPlainPythonKernelUsingSparkItDoesNotCreateIsReadAsASparkKernelAndSaysSo() throws IOException {
        JobModel model = translate(notebook("python3", "df = spark.range(5)\ndf.write.parquet('/tmp/out')"));

        assertThat(body(model)).contains("spark.range(5)");
        assertThat(model.diagnostics()).filteredOn(d -> d.code() == Code.NBM009).extracting(Diagnostic::message)
                .singleElement().asString().contains("kernel \"python3\" is plain Python")
                .contains("uses spark, sc or sqlContext without creating them");
    }

    @Test
    void aNameTheNotebookBindsToSomethingElseIsNoSparkUse() throws IOException {
        JobModel notSpark = translate(notebook("python3",
                "from sklearn.preprocessing import StandardScaler\nsc = StandardScaler()\nsc.fit([[1.0]])"));
        JobModel spark = translate(notebook("python3", "spark = glueContext.spark_session\ndf = spark.range(2)"));

        assertThat(notSpark.cells()).extracting(CellRecord::leftOut).containsExactly("NBM221");
        assertThat(has(notSpark, Code.NBM009)).isFalse();
        assertThat(has(spark, Code.NBM009)).isTrue();
        assertThat(spark.cells()).extracting(CellRecord::leftOut).containsExactly("");
    }

    @Test
    void aJobWithNoStatementsIsAnErrorNotASilentSuccess() throws IOException {
        JobModel model = translate(notebook("python3", "import pandas as pd\npdf = pd.DataFrame({'a': [1]})",
                "print(pdf)"));

        assertThat(model.diagnostics()).filteredOn(d -> d.code() == Code.NBM225).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("2 code cells; left out: NBM221 x2"));
        assertThat(model.cells()).extracting(CellRecord::leftOut).containsExactly("NBM221", "NBM221");
        assertThat(model.diagnostics()).filteredOn(d -> d.code() == Code.NBM221).extracting(Diagnostic::message)
                .containsOnly("the cell ran in the notebook server's Python, where the notebook had no Spark; the job"
                        + " leaves it out");
    }

    @Test
    void everySparkmagicSessionMagicHasADefinedOutcome() throws IOException {
        JobModel model = translate(notebook("pysparkkernel__SAGEMAKER_INTERNAL__arn_aws_sagemaker_image",
                "%%configure -f\n{\"conf\": {\"spark.sql.shuffle.partitions\": \"8\"}}",
                "%%info",
                "%%local\nimport pandas as pd\nlocal_df = pd.DataFrame({'a': [1]})",
                "%%send_to_spark -i local_df -t df -n sent",
                "%pip install boto3",
                "%%spark -o sample\ndf = spark.range(3)",
                "%%sql -o result\nSELECT 1 AS one",
                "%%cleanup -f"));

        assertThat(model.cells()).extracting(CellRecord::index, CellRecord::language, CellRecord::leftOut)
                .containsExactly(tuple(1, "magic", "NBM224"), tuple(2, "magic", "NBM224"),
                        tuple(3, "python", "NBM221"), tuple(4, "magic", "NBM224"), tuple(5, "magic", "NBM224"),
                        tuple(6, "python", ""), tuple(7, "sql", ""), tuple(8, "magic", "NBM224"));
        assertThat(model.sparkConf()).containsEntry("spark.sql.shuffle.partitions", "8");
        assertThat(body(model)).contains("spark.range(3)").contains("SELECT 1 AS one");
        assertThat(model.diagnostics()).noneMatch(d -> d.code() == Code.NBM014 || d.code() == Code.NBM002);
        assertThat(model.diagnostics()).filteredOn(d -> d.code() == Code.NBM224 && d.location().cell() == 4)
                .extracting(Diagnostic::message).singleElement().asString().startsWith("%%send_to_spark copied");
        assertThat(model.diagnostics()).filteredOn(d -> d.code() == Code.NBM224 && d.location().cell() == 5)
                .extracting(Diagnostic::message).singleElement().asString().contains("%pip install");
    }

    @Test
    void aStringSentToSparkIsAJobOptionThatLaterCellsRead() throws IOException {
        JobModel model = translate(notebook("pysparkkernel",
                "%%local\nschema = 'day DATE, covers INT'\nout_path = compute_somewhere()\napi_token = 'x9Q2-sample'",
                "%%send_to_spark -i schema -t str -n covers_schema",
                "%%send_to_spark -i api_token -t str -n api_token",
                "%%send_to_spark -i out_path -t str -n out_path",
                "df = spark.read.schema(covers_schema).options(sep=';', header=True).csv('/data/covers.csv')\n"
                        + "df.write.parquet(out_path)"));

        assertThat(model.config()).extracting(ConfigField::name, ConfigField::javaType, ConfigField::defaultValue)
                .contains(tuple("coversSchema", "String", "day DATE, covers INT"), tuple("outPath", "String", null));
        assertThat(model.config()).extracting(ConfigField::defaultValue).doesNotContain("x9Q2-sample");
        assertThat(body(model)).contains(".schema(config.coversSchema())")
                .contains(".option(\"sep\", \";\")").contains(".option(\"header\", true)")
                .contains(".parquet(ctx.path(config.outPath()))").doesNotContain("NotTranslated");
        assertThat(model.cells()).filteredOn(c -> c.index() == 5).extracting(CellRecord::placeholder)
                .containsExactly(false);
        assertThat(model.diagnostics()).noneMatch(d -> d.severity() == dev.nbmigrate.converter.diag.Severity.ERROR
                && d.location().cell() == 5);
        assertThat(model.diagnostics()).filteredOn(d -> d.code() == Code.NBM224 && d.location().cell() == 2)
                .extracting(Diagnostic::message).singleElement().asString().contains("--covers-schema");
    }

    @Test
    void sparkmagicsIpythonSparkMagicSendsCodeOrWithContextSqlAQueryToTheCluster() throws IOException {
        JobModel model = translate(notebook("python3",
                "%load_ext sparkmagic.magics",
                "%%spark -c sql -o ones -p not-a-real-password\nSELECT 1 AS one",
                "%%spark\ndf = spark.range(2)\ndf.write.parquet('/tmp/out')"));

        assertThat(model.cells()).extracting(CellRecord::language, CellRecord::leftOut)
                .containsExactly(tuple("magic", "NBM224"), tuple("sql", ""), tuple("python", ""));
        assertThat(body(model)).contains("SELECT 1 AS one").contains("spark.range(2)");
        assertThat(model.diagnostics()).noneMatch(d -> d.code() == Code.NBM014 || d.code() == Code.NBM101
                || d.code() == Code.NBM010);
        assertThat(model.diagnostics()).noneMatch(d -> d.message().contains("not-a-real-password"));
    }

    @Test
    void databricksScalaAndRCellsAreLeftOutWithOneFindingNamingThem() throws IOException {
        Path file = dir.resolve("dbx.py");
        Files.writeString(file, String.join("\n", "# Databricks notebook source", "df = spark.range(3)",
                "df.write.parquet('/tmp/out')", "", "# COMMAND ----------", "", "# MAGIC %scala",
                "# MAGIC val n = spark.range(3).count()", "", "# COMMAND ----------", "", "# MAGIC %r",
                "# MAGIC library(SparkR)", ""), StandardCharsets.UTF_8);

        JobModel model = translate(file);

        assertThat(model.cells()).extracting(CellRecord::language, CellRecord::leftOut)
                .containsExactly(tuple("python", ""), tuple("scala", "NBM021"), tuple("r", "NBM021"));
        assertThat(model.diagnostics()).filteredOn(d -> d.code() == Code.NBM021).extracting(Diagnostic::message)
                .containsExactly("cells 2 and 3 are Scala or R code, which nbmigrate does not convert: the job leaves"
                        + " them out");
        assertThat(has(model, Code.NBM225)).isFalse();
    }

    @Test
    void scalaCellsAreOneNotebookLevelFindingAndLeftOut() throws IOException {
        JobModel model = translate(notebook("sparkkernel", "val df = spark.range(3)", "println(df.count())"));

        assertThat(model.diagnostics()).filteredOn(d -> d.code() == Code.NBM021).singleElement()
                .satisfies(d -> {
                    assertThat(d.location().cell()).isZero();
                    assertThat(d.message()).startsWith("cells 1 and 2 are Scala or R code");
                });
        assertThat(model.diagnostics()).noneMatch(d -> d.code() == Code.NBM219);
        assertThat(model.cells()).extracting(CellRecord::language, CellRecord::leftOut)
                .containsExactly(tuple("scala", "NBM021"), tuple("scala", "NBM021"));
        assertThat(has(model, Code.NBM225)).isTrue();
    }
}
