package dev.nbmigrate.converter.parse.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlSplitterTest {

    @Test
    void splitsOnlyAtSemicolonsOutsideQuotesAndComments() {
        String sql = "SELECT 'it''s; ok', \"a\\\";b\" FROM t; SELECT `x;y` -- c;\n FROM u /* a; /* b; */ c; */;";

        assertThat(SqlSplitter.split(sql)).extracting(SqlSplitter.Piece::text).containsExactly(
                "SELECT 'it''s; ok', \"a\\\";b\" FROM t",
                "SELECT `x;y` -- c;\n FROM u /* a; /* b; */ c; */");
    }

    @Test
    void rawStringsEndAtTheirQuoteSoABackslashBeforeItEscapesNothing() {
        String sql = "SELECT R'C:\\' AS dir; SELECT r\"x;\\\" AS y; SELECT 'it\\'s;' AS z";

        assertThat(SqlSplitter.split(sql)).extracting(SqlSplitter.Piece::text).containsExactly(
                "SELECT R'C:\\' AS dir",
                "SELECT r\"x;\\\" AS y",
                "SELECT 'it\\'s;' AS z");
    }

    @Test
    void nestedQuotesAndCommentsKeepTheirSemicolons() {
        String sql = "SELECT \"it's; fine\", 'say \"hi;\"' /* a; 'b; */ FROM t; -- x; 'y\nSELECT 2;;  ;\n";

        assertThat(SqlSplitter.split(sql)).extracting(SqlSplitter.Piece::text).containsExactly(
                "SELECT \"it's; fine\", 'say \"hi;\"' /* a; 'b; */ FROM t",
                "SELECT 2");
    }

    @Test
    void offsetsCountCharsPastCharactersOutsideTheBasicPlane() {
        String sql = "SELECT '\uD83D\uDE00;'; SELECT 2";

        assertThat(SqlSplitter.split(sql)).extracting(SqlSplitter.Piece::start)
                .containsExactly(0, sql.indexOf("SELECT 2"));
    }

    @Test
    void piecesStartAfterLeadingBlanksAndComments() {
        String sql = "  -- header\n  /* note */ SELECT 1";

        SqlSplitter.Piece piece = SqlSplitter.split(sql).get(0);

        assertThat(piece.start()).isEqualTo(sql.indexOf("SELECT"));
        assertThat(piece.text()).isEqualTo("SELECT 1");
    }

    @Test
    void unknownReferencesStayAndOffsetsMapBack() {
        VariableSubstitutor.Result result = VariableSubstitutor.substitute("a ${x} b ${hivevar:y} c ${env:HOME}",
                Map.of("x", "12345", "y", "Z"));

        assertThat(result.text()).isEqualTo("a 12345 b Z c ${env:HOME}");
        assertThat(result.references()).extracting(VariableSubstitutor.Found::value)
                .containsExactly("12345", "Z", null);
        assertThat(result.toInputOffset(result.text().indexOf('b'))).isEqualTo(7);
        assertThat(result.toInputOffset(result.text().indexOf('c'))).isEqualTo(22);
        assertThat(result.toInputOffset(3)).isEqualTo(2);
    }
}
