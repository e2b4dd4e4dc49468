package dev.nbmigrate.converter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.nbmigrate.converter.testing.FakeTranslator;
import dev.nbmigrate.converter.testing.SampleJobs;

/** {@code nbmigrate bench} on the sample project's notebooks folder: the table's and the JSON's shape. */
class BenchCommandTest {

    @TempDir
    Path project;

    private FakeTranslator translator() {
        SampleJobs.copySampleProject(project);
        return new FakeTranslator().with(SampleJobs.NOTEBOOK, SampleJobs::dailySiteCovers);
    }

    @Test
    void printsATableOfCpuSecondsPerNotebookAndRatiosToTheFloor() throws IOException {
        CliRunner.Run run = CliRunner.run(project, translator(), "bench", "notebooks");

        assertThat(run.exit()).as(run.all()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("nbmigrate bench: 1 notebooks in notebooks");
        assertThat(lines.get(1)).matches("machine: \\d+ cores, [0-9.]+ GB memory, Java .+, max heap \\d+ MB");
        assertThat(lines.get(3)).matches("measure +CPU s +per notebook +x floor");
        List<String> labels = new ArrayList<>();
        for (String line : lines.subList(4, lines.size())) {
            labels.add(line.substring(0, 50).trim());
        }
        assertThat(labels).containsExactly(labelOfFloor(lines), "start-up: --help in a fresh JVM",
                "start-up: assess of one notebook, fresh JVM", "convert set-up (translator, templates, compiler)",
                "convert", "assess (after convert: the JVM is warm)", "peak resident memory of this JVM");
        String convert = lines.stream().filter(l -> l.startsWith("convert  ")).findFirst().orElseThrow();
        if (labelOfFloor(lines).equals("floor: python3 loads JSON, ast.parse code cells")) {
            assertThat(convert).matches("convert +[0-9.]+ +[0-9.]+ +\\d+");
        }
        assertThat(lines.get(lines.size() - 1)).matches("peak resident memory of this JVM +\\d+ MB");
        try (var left = Files.list(project.resolve("target"))) {
            assertThat(left.toList()).as("the temporary output is removed").isEmpty();
        }
        assertThat(project.resolve("generated")).doesNotExist();
    }

    private static String labelOfFloor(List<String> lines) {
        return lines.get(4).startsWith("floor: python3 loads") ? "floor: python3 loads JSON, ast.parse code cells"
                : "floor: python3";
    }

    @Test
    void jsonHasTheMachineTheFloorAndEachMeasure() throws IOException {
        CliRunner.Run run = CliRunner.run(project, translator(), "bench", "notebooks", "--no-startup",
                "--format", "json");

        assertThat(run.exit()).as(run.all()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("schema").asText()).isEqualTo("nbmigrate-bench/1");
        assertThat(root.get("notebooks").asInt()).isEqualTo(1);
        assertThat(root.get("machine").get("cores").asInt()).isPositive();
        assertThat(root.get("floor").has("available")).isTrue();
        List<String> keys = new ArrayList<>();
        root.get("measures").forEach(m -> keys.add(m.get("key").asText()));
        assertThat(keys).containsExactly("convertSetup", "convert", "assess");
        JsonNode convert = root.get("measures").get(1);
        assertThat(convert.get("cpuSeconds").asDouble()).isPositive();
        assertThat(convert.get("cpuSecondsPerNotebook").asDouble()).isEqualTo(convert.get("cpuSeconds").asDouble());
        assertThat(convert.has("timesFloor")).isEqualTo(root.get("floor").get("available").asBoolean());
        assertThat(root.get("peakResidentBytes").asLong()).isPositive();
    }

    @Test
    void aFolderWithoutNotebooksIsBadUsage() throws IOException {
        FakeTranslator translator = translator();
        Files.createDirectories(project.resolve("empty"));

        CliRunner.Run run = CliRunner.run(project, translator, "bench", "empty", "--no-startup");

        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("nbmigrate bench: no notebooks in empty");
    }
}
