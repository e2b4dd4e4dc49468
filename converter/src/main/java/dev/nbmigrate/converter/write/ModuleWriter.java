package dev.nbmigrate.converter.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a module atomically: all files go to a temporary folder beside the target, which then replaces the
 * previous module in one rename. On any failure the temporary folder is removed and the previous module is left
 * exactly as it was: never a half-written module, never a good module lost.
 */
public final class ModuleWriter {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleWriter.class);
    private static final String STAGING_PREFIX = ".nbmigrate-staging-";

    /** Writes {@code module} to {@code outDir/<name>}, replacing what was there; returns the module folder. */
    public Path write(Path outDir, GeneratedModule module) throws IOException {
        Files.createDirectories(outDir);
        Path target = outDir.resolve(module.name());
        String token = UUID.randomUUID().toString();
        Path staging = outDir.resolve(STAGING_PREFIX + module.name() + "-" + token);
        Path previous = outDir.resolve(STAGING_PREFIX + module.name() + "-previous-" + token);
        try {
            for (Map.Entry<String, String> file : module.files().entrySet()) {
                Path path = staging.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
            if (Files.exists(target)) {
                move(target, previous);
                try {
                    move(staging, target);
                } catch (IOException | RuntimeException e) {
                    move(previous, target);
                    throw e;
                }
                deleteRecursively(previous);
            } else {
                move(staging, target);
            }
            LOG.debug("wrote {} ({} files)", target, module.files().size());
            return target;
        } finally {
            if (Files.exists(staging)) {
                deleteRecursively(staging);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes {@code root} and everything under it; nothing when it does not exist. */
    public static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Removes staging folders a killed run may have left in {@code outDir}. */
    public void removeLeftovers(Path outDir) {
        if (!Files.isDirectory(outDir)) {
            return;
        }
        try (var entries = Files.list(outDir)) {
            for (Path entry : entries.filter(p -> p.getFileName().toString().startsWith(STAGING_PREFIX)).toList()) {
                LOG.info("removing {} left by an interrupted run", entry);
                deleteRecursively(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
