package dev.nbmigrate.jobs.monthlycoversreportpy2;

import static org.apache.spark.sql.functions.*;

import dev.nbmigrate.runtime.HandPorts;
import dev.nbmigrate.runtime.JobContext;
import dev.nbmigrate.runtime.SparkJob;
import dev.nbmigrate.runtime.SparkSettings;
import dev.nbmigrate.runtime.interop.PyLiterals;
import dev.nbmigrate.runtime.interop.PySequences;
import dev.nbmigrate.runtime.interop.PyTuple;
import dev.nbmigrate.runtime.rdd.PyRdds;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * Monthly covers report (legacy).
 *
 * <p>Converted by nbmigrate from {@code legacy-notebooks/monthly_covers_report_py2.ipynb}
 * (PySpark (pysparkkernel), 9 cells) for Databricks 17.3 LTS (Spark 4.0, Scala 2.13).
 * Each section of the notebook is one method, run in order by {@link #run} as a named step (timed and logged);
 * every block starts with a {@code // cell N} comment naming the notebook cell it came from. MIGRATION.md lists
 * what a reviewer must check.
 */
public final class MonthlyCoversReportPy2Job extends SparkJob<MonthlyCoversReportPy2Config> {

    private static final Logger LOG = LoggerFactory.getLogger(MonthlyCoversReportPy2Job.class);
    private final MonthlyCoversReportPy2HandPorts handPorts =
            HandPorts.load(MonthlyCoversReportPy2HandPorts.class, new MonthlyCoversReportPy2HandPorts() {});

    /** Runs the job from the command line or as a Databricks JAR task. */
    public static void main(String[] args) {
        new MonthlyCoversReportPy2Job().launch(args);
    }

    /** The job, named {@code monthly-covers-report-py2} in logs, options and environment variables. */
    public MonthlyCoversReportPy2Job() {
        super("monthly-covers-report-py2", MonthlyCoversReportPy2Config.class);
    }

    /**
     * ANSI mode off as the legacy notebook ran, session time zone UTC.
     */
    @Override
    protected SparkSettings sparkSettings() {
        return SparkSettings.ansiOff("UTC");
    }

    @Override
    protected void run(JobContext ctx, MonthlyCoversReportPy2Config config) throws Exception {
        ctx.step("Monthly covers report (legacy)", () -> monthlyCoversReportLegacy(ctx, config));
    }

    /**
     * Monthly covers report (legacy) (notebook cells 2-9).
     */
    void monthlyCoversReportLegacy(JobContext ctx, MonthlyCoversReportPy2Config config) throws Exception {
        SparkSession spark = ctx.spark();
        // cell 2
        LOG.info("{}", "Spark version: " + spark.sparkContext().version());
        // cell 3
        // notebook: site_names
        Map<Object, Object> siteNames = PyLiterals.orderedDict();
        for (String line : JavaSparkContext.fromSparkContext(spark.sparkContext())
                .textFile(ctx.path(config.sitesPath()))
                .collect()) {
            List<String> parts = Arrays.asList(line.split(",", -1));
            if (!parts.get(0).equals("site_id")) {
                siteNames.put(parts.get(0), parts.get(1));
            }
        }
        for (Map.Entry<Object, Object> entry : siteNames.entrySet()) {
            Object siteId = entry.getKey();
            Object name = entry.getValue();
            LOG.info("{} -> {}", siteId, name);
        }
        // cell 4
        // notebook: bad_lines
        LongAccumulator badLines = PyRdds.longAccumulator(spark.sparkContext(), 0L);
        JavaRDD<String> raw =
                JavaSparkContext.fromSparkContext(spark.sparkContext()).textFile(ctx.path(config.salesPath()));
        JavaRDD<String> data = raw.filter(l -> !l.startsWith("site_id"));
        JavaPairRDD<List<String>, List<Object>> parsed = JavaPairRDD.fromJavaRDD(
                data.map(rddArg0 -> PyRdds.<List<String>, List<Object>>pair(parseLine(badLines, rddArg0)))
                        .filter(x -> x != null));
        List<Tuple2<List<String>, List<Object>>> totals =
                PyRdds.collect(parsed.reduceByKey((a, b) -> PyTuple.<Object>of(
                        ((Long) a.get(0)) + ((Long) b.get(0)),
                        ((Long) a.get(1)) + ((Long) b.get(1)),
                        ((Double) a.get(2)) + ((Double) b.get(2)))));
        LOG.info("{}", "groups: " + String.valueOf(totals.size()));
        LOG.info("{}", "bad lines: " + String.valueOf(badLines.value()));
        if (badLines.value() > config.maxBadLines()) {
            throw new RuntimeException("too many bad lines: " + String.valueOf(badLines.value()));
        }
        // cell 5
        List<Object> report = PyLiterals.list();
        // TODO(NBM235): pyspark.sql.Row (rule row-ctor) is not translated yet
        handPorts.cell5Line9(ctx, config, siteNames, totals, report);
        //   for (site_id, month), (covers, days, net_sales) in sorted(totals):
        //       if month not in REPORT_MONTHS:
        //           continue
        //       if not site_names.has_key(site_id):
        //           print "WARN unknown site", site_id
        //       avg_covers = covers / days                  # whole covers per day
        //       spend_per_cover = round(net_sales / covers, 2)
        //       report.append(Row(site_id=site_id, site_name=site_names.get(site_id, "UNKNOWN"), month=month,
        //                         total_covers=covers, trading_days=days, avg_daily_covers=avg_covers,
        //                         net_sales=round(net_sales, 2), spend_per_cover=spend_per_cover))
        //       print "%-5s %s %-30s covers=%6d days=%2d avg/day=%4d spend/cover=%.2f" % (
        //           site_id, month, site_names.get(site_id), covers, days, avg_covers, spend_per_cover)
        // cell 6
        // notebook: site_covers
        Map<Object, Object> siteCovers = PyLiterals.orderedDict();
        // TODO(NBM201): no PySpark API member site_id on a value of type Unknown
        handPorts.cell6Line3(ctx, config, report, siteCovers);
        //   for r in report:
        //       site_covers[r.site_id] = site_covers.get(r.site_id, 0) + r.total_covers
        // TODO(NBM513): the generated Java did not compile: incompatible types: inference variable U has incompatible
        // bounds
        handPorts.cell6Line5(ctx, config, siteCovers);
        //   ranked = sorted(site_covers.items(), key=lambda (site, covers): covers, reverse=True)
        List<List<Object>> ranked = null;
        LOG.info("Quarter ranking:");
        // TODO(NBM236): the operator MULT on Unknown and int is not translated
        handPorts.cell6Line9(ctx, config, siteNames, siteCovers, ranked);
        //   for pos, (site, covers) in enumerate(ranked):
        //       print "  %d. %s %s (%d covers, %d%% of group)" % (pos + 1, site, site_names[site], covers,
        //                                                       covers * 100 / sum(site_covers.values()))
        // cell 7
        // TODO(NBM222): can not infer schema from empty dataset
        Dataset<Row> df = handPorts.cell7Line1(ctx, config, report);
        //   df = sqlContext.createDataFrame(report)
        df.createOrReplaceTempView("monthly_covers_tmp");
        // TODO(NBM260): Hive table foodops.legacy_monthly_covers (STORED AS ORC) rewritten to USING orc
        spark.sql("""
            CREATE TABLE IF NOT EXISTS foodops.legacy_monthly_covers (
                    site_id STRING,
                    site_name STRING,
                    month STRING,
                    total_covers INT,
                    trading_days INT,
                    avg_daily_covers INT,
                    net_sales DOUBLE,
                    spend_per_cover DOUBLE
                )
                USING orc
            """);
        spark.sql("""

                INSERT OVERWRITE TABLE foodops.legacy_monthly_covers
                SELECT site_id, site_name, month, total_covers, trading_days, avg_daily_covers, net_sales, \
            spend_per_cover
                FROM monthly_covers_tmp
            """);
        if (ctx.inspect().enabled()) {
            ctx.inspect().value("\"rows written: %d\" % df.count()", "rows written: " + String.valueOf(df.count()));
        }
        LOG.info(
                "{}",
                "report generated " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        // cell 8
        // %%sql -o monthly: the notebook copied a sample of this result to the notebook server for plotting
        ctx.inspect().show(spark.sql("""
            SELECT site_id, month, total_covers, trading_days, avg_daily_covers, spend_per_cover
            FROM foodops.legacy_monthly_covers
            ORDER BY site_id, month
            """));
        // cell 9
        // %%local: ran on the notebook server (plots of a sampled result), not part of the job
    }

    /**
     * Python def parse_line (legacy-notebooks/monthly_covers_report_py2.ipynb, cell 4, line 3:1).
     */
    private static List<Object> parseLine(LongAccumulator badLines, String line) {
        try {
            List<String> f = Arrays.asList(line.split(",", -1));
            // notebook: site_id
            String siteId = f.get(0);
            // notebook: business_date
            String businessDate = f.get(1);
            long covers = Long.parseLong(f.get(2).strip());
            // notebook: net_sales
            double netSales = Double.parseDouble(f.get(6).strip());
            return PyTuple.<Object>of(
                    PyTuple.of(siteId, PySequences.slice(businessDate, null, 7L)),
                    PyTuple.<Object>of(covers, 1L, netSales));
        } catch (Exception e) {
            badLines.add(1L);
            return null;
        }
    }
}
