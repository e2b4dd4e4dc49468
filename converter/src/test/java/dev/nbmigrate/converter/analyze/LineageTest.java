package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.analyze.IoAccess.Direction;
import dev.nbmigrate.converter.analyze.IoAccess.Target;
import dev.nbmigrate.converter.analyze.IoAccess.Via;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Location;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Sources and sinks from the DataFrame API, SQL, the RDD API, ML and pandas. */
class LineageTest {

    private static List<String> rows(Program program) {
        return program.lineage().stream().map(io -> io.direction().label() + " " + io.target().label() + " "
                + io.format() + " " + io.location() + " via " + io.via().label()
                + (io.mode().isEmpty() ? "" : " mode " + io.mode())
                + io.parameter().map(p -> " param " + p).orElse("")
                + (io.detail().isEmpty() ? "" : " [" + io.detail() + "]") + " @" + io.cell() + ":"
                + io.origin().line()).toList();
    }

    @Test
    void builderChainsCarryFormatModeOptionsAndPartitionsToTheTerminalCall() {
        Program program = Notebooks.on(Notebooks.PYSPARK3)
                .code("""
                        SRC = "wasbs://raw@acct.blob.core.windows.net/events/"
                        reader = spark.read.format("json").option("multiLine", "true")
                        events = reader.load(SRC)
                        lookup = spark.read.parquet("/mnt/ref/a/", "/mnt/ref/b/")
                        sites = spark.table("ref.sites")
                        (events.write.mode("append").partitionBy("day", "site")
                            .format("delta").saveAsTable("mart.events"))
                        events.write.insertInto("mart.events_hist", overwrite=True)
                        events.writeTo("cat.db.events_v2").using("iceberg").createOrReplace()
                        events.write.save("/mnt/out/events/", format="orc", mode="overwrite")
                        """)
                .analyze();
        assertThat(rows(program)).containsExactly(
                "read path json wasbs://raw@acct.blob.core.windows.net/events/ via dataframe param SRC @1:3",
                "read path parquet /mnt/ref/a/ via dataframe @1:4",
                "read path parquet /mnt/ref/b/ via dataframe @1:4",
                "read table table ref.sites via dataframe @1:5",
                "write table delta mart.events via dataframe mode append [partitioned by day, site] @1:7",
                "write table table mart.events_hist via dataframe mode overwrite "
                        + "[insertInto matches columns by position] @1:8",
                "write table iceberg cat.db.events_v2 via dataframe mode create-or-replace @1:9",
                "write path orc /mnt/out/events/ via dataframe mode overwrite @1:10");
    }

    @Test
    void sqlCellsAndSqlStringsWithTheirTables() {
        Program program = Notebooks.on(Notebooks.PYSPARK3)
                .code("""
                        MONTH = "2024-02"
                        staged = spark.table("raw.prices")
                        staged.createOrReplaceTempView("prices_stage")
                        spark.sql(\"\"\"INSERT OVERWRITE TABLE mart.prices PARTITION (month='{0}')
                                     SELECT * FROM prices_stage WHERE month = '{0}'\"\"\".format(MONTH))
                        """)
                .code("""
                        %%sql
                        CREATE EXTERNAL TABLE IF NOT EXISTS mart.suppliers (id STRING)
                        STORED AS PARQUET
                        LOCATION 'wasbs://ref@acct.blob.core.windows.net/suppliers/'
                        """)
                .code("%%sql\nINSERT INTO mart.audit SELECT id FROM mart.suppliers JOIN prices_stage USING (id)")
                .analyze();
        assertThat(rows(program)).containsExactly(
                "read table table raw.prices via dataframe @1:2",
                "write table table mart.prices via sql mode insert-overwrite [partition (month='2024-02')] @1:4",
                "write table parquet mart.suppliers via sql mode create-external-table "
                        + "[location wasbs://ref@acct.blob.core.windows.net/suppliers/] @2:2",
                "read table table mart.suppliers via sql @3:2",
                "write table table mart.audit via sql mode insert-into @3:2");
        SqlUse fromPython = program.sqlFor(Trees.calls(program, 1, "sql").get(0)).orElseThrow();
        assertThat(fromPython.complete()).isTrue();
        assertThat(fromPython.text()).contains("PARTITION (month='2024-02')");
    }

    @Test
    void sqlBuiltFromRunTimeValuesKeepsThemAsPlaceholders() {
        Program program = Notebooks.on(Notebooks.DATABRICKS)
                .code("""
                        dbutils.widgets.text("table", "mart.sales")
                        table = dbutils.widgets.get("table")
                        day = dbutils.widgets.get("day")
                        df = spark.sql(f"SELECT * FROM {table} WHERE day = '{day}'")
                        """)
                .analyze();
        SqlUse use = program.sql().get(0);
        assertThat(use.runtimeParts()).containsExactly("table", "day");
        assertThat(use.text()).isEqualTo("SELECT * FROM {table} WHERE day = '{day}'");
        assertThat(rows(program)).containsExactly("read table table {table} via sql @1:4");
        assertThat(program.diagnostics()).filteredOn(d -> d.code() == Code.NBM311).extracting(Diagnostic::message)
                .containsExactly("the SQL text is built at run time from table, day");
    }

    @Test
    void readsInsideHelperFunctionsAreAttributedToEachCall() {
        Program program = Notebooks.on(Notebooks.PYSPARK3)
                .code("""
                        def read_csv(path, schema=None):
                            reader = spark.read.option("header", "true")
                            if schema is not None:
                                reader = reader.schema(schema)
                            return reader.csv(path)

                        def lake(container, path):
                            return "wasbs://{0}@acct.blob.core.windows.net/{1}".format(container, path.lstrip("/"))
                        """)
                .code("items = read_csv(lake('menu', '/items/'))\nsites = read_csv('/mnt/ref/sites.csv')")
                .analyze();
        assertThat(rows(program)).containsExactly(
                "read path csv wasbs://menu@acct.blob.core.windows.net/items/ via dataframe [in read_csv()] @2:1",
                "read path csv /mnt/ref/sites.csv via dataframe [in read_csv()] @2:2");
        assertThat(program.typeOf(Trees.assigned(program, 2, "items")).display()).isEqualTo("DataFrame");
        assertThat(program.lineage().get(0).node()).containsSame(Trees.assigned(program, 2, "items"));
        var readCsv = (dev.nbmigrate.converter.parse.python.ast.PyStmt.FunctionDef) program.cell(1).module()
                .orElseThrow().body().get(0);
        assertThat(program.parameterType(readCsv.args().args().get(0)).display()).isEqualTo("str");
        assertThat(program.parameterType(readCsv.args().args().get(1)).display()).isEqualTo("None");
    }

    @Test
    void jdbcRddMlAndPandasAccesses() {
        Program program = Notebooks.on(Notebooks.PYSPARK3)
                .code("""
                        import pandas as pd
                        from pyspark.ml import PipelineModel
                        orders = (spark.read.format("jdbc")
                                  .option("url", "jdbc:sqlserver://db.example.net:1433;database=shop")
                                  .option("dbtable", "dbo.orders").load())
                        lines = sc.textFile("wasb://logs@acct.blob.core.windows.net/2024/")
                        model = PipelineModel.load("/mnt/models/churn")
                        model.write().overwrite().save("/mnt/models/churn_v2")
                        ref = pd.read_csv("/dbfs/ref/codes.csv")
                        ref.to_parquet("/dbfs/ref/codes.parquet")
                        """)
                .analyze();
        assertThat(rows(program)).containsExactly(
                "read jdbc jdbc jdbc:sqlserver://db.example.net:1433;database=shop via dataframe [table dbo.orders] @1:5",
                "read path text wasb://logs@acct.blob.core.windows.net/2024/ via rdd @1:6",
                "read path ml-model /mnt/models/churn via ml @1:7",
                "write path ml-model /mnt/models/churn_v2 via ml mode overwrite @1:8",
                "read path csv /dbfs/ref/codes.csv via pandas @1:9",
                "write path parquet /dbfs/ref/codes.parquet via pandas @1:10");
        assertThat(program.sources()).hasSize(4);
        assertThat(program.sinks()).hasSize(2);
    }

    @Test
    void locationsNeverCarryPasswordsOrSasTokens() {
        Program program = Notebooks.on(Notebooks.PYSPARK3)
                .code("""
                        df = spark.read.jdbc("jdbc:postgresql://db:5432/shop?user=etl&password=Sup3rS3cret!", "orders")
                        logs = spark.read.text("https://acct.blob.core.windows.net/logs/a.txt?sv=2022-11-02&ss=b&srt=o&sp=r&se=2025-01-01T00:00:00Z&sig=AbCdEf0123456789abcdef%3D")
                        """)
                .analyze();
        assertThat(program.lineage()).extracting(IoAccess::location).containsExactly(
                "jdbc:postgresql://db:5432/shop?user=etl&password=****",
                "https://acct.blob.core.windows.net/logs/a.txt?<SAS token removed>");
        assertThat(program.lineage()).extracting(IoAccess::target, IoAccess::via)
                .containsExactly(tuple(Target.JDBC, Via.DATAFRAME), tuple(Target.PATH, Via.DATAFRAME));
        assertThat(program.lineage().get(0)).satisfies(io -> {
            assertThat(io.direction()).isEqualTo(Direction.SOURCE);
            assertThat(io.detail()).isEqualTo("table orders");
            assertThat(io.origin()).isEqualTo(new Location("test.ipynb", 1, 1, 17));
            assertThat(io.parameter()).isEqualTo(Optional.empty());
        });
    }
}
