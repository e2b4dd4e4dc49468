package dev.nbmigrate.converter.translate.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nbmigrate.converter.conformance.ConformanceSession;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.parse.SourceRef;
import dev.nbmigrate.converter.parse.sql.SqlParser;
import dev.nbmigrate.converter.parse.sql.SqlSettings;
import dev.nbmigrate.converter.parse.sql.SqlStatement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs rewritten Hive SQL of the legacy notebooks on local Spark without Hive support (in-memory catalog), as
 * generated jobs' tests do: the tables are created, filled and read back, and what Hive did is checked against
 * what the data source tables do. Tables live in a database under a temporary folder, dropped after each test.
 */
class HiveSqlExecutionTest {

    private static final String DB = "hivesql_exec";

    private static SparkSession spark;

    @TempDir
    Path dir;

    private final HiveSqlRewriter rewriter = new HiveSqlRewriter(SqlSettings.LEGACY);

    @BeforeAll
    static void session() {
        spark = ConformanceSession.getOrCreate();
    }

    @BeforeEach
    void database() {
        assertThat(spark.conf().get("spark.sql.catalogImplementation")).isEqualTo("in-memory");
        assertThat(spark.conf().get("spark.sql.sources.partitionOverwriteMode")).isEqualToIgnoringCase("static");
        spark.sql("CREATE DATABASE " + DB + " LOCATION " + SqlText.literal(dir.resolve("warehouse").toUri().toString()));
    }

    @AfterEach
    void dropDatabase() {
        spark.sql("DROP DATABASE IF EXISTS " + DB + " CASCADE");
        spark.catalog().dropTempView("stage");
    }

    /** Runs every statement of a rewrite, its LOCATION literals routed to local folders by the rule given. */
    private void run(Rewrite rewrite, Map<String, Path> locations) {
        StringBuilder sql = new StringBuilder(rewrite.sql());
        List<StorageLocation> reversed = new ArrayList<>(rewrite.locations());
        java.util.Collections.reverse(reversed);
        for (StorageLocation location : reversed) {
            Path local = locations.get(location.uri());
            assertThat(local).as("a local folder for " + location.uri()).isNotNull();
            sql.replace(location.start(), location.end(), SqlText.literal(local.toUri().toString()));
        }
        for (SqlStatement statement : new SqlParser(SqlSettings.LEGACY)
                .parse(sql.toString(), SourceRef.ofCell("test", 1), Map.of()).statements()) {
            spark.sql(statement.text());
        }
    }

    private void run(String hiveSql) {
        run(rewriter.rewrite(hiveSql), Map.of());
    }

    private List<String> rows(String query) {
        List<String> out = new ArrayList<>();
        for (Row row : spark.sql(query).collectAsList()) {
            out.add(row.toString());
        }
        return out;
    }

    private String provider(String table) {
        return spark.sql("DESCRIBE TABLE EXTENDED " + table).filter("col_name = 'Provider'")
                .first().getString(1);
    }

    @Test
    void hiveDdlFailsWithoutHiveSupportAndItsRewriteRuns() {
        String ddl = "CREATE TABLE IF NOT EXISTS " + DB + ".dim_site (\n    site_id STRING,\n    seats INT,\n"
                + "    opened_date DATE\n)\nSTORED AS PARQUET";
        assertThatThrownBy(() -> spark.sql(ddl)).hasMessageContaining("CREATE Hive TABLE");

        run(ddl);
        spark.sql("INSERT OVERWRITE TABLE " + DB + ".dim_site VALUES ('S1', 40, DATE'2020-01-02'), ('S2', 12, NULL)");
        assertThat(provider(DB + ".dim_site")).isEqualTo("parquet");
        assertThat(rows("SELECT * FROM " + DB + ".dim_site ORDER BY site_id"))
                .containsExactly("[S1,40,2020-01-02]", "[S2,12,null]");
    }

    @Test
    void externalPartitionedParquetTableFindsItsPartitionsAfterMsckRepair() {
        Path folder = dir.resolve("daily_site_sales");
        spark.sql("SELECT * FROM VALUES ('S1', 10, '2024-03-30'), ('S2', 20, '2024-03-30'), ('S1', 7, '2024-03-31') "
                        + "AS t(site_id, covers, business_date)")
                .write().partitionBy("business_date").parquet(folder.toString());
        String uri = "wasbs://curated@contosofoodlake.blob.core.windows.net/sales/daily_site_sales/";
        Rewrite ddl = rewriter.rewrite("CREATE EXTERNAL TABLE IF NOT EXISTS " + DB + ".daily_site_sales (\n"
                + "    site_id STRING,\n    covers INT\n)\nPARTITIONED BY (business_date STRING)\nSTORED AS PARQUET\n"
                + "LOCATION '" + uri + "'");
        assertThat(ddl.locations()).extracting(StorageLocation::uri).containsExactly(uri);
        run(ddl, Map.of(uri, folder));
        assertThat(rows("SELECT count(*) FROM " + DB + ".daily_site_sales")).containsExactly("[0]");

        Rewrite repair = rewriter.rewrite("MSCK REPAIR TABLE " + DB + ".daily_site_sales");
        assertThat(repair.sql()).isEqualTo("MSCK REPAIR TABLE " + DB + ".daily_site_sales");
        assertThat(repair.findings()).isEmpty();
        run(repair, Map.of());
        assertThat(rows("SELECT business_date, sum(covers), count(*) FROM " + DB + ".daily_site_sales "
                + "GROUP BY business_date ORDER BY business_date"))
                .containsExactly("[2024-03-30,30,2]", "[2024-03-31,7,1]");
        assertThat(rows("SHOW PARTITIONS " + DB + ".daily_site_sales"))
                .containsExactly("[business_date=2024-03-30]", "[business_date=2024-03-31]");
    }

    @Test
    void delimitedTextTableReadsLikeHive() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("suppliers"));
        Files.writeString(folder.resolve("suppliers.csv"), String.join("\n",
                "supplier_id,supplier_name,payment_terms_days,is_active",
                "SUP1,\"Fresh, Ltd\",30,Y",
                "SUP2,Dairy \"Best\",\\N,N",
                "SUP3,Veg Co,sixty,Y",
                "SUP4,,,Y",
                ""), StandardCharsets.UTF_8);
        String uri = "wasbs://suppliers@contosofoodlake.blob.core.windows.net/reference/suppliers/";
        Rewrite ddl = rewriter.rewrite("CREATE EXTERNAL TABLE IF NOT EXISTS " + DB + ".dim_supplier (\n"
                + "    supplier_id STRING,\n    supplier_name STRING,\n    payment_terms_days INT,\n"
                + "    is_active STRING\n)\nROW FORMAT DELIMITED FIELDS TERMINATED BY ','\nSTORED AS TEXTFILE\n"
                + "LOCATION '" + uri + "'\nTBLPROPERTIES ('skip.header.line.count'='1')");
        run(ddl, Map.of(uri, folder));
        // Hive: no quoting (the quoted comma splits the field, the extra field is ignored), \N and bad numbers are NULL.
        assertThat(rows("SELECT * FROM " + DB + ".dim_supplier ORDER BY supplier_id")).containsExactly(
                "[SUP1,\"Fresh,null,30]",
                "[SUP2,Dairy \"Best\",null,N]",
                "[SUP3,Veg Co,null,Y]",
                // unlike Hive, which read an empty string: the finding says so
                "[SUP4,null,null,Y]");
        assertThat(ddl.findings().get(0).message()).contains("empty fields read as NULL");

        // written rows: NULL as \N, no header line; an empty string is written as two quotes
        Path out = Files.createDirectories(dir.resolve("suppliers_out"));
        Rewrite copy = rewriter.rewrite("CREATE EXTERNAL TABLE " + DB + ".supplier_copy (a STRING, b STRING, c INT) "
                + "ROW FORMAT DELIMITED FIELDS TERMINATED BY ',' STORED AS TEXTFILE LOCATION '/out'");
        run(copy, Map.of("/out", out));
        spark.sql("INSERT INTO " + DB + ".supplier_copy VALUES ('x,y', '', NULL), ('q\"r', 's', 1)").count();
        List<String> lines = new ArrayList<>();
        try (var files = Files.list(out)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            }
        }
        // a value holding the separator, which Hive wrote as is (splitting it on read), comes out between NULs
        assertThat(lines).containsExactlyInAnyOrder("\u0000x,y\u0000,\"\",\\N", "q\"r,s,1");
        assertThat(copy.findings().get(0).message()).contains("empty strings written as \"\"");
    }

    private void stage(String values) {
        spark.sql("SELECT * FROM VALUES " + values + " AS t(supplier_id, price, price_month)")
                .createOrReplaceTempView("stage");
    }

    @Test
    void insertOverwriteOfDynamicPartitionsReplacesOnlyThePartitionsWrittenAsInHive() {
        Rewrite ddl = rewriter.rewrite("CREATE TABLE IF NOT EXISTS " + DB + ".prices (\n    supplier_id STRING,\n"
                + "    price DOUBLE\n)\nPARTITIONED BY (price_month STRING)\nSTORED AS PARQUET");
        run(ddl, Map.of());
        stage("('A', 1.0, '2024-01'), ('B', 2.0, '2024-01'), ('A', 3.0, '2024-02')");
        Rewrite load = rewriter.rewrite("SET hive.exec.dynamic.partition.mode=nonstrict;\n"
                + "INSERT OVERWRITE TABLE " + DB + ".prices PARTITION (price_month)\n"
                + "SELECT supplier_id, price, price_month FROM stage");
        assertThat(load.findings()).extracting(Finding::code).containsExactly(Code.NBM261);
        run(load, Map.of());
        stage("('C', 9.0, '2024-02')");
        run(load, Map.of());
        assertThat(rows("SELECT * FROM " + DB + ".prices ORDER BY price_month, supplier_id"))
                .containsExactly("[A,1.0,2024-01]", "[B,2.0,2024-01]", "[C,9.0,2024-02]");

        // the single-partition reload of the notebook: a static partition value
        stage("('D', 5.0, '2024-01')");
        run("INSERT OVERWRITE TABLE " + DB + ".prices PARTITION (price_month='2024-01')\n"
                + "SELECT supplier_id, price FROM stage WHERE price_month = '2024-01'");
        assertThat(rows("SELECT * FROM " + DB + ".prices ORDER BY price_month, supplier_id"))
                .containsExactly("[D,5.0,2024-01]", "[C,9.0,2024-02]");
    }

    @Test
    void withoutTheTableOptionSparkDeletesTheOtherPartitionsSoTheInsertIsReported() {
        spark.sql("CREATE TABLE " + DB + ".other (supplier_id STRING, price DOUBLE, price_month STRING) "
                + "USING parquet PARTITIONED BY (price_month)");
        String insert = "INSERT OVERWRITE TABLE " + DB + ".other PARTITION (price_month)\n"
                + "SELECT supplier_id, price, price_month FROM stage";
        Rewrite rewrite = new HiveSqlRewriter(SqlSettings.LEGACY).rewrite(insert);
        assertThat(rewrite.sql()).isEqualTo(insert);
        assertThat(rewrite.findings()).extracting(Finding::code).containsExactly(Code.NBM264);
        stage("('A', 1.0, '2024-01'), ('A', 3.0, '2024-02')");
        run(rewrite, Map.of());
        stage("('C', 9.0, '2024-02')");
        run(rewrite, Map.of());
        assertThat(rows("SELECT * FROM " + DB + ".other")).containsExactly("[C,9.0,2024-02]");
    }

    @Test
    void orcTableOfThePython2NotebookIsFilledByInsertOverwrite() {
        run(rewriter.rewrite("\n    CREATE TABLE IF NOT EXISTS " + DB + ".legacy_monthly_covers (\n"
                + "        site_id STRING,\n        total_covers INT\n    )\n    STORED AS ORC\n"
                + "    TBLPROPERTIES ('orc.compress'='ZLIB', 'creator'='reporting')\n"), Map.of());
        stage("('S1', 1.0, '2024-01')");
        run("INSERT OVERWRITE TABLE " + DB + ".legacy_monthly_covers SELECT supplier_id, CAST(price AS INT) FROM stage");
        assertThat(provider(DB + ".legacy_monthly_covers")).isEqualTo("orc");
        assertThat(rows("SELECT * FROM " + DB + ".legacy_monthly_covers")).containsExactly("[S1,1]");
        assertThat(rows("SHOW TBLPROPERTIES " + DB + ".legacy_monthly_covers ('creator')"))
                .containsExactly("[creator,reporting]");
    }

    @Test
    void tablesWithoutAFormatRunOnBothSparkVersions() {
        run("CREATE TABLE " + DB + ".plain (a INT, b STRING)");
        run("CREATE TABLE " + DB + ".ctas AS SELECT 1 AS a, 'x' AS b");
        spark.sql("INSERT INTO " + DB + ".plain SELECT * FROM " + DB + ".ctas");
        assertThat(provider(DB + ".plain")).isEqualTo("parquet");
        assertThat(provider(DB + ".ctas")).isEqualTo("parquet");
        assertThat(rows("SELECT * FROM " + DB + ".plain")).containsExactly("[1,x]");
    }

    @Test
    void defaultTextFormatAtALocationReadsHiveFiles() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("legacy"));
        Files.writeString(folder.resolve("000000_0"), "S1\u000140\nS2\u0001\\N\n", StandardCharsets.UTF_8);
        run(rewriter.rewrite("CREATE EXTERNAL TABLE " + DB + ".legacy (site STRING, seats INT) LOCATION '/data/legacy'"),
                Map.of("/data/legacy", folder));
        assertThat(rows("SELECT * FROM " + DB + ".legacy ORDER BY site")).containsExactly("[S1,40]", "[S2,null]");
    }

    @Test
    void createDatabaseWithLocationIsKeptAndItsLocationReported() {
        String sql = "CREATE DATABASE IF NOT EXISTS hivesql_exec_db LOCATION 'wasbs://lake@acct.blob.core.windows.net/db'";
        Rewrite rewrite = rewriter.rewrite(sql);
        assertThat(rewrite.sql()).isEqualTo(sql);
        assertThat(rewrite.findings()).isEmpty();
        try {
            run(rewrite, Map.of("wasbs://lake@acct.blob.core.windows.net/db", dir.resolve("db")));
            assertThat(rows("SHOW DATABASES LIKE 'hivesql_exec_db'")).containsExactly("[hivesql_exec_db]");
        } finally {
            spark.sql("DROP DATABASE IF EXISTS hivesql_exec_db CASCADE");
        }
    }
}
