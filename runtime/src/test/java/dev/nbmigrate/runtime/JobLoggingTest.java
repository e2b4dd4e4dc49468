package dev.nbmigrate.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nbmigrate.runtime.testkit.SparkTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Log layouts, MDC fields, step durations and row counts, as a launched job writes them. */
@SparkTest
class JobLoggingTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<Integer> exits = new ArrayList<>();

    private String launch(OrdersJob job, String... args) {
        Console console = new Console(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), exits::add);
        new Launcher(EnvVars.of(), console).launch(job, args);
        return err.toString(StandardCharsets.UTF_8);
    }

    private static OrdersJob jobWithSteps() {
        return new OrdersJob((ctx, config) -> {
            var numbers = ctx.step("make numbers", () -> ctx.spark().range(5).toDF("n"));
            ctx.step("note", () -> LoggerFactory.getLogger(OrdersJob.class).info("inside a step"));
            ctx.inspect().count(numbers);
        });
    }

    @Test
    void jsonLayoutWritesOneObjectPerLineWithJobAndRunId(SparkSession spark) throws IOException {
        String output = launch(jobWithSteps(), "--input-path", "/in", "--log-format", "json", "--run-id", "r-42");

        assertThat(exits).isEmpty();
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : output.split("\n")) {
            lines.add(mapper.readTree(line));
        }
        JsonNode step = lines.stream().filter(l -> l.path("message").asText().equals("inside a step")).findFirst()
                .orElseThrow();
        assertThat(step.path("level").asText()).isEqualTo("INFO");
        assertThat(step.path("logger").asText()).isEqualTo(OrdersJob.class.getName());
        assertThat(step.path("job").asText()).isEqualTo("orders");
        assertThat(step.path("run_id").asText()).isEqualTo("r-42");
        assertThat(step.path("step").asText()).isEqualTo("note");
        assertThat(step.path("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(step.has("thrown")).isFalse();
        assertThat(lines).anySatisfy(l -> assertThat(l.path("message").asText())
                .matches("step 'make numbers' finished in \\d+ ms"));
        assertThat(lines).anySatisfy(l -> assertThat(l.path("message").asText())
                .startsWith("configuration: inputPath=/in (command line), lookbackDays=7 (default),"));
        assertThat(lines).as("inspection is DEBUG only").noneSatisfy(l -> assertThat(l.path("message").asText())
                .startsWith("count:"));
    }

    @Test
    void failuresCarryTheStackTraceInThrown(SparkSession spark) throws IOException {
        String output = launch(new OrdersJob((ctx, config) -> {
            throw new IllegalArgumentException("bad data");
        }), "--input-path", "/in", "--log-format", "json");

        assertThat(exits).containsExactly(1);
        JsonNode failure = null;
        for (String line : output.split("\n")) {
            JsonNode node = new ObjectMapper().readTree(line);
            if (node.path("level").asText().equals("ERROR")) {
                failure = node;
            }
        }
        assertThat(failure).isNotNull();
        assertThat(failure.path("message").asText()).contains("failed after").endsWith(
                "java.lang.IllegalArgumentException: bad data");
        assertThat(failure.path("thrown").asText()).startsWith("java.lang.IllegalArgumentException: bad data")
                .contains("\tat dev.nbmigrate.runtime.JobLoggingTest");
    }

    @Test
    void textLayoutAndRequestedRowCountsAndDebugInspection(SparkSession spark) {
        String output = launch(jobWithSteps(), "--input-path", "/in", "--run-id", "r-43", "--step-row-counts",
                "--log-level", "debug");

        assertThat(output).containsPattern("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z INFO  d\\.n\\.s\\.orders \\[orders r-43\\]"
                + " step=make numbers - step 'make numbers' finished in \\d+ ms; 5 rows \\(counted in \\d+ ms\\)");
        assertThat(output).containsPattern("INFO  d\\.n\\.r\\.OrdersJob \\[orders r-43\\] step=note - inside a step");
        assertThat(output).containsPattern("DEBUG d\\.n\\.i\\.orders \\[orders r-43\\] - count:\\R5 rows");
    }

    @Test
    void stepAndRunEndingLinesCarryTheMetricFieldsMonitoringQueries(SparkSession spark) throws IOException {
        String output = launch(new OrdersJob((ctx, config) -> {
            var numbers = ctx.step("make numbers", () -> ctx.spark().range(7).toDF("n"));
            ctx.step("keep even", java.util.List.of(numbers), () -> numbers.filter("n % 2 = 0"));
            try {
                ctx.step("explode", () -> {
                    throw new IllegalStateException("no");
                });
            } catch (StepFailedException expected) {
                // the failed step's line is what the test reads
            }
        }), "--input-path", "/in", "--log-format", "json", "--run-id", "r-44", "--step-row-counts");

        assertThat(exits).isEmpty();
        List<JsonNode> metrics = new ArrayList<>();
        for (String line : output.split("\n")) {
            JsonNode node = new ObjectMapper().readTree(line);
            if (node.has("event")) {
                metrics.add(node);
            }
        }
        assertThat(metrics).extracting(m -> m.path("event").asText() + " " + m.path("step").asText("-") + " "
                + m.path("outcome").asText()).containsExactly("step make numbers succeeded",
                "step keep even succeeded", "step explode failed", "job - succeeded");
        for (JsonNode m : metrics) {
            assertThat(m.path("job").asText()).isEqualTo("orders");
            assertThat(m.path("run_id").asText()).isEqualTo("r-44");
            assertThat(m.path("duration_ms").isIntegralNumber()).as("duration_ms is a JSON number").isTrue();
            assertThat(m.path("duration_ms").asLong()).isNotNegative();
        }
        assertThat(metrics.get(0).path("rows_out").asLong()).isEqualTo(7);
        assertThat(metrics.get(0).has("rows_in")).as("a step given no inputs counts none").isFalse();
        assertThat(metrics.get(1).path("rows_in").asLong()).isEqualTo(7);
        assertThat(metrics.get(1).path("rows_out").asLong()).isEqualTo(4);
        assertThat(metrics.get(2).path("level").asText()).isEqualTo("ERROR");
        assertThat(metrics.get(2).has("rows_out")).isFalse();
        assertThat(output.lines().filter(l -> !l.contains("\"event\"")).map(l -> {
            try {
                return new ObjectMapper().readTree(l);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })).as("only ending lines carry metrics").allSatisfy(n -> assertThat(n.has("duration_ms")).isFalse());
    }
}
