package dev.nbmigrate.converter.read;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the code of a plain Python kernel ({@code python3}, {@code python2}) ran, decided from the code itself: a
 * notebook that builds its own Spark session is a Spark driver (its code is job code, {@link
 * ExecutionContext#OWN_SPARK}); one that uses {@code spark}/{@code sc}/{@code sqlContext} or sparkmagic's cell
 * magics without building a session ran on a Spark kernel whatever its metadata says ({@link
 * ExecutionContext#ASSUMED_SPARK}); only one with no Spark at all ran in the notebook server alone.
 */
final class SparkUse {

    /** What a notebook does with Spark, and the first cell that shows it. */
    record Evidence(ExecutionContext context, int cell, String what) {
    }

    private record Rule(ExecutionContext context, Pattern pattern, String what) {
    }

    /** Tried in order over every code cell: building a session wins over using one. */
    private static final List<Rule> RULES = List.of(
            new Rule(ExecutionContext.OWN_SPARK, Pattern.compile("SparkSession\\s*\\.\\s*builder"),
                    "builds a SparkSession"),
            new Rule(ExecutionContext.OWN_SPARK, Pattern.compile("(?<![\\w.])SparkContext\\s*(\\(|\\.\\s*getOrCreate)"),
                    "creates a SparkContext"),
            new Rule(ExecutionContext.OWN_SPARK, Pattern.compile("findspark\\s*\\.\\s*init\\s*\\("),
                    "starts Spark with findspark.init()"),
            new Rule(ExecutionContext.ASSUMED_SPARK, Pattern.compile("(?m)^\\s*%%(sql|spark)\\b"),
                    "has sparkmagic %%sql/%%spark cells"),
            new Rule(ExecutionContext.ASSUMED_SPARK, Pattern.compile("(?<![\\w.])(spark|sc|sqlContext)\\s*\\.\\s*\\w"),
                    "uses spark, sc or sqlContext without creating them"));

    private SparkUse() {
    }

    /** The context the content shows, if it shows Spark at all. */
    static Optional<Evidence> of(List<Cell> cells) {
        for (Rule rule : RULES) {
            for (Cell cell : cells) {
                if (cell.type() == CellType.CODE && rule.pattern().matcher(cell.source()).find()) {
                    return Optional.of(new Evidence(rule.context(), cell.index(), rule.what()));
                }
            }
        }
        return Optional.empty();
    }
}
