package dev.nbmigrate.converter.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code nbmigrate check} compares: generated files, not a team's hand-written {@code manual} package. */
class OutputCheckDifferencesTest {

    private static void write(Path root, String relative, String text) throws Exception {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void handWrittenFilesAreIgnoredAndGeneratedOnesCompared(@TempDir Path committed, @TempDir Path regenerated)
            throws Exception {
        for (Path root : new Path[] {committed, regenerated}) {
            write(root, "jobs/pom.xml", "<project/>");
            write(root, "jobs/src/main/java/dev/x/Job.java", "class Job {}");
        }
        write(committed, "jobs/src/main/java/dev/x/manual/PortedSteps.java", "class PortedSteps {}");
        write(committed, "jobs/src/test/java/dev/x/manual/PortedStepsTest.java", "class PortedStepsTest {}");
        assertThat(OutputCheck.differences(committed, regenerated)).isEmpty();

        write(committed, "jobs/src/main/java/dev/x/Job.java", "class Job { /* edited by hand */ }");
        write(committed, "jobs/src/main/java/dev/x/Extra.java", "class Extra {}");
        assertThat(OutputCheck.differences(committed, regenerated)).hasSize(2)
                .anySatisfy(d -> assertThat(d).startsWith("--- a/jobs/src/main/java/dev/x/Job.java"))
                .anySatisfy(d -> assertThat(d).startsWith("--- a/jobs/src/main/java/dev/x/Extra.java"));
    }
}
