package dev.nbmigrate.runtime.example;

import dev.nbmigrate.runtime.config.Default;
import dev.nbmigrate.runtime.config.Help;
import dev.nbmigrate.runtime.config.OneOf;
import dev.nbmigrate.runtime.config.Range;
import dev.nbmigrate.runtime.config.Schemes;
import java.time.LocalDate;
import java.util.List;

/** Configuration of the example job, as the converter would generate it from a notebook's parameters cell. */
public record DailyCoversConfig(
        @Help("Folder of daily sales CSVs") @Schemes({"wasbs", "abfss", "file"})
        @Default("wasbs://sales@contosolake.blob.core.windows.net/daily/") String inputPath,
        @Help("Where covers per store and day are written, as parquet") @Schemes({"abfss", "file"})
        @Default("abfss://curated@contosolake.dfs.core.windows.net/daily_covers/") String outputPath,
        @Help("Days up to and including the run date to aggregate") @Default("7") @Range(min = 1, max = 365)
        long lookbackDays,
        @Help("Last day to aggregate") @Default("2024-01-31") LocalDate runDate,
        @Help("Spark save mode of the output") @Default("overwrite") @OneOf({"overwrite", "append"}) String writeMode,
        @Help("Only these stores; all when empty") List<String> stores,
        @Help("Compute and show, but write nothing") boolean dryRun) {
}
