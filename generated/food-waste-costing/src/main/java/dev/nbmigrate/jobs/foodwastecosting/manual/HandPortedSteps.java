package dev.nbmigrate.jobs.foodwastecosting.manual;

import dev.nbmigrate.jobs.foodwastecosting.FoodWasteCostingConfig;
import dev.nbmigrate.jobs.foodwastecosting.FoodWasteCostingHandPorts;
import dev.nbmigrate.runtime.JobContext;
import java.util.List;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps of food_waste_costing.ipynb ported by hand: written by the team, never touched by {@code nbmigrate
 * convert}.
 */
public class HandPortedSteps implements FoodWasteCostingHandPorts {

    private static final Logger LOG = LoggerFactory.getLogger(HandPortedSteps.class);

    /**
     * Cell 8, line 2: the notebook printed the category of two sample reasons, one of them missing, as a self-check
     * of {@code categorise_reason}. The converter could not call the Python function with {@code None} on the
     * driver; the job registered it as the SQL function {@code categorise_reason} in the cell before, so the check
     * runs through Spark, with a missing reason as SQL {@code NULL}.
     */
    @Override
    public void cell8Line2(JobContext ctx, FoodWasteCostingConfig config) {
        List<String> categories = sampleCategories(ctx);
        LOG.info("{} {}", categories.get(0), categories.get(1));
    }

    /** The categories of the notebook's two sample reasons: an over-production note, and no reason at all. */
    static List<String> sampleCategories(JobContext ctx) {
        Row row = ctx.spark()
                .sql("SELECT categorise_reason('Over-production at lunch service'),"
                        + " categorise_reason(CAST(NULL AS STRING))")
                .first();
        return List.of(row.getString(0), row.getString(1));
    }
}
