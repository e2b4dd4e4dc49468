package dev.nbmigrate.converter.expect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.nbmigrate.converter.expect.Expectations.GivenTable;
import dev.nbmigrate.converter.expect.Expectations.OutputExpectation;
import dev.nbmigrate.converter.testing.ExpectationEvaluator;
import dev.nbmigrate.runtime.paths.PathResolver;
import dev.nbmigrate.runtime.paths.PathRules;
import dev.nbmigrate.runtime.testkit.SparkTest;

/**
 * The expectations files of the legacy notebooks: they follow the format, their values are those of EXPECTED.md
 * (the independent oracle), and every table they give a job (what an upstream notebook writes) builds from the
 * sample data and satisfies the upstream notebook's own expectations.
 */
@SparkTest
class LegacyExpectationsTest {

    private static final Path LEGACY = Path.of("../legacy-notebooks").toAbsolutePath().normalize();
    private static final Map<String, Expectations> FILES = new LinkedHashMap<>();

    /** Given table to the notebook expectations and output that describe it. */
    private static final Map<String, String[]> PRODUCED_BY = Map.of(
            "foodops.daily_site_sales", new String[] {"daily_covers_sales.expect.json",
                    "wasbs://curated@contosofoodlake.blob.core.windows.net/sales/daily_site_sales/"},
            "foodops.dim_site", new String[] {"daily_covers_sales.expect.json", "foodops.dim_site"},
            "foodops.supplier_prices_gbp", new String[] {"supplier_price_normalisation.expect.json",
                    "foodops.supplier_prices_gbp"},
            "foodops.waste_daily", new String[] {"food_waste_costing.expect.json", "foodops.waste_daily"});

    @BeforeAll
    static void readAll() throws IOException, ExpectationsException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(LEGACY)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(ExpectationsReader.SUFFIX)).sorted().toList();
        }
        for (Path file : files) {
            String name = LEGACY.relativize(file).toString().replace('\\', '/');
            FILES.put(name, ExpectationsReader.parse(Files.readString(file), name));
        }
    }

    @Test
    void everyConvertibleNotebookHasAnExpectationsFileBesideIt() {
        assertThat(FILES.keySet()).containsExactly("allergen_matrix.expect.json", "daily_covers_sales.expect.json",
                "food_waste_costing.expect.json", "meal_demand_forecast.expect.json",
                "menu_item_popularity.expect.json", "monthly_covers_report_py2.expect.json",
                "site_weekly_kpi_databricks.expect.json", "supplier_price_normalisation.expect.json",
                "zeppelin/2F1K7QZPN/note.expect.json");
        FILES.forEach((name, expectations) -> {
            Path folder = LEGACY.resolve(name).getParent();
            assertThat(folder.resolve(expectations.notebook())).as(name).isRegularFile();
            assertThat(ExpectationsReader.fileFor(folder.resolve(expectations.notebook())))
                    .isEqualTo(LEGACY.resolve(name));
            assertThat(expectations.outputs()).as(name).isNotEmpty();
        });
    }

    @Test
    void everyExpectedValueIsInTheNotebooksSectionOfExpectedMd() throws IOException {
        String expectedMd = Files.readString(LEGACY.resolve("EXPECTED.md"));
        List<String> missing = new ArrayList<>();
        FILES.forEach((name, expectations) -> {
            String section = section(expectedMd, expectations.notebook().equals("note.json")
                    ? "zeppelin/2F1K7QZPN/note.json" : expectations.notebook());
            List<Double> numbers = numbers(section);
            for (OutputExpectation output : expectations.outputs()) {
                List<Expectations.ExpectedRow> rows = new ArrayList<>(output.rows());
                output.queries().forEach(q -> rows.addAll(q.rows()));
                for (Expectations.ExpectedRow row : rows) {
                    row.values().forEach((column, value) -> {
                        boolean found = value == null || value instanceof Boolean
                                || value instanceof String text && section.contains(text)
                                || value instanceof Number number
                                        && numbers.stream().anyMatch(n -> Math.abs(n - number.doubleValue()) < 1e-9);
                        if (!found) {
                            missing.add(name + ": " + column + " = " + value);
                        }
                    });
                }
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void givenTablesBuildFromTheSampleDataAndMatchWhatTheirNotebookMustWrite(SparkSession spark) {
        PathResolver lake = PathResolver.create("local", PathRules.none(), LEGACY.resolve("data").toString());
        Map<String, GivenTable> given = new LinkedHashMap<>();
        FILES.values().forEach(e -> e.given().forEach(g -> given.put(g.table(), g)));
        assertThat(given).containsOnlyKeys("foodops.daily_site_sales", "foodops.dim_site", "foodops.dim_supplier",
                "foodops.supplier_prices_gbp", "foodops.waste_daily");
        for (GivenTable table : given.values()) {
            table.sources().forEach((view, source) -> {
                var reader = spark.read().format(source.format()).options(source.options());
                if (source.schema() != null) {
                    reader = reader.schema(source.schema());
                }
                reader.load(lake.resolve(source.location())).createOrReplaceTempView(view);
            });
            var built = spark.sql(table.select() != null ? table.select() : "SELECT * FROM " + table.sources().firstKey());
            String[] producer = PRODUCED_BY.get(table.table());
            if (producer == null) {
                assertThat(built.count()).as(table.table()).isEqualTo(8);
                continue;
            }
            Expectations upstream = FILES.get(producer[0]);
            OutputExpectation expected = upstream.outputs().stream().filter(o -> o.output().equals(producer[1]))
                    .findFirst().orElseThrow();
            assertThat(ExpectationEvaluator.problems(spark, built.cache(), expected, upstream.tolerance()))
                    .as(table.table() + " against " + producer[0]).isEmpty();
        }
    }

    private static String section(String markdown, String notebook) {
        int start = markdown.indexOf("\n## " + notebook);
        assertThat(start).as("EXPECTED.md section of " + notebook).isPositive();
        int end = markdown.indexOf("\n## ", start + 4);
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }

    private static List<Double> numbers(String text) {
        List<Double> numbers = new ArrayList<>();
        Matcher m = java.util.regex.Pattern.compile("-?\\d[\\d,]*(\\.\\d+)?").matcher(text);
        while (m.find()) {
            numbers.add(Double.parseDouble(m.group().replace(",", "")));
        }
        return numbers;
    }
}
