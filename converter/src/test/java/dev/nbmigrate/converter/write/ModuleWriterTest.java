package dev.nbmigrate.converter.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleWriterTest {

    @TempDir
    Path out;

    private final ModuleWriter writer = new ModuleWriter();

    private static String read(Path file) throws IOException {
        return Files.readString(file);
    }

    private Stream<String> entries() throws IOException {
        return Files.list(out).map(p -> p.getFileName().toString()).sorted();
    }

    @Test
    void writesEveryFileUnderTheModuleFolder() throws IOException {
        Path module = writer.write(out, GeneratedModule.of("daily-sales", Map.of(
                "pom.xml", "<project/>", "src/main/java/dev/x/Job.java", "class Job {}")));

        assertThat(module).isEqualTo(out.resolve("daily-sales"));
        assertThat(read(module.resolve("src/main/java/dev/x/Job.java"))).isEqualTo("class Job {}");
        assertThat(entries()).containsExactly("daily-sales");
    }

    @Test
    void replacesThePreviousModuleWhole() throws IOException {
        writer.write(out, GeneratedModule.of("daily-sales", Map.of("pom.xml", "old", "stale.txt", "gone soon")));

        writer.write(out, GeneratedModule.of("daily-sales", Map.of("pom.xml", "new")));

        assertThat(read(out.resolve("daily-sales/pom.xml"))).isEqualTo("new");
        assertThat(out.resolve("daily-sales/stale.txt")).doesNotExist();
        assertThat(entries()).containsExactly("daily-sales");
    }

    @Test
    void handWrittenFilesOfAManualPackageSurviveRegeneration() throws IOException {
        String job = "src/main/java/dev/x/Job.java";
        writer.write(out, GeneratedModule.of("daily-sales", Map.of("pom.xml", "v1", job, "class Job {}",
                "src/main/java/dev/x/Old.java", "class Old {}")));
        Path manual = out.resolve("daily-sales/src/main/java/dev/x/manual/PortedSteps.java");
        Path manualTest = out.resolve("daily-sales/src/test/java/dev/x/manual/PortedStepsTest.java");
        Files.createDirectories(manual.getParent());
        Files.createDirectories(manualTest.getParent());
        Files.writeString(manual, "class PortedSteps {} // by hand");
        Files.writeString(manualTest, "class PortedStepsTest {}");
        Files.writeString(out.resolve("daily-sales/src/main/java/dev/x/Edited.java"), "not in a manual package");

        writer.write(out, GeneratedModule.of("daily-sales", Map.of("pom.xml", "v2", job, "class Job { }")));

        assertThat(read(manual)).isEqualTo("class PortedSteps {} // by hand");
        assertThat(read(manualTest)).isEqualTo("class PortedStepsTest {}");
        assertThat(read(out.resolve("daily-sales/pom.xml"))).isEqualTo("v2");
        assertThat(out.resolve("daily-sales/src/main/java/dev/x/Old.java")).as("no longer generated").doesNotExist();
        assertThat(out.resolve("daily-sales/src/main/java/dev/x/Edited.java")).as("outside manual/").doesNotExist();
        assertThat(entries()).containsExactly("daily-sales");
    }

    @Test
    void aFileTheConverterWritesIsNeverHandWrittenEvenInAManualFolder() throws IOException {
        String generatedThere = "src/main/java/dev/jobs/manual/ManualJob.java";
        writer.write(out, GeneratedModule.of("manual", Map.of(generatedThere, "v1")));
        writer.write(out, GeneratedModule.of("manual", Map.of(generatedThere, "v2")));
        assertThat(read(out.resolve("manual").resolve(generatedThere))).isEqualTo("v2");
        assertThat(HandWritten.is(generatedThere, java.util.Set.of(generatedThere))).isFalse();
        assertThat(HandWritten.is("src/main/java/dev/jobs/x/manual/Steps.java", java.util.Set.of())).isTrue();
        assertThat(HandWritten.is("src/main/resources/manual/notes.txt", java.util.Set.of())).isFalse();
    }

    @Test
    void aFailedWriteLeavesThePreviousModuleIntactAndNoTemporaryFolder() throws IOException {
        writer.write(out, GeneratedModule.of("daily-sales", Map.of("pom.xml", "good")));
        // "a" is written as a file, so "a/b" cannot be created below it.
        GeneratedModule broken = GeneratedModule.of("daily-sales", Map.of("a", "file", "a/b", "child", "pom.xml", "bad"));

        assertThatThrownBy(() -> writer.write(out, broken)).isInstanceOf(IOException.class);

        assertThat(read(out.resolve("daily-sales/pom.xml"))).isEqualTo("good");
        assertThat(entries()).containsExactly("daily-sales");
    }

    @Test
    void namesAndPathsCannotEscapeTheOutputFolder() {
        assertThatThrownBy(() -> GeneratedModule.of("../evil", Map.of()))
                .hasMessage("module name '../evil' is not kebab-case ([a-z0-9-], at most 64)");
        assertThatThrownBy(() -> GeneratedModule.of("ok", Map.of("../pom.xml", "")))
                .hasMessage("file path '../pom.xml' must be relative, with plain segments");
        assertThatThrownBy(() -> GeneratedModule.of("ok", Map.of("/etc/passwd", "")))
                .hasMessage("file path '/etc/passwd' must be relative, with plain segments");
        assertThatThrownBy(() -> GeneratedModule.of("ok", Map.of("src//x", "")))
                .hasMessage("file path 'src//x' must be relative, with plain segments");
    }

    @Test
    void leftoversOfAnInterruptedRunAreRemoved() throws IOException {
        Files.createDirectories(out.resolve(".nbmigrate-staging-daily-sales-1234/src"));
        Files.createDirectories(out.resolve("keep-me"));

        writer.recover(out);

        assertThat(entries()).containsExactly("keep-me");
    }

    @Test
    void aTopLevelFileInASubfolderThatFailsToArriveLeavesNothingRecoveryMisses() throws IOException {
        // A folder where the wrapper's properties file goes: the move fails after the file was staged.
        Files.createDirectories(out.resolve(".mvn/wrapper/maven-wrapper.properties/occupied"));

        assertThatThrownBy(() -> ModuleWriter.writeFiles(out, Map.of(
                ".mvn/wrapper/maven-wrapper.properties", "distributionUrl=x"))).isInstanceOf(IOException.class);
        writer.recover(out);

        assertThat(entries()).containsExactly(".mvn");
        try (Stream<String> wrapper = Files.list(out.resolve(".mvn/wrapper")).map(p -> p.getFileName().toString())) {
            assertThat(wrapper).containsExactly("maven-wrapper.properties");
        }
    }

    @Test
    void topLevelFilesGoToTheirSubfoldersWithNoStagingLeft() throws IOException {
        ModuleWriter.writeFiles(out, Map.of("mvnw", "#!/bin/sh", ".mvn/wrapper/maven-wrapper.properties", "x=1"));

        assertThat(read(out.resolve(".mvn/wrapper/maven-wrapper.properties"))).isEqualTo("x=1");
        assertThat(out.resolve("mvnw")).isExecutable();
        assertThat(entries()).containsExactly(".mvn", "mvnw");
    }

    @Test
    void aPlainFileWhereTheModuleGoesIsNeverReplaced() throws IOException {
        Files.writeString(out.resolve("daily-sales"), "someone's notes");

        assertThatThrownBy(() -> writer.write(out, GeneratedModule.of("daily-sales", Map.of("pom.xml", "new"))))
                .isInstanceOf(ModuleWriter.OccupiedException.class)
                .hasMessageContaining("daily-sales is not a folder");

        assertThat(read(out.resolve("daily-sales"))).isEqualTo("someone's notes");
        assertThat(entries()).containsExactly("daily-sales");
    }

    @Test
    void aNormalWriteLeavesNoStagingFolder() throws IOException {
        writer.write(out, GeneratedModule.of("daily-sales", Map.of("pom.xml", "old")));
        writer.write(out, GeneratedModule.of("daily-sales", Map.of("pom.xml", "new")));
        writer.write(out, GeneratedModule.of("other", Map.of("pom.xml", "x")));

        assertThat(entries()).containsExactly("daily-sales", "other");
    }
}
