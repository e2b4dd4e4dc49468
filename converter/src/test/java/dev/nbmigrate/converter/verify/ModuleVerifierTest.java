package dev.nbmigrate.converter.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real Maven run (offline, from the local repository) over a two-module project made in a temp folder. */
class ModuleVerifierTest {

    private static final Path REPO_ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path project;

    private void copyWrapper() throws IOException {
        Files.copy(REPO_ROOT.resolve("mvnw"), project.resolve("mvnw"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.createDirectories(project.resolve(".mvn/wrapper"));
        Files.copy(REPO_ROOT.resolve(".mvn/wrapper/maven-wrapper.properties"),
                project.resolve(".mvn/wrapper/maven-wrapper.properties"));
    }

    private void module(String name, String assertion) throws IOException {
        Path dir = project.resolve("generated").resolve(name);
        Files.createDirectories(dir.resolve("src/test/java/t"));
        Files.writeString(dir.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent><groupId>t</groupId><artifactId>root</artifactId><version>1</version><relativePath>../../pom.xml</relativePath></parent>
                  <artifactId>%s</artifactId>
                  <name>%s</name>
                </project>
                """.formatted(name, name));
        Files.writeString(dir.resolve("src/test/java/t/ATest.java"), """
                package t;
                class ATest {
                    @org.junit.jupiter.api.Test void one() { %s }
                    @org.junit.jupiter.api.Test void two() { }
                }
                """.formatted(assertion));
    }

    @Test
    void buildsAllModulesInOneReactorAndReportsEach() throws IOException {
        copyWrapper();
        // The project's own parent pom pins every plugin, so the offline build needs only what the main build fetched
        // (Maven resolves a relative relativePath only).
        Files.writeString(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent><groupId>dev.nbmigrate</groupId><artifactId>nbmigrate-parent</artifactId>
                    <version>0.1.0-SNAPSHOT</version><relativePath>%s</relativePath></parent>
                  <groupId>t</groupId><artifactId>root</artifactId><version>1</version><packaging>pom</packaging>
                  <modules><module>generated/good-job</module><module>generated/bad-job</module></modules>
                  <dependencies>
                    <dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId>
                      <scope>test</scope></dependency>
                  </dependencies>
                </project>
                """.formatted(project.relativize(REPO_ROOT.resolve("pom.xml"))));
        module("good-job", "");
        module("bad-job", "org.junit.jupiter.api.Assertions.assertEquals(1, 2);");

        VerifyResult result = new ModuleVerifier(project)
                .verify(List.of("generated/good-job", "generated/bad-job"), List.of(), true);
        List<ModuleBuild> builds = result.modules();

        assertThat(result.passed()).isFalse();
        assertThat(result.exitCode()).as(String.join("\n", result.outputTail())).isEqualTo(1);
        assertThat(builds).extracting(ModuleBuild::module).containsExactly("good-job", "bad-job");
        assertThat(builds.get(0).outcome()).as(String.join("\n", result.outputTail())).isEqualTo(ModuleBuild.Outcome.SUCCESS);
        assertThat(builds.get(0).tests()).isEqualTo(new TestCounts(2, 0, 0, 0));
        assertThat(builds.get(0).passed()).isTrue();
        assertThat(builds.get(0).time()).isGreaterThan(Duration.ZERO);
        assertThat(builds.get(1).outcome()).isEqualTo(ModuleBuild.Outcome.FAILURE);
        assertThat(builds.get(1).tests()).isEqualTo(new TestCounts(2, 1, 0, 0));
        assertThat(ModuleVerifier.table(builds)).startsWith("module    build      tests")
                .contains("good-job  SUCCESS    2 run, 0 failed, 0 skipped")
                .contains("bad-job   FAILURE    2 run, 1 failed, 0 skipped");
    }

    @Test
    void reactorSummaryLinesAreRead() {
        ReactorSummary summary = new ReactorSummary();
        summary.accept("[INFO] daily-sales ........................................ SUCCESS [ 12.345 s]");
        summary.accept("[INFO] menu-mix ........................................... FAILURE [01:05 min]");
        summary.accept("[INFO] waste .............................................. SKIPPED");
        summary.accept("[INFO] Building daily-sales 1.0.0");
        summary.accept("[INFO] site-covers 1.0.12 ......................... SUCCESS [  2.500 s]");
        summary.accept("[INFO] nbmigrate generated jobs 0.1.0-SNAPSHOT .... SUCCESS [  0.010 s]");

        assertThat(summary.entries()).hasSize(5);
        assertThat(summary.entries().get("site-covers").time()).isEqualTo(Duration.ofMillis(2_500));
        assertThat(summary.entries()).containsKey("nbmigrate generated jobs 0.1.0-SNAPSHOT");
        assertThat(summary.entries().get("daily-sales").time()).isEqualTo(Duration.ofMillis(12_345));
        assertThat(summary.entries().get("menu-mix").time()).isEqualTo(Duration.ofSeconds(65));
        assertThat(summary.entries().get("waste").outcome()).isEqualTo(ModuleBuild.Outcome.SKIPPED);
    }
}
