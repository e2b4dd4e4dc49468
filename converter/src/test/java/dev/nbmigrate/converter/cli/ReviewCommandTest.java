package dev.nbmigrate.converter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nbmigrate review} on the committed {@code generated/} folder: where pages go, and what it refuses. */
class ReviewCommandTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @TempDir
    Path out;

    @Test
    void writesTheNamedModulesPageWhereOutSays() throws Exception {
        CliRunner.Run run = CliRunner.run(ROOT, null, "review", "suppliers-delivery-punctuality", "--out",
                out.toString());
        assertThat(run.exit()).as(run.all()).isEqualTo(ExitCodes.OK);
        Path page = out.resolve("review.html");
        assertThat(run.out().strip()).isEqualTo(page.toString());
        assertThat(Files.readString(page)).contains("<title>Review: suppliers-delivery-punctuality</title>")
                .contains("legacy-notebooks/zeppelin/2F1K7QZPN/note.json");
    }

    @Test
    void severalModulesEachGetAFolder() throws Exception {
        CliRunner.Run run = CliRunner.run(ROOT, null, "review", "suppliers-delivery-punctuality",
                "generated/menu-item-popularity", "--out", out.toString());
        assertThat(run.exit()).as(run.all()).isEqualTo(ExitCodes.OK);
        assertThat(out.resolve("suppliers-delivery-punctuality/review.html")).isRegularFile();
        assertThat(out.resolve("menu-item-popularity/review.html")).isRegularFile();
    }

    @Test
    void anUnknownModuleIsBadInputNamingTheModulesThere() {
        CliRunner.Run run = CliRunner.run(ROOT, null, "review", "no-such-module", "--out", out.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("'no-such-module' is neither a module of generated")
                .contains("suppliers-delivery-punctuality");
        assertThat(out).isEmptyDirectory();
    }
}
