package dev.nbmigrate.jobs.dailycoverssales;

import dev.nbmigrate.runtime.config.Default;
import dev.nbmigrate.runtime.config.Help;
import dev.nbmigrate.runtime.config.Pattern;

/**
 * The parameters of {@link DailyCoversSalesJob}, from the notebook {@code legacy-notebooks/daily_covers_sales.ipynb}.
 *
 * <p>Each is a command-line option ({@code --input-path x} or {@code --input_path=x}), an environment variable or a
 * config-file key, validated before Spark starts; secrets come from the secret scope (or the environment) only.
 * {@code --help} lists them all.
 */
public record DailyCoversSalesConfig(
        @Help("date (papermill parameter RUN_DATE_FROM in cell 4)")
        @Default("2024-01-01")
        @Pattern("\\d{4}-\\d{2}(-\\d{2})?")
        String runDateFrom,

        @Help("date (papermill parameter RUN_DATE_TO in cell 4)")
        @Default("2024-03-31")
        @Pattern("\\d{4}-\\d{2}(-\\d{2})?")
        String runDateTo,

        @Help("flag (papermill parameter WRITE_OUTPUT in cell 4)") @Default("true")
        boolean writeOutput,

        @Help("path (constant DAILY_SALES_PATH in cell 5)")
        @Default("wasbs://sales@contosofoodlake.blob.core.windows.net/raw/daily_sales/")
        String dailySalesPath,

        @Help("path (constant SITES_PATH in cell 5)")
        @Default("wasbs://reference@contosofoodlake.blob.core.windows.net/sites/sites.csv")
        String sitesPath,

        @Help("path (constant OUTPUT_PATH in cell 5)")
        @Default("wasbs://curated@contosofoodlake.blob.core.windows.net/sales/daily_site_sales/")
        String outputPath,

        @Help("threshold (constant MIN_COVERS in cell 5)") @Default("1")
        long minCovers) {}
