package dev.nbmigrate.converter.translate.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.diag.Severity;
import dev.nbmigrate.converter.parse.SourceRef;
import dev.nbmigrate.converter.parse.sql.SqlSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hive SQL of the legacy notebooks (and its variants) in, the Spark SQL and findings expected out. */
class HiveSqlRewriterTest {

    private final HiveSqlRewriter rewriter = new HiveSqlRewriter(SqlSettings.LEGACY);

    private static List<Code> codes(Rewrite rewrite) {
        return rewrite.findings().stream().map(Finding::code).toList();
    }

    private void assertUnchanged(String sql) {
        Rewrite rewrite = rewriter.rewrite(sql);
        assertThat(rewrite.sql()).isEqualTo(sql);
        assertThat(rewrite.findings()).isEmpty();
    }

    @Test
    void managedParquetTableOfDailyCoversSales() {
        Rewrite rewrite = rewriter.rewrite("""
                CREATE TABLE IF NOT EXISTS foodops.dim_site (
                    site_id STRING,
                    seats INT,
                    opened_date DATE
                )
                STORED AS PARQUET""");
        assertThat(rewrite.sql()).isEqualTo("""
                CREATE TABLE IF NOT EXISTS foodops.dim_site (
                    site_id STRING,
                    seats INT,
                    opened_date DATE
                )
                USING parquet""");
        assertThat(rewrite.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(Code.NBM260);
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.message()).isEqualTo("Hive table foodops.dim_site (STORED AS PARQUET) rewritten to "
                    + "USING parquet");
            assertThat(finding.line()).isEqualTo(1);
            assertThat(finding.column()).isEqualTo(1);
        });
        assertThat(rewrite.locations()).isEmpty();
    }

    @Test
    void externalPartitionedParquetTableKeepsItsLocationAndReportsIt() {
        String uri = "wasbs://curated@contosofoodlake.blob.core.windows.net/sales/daily_site_sales/";
        Rewrite rewrite = rewriter.rewrite("""
                CREATE EXTERNAL TABLE IF NOT EXISTS foodops.daily_site_sales (
                    site_id STRING,
                    -- per cover
                    discount_pct DOUBLE
                )
                PARTITIONED BY (business_date STRING)
                STORED AS PARQUET
                LOCATION '%s'""".formatted(uri));
        assertThat(rewrite.sql()).isEqualTo("""
                CREATE TABLE IF NOT EXISTS foodops.daily_site_sales (
                    site_id STRING,
                    -- per cover
                    discount_pct DOUBLE,
                    business_date STRING
                )
                USING parquet OPTIONS (partitionOverwriteMode 'dynamic')
                PARTITIONED BY (business_date)
                LOCATION '%s'""".formatted(uri));
        assertThat(codes(rewrite)).containsExactly(Code.NBM260);
        assertThat(rewrite.findings().get(0).message()).contains("partition column business_date moved to the end",
                "partitionOverwriteMode 'dynamic'");
        StorageLocation location = rewrite.locations().get(0);
        assertThat(rewrite.locations()).hasSize(1);
        assertThat(location.uri()).isEqualTo(uri);
        assertThat(rewrite.sql().substring(location.start(), location.end())).isEqualTo("'" + uri + "'");
    }

    @Test
    void delimitedTextTableWithHeaderBecomesCsv() {
        Rewrite rewrite = rewriter.rewrite("""
                CREATE EXTERNAL TABLE IF NOT EXISTS foodops.dim_supplier (
                    supplier_id STRING,
                    is_active STRING
                )
                ROW FORMAT DELIMITED FIELDS TERMINATED BY ','
                STORED AS TEXTFILE
                LOCATION 'wasbs://suppliers@contosofoodlake.blob.core.windows.net/reference/suppliers/'
                TBLPROPERTIES ('skip.header.line.count'='1')""");
        assertThat(rewrite.sql()).isEqualTo("""
                CREATE TABLE IF NOT EXISTS foodops.dim_supplier (
                    supplier_id STRING,
                    is_active STRING
                )
                USING csv OPTIONS (sep ',', quote '', nullValue '\\\\N', header 'true')
                LOCATION 'wasbs://suppliers@contosofoodlake.blob.core.windows.net/reference/suppliers/'""");
        assertThat(rewrite.findings()).singleElement().satisfies(finding -> assertThat(finding.message())
                .isEqualTo("Hive table foodops.dim_supplier (ROW FORMAT DELIMITED, STORED AS TEXTFILE) rewritten to "
                        + "USING csv: Hive's delimited text is read and written as CSV without quoting, '\\N' standing "
                        + "for NULL; unlike Hive, empty fields read as NULL and empty strings written as \"\", "
                        + "values holding the separator between NUL characters"));
        assertThat(rewrite.locations()).extracting(StorageLocation::uri)
                .containsExactly("wasbs://suppliers@contosofoodlake.blob.core.windows.net/reference/suppliers/");
    }

    @Test
    void indentedOrcTableOfThePython2NotebookKeepsItsIndent() {
        Rewrite rewrite = rewriter.rewrite("""

                    CREATE TABLE IF NOT EXISTS foodops.legacy_monthly_covers (
                        site_id STRING,
                        spend_per_cover DOUBLE
                    )
                    STORED AS ORC
                """);
        assertThat(rewrite.sql()).isEqualTo("""

                    CREATE TABLE IF NOT EXISTS foodops.legacy_monthly_covers (
                        site_id STRING,
                        spend_per_cover DOUBLE
                    )
                    USING orc
                """);
        assertThat(rewrite.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.line()).isEqualTo(2);
            assertThat(finding.column()).isEqualTo(5);
            assertThat(finding.toDiagnostic(SourceRef.ofCell("monthly.ipynb", 4).shiftedBy(10)))
                    .isEqualTo(new Diagnostic(Code.NBM260, Severity.WARNING, new Location("monthly.ipynb", 4, 12, 5),
                            finding.message(), Code.NBM260.suggestion()));
        });
    }

    @Test
    void singleLineTableWithCommentsTypesAndFormatProperties() {
        Rewrite rewrite = rewriter.rewrite("create external table t (a int, b string) partitioned by (dt string "
                + "comment 'day', hr int) stored as orc location '/data/t' "
                + "tblproperties ('orc.compress'='ZLIB', 'creator'='etl', 'EXTERNAL'='TRUE')");
        assertThat(rewrite.sql()).isEqualTo("create table t (a int, b string, dt string comment 'day', hr int) "
                + "USING orc OPTIONS ('orc.compress' 'ZLIB', partitionOverwriteMode 'dynamic') partitioned by (dt, hr) "
                + "location '/data/t' tblproperties ('creator'='etl')");
        assertThat(codes(rewrite)).containsExactly(Code.NBM260);
        assertThat(rewrite.findings().get(0).message()).contains("partition columns dt, hr moved");
    }

    @Test
    void hiveCtasGetsAProvider() {
        Rewrite rewrite = rewriter.rewrite("CREATE TABLE t STORED AS PARQUET AS SELECT 1 AS a");
        assertThat(rewrite.sql()).isEqualTo("CREATE TABLE t USING parquet AS SELECT 1 AS a");
        assertThat(codes(rewrite)).containsExactly(Code.NBM260);
    }

    @Test
    void tablesWithoutFormatBecomeParquetWhenManagedAndHiveTextAtALocation() {
        Rewrite managed = rewriter.rewrite("CREATE TABLE t (a INT)");
        assertThat(managed.sql()).isEqualTo("CREATE TABLE t (a INT) USING parquet");
        assertThat(managed.findings().get(0).message()).contains("no format given: Hive made a text table");
        assertThat(rewriter.rewrite("CREATE TABLE t AS SELECT 1 AS a").sql())
                .isEqualTo("CREATE TABLE t USING parquet AS SELECT 1 AS a");
        Rewrite external = rewriter.rewrite("CREATE EXTERNAL TABLE t (a INT) LOCATION '/x'");
        assertThat(external.sql()).isEqualTo(
                "CREATE TABLE t (a INT) USING csv OPTIONS (sep '\\u0001', quote '', nullValue '\\\\N') LOCATION '/x'");
        assertThat(external.findings().get(0).message()).contains("Hive's default format, text with \\u0001");
    }

    @Test
    void delimitersNullFormatAndEscapeOfRowFormatDelimited() {
        String sql = "CREATE TABLE t (a STRING, b INT) ROW FORMAT DELIMITED "
                + "FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' NULL DEFINED AS '' "
                + "LOCATION '/x' TBLPROPERTIES ('skip.header.line.count'='2', 'skip.footer.line.count'='1')";
        Rewrite rewrite = rewriter.rewrite(sql);
        assertThat(rewrite.sql()).isEqualTo("CREATE TABLE t (a STRING, b INT) USING csv OPTIONS (sep '\\t', quote '', "
                + "escape '\\\\', nullValue '') LOCATION '/x'");
        assertThat(codes(rewrite)).containsExactly(Code.NBM263, Code.NBM263, Code.NBM260);
        assertThat(rewrite.findings().get(0).message()).contains("'skip.header.line.count'='2'");
        assertThat(rewrite.findings()).extracting(Finding::column).containsExactly(
                sql.indexOf("'skip.header") + 1, sql.indexOf("'skip.footer") + 1, 1);
    }

    @Test
    void serdeTablesMapToTheirDataSources() {
        assertThat(rewriter.rewrite("CREATE TABLE t (a STRING) ROW FORMAT SERDE "
                + "'org.apache.hadoop.hive.serde2.OpenCSVSerde' WITH SERDEPROPERTIES ('separatorChar'=';', "
                + "'quoteChar'='\"') STORED AS TEXTFILE LOCATION '/x'").sql())
                .isEqualTo("CREATE TABLE t (a STRING) USING csv OPTIONS (sep ';') LOCATION '/x'");
        assertThat(rewriter.rewrite("CREATE TABLE t (a STRING) ROW FORMAT SERDE "
                + "'org.apache.hive.hcatalog.data.JsonSerDe' LOCATION '/x'").sql())
                .isEqualTo("CREATE TABLE t (a STRING) USING json LOCATION '/x'");
        assertThat(rewriter.rewrite("CREATE TABLE t (a STRING) ROW FORMAT SERDE "
                + "'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe' STORED AS INPUTFORMAT "
                + "'org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat' OUTPUTFORMAT "
                + "'org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat'").sql())
                .isEqualTo("CREATE TABLE t (a STRING) USING parquet");
    }

    @Test
    void formatsWithoutDataSourceAreNotTranslated() {
        for (String sql : List.of("CREATE TABLE t (a INT) STORED AS SEQUENCEFILE",
                "CREATE TABLE t (a INT) ROW FORMAT SERDE 'org.apache.hadoop.hive.serde2.RegexSerDe' LOCATION '/x'",
                "CREATE TABLE t (a INT) STORED BY 'org.apache.hadoop.hive.hbase.HBaseStorageHandler'",
                "CREATE TABLE t (a INT) STORED AS ORC TBLPROPERTIES ('transactional'='true')",
                "CREATE TABLE t (a INT) USING hive")) {
            Rewrite rewrite = rewriter.rewrite(sql);
            assertThat(rewrite.sql()).as(sql).isEmpty();
            assertThat(rewrite.isEmpty()).isTrue();
            assertThat(codes(rewrite)).as(sql).containsExactly(Code.NBM262);
            assertThat(rewrite.findings().get(0).severity()).isEqualTo(Severity.ERROR);
        }
    }

    @Test
    void hiveSettingsAreDroppedAndSparkSettingsKept() {
        Rewrite rewrite = rewriter.rewrite("SET hive.exec.dynamic.partition.mode=nonstrict");
        assertThat(rewrite.sql()).isEmpty();
        assertThat(rewrite.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(Code.NBM261);
            assertThat(finding.severity()).isEqualTo(Severity.INFO);
            assertThat(finding.message()).startsWith("SET hive.exec.dynamic.partition.mode dropped");
        });
        assertThat(codes(rewriter.rewrite("SET mapreduce.job.reduces=4"))).containsExactly(Code.NBM261);
        assertThat(codes(rewriter.rewrite("SET spark.sql.hive.convertMetastoreParquet=true")))
                .containsExactly(Code.NBM261);
        assertUnchanged("SET spark.sql.shuffle.partitions=48");
        assertUnchanged("SET hivevar:run_date=2024-01-31");
        assertUnchanged("SET");
    }

    @Test
    void cellWithSeveralStatementsLosesOnlyTheHiveOnesAndKeepsComments() {
        Rewrite rewrite = rewriter.rewrite("""
                SET hive.exec.dynamic.partition=true;
                SET hive.exec.dynamic.partition.mode=nonstrict;
                -- reload the month
                INSERT OVERWRITE TABLE sales PARTITION (dt) SELECT a, dt FROM staged;
                ADD JAR wasbs://libs@acct.blob.core.windows.net/serde.jar;
                SELECT COUNT(*) FROM sales""");
        assertThat(rewrite.sql()).isEqualTo("""
                -- reload the month
                INSERT OVERWRITE TABLE sales PARTITION (dt) SELECT a, dt FROM staged;
                SELECT COUNT(*) FROM sales""");
        assertThat(codes(rewrite)).containsExactly(Code.NBM261, Code.NBM261, Code.NBM264, Code.NBM262);
        assertThat(rewrite.findings()).extracting(Finding::line).containsExactly(1, 2, 4, 5);
    }

    @Test
    void insertOverwriteIntoATableCreatedByTheSameRewriterIsNotReported() {
        rewriter.rewrite("CREATE TABLE foodops.prices (a STRING) PARTITIONED BY (price_month STRING) STORED AS PARQUET");
        assertUnchanged("INSERT OVERWRITE TABLE foodops.prices PARTITION (price_month)\nSELECT a, price_month FROM s");
        assertThat(codes(rewriter.rewrite("INSERT OVERWRITE TABLE foodops.other PARTITION (m) SELECT a, m FROM s")))
                .containsExactly(Code.NBM264);
        assertUnchanged("INSERT OVERWRITE TABLE foodops.other PARTITION (m='2024-01') SELECT a FROM s");
        assertUnchanged("INSERT OVERWRITE TABLE foodops.legacy SELECT * FROM s");
    }

    @Test
    void loadDataAndSerdeChangesAreNotTranslated() {
        Rewrite load = rewriter.rewrite("LOAD DATA INPATH 'wasbs://x@y/in/' OVERWRITE INTO TABLE foodops.t");
        assertThat(load.sql()).isEmpty();
        assertThat(codes(load)).containsExactly(Code.NBM262);
        assertThat(load.findings().get(0).message()).startsWith("LOAD DATA into foodops.t");
        assertThat(codes(rewriter.rewrite("ALTER TABLE t SET SERDEPROPERTIES ('field.delim'=';')")))
                .containsExactly(Code.NBM262);
        assertThat(codes(rewriter.rewrite("INSERT OVERWRITE DIRECTORY '/out' STORED AS ORC SELECT 1")))
                .containsExactly(Code.NBM262);
        assertUnchanged("INSERT OVERWRITE DIRECTORY '/out' USING parquet SELECT 1");
    }

    @Test
    void sparkSqlPassesUnchanged() {
        assertUnchanged("SELECT business_date, COUNT(*) FROM foodops.daily_site_sales WHERE x = 'STORED AS ORC' "
                + "GROUP BY business_date");
        assertUnchanged("CREATE TABLE t (a INT, p STRING) USING parquet PARTITIONED BY (p) LOCATION '/x'");
        assertUnchanged("CREATE TABLE t USING orc AS SELECT 1 AS a");
        assertUnchanged("MSCK REPAIR TABLE foodops.daily_site_sales");
        assertUnchanged("REPAIR TABLE foodops.daily_site_sales");
        assertUnchanged("CREATE DATABASE IF NOT EXISTS foodops");
        assertUnchanged("CREATE OR REPLACE TEMPORARY VIEW v AS SELECT * FROM t");
        assertUnchanged("DROP TABLE IF EXISTS foodops.t");
    }

    @Test
    void locationsOfDatabasesAndPartitionsAreReported() {
        String sql = "CREATE DATABASE IF NOT EXISTS foodops LOCATION 'abfss://lake@acct.dfs.core.windows.net/db';\n"
                + "ALTER TABLE foodops.t ADD PARTITION (dt='2024-01-01') LOCATION 'wasbs://c@a.blob.core.windows.net/"
                + "t/dt=2024-01-01'";
        Rewrite rewrite = rewriter.rewrite(sql);
        assertThat(rewrite.sql()).isEqualTo(sql);
        assertThat(rewrite.findings()).isEmpty();
        assertThat(rewrite.locations()).extracting(StorageLocation::uri).containsExactly(
                "abfss://lake@acct.dfs.core.windows.net/db", "wasbs://c@a.blob.core.windows.net/t/dt=2024-01-01");
        for (StorageLocation location : rewrite.locations()) {
            assertThat(sql.substring(location.start(), location.end())).isEqualTo("'" + location.uri() + "'");
        }
    }

    @Test
    void locationRangesPointIntoTheRewrittenText() {
        Rewrite rewrite = rewriter.rewrite("SET hive.exec.compress.output=true;\n"
                + "CREATE EXTERNAL TABLE t (a INT) PARTITIONED BY (p INT) STORED AS PARQUET LOCATION '/d/t'");
        assertThat(rewrite.sql()).isEqualTo("CREATE TABLE t (a INT, p INT) USING parquet OPTIONS "
                + "(partitionOverwriteMode 'dynamic') PARTITIONED BY (p) LOCATION '/d/t'");
        StorageLocation location = rewrite.locations().get(0);
        assertThat(rewrite.sql().substring(location.start(), location.end())).isEqualTo("'/d/t'");
        assertThat(rewrite.findings()).extracting(Finding::line).containsExactly(1, 2);
    }

    @Test
    void statementsSparkCannotParseAreKeptAndReported() {
        String sql = "CREATE TABLE ${db}.t (a INT) STORED AS ORC";
        Rewrite rewrite = rewriter.rewrite(sql);
        assertThat(rewrite.sql()).isEqualTo(sql);
        assertThat(codes(rewrite)).containsExactly(Code.NBM265);
        assertThat(rewrite.findings().get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void sameInputGivesTheSameOutput() {
        String sql = "CREATE EXTERNAL TABLE t (a INT) PARTITIONED BY (p INT) ROW FORMAT DELIMITED FIELDS TERMINATED "
                + "BY '|' STORED AS TEXTFILE LOCATION '/d/t' TBLPROPERTIES ('skip.header.line.count'='1', 'k'='v')";
        Rewrite first = new HiveSqlRewriter(SqlSettings.ANSI).rewrite(sql);
        Rewrite second = new HiveSqlRewriter(SqlSettings.ANSI).rewrite(sql);
        assertThat(first).isEqualTo(second);
        assertThat(first.sql()).isEqualTo("CREATE TABLE t (a INT, p INT) USING csv OPTIONS (sep '|', quote '', "
                + "nullValue '\\\\N', header 'true', partitionOverwriteMode 'dynamic') PARTITIONED BY (p) "
                + "LOCATION '/d/t' TBLPROPERTIES ('k'='v')");
    }
}
