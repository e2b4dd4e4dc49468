package dev.nbmigrate.converter.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReactorMembershipTest {

    @TempDir
    Path project;

    private void pom(Path dir, String... modules) throws Exception {
        StringBuilder text = new StringBuilder("<project><modules>");
        for (String module : modules) {
            text.append("<module>").append(module).append("</module>");
        }
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("pom.xml"), text.append("</modules><profiles><profile><modules>")
                .append("<module>generated</module></modules></profile></profiles></project>").toString());
    }

    @Test
    void aModuleListedDownFromTheRootIsInTheReactor() throws Exception {
        pom(project, "runtime", "converter");
        pom(project.resolve("generated"), "daily-covers-sales");
        assertThat(ReactorMembership.inReactor(project, project.resolve("generated/daily-covers-sales"))).isTrue();
        assertThat(ReactorMembership.inReactor(project, project.resolve("runtime"))).isTrue();
    }

    @Test
    void aModuleConvertedIntoAnotherFolderOfTheProjectBuildsAlone() throws Exception {
        pom(project, "runtime");
        pom(project.resolve("generated"), "daily-covers-sales");
        pom(project.resolve("target/jobs"), "my-job");
        assertThat(ReactorMembership.inReactor(project, project.resolve("target/jobs/my-job"))).isFalse();
        assertThat(ReactorMembership.inReactor(project, project.resolve("generated/other-job"))).isFalse();
        assertThat(ReactorMembership.inReactor(project, project.getParent().resolve("elsewhere/my-job"))).isFalse();
    }
}
