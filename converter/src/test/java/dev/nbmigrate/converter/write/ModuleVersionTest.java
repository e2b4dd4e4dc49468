package dev.nbmigrate.converter.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleVersionTest {

    @TempDir
    Path module;

    @Test
    void startsAtOneAndGrowsThePatchOnlyWhenContentChanges() {
        assertThat(ModuleVersion.next(Optional.empty(), "abc")).isEqualTo("1.0.0");
        ModuleVersion.Recorded previous = new ModuleVersion.Recorded("1.0.4", "abc");
        assertThat(ModuleVersion.next(Optional.of(previous), "abc")).isEqualTo("1.0.4");
        assertThat(ModuleVersion.next(Optional.of(previous), "def")).isEqualTo("1.0.5");
    }

    @Test
    void contentHashDependsOnPathsAndText() {
        TreeMap<String, String> files = new TreeMap<>();
        files.put("a.txt", "x");
        String first = ModuleVersion.contentHash(files);
        files.put("a.txt", "y");
        String changedText = ModuleVersion.contentHash(files);
        TreeMap<String, String> renamed = new TreeMap<>();
        renamed.put("b.txt", "x");

        assertThat(first).hasSize(64).isNotEqualTo(changedText).isNotEqualTo(ModuleVersion.contentHash(renamed));
    }

    @Test
    void readsWhatTheLastMigrationRecorded() throws IOException {
        assertThat(ModuleVersion.recorded(module)).isEmpty();
        Files.writeString(module.resolve("migration.json"), "{\"version\": \"1.0.2\", \"contentSha256\": \"abc\"}");
        assertThat(ModuleVersion.recorded(module)).contains(new ModuleVersion.Recorded("1.0.2", "abc"));

        Files.writeString(module.resolve("migration.json"), "{\"version\": \"latest\"}");
        assertThatThrownBy(() -> ModuleVersion.recorded(module))
                .hasMessage(module.resolve("migration.json") + ": 'version' is not a version like 1.0.3: 'latest'");
    }
}
