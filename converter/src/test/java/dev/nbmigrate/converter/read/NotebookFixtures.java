package dev.nbmigrate.converter.read;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Access to the test notebooks under {@code src/test/resources/notebooks}, named by their relative path. */
public final class NotebookFixtures {

    private NotebookFixtures() {
    }

    /** The file of a test notebook, e.g. {@code broken/truncated.ipynb}. */
    public static Path path(String name) {
        URL url = NotebookFixtures.class.getResource("/notebooks/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test notebook " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a test notebook, named in findings by its relative path. */
    public static Notebook read(String name) throws NotebookReadException {
        return new NotebookReader().read(path(name), name);
    }
}
