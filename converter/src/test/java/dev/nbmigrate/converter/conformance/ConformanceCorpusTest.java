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
 * Runs the shared conformance corpus end to end (translate, compile, run on local Spark, compare with what PySpark
 * printed) and fails when fewer records pass than the floor kept in {@code conformance/floor.properties} for the
 * Spark line of the build's profile. Skipped, saying so, when the corpus is not beside the project.
 */
class ConformanceCorpusTest {

    private static final Logger LOG = LoggerFactory.getLogger(ConformanceCorpusTest.class);

    @Test
    void passingRecordsStayAtOrAboveTheFloor() throws IOException {
        Path corpus = SharedFolder.require("conformance/pyspark-3.5.5-doctests.dev.jsonl");
        SparkSession spark = ConformanceSession.getOrCreate();
        String line = spark.version().startsWith("3.5") ? "spark-3.5" : "spark-" + spark.version().substring(0, 3);
        int floor = floor(line);
        List<CorpusEntry> records = new CorpusReader().read(corpus);
        ConformanceRunner runner = new ConformanceRunner(spark, new ConformanceTranslator(ApiCatalog.standard()),
                new InMemoryCompiler());
        List<RecordResult> results = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            results.add(runner.run(records.get(i), i));
        }
        long passed = results.stream().filter(r -> r.status() == Status.PASS).count();
        results.stream().filter(r -> r.status() != Status.PASS).forEach(r -> LOG.info("{}", r.line()));
        LOG.info("conformance on {}: {} of {} records pass (floor {})", line, passed, records.size(), floor);

        assertThat(passed).as("records passing on " + line + " (floor in conformance/floor.properties)")
                .isGreaterThanOrEqualTo(floor);
    }

    private static int floor(String line) throws IOException {
        Properties floors = new Properties();
        try (InputStream in = ConformanceCorpusTest.class.getResourceAsStream("/conformance/floor.properties")) {
            floors.load(in);
        }
        String value = floors.getProperty(line);
        assertThat(value).as("a floor for " + line + " in conformance/floor.properties").isNotNull();
        return Integer.parseInt(value.strip());
    }
}
