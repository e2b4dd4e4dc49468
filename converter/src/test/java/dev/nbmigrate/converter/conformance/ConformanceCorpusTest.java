package dev.nbmigrate.converter.conformance;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the shared conformance corpus end to end (translate, compile, run on local Spark, compare with what PySpark
 * printed) and fails when fewer records pass than the floor kept in {@code conformance/floor.properties} for the
 * Spark line of the build's profile. Skipped, saying so, when the corpus is not beside the project.
 */
class ConformanceCorpusTest {

    private static final Logger LOG = LoggerFactory.getLogger(ConformanceCorpusTest.class);

    @Test
    void passingRecordsStayAtOrAboveTheFloor() throws IOException {
        CorpusFloor.check("pyspark-3.5.5-doctests.dev.jsonl", "", "conformance", LOG);
    }
}
