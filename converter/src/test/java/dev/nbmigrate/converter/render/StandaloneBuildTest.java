package dev.nbmigrate.converter.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.nbmigrate.converter.model.Target;

/** What a generated module carries to build alone: the parent's plugin versions and settings, and its wrapper. */
class StandaloneBuildTest {

    /** The project root: the converter module's parent. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void everyPluginTheParentPinsIsPinnedWithTheParentsVersion() throws Exception {
        String parent = Files.readString(ROOT.resolve("pom.xml"));
        @SuppressWarnings("unchecked")
        List<StandaloneBuild.Plugin> plugins = (List<StandaloneBuild.Plugin>) StandaloneBuild.load().view()
                .get("plugins");

        assertThat(plugins).extracting(StandaloneBuild.Plugin::artifactId).contains("maven-compiler-plugin",
                "maven-surefire-plugin", "maven-shade-plugin", "maven-dependency-plugin", "exec-maven-plugin");
        for (StandaloneBuild.Plugin plugin : plugins) {
            Matcher declared = Pattern.compile("<artifactId>" + Pattern.quote(plugin.artifactId())
                    + "</artifactId>\\s*<version>\\$\\{([^}]+)}</version>").matcher(parent);
            assertThat(declared.find()).as(plugin.artifactId() + " in the parent's pluginManagement").isTrue();
            assertThat(parent).as(plugin.artifactId()).contains("<" + declared.group(1) + ">" + plugin.version() + "<");
        }
    }

    @Test
    void settingsAreTheParentsOwn() throws Exception {
        String parent = Files.readString(ROOT.resolve("pom.xml"));
        @SuppressWarnings("unchecked")
        Map<String, String> settings = (Map<String, String>) StandaloneBuild.load().view().get("settings");

        assertThat(parent).contains("<maven.compiler.release>" + settings.get("java.release") + "<")
                .contains("<spark.jvm.opens>" + settings.get("spark.jvm.opens") + "<")
                .contains("<scala.binary.version>" + settings.get("scala.binary.version") + "<");
    }

    @Test
    void theWrapperIsTheProjectsAndATargetOtherThanTheDefaultIsSelectedInTheModule() throws Exception {
        StandaloneBuild build = StandaloneBuild.load();

        Map<String, String> files = build.files(Target.DBR_17_3);
        assertThat(files).containsOnlyKeys("mvnw", "mvnw.cmd", ".mvn/wrapper/maven-wrapper.properties");
        for (String file : files.keySet()) {
            assertThat(files.get(file)).as(file).isEqualTo(Files.readString(ROOT.resolve(file)));
        }
        assertThat(build.files(Target.DBR_16_4)).containsEntry(".mvn/maven.config", "-Dnbmigrate.target=dbr-16.4\n");
    }
}
