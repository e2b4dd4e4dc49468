package dev.nbmigrate.converter.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a module so that, wherever the process dies, the output folder holds the old module or the new one, whole.
 *
 * <p>The steps: (1) every file goes to {@code .nbmigrate-staging-<name>} beside the target, with the old module's
 * hand-written files ({@link HandWritten}: a {@code manual} package) copied over unchanged; (2) the old module is
 * renamed to {@code .nbmigrate-previous-<name>}; (3) the staging folder is renamed to the module; (4) the previous
 * version is deleted. The names are fixed per module, so {@link #recover} (run before anything else by the next
 * run) can tell what a killed run left: a previous version without a module folder is put back (the run died
 * between (2) and (3)), a previous version beside a module folder is deleted (it died during (4)), staging folders
 * are deleted. A plain file where the module folder should go is never replaced ({@link OccupiedException}).
 */
public final class ModuleWriter {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleWriter.class);
    /** Prefix of the folders (and the aggregator's temporary file) that only exist while a write is under way. */
    public static final String STAGING_PREFIX = ".nbmigrate-staging-";
    /** Files of a module that are scripts, written executable: the Maven wrapper. */
    static final java.util.Set<String> EXECUTABLE = java.util.Set.of("mvnw");
    /** Prefix of the previous version of a module while it is being replaced. */
    public static final String PREVIOUS_PREFIX = ".nbmigrate-previous-";
    /** The backups of earlier releases: {@code .nbmigrate-staging-<name>-previous-<uuid>}. */
    private static final Pattern LEGACY_PREVIOUS = Pattern.compile(
            Pattern.quote(STAGING_PREFIX) + "(.+)-previous-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** The steps of a write, in order; tests stop the writer after any of them. */
    enum Step { STAGED, OLD_MOVED_ASIDE, NEW_MOVED_IN, OLD_DELETED }

    /** Called after each step (package-private: tests simulate the process dying there). */
    interface StepHook {
        void after(Step step, Path outDir, String module);

        StepHook NONE = (step, outDir, module) -> { };
    }

    /** A path where a module folder should go holds something else (a plain file); it is left as it is. */
    public static final class OccupiedException extends IOException {
        private static final long serialVersionUID = 1L;

        OccupiedException(Path target) {
            super(target + " is not a folder; the module is not written there (move or delete it)");
        }
    }

    private final StepHook hook;

    public ModuleWriter() {
        this(StepHook.NONE);
    }

    ModuleWriter(StepHook hook) {
        this.hook = hook;
    }

    /** Writes {@code module} to {@code outDir/<name>}, replacing what was there; returns the module folder. */
    public Path write(Path outDir, GeneratedModule module) throws IOException {
        Files.createDirectories(outDir);
        String name = module.name();
        Path target = outDir.resolve(name);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new OccupiedException(target);
        }
        Path staging = outDir.resolve(STAGING_PREFIX + name);
        Path previous = outDir.resolve(PREVIOUS_PREFIX + name);
        recoverModule(outDir, name);
        deleteRecursively(staging);
        try {
            for (Map.Entry<String, String> file : module.files().entrySet()) {
                Path path = staging.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
                if (EXECUTABLE.contains(file.getKey())) {
                    executable(path);
                }
            }
            // Hand-written files (a manual package) belong to the team, not the converter: they go with the module.
            for (Map.Entry<String, Path> file : HandWritten.in(target, module.files().keySet()).entrySet()) {
                Path path = staging.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.copy(file.getValue(), path, StandardCopyOption.COPY_ATTRIBUTES);
            }
            hook.after(Step.STAGED, outDir, name);
            if (Files.exists(target)) {
                move(target, previous);
                hook.after(Step.OLD_MOVED_ASIDE, outDir, name);
                try {
                    move(staging, target);
                } catch (IOException | RuntimeException e) {
                    move(previous, target);
                    throw e;
                }
                hook.after(Step.NEW_MOVED_IN, outDir, name);
                deleteRecursively(previous);
                hook.after(Step.OLD_DELETED, outDir, name);
            } else {
                move(staging, target);
                hook.after(Step.NEW_MOVED_IN, outDir, name);
            }
            LOG.debug("wrote {} ({} files)", target, module.files().size());
            return target;
        } catch (IOException | RuntimeException e) {
            // A failure the process survives: nothing of this write stays. (A dead process leaves the folder to
            // recover(), which the next run calls first.)
            deleteRecursively(staging);
            throw e;
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
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(root);
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

    /**
     * Repairs what a killed run left in {@code outDir}, before anything else is done there: puts back a previous
     * version whose replacement never arrived, deletes a previous version that was replaced, deletes staging
     * folders and files. Afterwards every module is its old or its new version, whole.
     */
    public void recover(Path outDir) {
        if (!Files.isDirectory(outDir)) {
            return;
        }
        try {
            for (Path entry : list(outDir)) {
                String file = entry.getFileName().toString();
                if (file.startsWith(PREVIOUS_PREFIX)) {
                    recoverModule(outDir, file.substring(PREVIOUS_PREFIX.length()));
                } else {
                    Matcher legacy = LEGACY_PREVIOUS.matcher(file);
                    if (legacy.matches()) {
                        restoreOrDelete(entry, outDir.resolve(legacy.group(1)));
                    }
                }
            }
            for (Path entry : list(outDir)) {
                if (entry.getFileName().toString().startsWith(STAGING_PREFIX)) {
                    LOG.info("removing {} left by an interrupted run", entry);
                    deleteRecursively(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path outDir) throws IOException {
        try (var entries = Files.list(outDir)) {
            return entries.sorted().toList();
        }
    }

    private void recoverModule(Path outDir, String name) throws IOException {
        restoreOrDelete(outDir.resolve(PREVIOUS_PREFIX + name), outDir.resolve(name));
    }

    private static void restoreOrDelete(Path previous, Path target) throws IOException {
        if (!Files.exists(previous, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            LOG.info("removing {}: {} was replaced by an interrupted run", previous, target);
            deleteRecursively(previous);
        } else {
            LOG.warn("restoring {} from {}: an interrupted run had moved it aside", target, previous);
            move(previous, target);
        }
    }

    /**
     * Writes {@code files} (path in the folder to text) into {@code folder}, each replaced atomically, {@code mvnw}
     * made executable: the Maven wrapper at the top of an output folder outside the project. Each file is staged at
     * the top of {@code folder} (its path flattened into the staging name), where {@link #recover} finds what a killed
     * run left, whatever subfolder the file goes to.
     */
    public static void writeFiles(Path folder, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Path temporary = folder.resolve(STAGING_PREFIX + file.getKey().replace('/', '_'));
            Files.writeString(temporary, file.getValue(), StandardCharsets.UTF_8);
            if (EXECUTABLE.contains(file.getKey())) {
                executable(temporary);
            }
            try {
                Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Makes {@code path} executable by everyone who may read it (where the file system has permissions). */
    private static void executable(Path path) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions = java.util.EnumSet.copyOf(
                    Files.getPosixFilePermissions(path));
            permissions.add(java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE);
            permissions.add(java.nio.file.attribute.PosixFilePermission.GROUP_EXECUTE);
            permissions.add(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE);
            Files.setPosixFilePermissions(path, permissions);
        }
    }
}
