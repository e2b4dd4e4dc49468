package dev.nbmigrate.runtime.inspect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.catalyst.expressions.Alias;
import org.apache.spark.sql.catalyst.expressions.Attribute;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Which output columns of a plan take their values from the clock of the run: their lineage reaches
 * {@code current_timestamp()}, {@code now()}, {@code current_date()}, {@code localtimestamp()} (and what Spark
 * computes from them). Two correct runs of one computation never agree on those values, so a reconciliation compares
 * such columns by type and nullness only.
 *
 * <p>The analyzed plan still holds the clock expressions (Spark replaces them by literals when it optimizes): every
 * alias whose expression contains one, or a column already found, adds its attribute, from the leaves up; a command
 * that writes (one child) is judged by the columns of what it writes. The notebook side of {@code nbmigrate
 * reconcile} applies the same rule to PySpark's plans.
 */
public final class ClockLineage {

    /** The class names of Spark's clock expressions. */
    public static final Set<String> CLOCK_EXPRESSIONS = Set.of("CurrentTimestamp", "Now", "CurrentDate",
            "LocalTimestamp", "CurrentBatchTimestamp", "CurrentTime");

    private ClockLineage() {
    }

    /** The output columns of {@code plan} (analyzed) whose values come from the clock, in output order. */
    public static List<String> columns(LogicalPlan plan) {
        LogicalPlan written = written(plan);
        Set<Long> clock = new HashSet<>();
        visit(written, clock);
        List<String> names = new ArrayList<>();
        for (Attribute attribute : CollectionConverters.asJava(written.output())) {
            if (clock.contains(attribute.exprId().id())) {
                names.add(attribute.name());
            }
        }
        return names;
    }

    /** What a writing command writes (its only child); the plan itself when it has none or several. */
    static LogicalPlan written(LogicalPlan plan) {
        List<LogicalPlan> children = CollectionConverters.asJava(plan.children());
        boolean command = plan.output().isEmpty() || plan.getClass().getSimpleName().endsWith("Command");
        return command && children.size() == 1 ? children.get(0) : plan;
    }

    private static void visit(LogicalPlan plan, Set<Long> clock) {
        CollectionConverters.asJava(plan.children()).forEach(child -> visit(child, clock));
        for (Expression expression : CollectionConverters.asJava(plan.expressions())) {
            mark(expression, clock);
        }
    }

    private static void mark(Expression expression, Set<Long> clock) {
        CollectionConverters.asJava(expression.children()).forEach(child -> mark(child, clock));
        if (expression instanceof Alias alias && fromClock(alias.child(), clock)) {
            clock.add(alias.exprId().id());
        }
    }

    private static boolean fromClock(Expression expression, Set<Long> clock) {
        if (CLOCK_EXPRESSIONS.contains(expression.getClass().getSimpleName())) {
            return true;
        }
        if (expression instanceof Attribute attribute) {
            return clock.contains(attribute.exprId().id());
        }
        return CollectionConverters.asJava(expression.children()).stream().anyMatch(child -> fromClock(child, clock));
    }
}
