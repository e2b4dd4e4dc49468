package dev.nbmigrate.jobs.menuitempopularity;

import dev.nbmigrate.runtime.config.Default;
import dev.nbmigrate.runtime.config.Help;
import dev.nbmigrate.runtime.config.Pattern;

/**
 * The parameters of {@link MenuItemPopularityJob}, from the notebook {@code
 * legacy-notebooks/menu_item_popularity.ipynb}.
 *
 * <p>Each is a command-line option ({@code --input-path x} or {@code --input_path=x}), an environment variable or a
 * config-file key, validated before Spark starts; secrets come from the secret scope (or the environment) only.
 * {@code --help} lists them all.
 */
public record MenuItemPopularityConfig(
        @Help("date (papermill parameter WEEK_FROM in cell 3)")
        @Default("2024-01-01")
        @Pattern("\\d{4}-\\d{2}(-\\d{2})?")
        String weekFrom,

        @Help("date (papermill parameter WEEK_TO in cell 3)") @Default("2024-03-25") @Pattern("\\d{4}-\\d{2}(-\\d{2})?")
        String weekTo,

        @Help("threshold (papermill parameter TOP_N in cell 3)") @Default("5")
        long topN,

        @Help("path (constant MENU_MIX_PATH in cell 4)")
        @Default("wasbs://sales@contosofoodlake.blob.core.windows.net/raw/menu_mix/")
        String menuMixPath,

        @Help("path (constant MENU_ITEMS_PATH in cell 4)")
        @Default("wasbs://menu@contosofoodlake.blob.core.windows.net/items/menu_items.csv")
        String menuItemsPath,

        @Help("table (constant OUT_TABLE in cell 4)") @Default("foodops.item_popularity_weekly")
        String outTable) {}
