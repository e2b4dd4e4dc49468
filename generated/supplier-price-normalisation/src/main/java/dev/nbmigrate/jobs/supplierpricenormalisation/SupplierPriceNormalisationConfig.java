package dev.nbmigrate.jobs.supplierpricenormalisation;

import dev.nbmigrate.runtime.config.Default;
import dev.nbmigrate.runtime.config.Help;
import dev.nbmigrate.runtime.config.Pattern;
import dev.nbmigrate.runtime.config.SecretRef;
import dev.nbmigrate.runtime.secrets.Secret;

/**
 * The parameters of {@link SupplierPriceNormalisationJob}, from the notebook {@code
 * legacy-notebooks/supplier_price_normalisation.ipynb}.
 *
 * <p>Each is a command-line option ({@code --input-path x} or {@code --input_path=x}), an environment variable or a
 * config-file key, validated before Spark starts; secrets come from the secret scope (or the environment) only.
 * {@code --help} lists them all.
 */
public record SupplierPriceNormalisationConfig(
        @Help("path (constant PRICE_LISTS_PATH in cell 4)")
        @Default("wasbs://suppliers@contosofoodlake.blob.core.windows.net/raw/price_lists/")
        String priceListsPath,

        @Help("path (constant FX_PATH in cell 4)")
        @Default("wasbs://reference@contosofoodlake.blob.core.windows.net/fx_rates/")
        String fxPath,

        @Help("threshold (constant MAX_PRICE_PER_KG_GBP in cell 4)") @Default("150.0")
        double maxPricePerKgGbp,

        @Help("date (constant RERUN_MONTH in cell 4)") @Pattern("\\d{4}-\\d{2}(-\\d{2})?")
        String rerunMonth,

        @Help("the storage account key the notebook had written in cell 3 "
                + "(fs.azure.account.key.contosofoodlake.blob.core.windows.net)")
        @SecretRef("storage-account-key")
        Secret storageAccountKey) {}
