package dev.nbmigrate.converter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.nbmigrate.converter.translate.job.JobTranslator;

/** A FIFO or a device given as a notebook is refused with a one-line error, at once; the batch goes on. */
class SpecialFilesTest {

    @Test
    void fifoAndDeviceAreRefusedAndTheOtherNotebooksConvert(@TempDir Path project) throws Exception {
        Path notebooks = Files.createDirectories(project.resolve("notebooks"));
        Path fifo = notebooks.resolve("pipe.ipynb");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo is available");
        SecretLeakTest.writeNotebook(notebooks.resolve("good.ipynb"), List.of("df = spark.range(3)\ndf.show()"));

        CliRunner.Run run = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> CliRunner.run(project,
                new JobTranslator(), "convert", "notebooks/pipe.ipynb", "/dev/zero", "notebooks/good.ipynb",
                "--out", "out"));

        assertThat(run.exit()).as(run.all()).isEqualTo(2);
        assertThat(run.out()).contains("rejected    notebooks/pipe.ipynb: NBM001 unreadable notebook: "
                + "notebooks/pipe.ipynb: not a regular file (a FIFO, socket or device)")
                .contains("rejected    zero: NBM001 unreadable notebook: zero: not a regular file")
                .contains("3 notebooks: 1 written, 0 not written, 2 rejected");
        assertThat(project.resolve("out/good/pom.xml")).isRegularFile();

        CliRunner.Run assess = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> CliRunner.run(project,
                new JobTranslator(), "assess", fifo.toString(), notebooks.resolve("good.ipynb").toString()));
        assertThat(assess.exit()).as(assess.all()).isEqualTo(2);
        assertThat(assess.all()).contains("not a regular file (a FIFO, socket or device)");
    }
}
