package dev.nbmigrate.jobs.foodwastecosting.manual;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nbmigrate.jobs.foodwastecosting.FoodWasteCostingHandPorts;
import dev.nbmigrate.runtime.HandPorts;
import dev.nbmigrate.runtime.JobContext;
import dev.nbmigrate.runtime.testkit.SparkTest;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;

/** The team's hand-ported steps: picked up by the job, and computing what the notebook printed. */
@SparkTest
class HandPortedStepsTest {

    @Test
    void theJobRunsThePortInsteadOfTheFailingDefault() {
        FoodWasteCostingHandPorts ports =
                HandPorts.load(FoodWasteCostingHandPorts.class, new FoodWasteCostingHandPorts() {});
        assertThat(ports).isInstanceOf(HandPortedSteps.class);
        assertThat(HandPorts.firstOpen(FoodWasteCostingHandPorts.class, List.of(List.of("cell8Line2", "NBM201"))))
                .isEmpty();
    }

    @Test
    void categorisesTheSampleReasonsWithTheSqlFunctionOfTheJob(SparkSession spark) {
        // The job registers categorise_reason before this step; a stand-in with the notebook's first rules here.
        spark.udf()
                .register(
                        "categorise_reason",
                        (UDF1<String, String>) reason -> reason == null
                                ? "UNKNOWN"
                                : reason.toLowerCase().contains("over") ? "OVERPRODUCTION" : "OTHER",
                        DataTypes.StringType);
        JobContext ctx = new JobContext("food-waste-costing", "test", spark, null, null, null, false);
        assertThat(HandPortedSteps.sampleCategories(ctx)).containsExactly("OVERPRODUCTION", "UNKNOWN");
    }
}
