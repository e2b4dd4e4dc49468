package dev.nbmigrate.converter.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.expect.Expectations;
import dev.nbmigrate.converter.expect.ExpectationsReader;
import dev.nbmigrate.converter.model.Target;
import dev.nbmigrate.converter.testing.GeneratedTests;
import dev.nbmigrate.converter.testing.SampleJobs;

/**
 * The generated tests themselves, run in this JVM on local Spark: they pass on a correct job, fail on exactly the
 * value the expectations get wrong, and without expectations still run the job, find every output and see bad
 * configuration refused.
 */
class GeneratedTestsTest {

    private static final String TEST_CLASS = "dev.nbmigrate.jobs.dailysitecovers.DailySiteCoversJobTest";

    @TempDir
    Path dir;

    @Test
    void passOnTheSampleDataWithTheExpectations() throws Exception {
        RenderFixture fixture = new RenderFixture(dir.resolve("project"));
        RenderedModule module = fixture.render(SampleJobs.dailySiteCovers(Target.DBR_17_3));

        GeneratedTests.Outcome outcome = GeneratedTests.run(module.module().orElseThrow(), TEST_CLASS, dir.resolve("module"));

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.run()).isEqualTo(7);
    }

    @Test
    void failOnExactlyTheWrongExpectedValue() throws Exception {
        RenderFixture fixture = new RenderFixture(dir.resolve("project"));
        Expectations wrong = ExpectationsReader.parse(Files.readString(fixture.project.resolve(RenderFixture.EXPECTATIONS))
                .replace("\"net_sales\": 70.1", "\"net_sales\": 70.2"), "wrong.expect.json");
        RenderedModule module = fixture.render(SampleJobs.dailySiteCovers(Target.DBR_17_3), Optional.of(wrong),
                Optional.empty());

        GeneratedTests.Outcome outcome = GeneratedTests.run(module.module().orElseThrow(), TEST_CLASS, dir.resolve("module"));

        assertThat(outcome.run()).isEqualTo(7);
        assertThat(outcome.failures()).containsOnlyKeys(
                "wasbs://curated@acct.blob.core.windows.net/site_covers/ holds the expected rows");
        assertThat(outcome.failures().values().iterator().next())
                .contains("differs in net_sales (expected 70.2, got 70.1)");
    }

    @Test
    void withoutExpectationsStillRunTheJobAndCheckEveryOutputIsWritten() throws Exception {
        RenderFixture fixture = new RenderFixture(dir.resolve("project"));
        // Without expectations nothing creates reference.sites or gives --run-label: a job that needs neither.
        var model = SampleJobs.withoutTableInputOrRequiredOption(SampleJobs.dailySiteCovers(Target.DBR_17_3));
        RenderedModule module = fixture.render(model, Optional.empty(), Optional.empty());
        assertThat(module.diagnostics()).anyMatch(d -> d.code() == Code.NBM505);
        assertThat(module.module().orElseThrow().files().get("MIGRATION.md")).contains("**No expectations were given**");

        GeneratedTests.Outcome outcome = GeneratedTests.run(module.module().orElseThrow(), TEST_CLASS, dir.resolve("module"));

        assertThat(outcome.failures()).isEmpty();
        // two outputs written, out-of-range, bad value and unknown option refused
        assertThat(outcome.run()).isEqualTo(5);
    }
}
