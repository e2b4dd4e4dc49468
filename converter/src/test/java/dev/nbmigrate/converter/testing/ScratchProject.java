package dev.nbmigrate.converter.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import dev.nbmigrate.runtime.SparkJob;
import dev.nbmigrate.runtime.testkit.SparkTest;

/**
 * A throw-away copy of the project layout for tests that run Maven on generated modules: the Maven wrapper, the
 * real parent pom (its modules emptied, so only {@code generated/} builds, through the parent's own profile that
 * adds it when {@code generated/pom.xml} exists) and a local repository holding the runtime this JVM was built with
 * and the BOM generated modules import, chained to the user's repository (read only). Nothing is installed into the user's repository.
 */
public final class ScratchProject {

    /** The repository root this test JVM runs from. */
    public static final Path REPO_ROOT = Path.of("..").toAbsolutePath().normalize();

    private ScratchProject() {
    }

    /** Lays the project out in {@code dir}; returns {@code dir}. */
    public static Path create(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.copy(REPO_ROOT.resolve("mvnw"), dir.resolve("mvnw"), StandardCopyOption.COPY_ATTRIBUTES);
            Files.createDirectories(dir.resolve(".mvn/wrapper"));
            Files.copy(REPO_ROOT.resolve(".mvn/wrapper/maven-wrapper.properties"),
                    dir.resolve(".mvn/wrapper/maven-wrapper.properties"));
            String pom = Files.readString(REPO_ROOT.resolve("pom.xml"));
            String scratchPom = pom.replaceFirst("(?s)<modules>.*?</modules>", "<modules/>");
            if (scratchPom.equals(pom)) {
                throw new IllegalStateException("the root pom has no <modules> to empty");
            }
            Files.writeString(dir.resolve("pom.xml"), scratchPom);
            Path repo = dir.resolve("repo");
            Path runtimeDir = repo.resolve("dev/nbmigrate/nbmigrate-runtime/0.1.0-SNAPSHOT");
            Files.createDirectories(runtimeDir);
            Files.copy(REPO_ROOT.resolve("runtime/pom.xml"), runtimeDir.resolve("nbmigrate-runtime-0.1.0-SNAPSHOT.pom"));
            writeClassesJar(SparkJob.class, runtimeDir.resolve("nbmigrate-runtime-0.1.0-SNAPSHOT.jar"));
            Path testkitDir = repo.resolve("dev/nbmigrate/nbmigrate-testkit/0.1.0-SNAPSHOT");
            Files.createDirectories(testkitDir);
            Files.copy(REPO_ROOT.resolve("runtime/testkit/pom.xml"),
                    testkitDir.resolve("nbmigrate-testkit-0.1.0-SNAPSHOT.pom"));
            writeClassesJar(SparkTest.class, testkitDir.resolve("nbmigrate-testkit-0.1.0-SNAPSHOT.jar"));
            Path parentDir = repo.resolve("dev/nbmigrate/nbmigrate-parent/0.1.0-SNAPSHOT");
            Files.createDirectories(parentDir);
            Files.writeString(parentDir.resolve("nbmigrate-parent-0.1.0-SNAPSHOT.pom"), pom);
            Path bomDir = repo.resolve("dev/nbmigrate/nbmigrate-bom/0.1.0-SNAPSHOT");
            Files.createDirectories(bomDir);
            Files.copy(REPO_ROOT.resolve("runtime/bom/pom.xml"), bomDir.resolve("nbmigrate-bom-0.1.0-SNAPSHOT.pom"));
            Path userRepo = Path.of(System.getProperty("user.home"), ".m2", "repository");
            Files.writeString(dir.resolve(".mvn/maven.config"), String.join("\n", List.of(
                    "-Dmaven.repo.local=" + repo, "-Dmaven.repo.local.tail=" + userRepo)) + "\n");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The local repository {@link #create} lays out in {@code dir}: the runtime, the test kit, the BOM and the parent. */
    public static Path repository(Path dir) {
        return dir.resolve("repo");
    }

    /** The classes of {@code type}'s artifact this JVM uses (a jar, or the classes folder of a reactor build), as a jar. */
    private static void writeClassesJar(Class<?> type, Path jar) throws IOException {
        Path source;
        try {
            source = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (Files.isRegularFile(source)) {
            Files.copy(source, jar);
            return;
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
             Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new JarEntry(source.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
    }
}
