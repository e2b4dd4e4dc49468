package dev.nbmigrate.converter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.nbmigrate.converter.testing.FakeTranslator;
import dev.nbmigrate.converter.testing.SampleJobs;

/** Progress of long commands: plain lines off a terminal, a line rewritten in place on one, nothing when quiet. */
class ProgressTest {

    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path project;

    @Test
    void offATerminalEachStepIsALineWithElapsedTimeAndAnEstimate() {
        StringWriter err = new StringWriter();
        AtomicLong now = new AtomicLong(100 * SECOND);
        Progress progress = new Progress(new PrintWriter(err), Progress.Mode.LINES, "converting", now::get);

        progress.started(0, 3, "a.ipynb");
        now.addAndGet(20 * SECOND);
        progress.started(1, 3, "b.ipynb");
        now.addAndGet(4000 * SECOND);
        progress.started(2, 3, "c.ipynb");
        progress.done();

        assertThat(err.toString().lines()).containsExactly(
                "[1/3] converting a.ipynb (0:00 elapsed)",
                "[2/3] converting b.ipynb (0:20 elapsed, about 0:40 left)",
                "[3/3] converting c.ipynb (1:07:00 elapsed, about 33:30 left)");
    }

    @Test
    void onATerminalTheLineIsRewrittenAndClearedAtTheEnd() {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err), Progress.Mode.TERMINAL, "assessing", () -> 0L);

        progress.started(0, 2, "a_notebook_with_a_long_name.ipynb");
        progress.started(1, 2, "b.ipynb");
        progress.done();

        String first = "[1/2] assessing a_notebook_with_a_long_name.ipynb (0:00 elapsed)";
        String second = "[2/2] assessing b.ipynb (0:00 elapsed, about 0:00 left)";
        assertThat(err.toString()).isEqualTo("\r" + first + "\r" + second
                + " ".repeat(first.length() - second.length()) + "\r" + " ".repeat(second.length()) + "\r");
        assertThat(err.toString()).doesNotContain("\n");
    }

    @Test
    void quietShowsNothing() {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err), Progress.Mode.QUIET, "converting", () -> 0L);

        progress.started(0, 1, "a.ipynb");
        progress.done();

        assertThat(err.toString()).isEmpty();
        assertThat(Progress.Mode.of(true)).isEqualTo(Progress.Mode.QUIET);
    }

    @Test
    void convertShowsPlainProgressLinesWhenNotOnATerminalAndNoneWhenQuiet() {
        SampleJobs.copySampleProject(project);
        FakeTranslator translator = new FakeTranslator().with(SampleJobs.NOTEBOOK, SampleJobs::dailySiteCovers);

        CliRunner.Run shown = CliRunner.run(project, translator, "convert", SampleJobs.NOTEBOOK);
        CliRunner.Run quiet = CliRunner.run(project, translator, "convert", "--quiet", SampleJobs.NOTEBOOK);

        assertThat(shown.exit()).as(shown.all()).isZero();
        assertThat(shown.err()).containsPattern(
                "(?m)^\\[1/1\\] converting " + SampleJobs.NOTEBOOK.replace(".", "\\.") + " \\(0:\\d\\d elapsed\\)$");
        assertThat(quiet.exit()).as(quiet.all()).isZero();
        assertThat(quiet.err()).doesNotContain("[1/1]");
        assertThat(quiet.out()).isEqualTo(shown.out());
    }
}
