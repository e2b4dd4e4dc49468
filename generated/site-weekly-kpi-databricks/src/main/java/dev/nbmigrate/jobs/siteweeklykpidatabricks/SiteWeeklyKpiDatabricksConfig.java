package dev.nbmigrate.jobs.siteweeklykpidatabricks;

import dev.nbmigrate.runtime.config.Default;
import dev.nbmigrate.runtime.config.Help;
import dev.nbmigrate.runtime.config.OneOf;
import dev.nbmigrate.runtime.config.Pattern;

/**
 * The parameters of {@link SiteWeeklyKpiDatabricksJob}, from the notebook {@code
 * legacy-notebooks/site_weekly_kpi_databricks.py}.
 *
 * <p>Each is a command-line option ({@code --input-path x} or {@code --input_path=x}), an environment variable or a
 * config-file key, validated before Spark starts; secrets come from the secret scope (or the environment) only.
 * {@code --help} lists them all.
 */
public record SiteWeeklyKpiDatabricksConfig(
        @Help("First week (Monday) (widget week_start in cell 2)")
        @Default("2024-01-08")
        @Pattern("\\d{4}-\\d{2}(-\\d{2})?")
        String weekStart,

        @Help("Number of weeks (widget weeks in cell 2)") @Default("4")
        long weeks,

        @Help("Environment (widget env in cell 2)") @Default("prod") @OneOf({"dev", "uat", "prod"})
        String notebookEnv,

        @Help("path (constant FX_PATH in cell 3)") @Default("/mnt/reference/fx_rates/")
        String fxPath,

        @Help("table (constant SALES_TABLE in cell 3)") @Default("foodops.daily_site_sales")
        String salesTable,

        @Help("table (constant WASTE_TABLE in cell 3)") @Default("foodops.waste_daily")
        String wasteTable,

        @Help("path (constant EXPORT_PATH in cell 3)")
        @Default("wasbs://curated@contosofoodlake.blob.core.windows.net/kpi/site_weekly_kpi_csv/")
        String exportPath) {}
