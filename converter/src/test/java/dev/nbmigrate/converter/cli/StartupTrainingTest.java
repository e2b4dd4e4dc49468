package dev.nbmigrate.converter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupTrainingTest {

    private static final Path NOTEBOOK = Path.of("../legacy-notebooks/allergen_matrix.ipynb").toAbsolutePath()
            .normalize();

    @TempDir
    Path scratch;

    private final ByteArrayOutputStream report = new ByteArrayOutputStream();

    private int run(Path notebook, Path folder) {
        return StartupTraining.run(notebook, folder, new PrintStream(report, true, StandardCharsets.UTF_8));
    }

    @Test
    void runsEveryCommandOnTheNotebookAndWritesOnlyToTheScratchFolder() throws Exception {
        assertThat(run(NOTEBOOK, scratch)).isEqualTo(ExitCodes.OK);
        assertThat(report.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("--help: exit 0", "explain: exit 0",
                        "assess " + NOTEBOOK + " --quiet --format json: exit 0",
                        "convert " + NOTEBOOK + " --quiet --out " + scratch + ": exit 0");
        assertThat(scratch.resolve("allergen-matrix/pom.xml")).isRegularFile();
    }

    @Test
    void aMissingNotebookIsBadInputAndRunsNothing() {
        assertThat(run(scratch.resolve("none.ipynb"), scratch)).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(report.toString(StandardCharsets.UTF_8)).contains("must be a notebook");
        assertThat(scratch).isEmptyDirectory();
    }

    @Test
    void aScratchThatIsNotAFolderIsBadInput() throws Exception {
        Path file = Files.writeString(scratch.resolve("file"), "x");
        assertThat(run(NOTEBOOK, file)).isEqualTo(ExitCodes.BAD_INPUT);
    }
}
