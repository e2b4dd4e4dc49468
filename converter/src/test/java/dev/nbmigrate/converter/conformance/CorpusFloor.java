package dev.nbmigrate.converter.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;

import dev.nbmigrate.converter.api.ApiCatalog;
import dev.nbmigrate.converter.check.InMemoryCompiler;
import dev.nbmigrate.converter.conformance.RecordResult.Status;
import dev.nbmigrate.converter.testing.SharedFolder;

/**
 * What the corpus tests share: run every record of one shared conformance corpus end to end on the session of the
 * build's Spark line, log the records that do not pass, and fail when fewer pass than that line's floor in
 * {@code conformance/floor.properties} (key {@code <prefix><line>}, e.g. {@code spark-4.0} or {@code rdd.spark-3.5}).
 * Skipped, saying so, when the corpus is not beside the project.
 */
final class CorpusFloor {

    private CorpusFloor() {
    }

    static void check(String corpusFile, String floorPrefix, String label, Logger log) throws IOException {
        Path corpus = SharedFolder.require("conformance/" + corpusFile);
        SparkSession spark = ConformanceSession.getOrCreate();
        String line = spark.version().startsWith("3.5") ? "spark-3.5" : "spark-" + spark.version().substring(0, 3);
        String key = floorPrefix + line;
        int floor = floor(key);
        List<CorpusEntry> records = new CorpusReader().read(corpus);
        ConformanceRunner runner = new ConformanceRunner(spark, new ConformanceTranslator(ApiCatalog.standard()),
                new InMemoryCompiler());
        long passed = 0;
        for (int i = 0; i < records.size(); i++) {
            RecordResult result = runner.run(records.get(i), i);
            if (result.status() == Status.PASS) {
                passed++;
            } else {
                log.info("{}", result.line());
            }
        }
        log.info("{} on {}: {} of {} records pass (floor {})", label, line, passed, records.size(), floor);

        assertThat(passed).as(label + " records passing on " + line + " (floor " + key
                + " in conformance/floor.properties)").isGreaterThanOrEqualTo(floor);
    }

    private static int floor(String key) throws IOException {
        Properties floors = new Properties();
        try (InputStream in = CorpusFloor.class.getResourceAsStream("/conformance/floor.properties")) {
            floors.load(in);
        }
        String value = floors.getProperty(key);
        assertThat(value).as("a floor for " + key + " in conformance/floor.properties").isNotNull();
        return Integer.parseInt(value.strip());
    }
}
