package dev.nbmigrate.converter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code nbmigrate reconcile} does before it runs anything: bad targets, no PySpark, its help. */
class ReconcileCommandTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static CliContext context(Path workingDir) {
        return new CliContext(workingDir, () -> {
            throw new AssertionError("reconcile translates nothing");
        });
    }

    @Test
    void anUnknownModuleIsBadUsage(@TempDir Path dir) {
        CliRunner.Run run = CliRunner.run(context(dir), "reconcile", "no-such-module");
        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("no-such-module is no generated module").doesNotContain("\tat ");
    }

    @Test
    void aPySparkThatIsNoneIsACouldNotRunWithTheReason(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("not-pyspark"));
        CliRunner.Run run = CliRunner.run(context(ROOT), "reconcile", "menu-item-popularity", "--pyspark",
                dir.resolve("not-pyspark").toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("is neither a setup script nor a folder holding pyspark/");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aNotebookNamesItsModule(@TempDir Path dir) throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty-site-packages/pyspark"));
        Files.writeString(empty.resolve("__init__.py"), "raise ImportError('not a real pyspark')\n");
        CliRunner.Run run = CliRunner.run(context(ROOT), "reconcile", "legacy-notebooks/menu_item_popularity.ipynb",
                "--pyspark", dir.resolve("empty-site-packages").toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).as("the notebook was taken for its module; PySpark was looked for next")
                .contains("python3 cannot import pyspark from");
    }

    @Test
    void helpListsTheExitCodes() {
        CliRunner.Run run = CliRunner.run(context(ROOT), "reconcile", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("--pyspark=auto|PATH", "--record", "--format=md|html|json",
                "0   everything compared is equal", "2   a side could not run");
    }
}
