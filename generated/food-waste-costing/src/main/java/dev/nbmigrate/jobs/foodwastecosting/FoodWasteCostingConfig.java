package dev.nbmigrate.jobs.foodwastecosting;

import dev.nbmigrate.runtime.config.Default;
import dev.nbmigrate.runtime.config.Help;

/**
 * The parameters of {@link FoodWasteCostingJob}, from the notebook {@code legacy-notebooks/food_waste_costing.ipynb}.
 *
 * <p>Each is a command-line option ({@code --input-path x} or {@code --input_path=x}), an environment variable or a
 * config-file key, validated before Spark starts; secrets come from the secret scope (or the environment) only.
 * {@code --help} lists them all.
 */
public record FoodWasteCostingConfig(
        @Help("path (constant WASTE_PATH in cell 4)")
        @Default("wasbs://waste@contosofoodlake.blob.core.windows.net/raw/waste_logs/")
        String wastePath,

        @Help("path (constant MENU_ITEMS_PATH in cell 4)")
        @Default("wasbs://menu@contosofoodlake.blob.core.windows.net/items/menu_items.csv")
        String menuItemsPath,

        @Help("table (constant PRICES_TABLE in cell 4)") @Default("foodops.supplier_prices_gbp")
        String pricesTable,

        @Help("table (constant OUT_TABLE in cell 4)") @Default("foodops.waste_daily")
        String outTable,

        @Help("path (constant OUT_PATH in cell 4)")
        @Default("wasbs://curated@contosofoodlake.blob.core.windows.net/waste/waste_daily/")
        String outPath,

        @Help("threshold (constant MAX_EVENT_KG in cell 4)") @Default("25.0")
        double maxEventKg) {}
