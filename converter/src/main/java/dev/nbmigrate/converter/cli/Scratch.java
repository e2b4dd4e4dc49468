package dev.nbmigrate.converter.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Removes a command's temporary folder. */
final class Scratch {

    private static final Logger LOG = LoggerFactory.getLogger(Scratch.class);

    private Scratch() {
    }

    static void delete(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            LOG.warn("could not remove temporary folder {}: {}", folder, e.getMessage());
        }
    }
}
