package dev.nbmigrate.converter.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.nbmigrate.converter.api.ApiCatalog;
import dev.nbmigrate.converter.check.InMemoryCompiler;
import dev.nbmigrate.converter.conformance.RecordResult.Status;
import dev.nbmigrate.converter.testing.SharedFolder;

/**
 * Runs the RDD part of the shared conformance corpus (PySpark's RDD, SparkContext, accumulator and broadcast
 * doctests, {@code sc} bound to the session's SparkContext) end to end and fails when fewer records pass than the
 * {@code rdd.<line>} floor in {@code conformance/floor.properties}. Skipped, saying so, when the corpus is absent.
 */
class RddConformanceCorpusTest {

    private static final Logger LOG = LoggerFactory.getLogger(RddConformanceCorpusTest.class);

    @Test
    void passingRddRecordsStayAtOrAboveTheFloor() throws IOException {
        Path corpus = SharedFolder.require("conformance/pyspark-3.5.5-rdd-doctests.dev.jsonl");
        SparkSession spark = ConformanceSession.getOrCreate();
        String line = spark.version().startsWith("3.5") ? "spark-3.5" : "spark-" + spark.version().substring(0, 3);
        int floor = floor("rdd." + line);
        List<CorpusEntry> records = new CorpusReader().read(corpus);
        ConformanceRunner runner = new ConformanceRunner(spark, new ConformanceTranslator(ApiCatalog.standard()),
                new InMemoryCompiler());
        List<RecordResult> results = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            results.add(runner.run(records.get(i), i));
        }
        long passed = results.stream().filter(r -> r.status() == Status.PASS).count();
        results.stream().filter(r -> r.status() != Status.PASS).forEach(r -> LOG.info("{}", r.line()));
        LOG.info("RDD conformance on {}: {} of {} records pass (floor {})", line, passed, records.size(), floor);

        assertThat(passed).as("RDD records passing on " + line + " (floor rdd." + line + " in conformance/floor.properties)")
                .isGreaterThanOrEqualTo(floor);
    }

    private static int floor(String key) throws IOException {
        Properties floors = new Properties();
        try (InputStream in = RddConformanceCorpusTest.class.getResourceAsStream("/conformance/floor.properties")) {
            floors.load(in);
        }
        String value = floors.getProperty(key);
        assertThat(value).as("a floor for " + key + " in conformance/floor.properties").isNotNull();
        return Integer.parseInt(value.strip());
    }
}
