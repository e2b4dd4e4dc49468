package dev.nbmigrate.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.nbmigrate.runtime.config.ConfigException;
import dev.nbmigrate.runtime.config.Default;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A job refuses, before Spark starts, lake paths that do not belong to its environment's storage account. */
class EnvironmentPathsAtStartTest {

    record Config(@Default("wasbs://waste@contosofoodlake.blob.core.windows.net/raw/") String wastePath,
                  @Default("foodops.waste_daily") String outTable,
                  List<String> extraPaths) {
    }

    static final class WasteJob extends SparkJob<Config> {
        WasteJob() {
            super("waste", Config.class);
        }

        @Override
        protected SparkSettings sparkSettings() {
            return SparkSettings.ansiOff("UTC");
        }

        @Override
        protected void run(JobContext ctx, Config config) {
        }
    }

    @Test
    void pathsOnTheEnvironmentsAccountOrMovedThereAreAccepted() {
        Config config = new WasteJob().bindConfig(EnvVars.of(), "--env", "uat", "--storage-account",
                "contosofoodlakeuat", "--extra-paths", "abfss://x@contosofoodlakeuat.dfs.core.windows.net/a");
        assertThat(config.wastePath()).as("the value is kept; ctx.path moves it")
                .isEqualTo("wasbs://waste@contosofoodlake.blob.core.windows.net/raw/");
    }

    @Test
    void aPathOnAnotherEnvironmentsAccountStopsTheJobAtStart() {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> new WasteJob().bindConfig(EnvVars.of(),
                "--env", "uat", "--storage-account", "contosofoodlakeuat", "--paths-config",
                write("uat.map.raw = wasbs://waste@contosofoodlake.blob.core.windows.net/ => "
                        + "abfss://waste@contosofoodlakeprod.dfs.core.windows.net/\n"),
                "--extra-paths", "adl://legacylake.azuredatalakestore.net/x"));

        assertThat(e.problems()).hasSize(2);
        assertThat(e.problems().get(0)).startsWith("option '--waste-path': path 'wasbs://waste@contosofoodlake")
                .contains("does not belong to environment 'uat'", "'contosofoodlakeprod'");
        assertThat(e.problems().get(1)).startsWith("option '--extra-paths': ").contains("'legacylake'");
    }

    @Test
    void withoutAStorageAccountLakePathsPassAsBefore() {
        assertThat(new WasteJob().bindConfig(EnvVars.of(), "--env", "prod").outTable())
                .isEqualTo("foodops.waste_daily");
    }

    private static String write(String properties) {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("paths", ".properties");
            file.toFile().deleteOnExit();
            java.nio.file.Files.writeString(file, properties);
            return file.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
