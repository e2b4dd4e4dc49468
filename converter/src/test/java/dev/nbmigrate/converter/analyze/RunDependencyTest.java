package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.types.FunctionKind;
import dev.nbmigrate.converter.types.FunctionType;
import dev.nbmigrate.converter.types.ModuleType;
import dev.nbmigrate.converter.types.SparkObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code %run}: the notebook run is analysed once and its definitions become the running notebook's. */
class RunDependencyTest {

    @TempDir
    Path folder;

    private Path notebook(String name, String kernel, String... cells) throws Exception {
        StringBuilder json = new StringBuilder("{\"cells\": [");
        for (int i = 0; i < cells.length; i++) {
            json.append(i == 0 ? "" : ", ").append("{\"cell_type\": \"code\", \"metadata\": {}, \"outputs\": [], ")
                    .append("\"execution_count\": null, \"source\": ")
                    .append(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(cells[i])).append('}');
        }
        json.append("], \"metadata\": {\"kernelspec\": {\"name\": \"").append(kernel)
                .append("\", \"display_name\": \"x\"}}, \"nbformat\": 4, \"nbformat_minor\": 2}");
        Path file = folder.resolve(name);
        Files.writeString(file, json);
        return file;
    }

    @Test
    void definitionsOfTheNotebookRunAreVisibleWithTheirFunctions() throws Exception {
        notebook("lib.ipynb", "pyspark3kernel", """
                from pyspark.sql import functions as F
                BASE = "wasbs://raw@acct.blob.core.windows.net"
                def load(name):
                    return spark.read.parquet(BASE + "/" + name)
                """);
        Path main = notebook("main.ipynb", "pyspark3kernel", "%run ./lib.ipynb", "orders = load('orders')\n"
                + "ids = orders.select(F.col('id'))");
        Program program = Notebooks.analyze(main);
        Symbol load = program.symbolsAfter(1).lookup("load").orElseThrow();
        assertThat(load.kind()).isEqualTo(SymbolKind.RUN_IMPORT);
        assertThat(load.origin()).endsWith("lib.ipynb");
        assertThat(load.type()).isEqualTo(new FunctionType(1, FunctionKind.DEF, SparkObject.DATAFRAME));
        assertThat(program.symbolsAfter(1).lookup("F").orElseThrow().type())
                .isEqualTo(new ModuleType("pyspark.sql.functions"));
        assertThat(program.symbolsAfter(2).lookup("ids").orElseThrow().type()).isEqualTo(SparkObject.DATAFRAME);
        assertThat(program.runDependencies()).singleElement().satisfies(run -> {
            assertThat(run.target()).isEqualTo("./lib.ipynb");
            assertThat(run.found()).isTrue();
            assertThat(run.resolved().orElseThrow()).endsWith("lib.ipynb");
            assertThat(run.location()).isEqualTo(new Location(main.toString(), 1, 1, 0));
        });
        assertThat(program.sources()).singleElement().satisfies(io -> {
            assertThat(io.location()).isEqualTo("wasbs://raw@acct.blob.core.windows.net/orders");
            assertThat(io.cell()).isEqualTo(2);
            assertThat(io.detail()).isEqualTo("in load()");
        });
        assertThat(program.diagnostics()).noneMatch(d -> d.code() == Code.NBM310 || d.code() == Code.NBM312);
    }

    @Test
    void aMissingNotebookIsReportedAndItsNamesAreNotCalledUndefined() throws Exception {
        Path main = notebook("main.ipynb", "python3", "%run ./missing_helpers.ipynb", "x = helper()");
        Program program = Notebooks.analyze(main);
        assertThat(program.runDependencies()).singleElement().satisfies(run -> {
            assertThat(run.found()).isFalse();
            assertThat(run.problem()).hasValueSatisfying(p -> assertThat(p).startsWith("no such notebook next to"));
        });
        assertThat(program.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.NBM312);
    }

    @Test
    void cyclesAreReportedNotFollowedForever() throws Exception {
        notebook("a.ipynb", "python3", "%run ./b.ipynb", "A = B + 1");
        notebook("b.ipynb", "python3", "%run ./a.ipynb", "B = 2");
        Program a = Notebooks.analyze(folder.resolve("a.ipynb"));
        assertThat(a.runDependencies()).singleElement().satisfies(run -> assertThat(run.found()).isTrue());
        assertThat(a.symbolsAfter(2).lookup("A").orElseThrow().constant()).contains(ConstantValue.Int.of(3));

        Path self = notebook("self.ipynb", "python3", "X = 1", "%run ./self.ipynb");
        Program program = Notebooks.analyze(self);
        assertThat(program.runDependencies()).singleElement().satisfies(run -> {
            assertThat(run.found()).isFalse();
            assertThat(run.problem().orElseThrow()).endsWith("which is already running (a %run cycle)");
        });
        assertThat(program.diagnostics()).extracting(Diagnostic::code, d -> d.location().cell())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Code.NBM312, 2));
    }
}
