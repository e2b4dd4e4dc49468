package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.types.ClassObjectType;
import dev.nbmigrate.converter.types.ModuleType;
import dev.nbmigrate.converter.types.PandasType;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.converter.types.SparkObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Names across cells in execution order: predefined globals, imports, definitions, per-cell tables. */
class SymbolsTest {

    @Test
    void kernelGlobalsAreKnownAndImportsBindTheirModules() {
        Program program = Notebooks.on(Notebooks.PYSPARK3)
                .code("""
                        import pyspark.sql.functions as F
                        from pyspark.sql import Window as W, Row
                        import pandas as pd
                        import os.path
                        """)
                .analyze();
        SymbolTable before = program.symbolsBefore(1);
        assertThat(before.lookup("spark").orElseThrow().type()).isEqualTo(SparkObject.SPARK_SESSION);
        assertThat(before.lookup("sc").orElseThrow().type()).isEqualTo(SparkObject.SPARK_CONTEXT);
        assertThat(before.lookup("sqlContext").orElseThrow().type()).isEqualTo(SparkObject.SQL_CONTEXT);
        assertThat(before.lookup("spark").orElseThrow().kind()).isEqualTo(SymbolKind.PREDEFINED);
        assertThat(before.lookup("F")).isEmpty();

        SymbolTable after = program.symbolsAfter(1);
        Symbol functions = after.lookup("F").orElseThrow();
        assertThat(functions.type()).isEqualTo(new ModuleType("pyspark.sql.functions"));
        assertThat(functions.kind()).isEqualTo(SymbolKind.IMPORT);
        assertThat(functions.origin()).isEqualTo("pyspark.sql.functions");
        assertThat(functions.location()).isEqualTo(new Location("test.ipynb", 1, 1, 8));
        assertThat(after.lookup("W").orElseThrow().type()).isEqualTo(new ClassObjectType("pyspark.sql.Window"));
        assertThat(after.lookup("Row").orElseThrow().type()).isEqualTo(new ClassObjectType("pyspark.sql.Row"));
        assertThat(after.lookup("pd").orElseThrow().type()).isEqualTo(new PandasType("module"));
        assertThat(after.lookup("os").orElseThrow().type()).isEqualTo(new ModuleType("os"));
    }

    @Test
    void starImportOfAPySparkModuleMakesItsNamesKnown() {
        Program program = Notebooks.on(Notebooks.PYSPARK3)
                .code("from pyspark.sql.types import *")
                .code("schema = StructType([StructField('a', StringType())])")
                .analyze();
        assertThat(program.symbolsAfter(2).lookup("schema").orElseThrow().type()).isEqualTo(SparkObject.STRUCT_TYPE);
        assertThat(program.diagnostics()).noneMatch(d -> d.code() == Code.NBM310);
    }

    @Test
    void eachCellSeesTheNamesOfTheCellsAboveIt() {
        Program program = Notebooks.on(Notebooks.PYSPARK3)
                .code("df = spark.table('db.t')")
                .markdown("# notes")
                .code("n = df.count()\ndef twice(x):\n    return x * 2")
                .analyze();
        assertThat(program.symbolsBefore(1).lookup("df")).isEmpty();
        assertThat(program.symbolsAfter(1).lookup("df").orElseThrow().type()).isEqualTo(SparkObject.DATAFRAME);
        assertThat(program.symbolsBefore(3).lookup("df")).isPresent();
        Symbol n = program.symbolsAfter(3).lookup("n").orElseThrow();
        assertThat(n.type()).isEqualTo(ScalarType.INT);
        assertThat(n.location()).isEqualTo(new Location("test.ipynb", 3, 1, 1));
        assertThat(program.symbolsAfter(3).lookup("twice").orElseThrow().kind()).isEqualTo(SymbolKind.FUNCTION);
        assertThat(program.globals().names()).contains("df", "n", "twice", "spark");
    }

    @Test
    void namesUsedBeforeTheirCellOrNeverDefinedAreReported() {
        Program program = Notebooks.on(Notebooks.PYSPARK3)
                .code("total = sales.count()")
                .code("sales = spark.table('db.sales')")
                .code("print(undefined_thing, len(sales.columns))")
                .analyze();
        assertThat(program.diagnostics()).filteredOn(d -> d.code() == Code.NBM309).extracting(Diagnostic::location,
                        Diagnostic::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(new Location("test.ipynb", 1, 1, 9),
                        "`sales` is used here but first defined in cell 2"));
        assertThat(program.diagnostics()).filteredOn(d -> d.code() == Code.NBM310).extracting(Diagnostic::location)
                .containsExactly(new Location("test.ipynb", 3, 1, 7));
    }

    @Test
    void anUnknownStarImportSilencesUndefinedNames() {
        Program program = Notebooks.on(Notebooks.PYSPARK3)
                .code("from helpers import *")
                .code("result = transform(spark.table('db.t'))")
                .analyze();
        assertThat(program.diagnostics()).noneMatch(d -> d.code() == Code.NBM310 || d.code() == Code.NBM309);
    }

    @Test
    void localCellsHaveTheirOwnNamespaceWithTheSampledCopies() {
        Program program = Notebooks.on(Notebooks.PYSPARK3)
                .code("daily = spark.table('db.daily')\ndaily.createOrReplaceTempView('daily_v')")
                .code("%%sql -o daily_pd\nSELECT * FROM daily_v")
                .code("%%local\nimport matplotlib.pyplot as plt\ndaily_pd.plot()\nprint(daily.count())")
                .code("%%sql -o sampled -m sample -r 0.2\nSELECT * FROM daily_v")
                .code("%%local\nsampled.describe()")
                .analyze();
        SymbolTable local = program.symbolsAfter(3);
        assertThat(local.lookup("daily_pd").orElseThrow().kind()).isEqualTo(SymbolKind.DRIVER_COPY);
        assertThat(local.lookup("plt")).isPresent();
        assertThat(local.lookup("daily")).isEmpty();
        assertThat(program.symbolsAfter(4).lookup("daily")).isPresent();
        assertThat(program.diagnostics()).filteredOn(d -> d.code() == Code.NBM308).extracting(Diagnostic::location,
                        Diagnostic::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(new Location("test.ipynb", 3, 3, 1),
                                "`daily_pd` is the pandas copy that the magic in cell 2 made on the notebook server: "
                                        + "at most the first 2,500 rows of the result (sparkmagic's default cap), not "
                                        + "all of it"),
                        org.assertj.core.groups.Tuple.tuple(new Location("test.ipynb", 5, 2, 1),
                                "`sampled` is the pandas copy that the magic in cell 4 made on the notebook server: "
                                        + "a random 20% sample of the result, at most 2,500 rows, not all of it"));
        assertThat(program.diagnostics()).filteredOn(d -> d.code() == Code.NBM310).extracting(Diagnostic::location)
                .containsExactly(new Location("test.ipynb", 3, 4, 7));
    }
}
