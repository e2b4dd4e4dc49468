package dev.nbmigrate.jobs.monthlycoversreportpy2;

import dev.nbmigrate.runtime.config.Default;
import dev.nbmigrate.runtime.config.Help;
import java.util.List;

/**
 * The parameters of {@link MonthlyCoversReportPy2Job}, from the notebook {@code
 * legacy-notebooks/monthly_covers_report_py2.ipynb}.
 *
 * <p>Each is a command-line option ({@code --input-path x} or {@code --input_path=x}), an environment variable or a
 * config-file key, validated before Spark starts; secrets come from the secret scope (or the environment) only.
 * {@code --help} lists them all.
 */
public record MonthlyCoversReportPy2Config(
        @Help("path (constant SALES_PATH in cell 2)")
        @Default("wasb://sales@contosofoodlake.blob.core.windows.net/raw/daily_sales/")
        String salesPath,

        @Help("path (constant SITES_PATH in cell 2)")
        @Default("wasb://reference@contosofoodlake.blob.core.windows.net/sites/sites.csv")
        String sitesPath,

        @Help("date (constant REPORT_MONTHS in cell 2)") @Default("2024-01,2024-02,2024-03")
        List<String> reportMonths,

        @Help("threshold (constant MAX_BAD_LINES in cell 2)") @Default("100")
        long maxBadLines) {}
