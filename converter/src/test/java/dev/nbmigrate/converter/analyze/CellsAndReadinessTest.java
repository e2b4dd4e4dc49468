package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.api.SupportStatus;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.types.ScalarType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Exploration-only statements, cell statuses, readiness, and cells that do not parse. */
class CellsAndReadinessTest {

    @Test
    void explorationStatementsAreRecognised() {
        Program program = Notebooks.on(Notebooks.DATABRICKS)
                .code("""
                        df = spark.table("db.t")
                        df.show(5)
                        df.printSchema()
                        df.describe().show()
                        print("rows:", df.count())
                        print("done")
                        df.count()
                        display(df)
                        df.columns
                        """)
                .code("import matplotlib.pyplot as plt\nplt.plot([1, 2])\nplt.show()")
                .code("%sql\nSELECT count(*) FROM db.t")
                .analyze();
        assertThat(program.explorations()).extracting(e -> e.kind(), e -> e.location().line(), Exploration::sparkAction)
                .containsExactly(
                        tuple(ExplorationKind.SHOW, 2, true),
                        tuple(ExplorationKind.PRINT_SCHEMA, 3, false),
                        tuple(ExplorationKind.SHOW, 4, true),
                        tuple(ExplorationKind.PRINTED_ACTION, 5, true),
                        tuple(ExplorationKind.PRINT, 6, false),
                        tuple(ExplorationKind.ACTION_DISPLAYED, 7, true),
                        tuple(ExplorationKind.DISPLAY, 8, true),
                        tuple(ExplorationKind.BARE_EXPRESSION, 9, false),
                        tuple(ExplorationKind.PLOT, 2, false),
                        tuple(ExplorationKind.PLOT, 3, false),
                        tuple(ExplorationKind.SQL_QUERY, 2, true));
        var show = program.cell(1).module().orElseThrow().body().get(1);
        assertThat(program.exploration(show)).map(Exploration::kind).contains(ExplorationKind.SHOW);
        assertThat(program.exploration(program.cell(1).module().orElseThrow().body().get(0))).isEmpty();
        assertThat(program.cells()).extracting(CellAnalysis::status).containsExactly(CellStatus.READY,
                CellStatus.READY, CellStatus.EXPLORATION);
    }

    @Test
    void statusesFollowTheWorstFinding() {
        Program program = Notebooks.on(Notebooks.PYSPARK3)
                .markdown("# Title")
                .code("%%configure -f\n{\"executorMemory\": \"4G\"}")
                .code("df = spark.table('db.t')")
                .code("pdf = df.toPandas()")
                .code("df.show()")
                .code("rows = df.collect()")
                .code("%%bash\nls /tmp")
                .code("")
                .analyze();
        assertThat(program.cells()).extracting(CellAnalysis::status).containsExactly(CellStatus.NOT_CODE,
                CellStatus.SETTINGS, CellStatus.READY, CellStatus.BLOCKED, CellStatus.EXPLORATION, CellStatus.REVIEW,
                CellStatus.NOT_TRANSLATED, CellStatus.NOT_CODE);
        assertThat(program.cell(4).diagnostics()).extracting(Diagnostic::code).containsExactly(Code.NBM202);
        assertThat(program.cell(6).diagnostics()).extracting(Diagnostic::code).containsExactly(Code.NBM205);
    }

    @Test
    void readinessCountsReferencesAndCells() {
        Program program = Notebooks.on(Notebooks.PYSPARK3)
                .code("df = spark.table('db.t')\nrows = df.collect()")
                .code("lines = sc.textFile('/mnt/x')\nn = lines.count()")
                .code("df.select('a').show()")
                .analyze();
        assertThat(program.apiReferences()).extracting(ApiReference::qualifiedName, ApiReference::status,
                        ApiReference::convertible)
                .containsExactly(
                        tuple("pyspark.sql.SparkSession.table", SupportStatus.SUPPORTED, true),
                        tuple("pyspark.sql.DataFrame.collect", SupportStatus.WARNING, true),
                        // the RDD calls the translator has Java for count as supported (issue 13)
                        tuple("pyspark.SparkContext.textFile", SupportStatus.SUPPORTED, true),
                        tuple("pyspark.RDD.count", SupportStatus.SUPPORTED, true),
                        tuple("pyspark.sql.DataFrame.select", SupportStatus.SUPPORTED, true),
                        tuple("pyspark.sql.DataFrame.show", SupportStatus.SUPPORTED, true));
        Readiness readiness = program.readiness();
        assertThat(readiness).isEqualTo(new Readiness(6, 5, 1, 0, 6, 3, 3));
        assertThat(readiness.apiShare()).isEqualTo(1.0);
        assertThat(readiness.cellShare()).isEqualTo(1.0);
        var collect = Trees.assigned(program, 1, "rows");
        assertThat(program.apiReference(collect)).map(ApiReference::qualifiedName)
                .contains("pyspark.sql.DataFrame.collect");
        assertThat(program.apiReference(collect).orElseThrow().location()).isEqualTo(new Location("test.ipynb", 1, 2, 11));
    }

    @Test
    void rddMembersWithoutJavaStayUnsupported() {
        Program program = Notebooks.on(Notebooks.PYSPARK3)
                .code("lines = sc.textFile('/mnt/x')\nh = lines.toDebugString()\nb = sc.binaryFiles('/mnt/y')\n"
                        + "rows = spark.table('t').rdd")
                .analyze();
        assertThat(program.apiReferences()).extracting(ApiReference::qualifiedName, ApiReference::status)
                .containsExactly(
                        tuple("pyspark.SparkContext.textFile", SupportStatus.SUPPORTED),
                        tuple("pyspark.RDD.toDebugString", SupportStatus.UNSUPPORTED),
                        tuple("pyspark.SparkContext.binaryFiles", SupportStatus.UNSUPPORTED),
                        tuple("pyspark.sql.SparkSession.table", SupportStatus.SUPPORTED),
                        tuple("pyspark.sql.DataFrame.rdd", SupportStatus.SUPPORTED));
        assertThat(program.readiness().apiUnsupported()).isEqualTo(2);
    }

    @Test
    void aCellThatDoesNotParseKeepsItsDiagnosticAndTheOthersGoOn() {
        Program program = Notebooks.on(Notebooks.PYSPARK3)
                .code("a = 1")
                .code("b = (a +\nprint(b)")
                .code("c = a + 1\nspark.table('db.t').write.saveAsTable('db.u')")
                .analyze();
        assertThat(program.cell(2).status()).isEqualTo(CellStatus.BLOCKED);
        assertThat(program.cell(2).diagnostics()).extracting(Diagnostic::code).containsExactly(Code.NBM101);
        assertThat(program.cell(2).module()).isEmpty();
        assertThat(program.cell(3).status()).isEqualTo(CellStatus.READY);
        assertThat(program.symbolsAfter(3).lookup("c").orElseThrow().type()).isEqualTo(ScalarType.INT);
        assertThat(program.sinks()).extracting(IoAccess::location).containsExactly("db.u");
    }

    @Test
    void deeplyNestedCodeIsAnalysedWithoutRunningOutOfStack() {
        String nested = "x = " + "(".repeat(150) + "1" + ")".repeat(150) + "\n"
                + "y = " + "[".repeat(150) + "2" + "]".repeat(150) + "\n"
                + "z = " + "1 + ".repeat(900) + "1\n";
        Program program = Notebooks.on(Notebooks.PYSPARK3).code(nested).analyze();
        assertThat(program.diagnostics()).isEmpty();
        assertThat(program.symbolsAfter(1).lookup("x").orElseThrow().type()).isEqualTo(ScalarType.INT);
        assertThat(program.symbolsAfter(1).lookup("z").orElseThrow().constant())
                .contains(ConstantValue.Int.of(901));
    }
}
