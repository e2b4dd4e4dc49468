package dev.nbmigrate.jobs.foodwastecosting;

import dev.nbmigrate.runtime.JobContext;
import dev.nbmigrate.runtime.NotTranslated;

/**
 * The steps nbmigrate could not translate, one method each, called by {@link FoodWasteCostingJob} where the
 * step was:
 * {@code legacy-notebooks/food_waste_costing.ipynb}.
 *
 * <p>Each default fails the run, as the step did not run. To port a step by hand, write a public class
 * {@code manual.HandPortedSteps} in this package, with a constructor without parameters, that implements this
 * interface, and override the step's method. {@code nbmigrate convert} never touches the {@code manual}
 * package, so
 * the port survives regeneration. One instance serves a whole run: a ported step may keep in a field what a
 * later
 * step needs. A method that returns a value stands for a step that made a variable later steps use: the port
 * returns what the step would have made.
 */
public interface FoodWasteCostingHandPorts {

    /**
     * food_waste_costing.ipynb cell 8, line 2 (NBM201): def categorise_reason
     * (legacy-notebooks/food_waste_costing.ipynb, cell 7, line 16:1): no PySpark API member strip on a value of
     * type None (legacy-notebooks/food_waste_costing.ipynb, cell 7, line 20:9).
     */
    default void cell8Line2(JobContext ctx, FoodWasteCostingConfig config) throws Exception {
        // print(categorise_reason("Over-production at lunch service"), categorise_reason(None))
        NotTranslated.fail(
                "NBM201",
                "food_waste_costing.ipynb cell 8, line 2",
                "def categorise_reason (legacy-notebooks/food_waste_costing.ipynb, cell 7, line 16:1): no "
                        + "PySpark API member strip on a value of type None (legacy-notebooks/"
                        + "food_waste_costing.ipynb, cell 7, line 20:9)");
    }
}
