package dev.nbmigrate.converter.conformance;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the RDD part of the shared conformance corpus (PySpark's RDD, SparkContext, accumulator and broadcast
 * doctests, {@code sc} bound to the session's SparkContext) end to end and fails when fewer records pass than the
 * {@code rdd.<line>} floor in {@code conformance/floor.properties}. Skipped, saying so, when the corpus is absent.
 */
class RddConformanceCorpusTest {

    private static final Logger LOG = LoggerFactory.getLogger(RddConformanceCorpusTest.class);

    @Test
    void passingRddRecordsStayAtOrAboveTheFloor() throws IOException {
        CorpusFloor.check("pyspark-3.5.5-rdd-doctests.dev.jsonl", "rdd.", "RDD conformance", LOG);
    }
}
