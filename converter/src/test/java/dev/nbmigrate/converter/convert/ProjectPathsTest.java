package dev.nbmigrate.converter.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectPathsTest {

    @TempDir
    Path root;

    @Test
    void theDataFolderIsTheNearestBesideOrAboveTheNotebookWithinTheProject() throws Exception {
        Files.createDirectories(root.resolve("nb/data"));
        Files.createDirectories(root.resolve("nb/zeppelin/2F1"));
        ProjectPaths paths = new ProjectPaths(root);

        assertThat(paths.findDataRoot(Path.of("nb/zeppelin/2F1/note.json"))).contains(root.resolve("nb/data"));
        assertThat(paths.findDataRoot(Path.of("nb/daily.ipynb"))).contains(root.resolve("nb/data"));
        assertThat(paths.findDataRoot(Path.of("other/x.ipynb"))).isEmpty();
        assertThat(paths.display(root.resolve("nb/data"))).isEqualTo("nb/data");
        assertThat(paths.display(Path.of("/elsewhere/x"))).isEqualTo("/elsewhere/x");
    }
}
