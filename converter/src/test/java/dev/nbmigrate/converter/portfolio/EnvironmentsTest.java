package dev.nbmigrate.converter.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.nbmigrate.converter.render.TemplateRenderer;

/** The environments file: defaults, and every problem named at once. */
class EnvironmentsTest {

    private static String defaults() throws Exception {
        return new PortfolioRenderer(new TemplateRenderer(null)).defaultEnvironments();
    }

    @Test
    void theDefaultsDescribeDevUatAndProd() throws Exception {
        Environments environments = Environments.parse(defaults(), "defaults");

        assertThat(environments.all()).extracting(Environments.Environment::name).containsExactly("dev", "uat", "prod");
        Environments.Environment prod = environments.all().get(2);
        assertThat(prod.mode()).isEqualTo("production");
        assertThat(environments.all().get(0).mode()).isEqualTo("development");
        assertThat(prod.keyVaultName()).isEqualTo("kv-nbmigrate-prod");
        assertThat(prod.keyVaultDns()).isEqualTo("https://kv-nbmigrate-prod.vault.azure.net/");
        assertThat(prod.workers()).isEqualTo(4);
        assertThat(environments.all()).extracting(Environments.Environment::storageAccount).doesNotHaveDuplicates();
        assertThat(environments.text()).isEqualTo(defaults());
    }

    @Test
    void everyProblemIsNamed() throws Exception {
        String bad = defaults().replace("uat.workers = 2", "uat.workers = two")
                .replace("prod.storage-account = nbmigratelakeprod", "prod.storage-account = Lake_Prod")
                .replaceAll("(?m)^dev\\.run-as = .*$", "")
                .replace("uat.node-type = Standard_D4ds_v5", "uat.node-type = x\\n  evil: true") + "qa.workers = 1\n";

        assertThatThrownBy(() -> Environments.parse(bad, "env.properties"))
                .isInstanceOf(Environments.BadEnvironmentsException.class)
                .hasMessageStartingWith("env.properties: ")
                .hasMessageContaining("'dev.run-as' is missing")
                .hasMessageContaining("'uat.workers' is 'two', expected a whole number")
                .hasMessageContaining("'prod.storage-account' is 'Lake_Prod'")
                .hasMessageContaining("unknown key 'qa.workers'")
                .hasMessageContaining("'uat.node-type' is 'x\n  evil: true', expected a VM size");
    }

    @Test
    void theArtifactVolumeIsOptionalAndMustBeAVolumePath() throws Exception {
        Environments defaults = Environments.parse(defaults(), "defaults");
        assertThat(defaults.all()).extracting(Environments.Environment::artifactVolume)
                .containsExactly("/Volumes/nbmigrate_dev/jobs/artifacts", "/Volumes/nbmigrate_uat/jobs/artifacts",
                        "/Volumes/nbmigrate_prod/jobs/artifacts");
        String without = defaults().replaceAll("(?m)^\\w+\\.artifact-volume = .*$", "");
        assertThat(Environments.parse(without, "without").all()).extracting(Environments.Environment::artifactVolume)
                .as("left out: the jars go to the workspace").containsOnly("");
        String bad = defaults().replace("uat.artifact-volume = /Volumes/nbmigrate_uat/jobs/artifacts",
                "uat.artifact-volume = /Volumes/main/../etc");
        assertThatThrownBy(() -> Environments.parse(bad, "env.properties"))
                .hasMessageContaining("'uat.artifact-volume' is '/Volumes/main/../etc', expected a Unity Catalog volume");
    }
}
