package dev.nbmigrate.converter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's main command, copied from the README and run by a shell exactly as written, in a copy of this checkout
 * (its files without {@code target/} folders), with the converter this build packaged in place of the launcher's
 * first build. It converts {@code legacy-notebooks/} and runs a generated job on local Spark, so it must exit 0 even
 * though some notebooks have error findings.
 */
class ReadmeMainCommandIT {

    private static final Path REPO_ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String MAIN_COMMAND =
            "./nbmigrate convert legacy-notebooks && ./nbmigrate run suppliers-delivery-punctuality";

    @TempDir
    Path dir;

    @Test
    void theMainCommandRunsAsWritten() throws IOException, InterruptedException {
        Assumptions.assumeTrue(System.getProperty("nbmigrate.spark.version", "").startsWith("4."),
                "the README's main command runs the converter built for the default Spark 4 target; this build is"
                        + " Spark " + System.getProperty("nbmigrate.spark.version"));
        assertThat(mainCommandOfTheReadme()).isEqualTo(MAIN_COMMAND);
        Path project = dir.resolve("nbmigrate");
        copyCheckout(project);
        placeConverter(project);

        Path log = dir.resolve("main-command.log");
        Process shell = new ProcessBuilder("bash", "-c", MAIN_COMMAND).directory(project.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = shell.waitFor(20, TimeUnit.MINUTES);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(ended).as("the main command ended within 20 minutes:\n" + output).isTrue();
        assertThat(shell.exitValue()).as(output).isZero();
        assertThat(output).contains("9 notebooks: 9 written, 0 not written, 0 rejected")
                .doesNotContain("nbmigrate: building the converter")
                .contains("outputs:")
                .contains("foodops.supplier_punctuality_monthly -> ");
        assertThat(project.resolve("generated/suppliers-delivery-punctuality/target/spark-warehouse/foodops.db/"
                + "supplier_punctuality_monthly")).isDirectory();
    }

    /** The first command line of the README's section "The two commands". */
    private static String mainCommandOfTheReadme() throws IOException {
        List<String> lines = Files.readAllLines(REPO_ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int section = lines.indexOf("## The two commands");
        assertThat(section).as("README.md has a section 'The two commands'").isNotNegative();
        return lines.stream().skip(section).filter(line -> line.startsWith("    ./")).findFirst()
                .map(String::strip).orElseThrow();
    }

    /** The checkout's files, without build output, VCS data or local Spark leftovers. */
    private static void copyCheckout(Path project) throws IOException {
        try (Stream<Path> files = Files.walk(REPO_ROOT)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = REPO_ROOT.relativize(file);
                boolean skipped = false;
                for (Path part : relative) {
                    String name = part.toString();
                    skipped |= name.equals("target") || name.equals(".git") || name.equals("spark-warehouse")
                            || name.equals("metastore_db");
                }
                if (!skipped) {
                    Path copy = project.resolve(relative);
                    Files.createDirectories(copy.getParent());
                    Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /**
     * The converter jar and libraries this build packaged, where the launcher keeps them after its own first build
     * (newer than every source, for the default profile), so the command does not build the converter again.
     */
    private static void placeConverter(Path project) throws IOException {
        Path built = Path.of(System.getProperty("nbmigrate.converter.jar"));
        Path target = project.resolve("converter/target");
        Path lib = Files.createDirectories(target.resolve("lib"));
        try (Stream<Path> jars = Files.list(built.getParent().resolve("lib"))) {
            for (Path jar : jars.filter(Files::isRegularFile).toList()) {
                Files.copy(jar, lib.resolve(jar.getFileName()));
            }
        }
        Files.writeString(lib.resolve(".profile"), "default\n");
        Path jar = target.resolve("nbmigrate-converter.jar");
        Files.copy(built, jar);
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plus(1, ChronoUnit.MINUTES)));
    }
}
