package dev.nbmigrate.jobs.dailysitecovers;

import dev.nbmigrate.runtime.config.Default;
import dev.nbmigrate.runtime.config.Help;
import dev.nbmigrate.runtime.config.Pattern;
import dev.nbmigrate.runtime.config.Range;
import dev.nbmigrate.runtime.config.Required;
import dev.nbmigrate.runtime.config.Schemes;
import dev.nbmigrate.runtime.config.SecretRef;
import dev.nbmigrate.runtime.secrets.Secret;

/**
 * The parameters of {@link DailySiteCoversJob}, from the notebook {@code notebooks/daily_site_covers.ipynb}.
 *
 * <p>Each is a command-line option ({@code --input-path x} or {@code --input_path=x}), an environment variable or a
 * config-file key, validated before Spark starts; secrets come from the secret scope (or the environment) only.
 * {@code --help} lists them all.
 */
public record DailySiteCoversConfig(
        @Help("Folder of the daily sales CSVs")
        @Default("wasbs://sales@acct.blob.core.windows.net/daily/")
        @Schemes({"wasbs", "abfss", "file"})
        String inputPath,

        @Help("Fewer covers than this is not a trading day") @Default("1") @Range(min = 0, max = 1000)
        long minCovers,

        @Help("Label written with the table rows") @Required @Pattern("[a-z0-9-]+")
        String runLabel,

        @Help("Key of the storage account") @SecretRef("storage-key")
        Secret storageKey) {}
