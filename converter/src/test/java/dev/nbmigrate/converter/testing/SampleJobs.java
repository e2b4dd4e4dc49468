package dev.nbmigrate.converter.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.diag.Severity;
import dev.nbmigrate.converter.model.ConfigField;
import dev.nbmigrate.converter.model.DataAccess;
import dev.nbmigrate.converter.model.JobModel;
import dev.nbmigrate.converter.model.JobNames;
import dev.nbmigrate.converter.model.JobSection;
import dev.nbmigrate.converter.model.JobSection.Parameter;
import dev.nbmigrate.converter.model.NotebookSource;
import dev.nbmigrate.converter.model.Target;

/**
 * Hand-built job models, as the translator would produce them, for the render, write, verify and CLI tests; and the
 * sample project they belong to ({@code src/test/resources/sample-project}: a notebook, its expectations file and
 * sample data).
 */
public final class SampleJobs {

    public static final String NOTEBOOK = "notebooks/daily_site_covers.ipynb";

    private SampleJobs() {
    }

    /**
     * Reads daily sales CSVs, keeps days with covers, sums per site joined to a reference table, writes parquet and
     * a table.
     */
    public static JobModel dailySiteCovers(Target target) {
        String nb = NOTEBOOK;
        JobSection load = new JobSection("Load the daily sales", "loadSales", List.of(2, 3), List.of(),
                "Dataset<Row>", "sales", """
                // cell 2
                Dataset<Row> raw = ctx.spark().read()
                        .option("header", "true")
                        .schema("site_id STRING, business_date DATE, covers INT, net_sales DOUBLE")
                        .csv(ctx.path(config.inputPath()));
                // cell 3
                // TODO(NBM001): sample finding for the report
                return raw.filter(col("covers").geq(config.minCovers()));
                """);
        JobSection totals = new JobSection("Covers per site", "coversPerSite", List.of(4),
                List.of(new Parameter("Dataset<Row>", "sales")), "Dataset<Row>", "totals", """
                // cell 4
                Dataset<Row> sites = ctx.spark().table("reference.sites");
                return sales.groupBy("site_id")
                        .agg(sum("covers").as("total_covers"), round(sum("net_sales"), 2).as("net_sales"),
                                countDistinct("business_date").as("days"))
                        .join(sites, "site_id")
                        .select("site_id", "site_name", "total_covers", "net_sales", "days");
                """);
        JobSection write = JobSection.returningNothing("Write the outputs", "writeOutputs", List.of(5, 6),
                List.of(new Parameter("Dataset<Row>", "totals")), """
                // cell 5
                totals.write().mode("overwrite").parquet(ctx.path("wasbs://curated@acct.blob.core.windows.net/site_covers/"));
                // cell 6
                ctx.spark().sql("CREATE DATABASE IF NOT EXISTS reporting");
                totals.withColumn("label", lit(config.runLabel()))
                        .write().mode("overwrite").saveAsTable("reporting.site_covers");
                """);
        List<ConfigField> config = List.of(
                new ConfigField("inputPath", "String", "wasbs://sales@acct.blob.core.windows.net/daily/",
                        List.of("@Schemes({\"wasbs\", \"abfss\", \"file\"})"), "Folder of the daily sales CSVs", null,
                        Location.of(nb, 1, 1)),
                new ConfigField("minCovers", "long", "1", List.of("@Range(min = 0, max = 1000)"),
                        "Fewer covers than this is not a trading day", null, Location.of(nb, 1, 2)),
                new ConfigField("runLabel", "String", null, List.of("@Pattern(\"[a-z0-9-]+\")"),
                        "Label written with the table rows", null, Location.of(nb, 1, 3)),
                new ConfigField("storageKey", "Secret", null, List.of(), "Key of the storage account",
                        "storage-key", Location.of(nb, 1, 4)));
        return new JobModel(JobNames.fromNotebookName("daily_site_covers.ipynb"), "Daily covers per site",
                new NotebookSource(nb, "0".repeat(64), "ipynb 4.2", "pyspark3kernel", 6), target,
                new java.util.TreeMap<>(Map.of("spark.sql.shuffle.partitions", "4")), config,
                List.of(load, totals, write),
                new TreeSet<>(List.of("static org.apache.spark.sql.functions.col",
                        "static org.apache.spark.sql.functions.countDistinct", "static org.apache.spark.sql.functions.lit",
                        "static org.apache.spark.sql.functions.round", "static org.apache.spark.sql.functions.sum",
                        "org.apache.spark.sql.Dataset", "org.apache.spark.sql.Row", "java.util.Map")),
                List.of(new DataAccess("csv", "wasbs://sales@acct.blob.core.windows.net/daily/", "inputPath",
                                Location.of(nb, 2, 4)),
                        new DataAccess("table", "reference.sites", null, Location.of(nb, 4, 1))),
                List.of(new DataAccess("parquet", "wasbs://curated@acct.blob.core.windows.net/site_covers/", null,
                                Location.of(nb, 5, 1)),
                        new DataAccess("table", "reporting.site_covers", null, Location.of(nb, 6, 2))),
                List.of(new Diagnostic(Code.NBM001, Severity.WARNING, Location.of(nb, 3, 2),
                        "sample finding for the report", "sample suggestion")), List.of(), List.of(), List.of());
    }

    /**
     * The sample job without its table input (no join to {@code reference.sites}) and with a default for
     * {@code --run-label}: a job that runs with no expectations file at all.
     */
    public static JobModel withoutTableInputOrRequiredOption(JobModel model) {
        List<JobSection> sections = model.sections().stream().map(s -> !s.methodName().equals("coversPerSite") ? s
                : new JobSection(s.title(), s.methodName(), s.cells(), s.parameters(), s.returnType(), s.returnName(), """
                        // cell 4
                        return sales.groupBy("site_id")
                                .agg(sum("covers").as("total_covers"), round(sum("net_sales"), 2).as("net_sales"),
                                        countDistinct("business_date").as("days"));
                        """)).toList();
        List<ConfigField> config = model.config().stream().map(f -> !f.name().equals("runLabel") ? f
                : new ConfigField(f.name(), f.javaType(), "nightly", f.constraints(), f.help(), null, f.origin()))
                .toList();
        return new JobModel(model.names(), model.title(), model.source(), model.target(), model.sparkConf(), config,
                sections, model.imports(),
                model.inputs().stream().filter(i -> !i.format().equals("table")).toList(), model.outputs(),
                model.diagnostics(), model.fields(), model.helpers(), model.cells());
    }

    /** The sample job under another notebook name (so another module), e.g. to pair it with other expectations. */
    public static JobModel renamed(JobModel model, String notebookPath) {
        String file = notebookPath.substring(notebookPath.lastIndexOf('/') + 1);
        return new JobModel(JobNames.fromNotebookName(file), model.title(),
                new NotebookSource(notebookPath, model.source().sha256(), model.source().format(),
                        model.source().kernel(), model.source().cellCount()),
                model.target(), model.sparkConf(), model.config(), model.sections(), model.imports(), model.inputs(),
                model.outputs(), model.diagnostics(), model.fields(), model.helpers(), model.cells());
    }

    /** Copies the sample project (notebook, expectations, data) into {@code dir}; returns {@code dir}. */
    public static Path copySampleProject(Path dir) {
        try {
            Path source = Path.of(SampleJobs.class.getResource("/sample-project").toURI());
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.toList()) {
                    Path target = dir.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
