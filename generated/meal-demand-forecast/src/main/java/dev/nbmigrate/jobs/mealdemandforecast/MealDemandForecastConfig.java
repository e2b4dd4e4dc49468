package dev.nbmigrate.jobs.mealdemandforecast;

import dev.nbmigrate.runtime.config.Default;
import dev.nbmigrate.runtime.config.Help;
import dev.nbmigrate.runtime.config.Pattern;

/**
 * The parameters of {@link MealDemandForecastJob}, from the notebook {@code
 * legacy-notebooks/meal_demand_forecast.ipynb}.
 *
 * <p>Each is a command-line option ({@code --input-path x} or {@code --input_path=x}), an environment variable or a
 * config-file key, validated before Spark starts; secrets come from the secret scope (or the environment) only.
 * {@code --help} lists them all.
 */
public record MealDemandForecastConfig(
        @Help("date (papermill parameter TRAIN_FROM in cell 3)")
        @Default("2024-01-01")
        @Pattern("\\d{4}-\\d{2}(-\\d{2})?")
        String trainFrom,

        @Help("date (papermill parameter TRAIN_TO in cell 3)")
        @Default("2024-03-31")
        @Pattern("\\d{4}-\\d{2}(-\\d{2})?")
        String trainTo,

        @Help("value (papermill parameter MODEL_VERSION in cell 3)") @Default("v3")
        String modelVersion,

        @Help("threshold (papermill parameter SEED in cell 3)") @Default("42")
        long seed,

        @Help("threshold (papermill parameter TEST_FRACTION in cell 3)") @Default("0.2")
        double testFraction,

        @Help("table (constant SALES_TABLE in cell 4)") @Default("foodops.daily_site_sales")
        String salesTable,

        @Help("table (constant SITES_TABLE in cell 4)") @Default("foodops.dim_site")
        String sitesTable,

        @Help("path (constant HOLIDAYS_PATH in cell 4)")
        @Default("wasbs://reference@contosofoodlake.blob.core.windows.net/calendar/public_holidays_2024.csv")
        String holidaysPath,

        @Help("table (constant BACKTEST_TABLE in cell 4)") @Default("foodops.covers_forecast_backtest")
        String backtestTable) {}
