package dev.nbmigrate.converter.cells;

import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.read.ExecutionContext;
import dev.nbmigrate.converter.read.Language;
import dev.nbmigrate.converter.read.NotebookFixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Classification of the test notebooks of every kernel and format. */
class CellClassifierTest {

    private static ClassifiedNotebook classify(String file) throws Exception {
        return CellClassifier.classify(NotebookFixtures.read(file));
    }

    private static List<String> rendered(ClassifiedNotebook classified) {
        return classified.diagnostics().stream().map(d -> d.code().id() + " " + d.location() + ": " + d.message())
                .toList();
    }

    @Test
    void classifiesSparkmagicNotebook() throws Exception {
        ClassifiedNotebook classified = classify("pyspark_hdi36_py2.ipynb");

        assertThat(classified.cells()).extracting(ClassifiedCell::kind, ClassifiedCell::language,
                ClassifiedCell::context).containsExactly(
                tuple(CellKind.MARKDOWN, Language.MARKDOWN, ExecutionContext.LIVY),
                tuple(CellKind.SESSION, Language.JSON, ExecutionContext.LIVY),
                tuple(CellKind.CODE, Language.PYTHON, ExecutionContext.LIVY),
                tuple(CellKind.CODE, Language.PYTHON, ExecutionContext.LIVY),
                tuple(CellKind.SQL, Language.SQL, ExecutionContext.LIVY),
                tuple(CellKind.CODE, Language.PYTHON, ExecutionContext.NOTEBOOK_SERVER),
                tuple(CellKind.SESSION, Language.TEXT, ExecutionContext.LIVY),
                tuple(CellKind.CODE, Language.PYTHON, ExecutionContext.LIVY));
        assertThat(classified.diagnostics()).isEmpty();

        ClassifiedCell sql = classified.cell(5);
        assertThat(sql.code().text()).isEqualTo("\nSELECT sale_date, total FROM daily ORDER BY total DESC");
        assertThat(sql.code().lines()).hasSize(2);

        ClassifiedCell local = classified.cell(6);
        assertThat(local.local()).isTrue();
        assertThat(local.predefinedGlobals()).containsExactly("display", "get_ipython");
        assertThat(local.magic()).contains(new LocalMagic(new MagicHeader(MagicSyntax.SPARKMAGIC, "local", "", 1)));
        assertThat(local.lineMagics()).containsExactly(
                new MatplotlibMagic(new LineSpan(2, 2, "%matplotlib inline", false), "inline"));
        assertThat(local.code().lines()).containsExactly("", "", "import matplotlib.pyplot as plt",
                "top_days.plot(x=\"sale_date\", y=\"total\")");
        assertThat(classified.cell(3).predefinedGlobals()).contains("spark", "sc", "sqlContext");
    }

    @Test
    void recordsTheRowsCopiedToTheNotebookServer() throws Exception {
        ClassifiedNotebook classified = classify("pyspark_hdi36_py2.ipynb");

        DriverCopy copy = new DriverCopy("top_days", 5, 1,
                new RowSampling(RowSampling.Method.SAMPLE, 500, 0.5, false));
        assertThat(classified.driverCopies()).containsExactly(copy);
        assertThat(classified.driverCopyOf("top_days", 6)).contains(copy);
        assertThat(classified.driverCopyOf("top_days", 5)).isEmpty();
        assertThat(copy.sampling().partial()).isTrue();

        ClassifiedNotebook defaults = classify("spark_scala.ipynb");
        assertThat(defaults.driverCopies()).singleElement().satisfies(scala -> {
            assertThat(scala.variable()).isEqualTo("regions");
            assertThat(scala.sampling()).isEqualTo(RowSampling.defaults());
            assertThat(scala.sampling().maxRows()).isEqualTo(2500);
        });
    }

    @Test
    void classifiesTransferAndSessionMagics() throws Exception {
        ClassifiedNotebook classified = classify("pyspark3_sales.ipynb");

        assertThat(classified.cells()).extracting(ClassifiedCell::kind).containsExactly(CellKind.CODE, CellKind.SQL,
                CellKind.CODE, CellKind.CODE, CellKind.TRANSFER, CellKind.CODE, CellKind.SESSION, CellKind.SESSION,
                CellKind.SESSION, CellKind.SESSION);
        assertThat(classified.cell(1).cell().isParameters()).isTrue();
        assertThat(classified.cell(3).magic(SparkMagic.class)).get().extracting(SparkMagic::output)
                .isEqualTo(Optional.of("sample_df"));
        assertThat(classified.driverCopies()).extracting(DriverCopy::variable).containsExactly("sample_df");
        assertThat(classified.cell(6).magic()).containsInstanceOf(PrettyMagic.class);
        assertThat(classified.cell(6).context()).isEqualTo(ExecutionContext.LIVY);
        assertThat(classified.diagnostics()).isEmpty();
    }

    @Test
    void scalaCellsKeepTheirCode() throws Exception {
        ClassifiedNotebook classified = classify("spark_scala.ipynb");

        assertThat(classified.cells()).extracting(ClassifiedCell::kind, ClassifiedCell::language)
                .containsExactly(tuple(CellKind.CODE, Language.SCALA), tuple(CellKind.SQL, Language.SQL),
                        tuple(CellKind.CODE, Language.SCALA));
        assertThat(classified.cell(1).code().text()).isEqualTo(classified.cell(1).cell().source());
        assertThat(classified.cell(1).lineMagics()).isEmpty();
    }

    @Test
    void extractsIpythonEscapesFromPythonCells() throws Exception {
        ClassifiedNotebook classified = classify("python3_findspark.ipynb");

        ClassifiedCell installs = classified.cell(1);
        assertThat(installs.lineMagics()).containsExactly(
                new PackageInstallMagic(new LineSpan(1, 1, "!pip install findspark==1.4.2", false), "pip",
                        List.of("install", "findspark==1.4.2"), List.of("findspark==1.4.2")),
                new PackageInstallMagic(new LineSpan(2, 2, "%pip install pandas==1.3.5 -q", false), "pip",
                        List.of("install", "pandas==1.3.5", "-q"), List.of("pandas==1.3.5")),
                new LoadExtensionMagic(new LineSpan(3, 3, "%load_ext autoreload", false), "autoreload"),
                new GenericLineMagic(new LineSpan(4, 4, "%autoreload 2", false), "autoreload", "2", Optional.empty(),
                        true));
        assertThat(installs.code().isBlank()).isTrue();

        ClassifiedCell mixed = classified.cell(3);
        assertThat(mixed.lineMagics()).containsExactly(
                new RunScriptMagic(new LineSpan(1, 1, "%run ./utils.ipynb", false), "./utils.ipynb", List.of(), false),
                new TimeMagic(new LineSpan(2, 2, "%time df = spark.read.parquet(\"/data/events\")", false), "time",
                        "df = spark.read.parquet(\"/data/events\")"),
                new ShellCommand(new LineSpan(4, 4, "!hdfs dfs -ls /data/events", true), "hdfs dfs -ls /data/events",
                        Optional.empty()),
                new ShellCommand(new LineSpan(5, 5, "listing = !ls /tmp", false), "ls /tmp", Optional.of("listing")),
                new HelpRequest(new LineSpan(6, 6, "df.groupBy?", false), "df.groupBy"));
        // Line 6 (the help request) is blank: as the last line, a trailing blank line, it is not listed.
        assertThat(mixed.code().lines()).containsExactly("", "df = spark.read.parquet(\"/data/events\")",
                "if not files_ready:", "    pass", "");
        assertThat(mixed.code().text()).hasLineCount(5).endsWith("    pass\n\n");
        assertThat(mixed.code().columnOffset(2)).isEqualTo(6);
        assertThat(mixed.code().columnOffset(3)).isZero();

        ClassifiedCell strings = classified.cell(4);
        assertThat(strings.code().lines()).startsWith("query = \"\"\"", "SELECT *", "%not_a_magic inside a string",
                "!not a shell command either", "\"\"\"");
        assertThat(strings.lineMagics()).containsExactly(
                new EnvMagic(new LineSpan(7, 7, "%env SPARK_HOME=/opt/spark", false), "SPARK_HOME",
                        Optional.of("/opt/spark")),
                new GenericLineMagic(new LineSpan(8, 8, "%frobnicate now", false), "frobnicate", "now",
                        Optional.empty(), false));
    }

    @Test
    void classifiesIpythonCellMagicsAndReportsMisplacedOnes() throws Exception {
        ClassifiedNotebook classified = classify("python3_findspark.ipynb");

        assertThat(classified.cell(5).magic()).containsInstanceOf(TimingMagic.class);
        assertThat(classified.cell(5).kind()).isEqualTo(CellKind.CODE);
        assertThat(classified.cell(6).magic(ShellMagic.class)).get().extracting(ShellMagic::shell).isEqualTo("bash");
        assertThat(classified.cell(6).kind()).isEqualTo(CellKind.SHELL);
        assertThat(classified.cell(7).magic()).contains(new WriteFileMagic(
                new MagicHeader(MagicSyntax.IPYTHON, "writefile", "-a settings.yml", 1), "settings.yml", true));
        assertThat(classified.cell(8).kind()).isEqualTo(CellKind.SQL);
        assertThat(classified.cell(8).context()).isEqualTo(ExecutionContext.OWN_SPARK);
        assertThat(classified.cell(9).code().lines()).containsExactly("x = 1", "", "y = 2");
        assertThat(rendered(classified)).containsExactly(
                "NBM012 python3_findspark.ipynb, cell 4, line 8: %frobnicate is not a magic nbmigrate knows",
                "NBM014 python3_findspark.ipynb, cell 8, line 1: %%sql is a sparkmagic magic, not one of kernel"
                        + " \"python3\"; read as sparkmagic's",
                "NBM016 python3_findspark.ipynb, cell 9, line 2: %%local is not on the cell's first line, so it was"
                        + " not a cell magic and the cell failed");
    }

    @Test
    void classifiesSynapseMagics() throws Exception {
        ClassifiedNotebook classified = classify("synapse.ipynb");

        assertThat(classified.cells()).extracting(ClassifiedCell::kind, ClassifiedCell::language,
                ClassifiedCell::context).containsExactly(
                tuple(CellKind.SESSION, Language.JSON, ExecutionContext.SYNAPSE),
                tuple(CellKind.CODE, Language.PYTHON, ExecutionContext.SYNAPSE),
                tuple(CellKind.SQL, Language.SQL, ExecutionContext.SYNAPSE),
                tuple(CellKind.CODE, Language.SCALA, ExecutionContext.SYNAPSE));
        assertThat(classified.cell(1).magic(ConfigureMagic.class).orElseThrow().session().orElseThrow().conf())
                .containsEntry("spark.sql.ansi.enabled", "false");
        assertThat(classified.cell(2).predefinedGlobals()).contains("mssparkutils", "spark");
        assertThat(classified.diagnostics()).isEmpty();
    }

    @Test
    void classifiesDatabricksExport() throws Exception {
        ClassifiedNotebook classified = classify("databricks_export.py");

        assertThat(classified.cells()).extracting(ClassifiedCell::kind, ClassifiedCell::language).containsExactly(
                tuple(CellKind.MARKDOWN, Language.MARKDOWN), tuple(CellKind.RUN, Language.TEXT),
                tuple(CellKind.CODE, Language.PYTHON), tuple(CellKind.SQL, Language.SQL),
                tuple(CellKind.SHELL, Language.SHELL), tuple(CellKind.FILESYSTEM, Language.TEXT),
                tuple(CellKind.CODE, Language.SCALA), tuple(CellKind.CODE, Language.PYTHON),
                tuple(CellKind.SQL, Language.SQL));
        assertThat(classified.cell(2).magic()).contains(new RunNotebookMagic(
                new MagicHeader(MagicSyntax.DATABRICKS, "run", "./shared/config $env=\"prod\"", 1), "./shared/config",
                List.of("$env=prod")));
        assertThat(classified.cell(6).magic()).contains(new FsMagic(
                new MagicHeader(MagicSyntax.DATABRICKS, "fs", "ls /mnt/raw/orders", 1), "ls",
                List.of("/mnt/raw/orders")));
        assertThat(classified.cell(4).code().lines()).containsExactly("", "SELECT order_date, sum(amount) AS total",
                "FROM orders", "", "GROUP BY order_date");
        assertThat(classified.cell(8).lineMagics()).singleElement().isInstanceOf(PackageInstallMagic.class);
        assertThat(classified.cell(3).predefinedGlobals()).contains("dbutils", "display");
        assertThat(classified.diagnostics()).isEmpty();
    }

    @Test
    void inlineMagicCodeMapsBackToTheFileColumn() throws Exception {
        ClassifiedNotebook classified = classify("databricks_export.py");

        ClassifiedCell shell = classified.cell(5);
        assertThat(shell.magic()).contains(new ShellMagic(new MagicHeader(MagicSyntax.DATABRICKS, "sh", "", 1), "sh"));
        assertThat(shell.code().text()).isEqualTo("ls -la /dbfs/mnt/raw");
        // "ls" is column 1 of the code, column 5 of the cell ("%sh ls"), column 13 of the file ("# MAGIC %sh ls").
        int cellColumn = 1 + shell.code().columnOffset(1);
        assertThat(cellColumn).isEqualTo(5);
        assertThat(shell.cell().lines().fileColumn(1, cellColumn)).isEqualTo(13);
        assertThat(shell.cell().lines().fileLine(1)).isEqualTo(27);
    }

    @Test
    void classifiesDatabricksIpynbExport() throws Exception {
        ClassifiedNotebook classified = classify("databricks_exported.ipynb");

        assertThat(classified.cells()).extracting(ClassifiedCell::kind)
                .containsExactly(CellKind.CODE, CellKind.SQL, CellKind.MARKDOWN);
        assertThat(classified.cell(2).code().text())
                .isEqualTo("SELECT region, count(*) FROM sales.orders\nGROUP BY region");
        assertThat(classified.cell(2).code().columnOffset(1)).isEqualTo(5);
        assertThat(classified.cell(3).code().text()).isEqualTo("## Notes");
    }

    @Test
    void classifiesZeppelinParagraphs() throws Exception {
        ClassifiedNotebook classified = classify("zeppelin_hdi4_note.json");

        assertThat(classified.cells()).extracting(ClassifiedCell::kind, ClassifiedCell::language,
                ClassifiedCell::context).containsExactly(
                tuple(CellKind.CODE, Language.PYTHON, ExecutionContext.LIVY),
                tuple(CellKind.SQL, Language.SQL, ExecutionContext.LIVY),
                tuple(CellKind.CODE, Language.SCALA, ExecutionContext.LIVY),
                tuple(CellKind.MARKDOWN, Language.MARKDOWN, ExecutionContext.NOTEBOOK_SERVER),
                tuple(CellKind.SHELL, Language.SHELL, ExecutionContext.NOTEBOOK_SERVER),
                tuple(CellKind.CODE, Language.SCALA, ExecutionContext.LIVY),
                tuple(CellKind.EMPTY, Language.SCALA, ExecutionContext.LIVY));
        assertThat(classified.cell(1).magic()).contains(new LanguageMagic(
                new MagicHeader(MagicSyntax.ZEPPELIN, "livy2.pyspark", "", 1), Language.PYTHON, ExecutionContext.LIVY));
        assertThat(classified.cell(2).magic()).contains(new SqlMagic(
                new MagicHeader(MagicSyntax.ZEPPELIN, "livy2.sql", "", 1), Optional.empty(), false, Optional.empty(),
                Optional.empty()));
        assertThat(classified.cell(2).code().lines()).containsExactly("", "SELECT event_type, count(*) AS n",
                "FROM events", "GROUP BY event_type");
        assertThat(rendered(classified)).containsExactly("NBM017 zeppelin_hdi4_note.json, cell 6, line 1: the"
                + " paragraph has no interpreter prefix: read as %livy2, the default interpreter");
    }

    @Test
    void classifiesZplnWithInlineSqlAndUnknownInterpreter() throws Exception {
        ClassifiedNotebook classified = classify("zeppelin_hdi5.zpln");

        ClassifiedCell sql = classified.cell(1);
        assertThat(sql.kind()).isEqualTo(CellKind.SQL);
        assertThat(sql.code().text()).isEqualTo("SELECT region, sum(amount) FROM sales.orders GROUP BY region");
        assertThat(sql.code().columnOffset(1)).isEqualTo("%livy2.sql ".length());
        assertThat(classified.cell(2).language()).isEqualTo(Language.PYTHON);
        ClassifiedCell jdbc = classified.cell(3);
        assertThat(jdbc.kind()).isEqualTo(CellKind.UNSUPPORTED);
        assertThat(jdbc.magic()).contains(new UnknownMagic(new MagicHeader(MagicSyntax.ZEPPELIN, "jdbc", "(hive)", 1)));
        assertThat(classified.cell(4).language()).isEqualTo(Language.SCALA);
        // The note states its default interpreter group, so a paragraph without prefix is not reported.
        assertThat(rendered(classified)).containsExactly("NBM013 zeppelin_hdi5.zpln, cell 3, line 1: %jdbc is not a"
                + " Zeppelin interpreter nbmigrate knows");
    }

    @Test
    void zeppelinUnknownInterpreterFromTheCatalogue() throws Exception {
        ClassifiedNotebook classified = classify("broken/zeppelin_unknown_interpreter.json");

        assertThat(classified.cell(1).kind()).isEqualTo(CellKind.UNSUPPORTED);
        assertThat(classified.cell(1).code().lines()).containsExactly("", "SELECT * FROM clicks");
        assertThat(classified.cell(2).kind()).isEqualTo(CellKind.CODE);
        assertThat(classified.diagnostics()).extracting(Diagnostic::render).containsExactly("NBM013 warning at"
                + " broken/zeppelin_unknown_interpreter.json, cell 1, line 1: %flink.ssql is not a Zeppelin"
                + " interpreter nbmigrate knows (Translate the paragraph by hand, or give it one of the Spark, SQL,"
                + " Markdown or shell interpreters.)");
    }
}
