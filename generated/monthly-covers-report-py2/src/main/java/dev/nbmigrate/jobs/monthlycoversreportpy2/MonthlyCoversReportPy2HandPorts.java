package dev.nbmigrate.jobs.monthlycoversreportpy2;

import dev.nbmigrate.runtime.JobContext;
import dev.nbmigrate.runtime.NotTranslated;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import scala.Tuple2;

/**
 * The steps nbmigrate could not translate, one method each, called by {@link MonthlyCoversReportPy2Job} where the step
 * was:
 * {@code legacy-notebooks/monthly_covers_report_py2.ipynb}.
 *
 * <p>Each default fails the run, as the step did not run. To port a step by hand, write a public class
 * {@code manual.HandPortedSteps} in this package, with a constructor without parameters, that implements this
 * interface, and override the step's method. {@code nbmigrate convert} never touches the {@code manual} package, so
 * the port survives regeneration. One instance serves a whole run: a ported step may keep in a field what a later
 * step needs. A method that returns a value stands for a step that made a variable later steps use: the port
 * returns what the step would have made.
 */
public interface MonthlyCoversReportPy2HandPorts {

    /**
     * monthly_covers_report_py2.ipynb cell 5, line 9 (NBM235): pyspark.sql.Row (rule row-ctor) is not translated yet.
     */
    default void cell5Line9(
            JobContext ctx,
            MonthlyCoversReportPy2Config config,
            Map<Object, Object> siteNames,
            List<Tuple2<List<String>, List<Object>>> totals,
            List<Object> report)
            throws Exception {
        // for (site_id, month), (covers, days, net_sales) in sorted(totals):
        //     if month not in REPORT_MONTHS:
        //         continue
        //     if not site_names.has_key(site_id):
        //         print "WARN unknown site", site_id
        //     avg_covers = covers / days                  # whole covers per day
        //     spend_per_cover = round(net_sales / covers, 2)
        //     report.append(Row(site_id=site_id, site_name=site_names.get(site_id, "UNKNOWN"), month=month,
        //                       total_covers=covers, trading_days=days, avg_daily_covers=avg_covers,
        //                       net_sales=round(net_sales, 2), spend_per_cover=spend_per_cover))
        //     print "%-5s %s %-30s covers=%6d days=%2d avg/day=%4d spend/cover=%.2f" % (
        //         site_id, month, site_names.get(site_id), covers, days, avg_covers, spend_per_cover)
        NotTranslated.fail(
                "NBM235",
                "monthly_covers_report_py2.ipynb cell 5, line 9",
                "pyspark.sql.Row (rule row-ctor) is not translated yet");
    }

    /**
     * monthly_covers_report_py2.ipynb cell 6, line 3 (NBM201): no PySpark API member site_id on a value of type
     * Unknown.
     */
    default void cell6Line3(
            JobContext ctx, MonthlyCoversReportPy2Config config, List<Object> report, Map<Object, Object> siteCovers)
            throws Exception {
        // for r in report:
        //     site_covers[r.site_id] = site_covers.get(r.site_id, 0) + r.total_covers
        NotTranslated.fail(
                "NBM201",
                "monthly_covers_report_py2.ipynb cell 6, line 3",
                "no PySpark API member site_id on a value of type Unknown");
    }

    /**
     * monthly_covers_report_py2.ipynb cell 6, line 5 (NBM513): the generated Java did not compile: incompatible types:
     * inference variable U has incompatible bounds.
     */
    default void cell6Line5(JobContext ctx, MonthlyCoversReportPy2Config config, Map<Object, Object> siteCovers)
            throws Exception {
        // ranked = sorted(site_covers.items(), key=lambda (site, covers): covers, reverse=True)
        NotTranslated.fail(
                "NBM513",
                "monthly_covers_report_py2.ipynb cell 6, line 5",
                "the generated Java did not compile: incompatible types: inference variable U has incompatible bounds");
    }

    /**
     * monthly_covers_report_py2.ipynb cell 6, line 9 (NBM236): the operator MULT on Unknown and int is not translated.
     */
    default void cell6Line9(
            JobContext ctx,
            MonthlyCoversReportPy2Config config,
            Map<Object, Object> siteNames,
            Map<Object, Object> siteCovers,
            List<List<Object>> ranked)
            throws Exception {
        // for pos, (site, covers) in enumerate(ranked):
        //     print "  %d. %s %s (%d covers, %d%% of group)" % (pos + 1, site, site_names[site], covers,
        //                                                     covers * 100 / sum(site_covers.values()))
        NotTranslated.fail(
                "NBM236",
                "monthly_covers_report_py2.ipynb cell 6, line 9",
                "the operator MULT on Unknown and int is not translated");
    }

    /**
     * monthly_covers_report_py2.ipynb cell 7, line 1 (NBM222): can not infer schema from empty dataset.
     */
    default Dataset<Row> cell7Line1(JobContext ctx, MonthlyCoversReportPy2Config config, List<Object> report)
            throws Exception {
        // df = sqlContext.createDataFrame(report)
        return NotTranslated.fail(
                "NBM222", "monthly_covers_report_py2.ipynb cell 7, line 1", "can not infer schema from empty dataset");
    }
}
