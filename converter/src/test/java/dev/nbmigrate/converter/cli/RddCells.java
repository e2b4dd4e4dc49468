package dev.nbmigrate.converter.cli;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.nbmigrate.converter.analyze.ApiReference;
import dev.nbmigrate.converter.analyze.Program;
import dev.nbmigrate.converter.api.ApiSupport;
import dev.nbmigrate.converter.assess.NotebookOutcome;

/**
 * The code cells that use the RDD API, decided from the analysis: a cell uses it when the analyzer recorded in it a
 * use of a {@code pyspark.RDD} member, of a SparkContext member that makes an RDD, of {@code DataFrame.rdd} or of
 * {@code pyspark.mllib} (whose models take and give RDDs).
 */
final class RddCells {

    /** SparkContext members whose result is an RDD. */
    private static final Set<String> RDD_MAKERS = Set.of("parallelize", "range", "textFile", "wholeTextFiles",
            "binaryFiles", "binaryRecords", "sequenceFile", "pickleFile", "hadoopFile", "hadoopRDD",
            "newAPIHadoopFile", "newAPIHadoopRDD", "union", "emptyRDD", "objectFile");

    private RddCells() {
    }

    /** By notebook file name, the indexes of its cells that use the RDD API. */
    static Map<String, Set<Integer>> of(List<NotebookOutcome> assessed) {
        Map<String, Set<Integer>> cells = new TreeMap<>();
        for (NotebookOutcome outcome : assessed) {
            Set<Integer> indexes = new TreeSet<>();
            for (Program program : outcome.program().stream().toList()) {
                for (ApiReference reference : program.apiReferences()) {
                    if (isRdd(reference.support())) {
                        indexes.add(reference.location().cell());
                    }
                }
            }
            cells.put(fileName(outcome.name()), indexes);
        }
        return cells;
    }

    /** True for a member of the RDD API (or of the mllib API built on it). */
    static boolean isRdd(ApiSupport support) {
        String owner = support.owner();
        return owner.equals("pyspark.RDD") || owner.startsWith("pyspark.mllib")
                || owner.equals("pyspark.SparkContext") && RDD_MAKERS.contains(support.member())
                || owner.equals("pyspark.sql.DataFrame") && support.member().equals("rdd");
    }

    static String fileName(String path) {
        String slashed = path.replace('\\', '/');
        return slashed.substring(slashed.lastIndexOf('/') + 1);
    }
}
