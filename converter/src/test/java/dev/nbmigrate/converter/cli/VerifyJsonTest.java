package dev.nbmigrate.converter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.nbmigrate.converter.testing.FakeTranslator;
import dev.nbmigrate.converter.verify.ModuleBuild;
import dev.nbmigrate.converter.verify.TestCounts;
import dev.nbmigrate.converter.verify.VerifyResult;

/** {@code nbmigrate verify --format json}: schema {@code nbmigrate-verify/1} (its Maven runs are in EndToEndTest). */
class VerifyJsonTest {

    @TempDir
    Path project;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void eachModuleHasItsBuildTestsAndTime() throws Exception {
        VerifyResult result = new VerifyResult(List.of(
                new ModuleBuild("a-job", ModuleBuild.Outcome.SUCCESS, new TestCounts(7, 0, 0, 1), Duration.ofMillis(1500)),
                new ModuleBuild("b-job", ModuleBuild.Outcome.FAILURE, new TestCounts(3, 1, 0, 0), Duration.ofMillis(200)),
                new ModuleBuild("c-job", ModuleBuild.Outcome.NOT_BUILT, TestCounts.NONE, Duration.ZERO)),
                1, List.of("[ERROR] a line of Maven"));

        JsonNode report = MAPPER.readTree(VerifyJson.render(result, false, ExitCodes.FAILED));

        assertThat(report.path("schema").asText()).isEqualTo("nbmigrate-verify/1");
        assertThat(report.path("passed").asBoolean()).isFalse();
        assertThat(report.path("exitCode").asInt()).isEqualTo(1);
        assertThat(report.path("mavenExitCode").asInt()).isEqualTo(1);
        assertThat(report.path("modules").findValuesAsText("module")).containsExactly("a-job", "b-job", "c-job");
        assertThat(report.path("modules").findValuesAsText("build")).containsExactly("success", "failure", "notBuilt");
        JsonNode first = report.path("modules").get(0);
        assertThat(first.path("passed").asBoolean()).isTrue();
        assertThat(first.path("tests").path("run").asInt()).isEqualTo(7);
        assertThat(first.path("tests").path("skipped").asInt()).isEqualTo(1);
        assertThat(first.path("millis").asLong()).isEqualTo(1500);
        assertThat(report.path("modules").get(1).path("passed").asBoolean()).isFalse();
        assertThat(report.path("modules").get(1).path("tests").path("failures").asInt()).isEqualTo(1);
        assertThat(report.path("mavenOutputTail")).as("only when Maven stopped before any module").isEmpty();
    }

    @Test
    void mavenStoppingEarlyKeepsItsLastLines() throws Exception {
        VerifyResult result = new VerifyResult(List.of(
                new ModuleBuild("a-job", ModuleBuild.Outcome.NOT_BUILT, TestCounts.NONE, Duration.ZERO)), 1,
                List.of("[ERROR] Non-resolvable import POM", "BUILD FAILURE"));

        JsonNode report = MAPPER.readTree(VerifyJson.render(result, true, ExitCodes.FAILED));

        assertThat(report.path("mavenOutputTail")).hasSize(2);
        assertThat(report.path("mavenOutputTail").get(0).asText()).isEqualTo("[ERROR] Non-resolvable import POM");
    }

    @Test
    void anUnknownFormatIsBadUsage() {
        CliRunner.Run run = CliRunner.run(project, new FakeTranslator(), "verify", "--format", "xml");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("nbmigrate verify: --format must be text or json, not xml");
    }
}
