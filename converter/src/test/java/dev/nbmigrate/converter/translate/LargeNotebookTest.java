package dev.nbmigrate.converter.translate;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.nbmigrate.converter.model.JobModel;
import dev.nbmigrate.converter.model.Target;

/**
 * A notebook of 20,000 cells is analysed and translated, and the work grows linearly with the number of cells
 * (analysis once copied the whole symbol table per cell, which made it quadratic). The work is the CPU time of the
 * process (translation runs on a worker thread, and the collector's threads count too), so that other load on the
 * machine does not; how fast it is goes to {@code nbmigrate
 * bench}, not to this test.
 */
class LargeNotebookTest {

    @TempDir
    Path dir;

    private final NotebookTranslator translator = Translators.load(getClass().getClassLoader());

    /** A PySpark notebook of {@code cells} code cells, each a simple Spark or Python statement. */
    private Path notebook(int cells) throws IOException {
        StringBuilder json = new StringBuilder("{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {"
                + "\"kernelspec\": {\"name\": \"pysparkkernel\", \"display_name\": \"PySpark\", \"language\": \"python\"},"
                + "\"language_info\": {\"name\": \"pyspark\", \"version\": \"3.10\"}}, \"cells\": [\n");
        for (int i = 0; i < cells; i++) {
            String source = switch (i % 4) {
                case 0 -> "v" + i + " = " + i + " + 1";
                case 1 -> "df" + i + " = spark.range(10).withColumn(\\\"x\\\", F.lit(v" + (i - 1) + "))";
                case 2 -> "n" + i + " = df" + (i - 1) + ".filter(F.col(\\\"x\\\") > 1).count()";
                default -> "label" + i + " = \\\"cell \\\" + str(v" + (i - 3) + ")";
            };
            if (i == 0) {
                source = "from pyspark.sql import functions as F\\n" + source;
            }
            json.append(i == 0 ? "" : ",\n").append("{\"cell_type\": \"code\", \"execution_count\": null, ")
                    .append("\"metadata\": {}, \"outputs\": [], \"source\": [\"").append(source).append("\"]}");
        }
        json.append("\n]}\n");
        Path file = dir.resolve("large_" + cells + ".ipynb");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    /** The process's CPU milliseconds to translate a notebook of {@code cells} cells. */
    private long translateMillis(int cells) throws IOException {
        Path file = notebook(cells);
        OperatingSystemMXBean system = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long start = system.getProcessCpuTime();
        JobModel model = translator.translate(dir.relativize(file), dir, Target.DBR_17_3);
        long millis = (system.getProcessCpuTime() - start) / 1_000_000;
        assertThat(model.source().cellCount()).isEqualTo(cells);
        return millis;
    }

    @Test
    void twentyThousandCellsTranslateInLinearTime() throws IOException {
        translateMillis(500); // warm up the JIT, so the two measured runs compare like with like

        long ten = translateMillis(10_000);
        long twenty = translateMillis(20_000);
        System.out.printf("LargeNotebookTest: 10,000 cells %d ms, 20,000 cells %d ms of CPU%n", ten, twenty);

        // Twice the cells in about twice the time; a quadratic step would take four times as long.
        assertThat(twenty).as("10,000 cells took %d ms, 20,000 cells %d ms", ten, twenty)
                .isLessThan(3 * Math.max(ten, 200));
    }
}
