package dev.nbmigrate.converter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.nbmigrate.converter.translate.job.JobTranslator;

/** Notebooks outside the project: generated files show their paths relative to the input folder, never absolute. */
class OutsidePathsTest {

    @Test
    void noGeneratedFileRecordsWhereTheNotebooksAre(@TempDir Path project, @TempDir Path elsewhere) throws IOException {
        Path input = Files.createDirectories(elsewhere.resolve("team/notebooks"));
        Files.createDirectories(input.resolve("sub"));
        SecretLeakTest.writeNotebook(input.resolve("daily.ipynb"), List.of("df = spark.range(3)\ndf.show()"));
        SecretLeakTest.writeNotebook(input.resolve("sub/weekly.ipynb"), List.of("df = spark.range(2)\ndf.show()"));

        CliRunner.Run run = CliRunner.run(project, new JobTranslator(), "convert", input.toString(), "--out", "out");

        assertThat(run.out()).as(run.all()).contains("2 written");
        assertThat(run.all()).doesNotContain(elsewhere.toString());
        try (Stream<Path> files = Files.walk(project.resolve("out"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain(elsewhere.toString())
                        .doesNotContain(input.getFileName() + "/daily.ipynb");
            }
        }
        assertThat(Files.readString(project.resolve("out/daily/MIGRATION.md"))).startsWith(
                "# Migration report: daily.ipynb");
        assertThat(Files.readString(project.resolve("out/weekly/migration.json")))
                .contains("\"path\": \"sub/weekly.ipynb\"");
    }
}
