package dev.nbmigrate.converter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.nbmigrate.converter.testing.FakeTranslator;
import dev.nbmigrate.converter.testing.SampleJobs;

/**
 * {@code convert --jobs N}: the same modules, output and order whatever N is, including which of two notebooks
 * making the same module keeps it (the first in the batch's order).
 */
class ParallelConvertTest {

    private static final String[] NOTEBOOKS = {SampleJobs.NOTEBOOK, "notebooks/kitchen_waste.ipynb",
            "notebooks/sub/daily_site_covers.ipynb", "notebooks/supplier_prices.ipynb"};

    @TempDir
    Path one;

    @TempDir
    Path two;

    private static CliRunner.Run convert(Path project, String jobs) throws IOException {
        SampleJobs.copySampleProject(project);
        FakeTranslator translator = new FakeTranslator();
        for (String notebook : NOTEBOOKS) {
            Path file = project.resolve(notebook);
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.copy(project.resolve(SampleJobs.NOTEBOOK), file);
            }
            translator.with(notebook, t -> SampleJobs.renamed(SampleJobs.dailySiteCovers(t), notebook));
        }
        String[] args = new String[NOTEBOOKS.length + 3];
        args[0] = "convert";
        System.arraycopy(NOTEBOOKS, 0, args, 1, NOTEBOOKS.length);
        args[NOTEBOOKS.length + 1] = "--jobs";
        args[NOTEBOOKS.length + 2] = jobs;
        return CliRunner.run(project, translator, args);
    }

    private static SortedMap<String, String> tree(Path root) throws IOException {
        SortedMap<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }

    @Test
    void twoJobsWriteTheSameBytesAndSayTheSameAsOne() throws IOException {
        CliRunner.Run sequential = convert(one, "1");
        CliRunner.Run parallel = convert(two, "2");

        assertThat(sequential.out()).contains("written     notebooks/kitchen_waste.ipynb -> kitchen-waste")
                .contains("rejected    notebooks/sub/daily_site_covers.ipynb");
        assertThat(parallel.exit()).isEqualTo(sequential.exit());
        assertThat(parallel.out()).isEqualTo(sequential.out());
        assertThat(tree(two.resolve("generated"))).isEqualTo(tree(one.resolve("generated")));
        assertThat(progressLines(parallel.err())).isEqualTo(progressLines(sequential.err()));
    }

    @Test
    void jobsBelowOneIsBadUsage() throws IOException {
        CliRunner.Run run = convert(one, "0");

        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--jobs must be at least 1, not 0");
        assertThat(one.resolve("generated/kitchen-waste")).doesNotExist();
    }

    /** The progress lines without their times. */
    private static java.util.List<String> progressLines(String err) {
        return err.lines().filter(l -> l.startsWith("[")).map(l -> l.replaceAll(" \\(.*\\)$", "")).toList();
    }
}
