package dev.nbmigrate.jobs.allergenmatrix;

import dev.nbmigrate.runtime.config.Default;
import dev.nbmigrate.runtime.config.Help;

/**
 * The parameters of {@link AllergenMatrixJob}, from the notebook {@code legacy-notebooks/allergen_matrix.ipynb}.
 *
 * <p>Each is a command-line option ({@code --input-path x} or {@code --input_path=x}), an environment variable or a
 * config-file key, validated before Spark starts; secrets come from the secret scope (or the environment) only.
 * {@code --help} lists them all.
 */
public record AllergenMatrixConfig(
        @Help("path (constant MENU_ITEMS_PATH in cell 3)")
        @Default("wasbs://menu@contosofoodlake.blob.core.windows.net/items/menu_items.csv")
        String menuItemsPath,

        @Help("path (constant INGREDIENTS_PATH in cell 3)")
        @Default("wasbs://menu@contosofoodlake.blob.core.windows.net/ingredients/ingredients.csv")
        String ingredientsPath,

        @Help("path (constant ALLERGENS_PATH in cell 3)")
        @Default("wasbs://reference@contosofoodlake.blob.core.windows.net/allergens/eu_allergens.csv")
        String allergensPath,

        @Help("path (constant EXPORT_PATH in cell 3)")
        @Default("wasbs://curated@contosofoodlake.blob.core.windows.net/allergens/menu_allergen_matrix_csv/")
        String exportPath,

        @Help("table (constant OUT_TABLE in cell 3)") @Default("foodops.menu_allergen_matrix")
        String outTable) {}
