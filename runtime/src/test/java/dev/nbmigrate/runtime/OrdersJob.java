package dev.nbmigrate.runtime;

import dev.nbmigrate.runtime.config.Alias;
import dev.nbmigrate.runtime.config.Default;
import dev.nbmigrate.runtime.config.Help;
import dev.nbmigrate.runtime.config.OneOf;
import dev.nbmigrate.runtime.config.Pattern;
import dev.nbmigrate.runtime.config.Range;
import dev.nbmigrate.runtime.config.Required;
import dev.nbmigrate.runtime.config.Schemes;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.BiConsumer;

/** A job with one option of every supported kind, for binding tests; its body is supplied by the test. */
final class OrdersJob extends SparkJob<OrdersJob.Config> {

    enum Mode { FULL, INCREMENTAL }

    record Config(
            @Required @Help("Folder of daily sales CSVs") @Schemes({"abfss", "wasbs", "file"}) String inputPath,
            @Help("Days to look back") @Default("7") @Range(min = 1, max = 365) @Alias("-n") long lookbackDays,
            @Default("2024-01-31") LocalDate runDate,
            @Default("overwrite") @OneOf({"overwrite", "append"}) String writeMode,
            @Default("EUR") @Pattern("[A-Z]{3}") String currency,
            List<String> stores,
            boolean dryRun,
            int offset,
            @Range(min = 0) Double threshold,
            LocalDateTime cutoff,
            Instant since,
            Mode mode,
            BigDecimal rate,
            Duration timeout) {
    }

    private final BiConsumer<JobContext, Config> body;

    OrdersJob() {
        this((ctx, config) -> { });
    }

    OrdersJob(BiConsumer<JobContext, Config> body) {
        super("orders", Config.class);
        this.body = body;
    }

    @Override
    protected SparkSettings sparkSettings() {
        return SparkSettings.ansiOff("UTC");
    }

    @Override
    protected void run(JobContext ctx, Config config) {
        body.accept(ctx, config);
    }
}
