package dev.nbmigrate.converter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.nbmigrate.converter.testing.ScratchProject;
import dev.nbmigrate.converter.translate.Translators;
import picocli.CommandLine;

/**
 * A module converted with {@code --out} into an empty folder outside the checkout is a project of its own: it builds
 * and passes its tests there with its own wrapper, offline ({@code ./mvnw -B -o verify}), against a local repository
 * holding what the project's {@code ./mvnw install} puts there (the runtime, {@code nbmigrate-bom} and their parent;
 * laid out by {@link ScratchProject} so the user's repository is only read), and {@code run --out} runs its job.
 */
class StandaloneModuleTest {

    /** The project root: the converter module's parent. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final String NOTEBOOK = "legacy-notebooks/allergen_matrix.ipynb";

    @TempDir
    Path dir;

    @Test
    void aModuleConvertedOutsideTheCheckoutBuildsAloneWithItsOwnWrapper() throws Exception {
        Path repository = ScratchProject.repository(ScratchProject.create(dir.resolve("installed")));
        String repositories = "-Dmaven.repo.local=" + repository + " -Dmaven.repo.local.tail="
                + Path.of(System.getProperty("user.home"), ".m2", "repository");
        Path out = dir.resolve("elsewhere");
        Files.createDirectories(out);
        assertThat(out).isEmptyDirectory();
        assertThat(out.startsWith(ROOT)).isFalse();

        Run convert = nbmigrate(Map.of(), "convert", NOTEBOOK, "--out", out.toString(), "--format", "json");
        assertThat(convert.exit()).as(convert.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(convert.out());
        assertThat(report.path("notebooks").get(0).path("outcome").asText()).isEqualTo("written");
        Path module = out.resolve("allergen-matrix");
        assertThat(module.resolve("mvnw")).isExecutable();
        assertThat(Files.readString(module.resolve("pom.xml"))).doesNotContain("<parent>");

        ProcessBuilder build = new ProcessBuilder(List.of("./mvnw", "-B", "-o", "verify")).directory(module.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("build.log").toFile());
        build.environment().put("MAVEN_OPTS", repositories);
        Process process = build.start();
        assertThat(process.waitFor(20, TimeUnit.MINUTES)).as("the build finishes").isTrue();
        String log = Files.readString(dir.resolve("build.log"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(log).isZero();
        assertThat(log).contains("BUILD SUCCESS").containsPattern("Tests run: [1-9]\\d*, Failures: 0, Errors: 0");
        try (Stream<Path> jars = Files.list(module.resolve("target"))) {
            assertThat(jars.map(p -> p.getFileName().toString())).anyMatch(n -> n.matches("allergen-matrix-.*\\.jar"));
        }

        Run run = nbmigrate(Map.of("MAVEN_OPTS", repositories), "run", "--offline", "--out", out.toString(),
                "allergen-matrix");
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("outputs:").contains(module.resolve("target/local-lake").toString());
    }

    private record Run(int exit, String out, String err) {
    }

    private Run nbmigrate(Map<String, String> environment, String... args) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = NbmigrateCli.commandLine(new CliContext(ROOT,
                () -> Translators.load(getClass().getClassLoader()), environment));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
