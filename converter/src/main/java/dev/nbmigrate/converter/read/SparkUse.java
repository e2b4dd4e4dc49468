package dev.nbmigrate.converter.read;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
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

    /**
     * One kind of evidence; {@code nameInGroup} rules match a use of {@code spark}/{@code sc}/{@code sqlContext}
     * (group 1), which does not count when the notebook binds that name itself ({@code sc = StandardScaler()}).
     */
    private record Rule(ExecutionContext context, Pattern pattern, String what, boolean nameInGroup) {
    }

    /** Tried in order over every code cell: building a session wins over using one. */
    private static final List<Rule> RULES = List.of(
            new Rule(ExecutionContext.OWN_SPARK, Pattern.compile("SparkSession\\s*\\.\\s*builder"),
                    "builds a SparkSession", false),
            new Rule(ExecutionContext.OWN_SPARK, Pattern.compile("(?<![\\w.])SparkContext\\s*(\\(|\\.\\s*getOrCreate)"),
                    "creates a SparkContext", false),
            new Rule(ExecutionContext.OWN_SPARK, Pattern.compile("findspark\\s*\\.\\s*init\\s*\\("),
                    "starts Spark with findspark.init()", false),
            new Rule(ExecutionContext.ASSUMED_SPARK, Pattern.compile("(?m)^\\s*%%(?:sql|spark)\\b"),
                    "has sparkmagic %%sql/%%spark cells", false),
            new Rule(ExecutionContext.ASSUMED_SPARK, Pattern.compile("(?<![\\w.])(spark|sc|sqlContext)\\s*\\.\\s*\\w"),
                    "uses spark, sc or sqlContext without creating them", true));
    /** An assignment to {@code spark}, {@code sc} or {@code sqlContext} at the start of a line, with its value. */
    private static final Pattern ASSIGNED = Pattern.compile("(?m)^\\s*(spark|sc|sqlContext)\\s*=(?!=)(.*)$");
    /** A value that is (or gets) a Spark object: such a binding does not make the name a non-Spark one. */
    private static final Pattern SPARK_VALUE = Pattern.compile("(?i)spark|context|sql|glue");

    private SparkUse() {
    }

    /** The context the content shows, if it shows Spark at all. */
    static Optional<Evidence> of(List<Cell> cells) {
        List<Cell> code = cells.stream().filter(c -> c.type() == CellType.CODE).toList();
        Set<String> bound = new HashSet<>();
        for (Cell cell : code) {
            Matcher assigned = ASSIGNED.matcher(cell.source());
            while (assigned.find()) {
                if (!SPARK_VALUE.matcher(assigned.group(2)).find()) {
                    bound.add(assigned.group(1));
                }
            }
        }
        for (Rule rule : RULES) {
            for (Cell cell : code) {
                Matcher use = rule.pattern().matcher(cell.source());
                while (use.find()) {
                    if (!rule.nameInGroup() || !bound.contains(use.group(1))) {
                        return Optional.of(new Evidence(rule.context(), cell.index(), rule.what()));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
