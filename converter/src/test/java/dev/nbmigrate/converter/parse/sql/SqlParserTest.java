package dev.nbmigrate.converter.parse.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.parse.SourceRef;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlParserTest {

    private static final SqlParser LEGACY = new SqlParser(SqlSettings.LEGACY);
    private static final SqlParser STRICT = new SqlParser(SqlSettings.STRICT_ANSI);

    @Test
    void reservedKeywordsAreEnforcedOnlyWithStrictAnsi() {
        String sql = "SELECT 1 AS order";

        assertThat(LEGACY.validate(sql)).isEmpty();
        assertThat(new SqlParser(SqlSettings.ANSI).validate(sql)).isEmpty();
        assertThat(STRICT.validate(sql)).hasValueSatisfying(error -> {
            assertThat(error.errorClass()).isEqualTo("PARSE_SYNTAX_ERROR");
            assertThat(error.message()).contains("'order'");
            assertThat(error.line()).isEqualTo(1);
            assertThat(error.column()).isEqualTo(13);
        });
    }

    @Test
    void validateReportsPositionInTheGivenText() {
        assertThat(LEGACY.validate("SELECT a\nFROM t\nWHERE a = = 1")).hasValueSatisfying(error -> {
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.column()).isEqualTo(11);
        });
        assertThat(LEGACY.validate("INSERT OVERWRITE TABLE t SELECT * FROM s")).isEmpty();
    }

    @Test
    void setStatementsDefineVariablesForLaterStatementsAndTheNextCell() {
        SqlScript script = LEGACY.parse("SET hivevar:dt=2024-02-01;\nSELECT * FROM t WHERE dt = '${dt}'",
                SourceRef.ofCell("nb.ipynb", 2), Map.of("hivevar:dt", "2000-01-01", "other", "x"));

        assertThat(script.statements().get(1).sql()).isEqualTo("SELECT * FROM t WHERE dt = '2024-02-01'");
        assertThat(script.variables()).containsExactly(Map.entry("hivevar:dt", "2024-02-01"), Map.entry("other", "x"));
        assertThat(script.diagnostics()).isEmpty();
    }

    @Test
    void positionsHonourTheSourceRefOffsets() {
        SqlScript script = LEGACY.parse("SELECT 1;\nSELECT a FROM t WHERE x = = ${nope}", new SourceRef("nb.ipynb", 4, 1, 0),
                Map.of());

        assertThat(script.ok()).isFalse();
        assertThat(script.diagnostics()).extracting(d -> d.code()).containsExactly(Code.NBM104, Code.NBM105);
        assertThat(script.diagnostics()).allSatisfy(d -> {
            assertThat(d.location().cell()).isEqualTo(4);
            assertThat(d.location().line()).isEqualTo(3);
        });
    }

    @Test
    void parseStatementClassifiesOneStatement() {
        SqlStatement statement = LEGACY.parseStatement("INSERT INTO db.t PARTITION (p=1) SELECT x FROM s");

        assertThat(statement.kind()).isEqualTo(SqlKind.INSERT_INTO);
        assertThat(statement.kind().category()).isEqualTo(SqlKind.Category.DML);
        assertThat(statement.writes()).containsExactly(TableName.of("db", "t"));
        assertThat(statement.detail(SqlDetail.Insert.class)).hasValueSatisfying(insert -> {
            assertThat(insert.partition()).containsExactly(new PartitionValue("p", "1"));
            assertThat(insert.hasDynamicPartitions()).isFalse();
        });
    }

    @Test
    void hiveFormatTablesAreRecognised() {
        SqlStatement hive = LEGACY.parseStatement("CREATE TABLE t (a INT) STORED AS ORC");
        SqlStatement delta = LEGACY.parseStatement("CREATE TABLE t (a INT) USING delta");

        assertThat(hive.detail(SqlDetail.CreateTable.class).orElseThrow().isHiveFormat()).isTrue();
        assertThat(delta.detail(SqlDetail.CreateTable.class).orElseThrow().isHiveFormat()).isFalse();
        assertThat(delta.detail(SqlDetail.CreateTable.class).orElseThrow().provider()).isEqualTo("delta");
    }

    @Test
    void expressionsListTheirColumnsAndFunctions() {
        SqlExpressionInfo info = LEGACY.parseExpression("amount * 1.1 > t.limit AND upper(region) = 'EU' OR isnull(x)");

        assertThat(info.ok()).isTrue();
        assertThat(info.columns()).containsExactly("amount", "region", "t.limit", "x");
        assertThat(info.functions()).containsExactly("isnull", "upper");
        assertThat(LEGACY.parseExpression("a + (b").error()).hasValueSatisfying(error ->
                assertThat(error.errorClass()).isEqualTo("PARSE_SYNTAX_ERROR"));
    }

    @Test
    void dataTypesAndSchemasParseToSparkForms() {
        SqlTypeInfo decimal = LEGACY.parseDataType("decimal(10,2)");
        SqlTypeInfo schema = LEGACY.parseTableSchema("id BIGINT, name STRING");

        assertThat(decimal.sql()).isEqualTo("DECIMAL(10,2)");
        assertThat(decimal.json()).isEqualTo("\"decimal(10,2)\"");
        assertThat(schema.simpleString()).isEqualTo("struct<id:bigint,name:string>");
        assertThat(LEGACY.parseDataType("decimal(").ok()).isFalse();
    }

    @Test
    void emptyAndCommentOnlyCellsHaveNoStatements() {
        assertThat(LEGACY.parse("", SourceRef.ofCell("nb", 1), Map.of()).statements()).isEmpty();
        assertThat(LEGACY.parse("-- nothing;\n/* here */ ;", SourceRef.ofCell("nb", 1), Map.of()).statements()).isEmpty();
    }
}
