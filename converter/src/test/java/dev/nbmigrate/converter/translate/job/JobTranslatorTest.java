package dev.nbmigrate.converter.translate.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.model.CellRecord;
import dev.nbmigrate.converter.model.ConfigField;
import dev.nbmigrate.converter.model.JobModel;
import dev.nbmigrate.converter.model.JobSection;
import dev.nbmigrate.converter.model.Target;
import dev.nbmigrate.converter.testing.TestNotebooks;

/** Notebooks in, job models out: sections and the values between them, config, secrets, paths, SQL, gaps. */
class JobTranslatorTest {


    @TempDir
    Path dir;

    private Path notebook(String name, String... cells) {
        return TestNotebooks.pyspark3(dir.resolve(name), cells);
    }

    private static JobModel translate(Path notebook) throws IOException {
        return new JobTranslator().translate(notebook, Target.DBR_17_3);
    }

    @Test
    void parametersBecomeConfigFieldsAndTheCodeReadsThem() throws IOException {
        JobModel model = translate(notebook("daily_sales.ipynb",
                "md:# Daily sales",
                "params:RUN_DATE = \"2024-01-31\"\nMIN_COVERS = 1",
                "df = spark.range(10).filter(F.col(\"id\") >= MIN_COVERS)\nprint(RUN_DATE)",
                "from pyspark.sql import functions as F"));
        assertThat(model.names().jobClass()).isEqualTo("DailySalesJob");
        assertThat(model.title()).isEqualTo("Daily sales");
        assertThat(model.config()).extracting(ConfigField::name, ConfigField::javaType, ConfigField::defaultValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("runDate", "String", "2024-01-31"),
                        org.assertj.core.groups.Tuple.tuple("minCovers", "long", "1"));
        assertThat(model.config().get(0).constraints()).anyMatch(c -> c.startsWith("@Pattern"));
        String body = model.sections().get(0).body();
        assertThat(body).doesNotContain("2024-01-31").contains("LOG.info(\"{}\", config.runDate());");
        assertThat(model.fields()).anyMatch(f -> f.contains("Logger LOG"));
    }

    @Test
    void headingsMakeSectionsAndValuesFlowBetweenThem() throws IOException {
        JobModel model = translate(notebook("flow.ipynb",
                "from pyspark.sql import functions as F",
                "md:## Load",
                "raw = spark.read.parquet(\"wasbs://raw@acct.blob.core.windows.net/in/\")",
                "md:## Clean",
                "clean = raw.filter(F.col(\"id\") > 1)",
                "md:## Save",
                "clean.write.mode(\"overwrite\").parquet(\"wasbs://curated@acct.blob.core.windows.net/out/\")"));
        List<JobSection> sections = model.sections();
        assertThat(sections).extracting(JobSection::methodName).containsExactly("load", "clean", "save");
        assertThat(sections.get(0).returnName()).isEqualTo("raw");
        assertThat(sections.get(0).returnType()).isEqualTo("Dataset<Row>");
        assertThat(sections.get(1).parameters()).containsExactly(new JobSection.Parameter("Dataset<Row>", "raw"));
        assertThat(sections.get(1).returnName()).isEqualTo("clean");
        assertThat(sections.get(2).returnsValue()).isFalse();
        assertThat(sections.get(2).body()).contains(
                ".parquet(ctx.path(\"wasbs://curated@acct.blob.core.windows.net/out/\"))");
        assertThat(sections.get(0).body()).startsWith("SparkSession spark = ctx.spark();\n// cell 3\n");
    }

    @Test
    void aSectionHandingOnTwoValuesIsMergedWithTheNext() throws IOException {
        JobModel model = translate(notebook("merge.ipynb",
                "md:## One",
                "a = spark.range(3)\nb = spark.range(4)",
                "md:## Two",
                "c = a.union(b)\nc.count()"));
        assertThat(model.sections()).hasSize(1);
        assertThat(model.sections().get(0).cells()).containsExactly(2, 4);
    }

    @Test
    void constantsBecomeStaticFinalFields() throws IOException {
        JobModel model = translate(notebook("consts.ipynb",
                "from pyspark.sql.types import StructType, StructField, StringType\n"
                        + "schema = StructType([StructField(\"id\", StringType(), True)])\n"
                        + "suffix = \"_v2\"",
                "df = spark.createDataFrame([(\"a\",)], schema)\nname = \"t\" + suffix"));
        assertThat(model.fields()).anyMatch(f -> f.startsWith("private static final StructType SCHEMA = "))
                .anyMatch(f -> f.equals("private static final String SUFFIX = \"_v2\";"))
                .anyMatch(f -> f.equals("private static final String NAME = \"t\" + SUFFIX;"));
        assertThat(model.sections().get(0).body()).contains(", SCHEMA)").doesNotContain("StructType schema");
    }

    @Test
    void aHardCodedSecretBecomesASecretReferenceAndNeverAppears() throws IOException {
        String key = "Zm9vYmFyYmF6cXV4cXV1eGZvb2JhcmJhenF1eHF1dXhmb29iYXJiYXpxdXg=";
        JobModel model = translate(notebook("secret.ipynb",
                "spark.conf.set(\"fs.azure.account.key.acct.blob.core.windows.net\", \"" + key + "\")"));
        assertThat(model.config()).singleElement().satisfies(field -> {
            assertThat(field.javaType()).isEqualTo("Secret");
            assertThat(field.secretKey()).isNotBlank();
        });
        ConfigField secret = model.config().get(0);
        assertThat(model.sections().get(0).body()).contains("config." + secret.name() + "().value()")
                .doesNotContain(key);
        assertThat(model.toString()).doesNotContain(key);
    }

    @Test
    void sqlCellsRunThroughSparkSqlWithLocationsResolved() throws IOException {
        JobModel model = translate(notebook("sql.ipynb",
                "%%sql\nCREATE TABLE IF NOT EXISTS t (a INT) USING parquet\n"
                        + "LOCATION 'wasbs://curated@acct.blob.core.windows.net/t/'",
                "%%sql\nSELECT * FROM t WHERE a LIKE '1%'"));
        String body = model.sections().get(0).body();
        assertThat(body).contains("spark.sql(\"\"\"\n    CREATE TABLE IF NOT EXISTS t (a INT) USING parquet\n"
                + "    LOCATION '%s'\n    \"\"\".formatted(ctx.path(\"wasbs://curated@acct.blob.core.windows.net/t/\")));");
        assertThat(body).contains("ctx.inspect().show(spark.sql(\"SELECT * FROM t WHERE a LIKE '1%'\"));");
        assertThat(model.diagnostics()).anyMatch(d -> d.code() == Code.NBM221);
    }

    @Test
    void whatCannotBeTranslatedBecomesAFailingTodoAndTheRestGoesOn() throws IOException {
        JobModel model = translate(notebook("gap.ipynb",
                "rows = sc.parallelize([1, 2]).toDebugString()",
                "df = spark.range(2)"));
        String body = model.sections().get(0).body();
        assertThat(body).containsPattern("// TODO\\(NBM2\\d\\d\\): .*\n")
                .containsPattern("NotTranslated.fail\\(\"NBM2\\d\\d\", \"gap.ipynb cell 1, line 1\", ")
                .contains("//   rows = sc.parallelize([1, 2]).toDebugString()")
                .contains("Dataset<Row> df = spark.range(2)");
        assertThat(model.diagnostics()).anyMatch(d -> d.location().cell() == 1
                && d.severity() == dev.nbmigrate.converter.diag.Severity.ERROR);
    }

    @Test
    void hiveSqlInAPythonStringIsRewrittenAsInASqlCell() throws IOException {
        JobModel model = translate(notebook("hive.ipynb",
                "spark.sql(\"SET hive.exec.dynamic.partition.mode=nonstrict\")",
                "spark.sql(\"CREATE TABLE IF NOT EXISTS t (a INT) STORED AS PARQUET\")",
                "spark.sql('CREATE DATABASE IF NOT EXISTS foodops')\nrows = spark.sql('SELECT a FROM t')"));
        String body = model.sections().get(0).body();
        assertThat(body)
                .contains("// left out: SET hive.exec.dynamic.partition.mode=nonstrict (Hive-only, see MIGRATION.md)")
                .contains("spark.sql(\"CREATE TABLE IF NOT EXISTS t (a INT) USING parquet\");")
                .contains("spark.sql(\"CREATE DATABASE IF NOT EXISTS foodops\");")
                .contains("Dataset<Row> rows = spark.sql(\"SELECT a FROM t\");")
                .doesNotContain("STORED AS PARQUET\")").doesNotContain("spark.sql(\"SET ");
        assertThat(model.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo(Code.NBM260);
            assertThat(d.location().cell()).isEqualTo(2);
        }).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo(Code.NBM261);
            assertThat(d.location().cell()).isEqualTo(1);
        });
        assertThat(model.cells()).extracting(CellRecord::placeholder).containsOnly(false);
    }

    @Test
    void sessionBoilerplateBecomesTheJobsSessionWithSettingsReportedNotErrors() throws IOException {
        JobModel model = translate(notebook("session.ipynb",
                "import findspark\nfindspark.init()\nfrom pyspark import SparkConf, SparkContext\n"
                        + "from pyspark.sql import SparkSession, SQLContext, HiveContext",
                "conf = SparkConf().setAppName('x').setMaster('local[2]').set('spark.executor.memory', '2g')\n"
                        + "sc = SparkContext(conf=conf)\nsc.setLogLevel('WARN')\nsqlContext = SQLContext(sc)\n"
                        + "hive = HiveContext(sc)",
                "session = SparkSession.builder.appName('x').config('spark.sql.shuffle.partitions', '4')"
                        + ".config('spark.jars.packages', 'a:b:1').enableHiveSupport().getOrCreate()\n"
                        + "ctx2 = session.sparkContext\nsc3 = SparkContext.getOrCreate()",
                "df = hive.sql('select 1 as a').union(session.table('t'))\nprint(ctx2.applicationId)\n"
                        + "session.stop()\nsc.stop()"));
        String body = model.sections().get(0).body();
        assertThat(body).doesNotContain("NotTranslated")
                .contains("Dataset<Row> df = spark.sql(\"select 1 as a\").union(spark.table(\"t\"));")
                .contains("spark.sparkContext().setLogLevel(\"WARN\");")
                .contains("spark.sparkContext().applicationId()")
                .doesNotContain(".stop()");
        assertThat(model.diagnostics()).noneMatch(d -> d.severity() == dev.nbmigrate.converter.diag.Severity.ERROR);
        assertThat(model.diagnostics()).filteredOn(d -> d.code() == Code.NBM226)
                .extracting(d -> d.location().cell() + ": " + d.message())
                .containsExactly("2: session settings spark.executor.memory are the cluster's (Spark takes them only"
                        + " when it starts): they are in the spark_conf of the job cluster in databricks.yml",
                        "3: session settings spark.jars.packages are the cluster's (Spark takes them only when it"
                        + " starts): they are in the spark_conf of the job cluster in databricks.yml");
        assertThat(model.sparkConf()).containsEntry("spark.sql.shuffle.partitions", "4")
                .containsEntry("spark.executor.memory", "2g").containsEntry("spark.jars.packages", "a:b:1");
    }

    @Test
    void sqlBuiltByFormattingIsOneTextWithNamedParametersForQueryValues() throws IOException {
        JobModel model = translate(notebook("formatted_sql.ipynb",
                "table = 'sales.daily'\nday = '2024-03-01'\nlimit = 5\n"
                        + "df = spark.sql(f\"SELECT * FROM {table} WHERE day = '{day}' LIMIT {limit}\")\n"
                        + "df.write.saveAsTable('out')\n"
                        + "spark.sql(\"DELETE FROM {} WHERE day = '{}'\".format(table, day))\n"
                        + "spark.sql('''\n  SELECT *\n  FROM %s\n  WHERE pct LIKE '10%%'\n''' % table).show()\n"
                        + "spark.sql(\"\"\"\n  CREATE TABLE t (\n    a INT\n  )\n\"\"\")"));
        String body = String.join("\n", model.sections().stream().map(s -> s.body()).toList());

        assertThat(body).doesNotContain("\" +")
                .contains("spark.sql(\"SELECT * FROM %s WHERE day = :day LIMIT %s\".formatted(config.table(),"
                        + " String.valueOf(LIMIT)), Map.of(\"day\", config.day()))")
                .contains("spark.sql(\"DELETE FROM %s WHERE day = '%s'\".formatted(config.table(), config.day()))")
                .contains("\"\"\"\n    SELECT *\n    FROM %s\n    WHERE pct LIKE '10%%'\n    \"\"\".formatted("
                        + "config.table())");
    }

    @Test
    void sessionClassesImportedByNameAreBoilerplateToo() throws IOException {
        JobModel model = translate(notebook("session2.ipynb",
                "from pyspark.sql import SparkSession\nfrom pyspark import SparkContext\n"
                        + "sc = SparkContext(master = 'local')\nspark = SparkSession(sparkContext=sc)\n"
                        + "df = spark.range(3)\nprint(sc.appName)"));
        assertThat(model.sections().get(0).body()).doesNotContain("NotTranslated")
                .contains("// session: 'sc' is the job's SparkContext (spark.sparkContext())")
                .contains("spark.sparkContext().appName()");
        assertThat(model.diagnostics()).noneMatch(d -> d.severity() == dev.nbmigrate.converter.diag.Severity.ERROR);
    }

    @Test
    void starImportsOfPysparkModulesResolveNamesAsIfImportedOneByOne() throws IOException {
        JobModel model = translate(notebook("star.ipynb",
                "from pyspark.sql.types import *\nfrom pyspark.sql.functions import *\nfrom pyspark.ml.feature import *",
                "schema = StructType([StructField('a', StringType(), True), StructField('n', LongType(), True)])\n"
                        + "df = spark.createDataFrame([('x', 1)], schema)\n"
                        + "out = df.withColumn('u', upper(col('a'))).groupBy('a').agg(sum('n').alias('t'))\n"
                        + "idx = StringIndexer(inputCol='a', outputCol='ai')\nout.write.parquet('/mnt/out/y')",
                "from os.path import *"));
        String body = model.sections().get(0).body();
        assertThat(body).contains("df.withColumn(\"u\", upper(col(\"a\"))).groupBy(\"a\").agg(sum(\"n\").alias(\"t\"))")
                .contains("new StringIndexer().setInputCol(\"a\").setOutputCol(\"ai\")");
        assertThat(model.diagnostics()).filteredOn(d -> d.severity() == dev.nbmigrate.converter.diag.Severity.ERROR)
                .extracting(d -> d.location().cell()).containsExactly(3);
    }

    @Test
    void readerKeywordsBecomeOptionCalls() throws IOException {
        JobModel model = translate(notebook("reader.ipynb",
                "df = spark.read.csv(\"wasbs://raw@acct.blob.core.windows.net/in/\", header=True, inferSchema=True)"));
        assertThat(model.sections().get(0).body()).contains(".option(\"header\", true)")
                .contains(".option(\"inferSchema\", true)")
                .contains(".csv(ctx.path(\"wasbs://raw@acct.blob.core.windows.net/in/\"));");
        assertThat(model.inputs()).singleElement().satisfies(input -> {
            assertThat(input.format()).isEqualTo("csv");
            assertThat(input.location()).isEqualTo("wasbs://raw@acct.blob.core.windows.net/in/");
        });
    }

    @Test
    void runNotebooksAreIncludedInPlace() throws IOException {
        notebook("helpers.ipynb", "BASE = \"wasbs://raw@acct.blob.core.windows.net/\"");
        JobModel model = translate(notebook("main.ipynb", "%run ./helpers.ipynb",
                "df = spark.read.parquet(BASE + \"sales/\")"));
        assertThat(model.sections().get(0).body()).contains("// %run ./helpers.ipynb: its cells follow")
                .contains("ctx.path(");
    }

    @Test
    void anUnreadableNotebookIsAnIOExceptionNamingIt() throws IOException {
        Path broken = dir.resolve("broken.ipynb");
        Files.writeString(broken, "{\"cells\": [", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> translate(broken)).isInstanceOf(IOException.class).hasMessageContaining("broken.ipynb");
    }

    @Test
    void theSameNotebookGivesTheSameModel() throws IOException {
        Path file = notebook("same.ipynb", "md:## A", "x = spark.range(3)", "md:## B", "x.count()");
        assertThat(translate(file)).isEqualTo(translate(file));
    }
}
