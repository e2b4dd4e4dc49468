package dev.nbmigrate.jobs.suppliersdeliverypunctuality;

import dev.nbmigrate.runtime.config.Default;
import dev.nbmigrate.runtime.config.Help;
import dev.nbmigrate.runtime.config.Pattern;

/**
 * The parameters of {@link SuppliersDeliveryPunctualityJob}, from the notebook {@code
 * legacy-notebooks/zeppelin/2F1K7QZPN/note.json}.
 *
 * <p>Each is a command-line option ({@code --input-path x} or {@code --input_path=x}), an environment variable or a
 * config-file key, validated before Spark starts; secrets come from the secret scope (or the environment) only.
 * {@code --help} lists them all.
 */
public record SuppliersDeliveryPunctualityConfig(
        @Help("path (constant DELIVERIES_PATH in cell 2)")
        @Default("wasbs://suppliers@contosofoodlake.blob.core.windows.net/raw/deliveries/")
        String deliveriesPath,

        @Help("threshold (constant TOLERANCE_MINUTES in cell 2)") @Default("15")
        long toleranceMinutes,

        @Help("date (Zeppelin form month in cell 6)") @Default("2024-03") @Pattern("\\d{4}-\\d{2}(-\\d{2})?")
        String month) {}
