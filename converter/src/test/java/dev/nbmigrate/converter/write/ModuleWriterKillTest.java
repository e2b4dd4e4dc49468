package dev.nbmigrate.converter.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Kills the writer after each of its steps (an Error thrown from the step hook, the writer then abandoned, as a
 * dead process would leave the folder), then runs a fresh writer on the same folder: the module is the old version
 * or the new one, whole, and no staging leftover remains.
 */
class ModuleWriterKillTest {

    private static final Map<String, String> OLD = Map.of("pom.xml", "<old/>", "src/Old.java", "class Old {}",
            "migration.json", "{\"v\":1}");
    private static final Map<String, String> NEW = Map.of("pom.xml", "<new/>", "src/New.java", "class New {}",
            "migration.json", "{\"v\":2}", "README.md", "new");

    @TempDir
    Path out;

    /** The simulated death of the process. */
    private static final class Killed extends Error {
        private static final long serialVersionUID = 1L;
    }

    private static ModuleWriter killedAfter(ModuleWriter.Step step) {
        return new ModuleWriter((s, dir, module) -> {
            if (s == step) {
                throw new Killed();
            }
        });
    }

    private Map<String, String> contents(Path module) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(module)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(module.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }

    private Stream<String> entries() throws IOException {
        return Files.list(out).map(p -> p.getFileName().toString()).sorted();
    }

    @ParameterizedTest
    @EnumSource(ModuleWriter.Step.class)
    void aKillDuringAReplacementLeavesTheOldOrTheNewModuleAfterRecovery(ModuleWriter.Step step) throws IOException {
        new ModuleWriter().write(out, GeneratedModule.of("daily-sales", OLD));
        new ModuleWriter().write(out, GeneratedModule.of("other-job", Map.of("pom.xml", "<other/>")));

        assertThatThrownBy(() -> killedAfter(step).write(out, GeneratedModule.of("daily-sales", NEW)))
                .isInstanceOf(Killed.class);

        new ModuleWriter().recover(out);

        Map<String, String> module = contents(out.resolve("daily-sales"));
        assertThat(module).isIn(new TreeMap<>(OLD), new TreeMap<>(NEW));
        if (step == ModuleWriter.Step.STAGED || step == ModuleWriter.Step.OLD_MOVED_ASIDE) {
            assertThat(module).isEqualTo(new TreeMap<>(OLD));
        } else {
            assertThat(module).isEqualTo(new TreeMap<>(NEW));
        }
        assertThat(entries()).containsExactly("daily-sales", "other-job");
        assertThat(contents(out.resolve("other-job"))).containsExactly(Map.entry("pom.xml", "<other/>"));

        // The next write after recovery completes as usual.
        new ModuleWriter().write(out, GeneratedModule.of("daily-sales", NEW));
        assertThat(contents(out.resolve("daily-sales"))).isEqualTo(new TreeMap<>(NEW));
        assertThat(entries()).containsExactly("daily-sales", "other-job");
    }

    @ParameterizedTest
    @EnumSource(ModuleWriter.Step.class)
    void aKillDuringAFirstWriteLeavesNoModuleOrTheNewOne(ModuleWriter.Step step) throws IOException {
        try {
            killedAfter(step).write(out, GeneratedModule.of("daily-sales", NEW));
        } catch (Killed expected) {
            // the process died here
        }

        new ModuleWriter().recover(out);

        if (Files.exists(out.resolve("daily-sales"))) {
            assertThat(contents(out.resolve("daily-sales"))).isEqualTo(new TreeMap<>(NEW));
            assertThat(entries()).containsExactly("daily-sales");
        } else {
            assertThat(entries()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(ModuleWriter.Step.class)
    void aWriteOfTheSameModuleAfterAKillRecoversItFirst(ModuleWriter.Step step) throws IOException {
        new ModuleWriter().write(out, GeneratedModule.of("daily-sales", OLD));
        assertThatThrownBy(() -> killedAfter(step).write(out, GeneratedModule.of("daily-sales", NEW)))
                .isInstanceOf(Killed.class);

        // No recover() call: write() itself repairs its module before replacing it.
        new ModuleWriter().write(out, GeneratedModule.of("daily-sales", NEW));

        assertThat(contents(out.resolve("daily-sales"))).isEqualTo(new TreeMap<>(NEW));
        assertThat(entries()).containsExactly("daily-sales");
    }

    @Test
    void theBackupOfAnEarlierReleaseIsRestoredNotDeleted() throws IOException {
        // Earlier releases named the moved-aside module .nbmigrate-staging-<name>-previous-<uuid>.
        Path legacy = out.resolve(".nbmigrate-staging-daily-sales-previous-0f8b7c2e-3d1a-4f5e-9a8b-1c2d3e4f5a6b");
        Files.createDirectories(legacy);
        Files.writeString(legacy.resolve("pom.xml"), "<old/>");
        Files.createDirectories(out.resolve(".nbmigrate-staging-daily-sales-0f8b7c2e-3d1a-4f5e-9a8b-1c2d3e4f5a6b"));

        new ModuleWriter().recover(out);

        assertThat(contents(out.resolve("daily-sales"))).containsExactly(Map.entry("pom.xml", "<old/>"));
        assertThat(entries()).containsExactly("daily-sales");
    }
}
