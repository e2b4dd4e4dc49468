package dev.nbmigrate.converter.cells;

import dev.nbmigrate.converter.read.ExecutionContext;
import dev.nbmigrate.converter.read.Language;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How sparkmagic's kernels route cells: a line magic on the first line runs the whole cell locally, IPython magics
 * run locally, and IPython escapes sent to Livy fail there.
 */
class SparkmagicKernelRulesTest {

    @Test
    void cellStartingWithALineMagicRunsOnTheNotebookServer() {
        ClassifiedNotebook classified = TestNotebooks.classify(TestNotebooks.PYSPARK,
                "%matplotlib inline\nimport matplotlib.pyplot as plt\nplt.plot([1, 2])");

        ClassifiedCell cell = classified.cell(1);
        assertThat(cell.context()).isEqualTo(ExecutionContext.NOTEBOOK_SERVER);
        assertThat(cell.magic()).isEmpty();
        assertThat(cell.lineMagics()).singleElement().isInstanceOf(MatplotlibMagic.class);
        assertThat(classified.diagnostics()).extracting(d -> d.code().id() + " line " + d.location().line() + ": "
                + d.message()).containsExactly("NBM015 line 1: the cell starts with %matplotlib, so sparkmagic ran"
                + " all of it in the notebook server's Python, not on the cluster");
    }

    @Test
    void runOnASparkmagicKernelRanTheOtherNotebookLocally() {
        ClassifiedNotebook classified = TestNotebooks.classify(TestNotebooks.PYSPARK, "%run ./utils.ipynb");

        assertThat(classified.cell(1).lineMagics()).containsExactly(new RunScriptMagic(
                new LineSpan(1, 1, "%run ./utils.ipynb", false), "./utils.ipynb", java.util.List.of(), false));
        assertThat(classified.cell(1).context()).isEqualTo(ExecutionContext.NOTEBOOK_SERVER);
        assertThat(classified.diagnostics()).extracting(d -> d.code().id() + ": " + d.message()).containsExactly(
                "NBM015: the cell starts with %run, so sparkmagic ran ./utils.ipynb in the notebook server's Python,"
                        + " not in the cluster session: its definitions were not available to cells run on the"
                        + " cluster");
    }

    @Test
    void singlePercentAliasesAreSparkmagicMagics() {
        ClassifiedNotebook classified = TestNotebooks.classify(TestNotebooks.PYSPARK, "%local\nx = 1", "%info");

        assertThat(classified.cell(1).magic()).containsInstanceOf(LocalMagic.class);
        assertThat(classified.cell(1).context()).isEqualTo(ExecutionContext.NOTEBOOK_SERVER);
        assertThat(classified.cell(2).magic()).containsInstanceOf(InfoMagic.class);
        assertThat(classified.diagnostics()).isEmpty();
    }

    @Test
    void ipythonCellMagicRunsLocallyOnSparkmagicKernels() {
        ClassifiedNotebook classified = TestNotebooks.classify(TestNotebooks.PYSPARK, "%%time\ndf.count()");

        assertThat(classified.cell(1).context()).isEqualTo(ExecutionContext.NOTEBOOK_SERVER);
        assertThat(classified.diagnostics()).extracting(d -> d.code().id()).containsExactly("NBM015");
    }

    @Test
    void escapesSentToLivyAreReportedButLivyMagicsAreNot() {
        ClassifiedNotebook classified = TestNotebooks.classify(TestNotebooks.PYSPARK,
                "df = spark.table('t')\n!hdfs dfs -ls /\n%matplot plt\nfor x in xs:\n    %time f(x)");

        ClassifiedCell cell = classified.cell(1);
        assertThat(cell.context()).isEqualTo(ExecutionContext.LIVY);
        assertThat(cell.lineMagics()).extracting(magic -> magic.getClass().getSimpleName())
                .containsExactly("ShellCommand", "MatplotMagic", "TimeMagic");
        assertThat(cell.lineMagics(MatplotMagic.class)).containsExactly(
                new MatplotMagic(new LineSpan(3, 3, "%matplot plt", false), "plt"));
        assertThat(cell.code().lines()).containsExactly("df = spark.table('t')", "", "", "for x in xs:", "    f(x)");
        assertThat(cell.code().columnOffset(5)).isEqualTo("%time ".length());
        assertThat(classified.diagnostics()).extracting(d -> d.code().id() + " line " + d.location().line() + ": "
                + d.message()).containsExactly(
                "NBM019 line 2: !hdfs dfs -ls / was sent to the cluster with the rest of the cell, where Livy cannot"
                        + " run it",
                "NBM019 line 5: %time f(x) was sent to the cluster with the rest of the cell, where Livy cannot run"
                        + " it");
    }

    @Test
    void unknownCellMagicIsUnsupported() {
        ClassifiedNotebook classified = TestNotebooks.classify(TestNotebooks.PYSPARK, "%%sqlx\nSELECT 1");

        assertThat(classified.cell(1).kind()).isEqualTo(CellKind.UNSUPPORTED);
        assertThat(classified.cell(1).magic()).contains(
                new UnknownMagic(new MagicHeader(MagicSyntax.SPARKMAGIC, "sqlx", "", 1)));
        assertThat(classified.cell(1).code().text()).isEqualTo("\nSELECT 1");
        assertThat(classified.diagnostics()).extracting(d -> d.code().id() + ": " + d.message())
                .containsExactly("NBM011: %%sqlx is not a magic nbmigrate knows");
    }

    @Test
    void sparkAndPrettyRunInTheKernelLanguage() {
        ClassifiedNotebook classified = TestNotebooks.classify(TestNotebooks.SCALA, "%%spark\nval x = 1",
                "%%pretty\ndf.show()", "%%local\nimport pandas as pd");

        assertThat(classified.cells()).extracting(ClassifiedCell::language)
                .containsExactly(Language.SCALA, Language.SCALA, Language.PYTHON);
        assertThat(classified.cell(1).magic(SparkMagic.class)).map(SparkMagic::output).contains(Optional.empty());
    }

    @Test
    void leadingBlankLinesBeforeACellMagicAreAllowed() {
        ClassifiedNotebook classified = TestNotebooks.classify(TestNotebooks.PYSPARK, "\n%%sql -o x\nSELECT 1");

        ClassifiedCell cell = classified.cell(1);
        assertThat(cell.kind()).isEqualTo(CellKind.SQL);
        assertThat(cell.magic(SqlMagic.class).orElseThrow().header().line()).isEqualTo(2);
        assertThat(cell.code().lines()).containsExactly("", "", "SELECT 1");
    }
}
