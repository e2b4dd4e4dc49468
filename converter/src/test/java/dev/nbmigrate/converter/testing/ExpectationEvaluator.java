package dev.nbmigrate.converter.testing;

import static dev.nbmigrate.runtime.testkit.DatasetAssert.assertThatDataset;
import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

import dev.nbmigrate.converter.expect.Expectations.ExpectedRow;
import dev.nbmigrate.converter.expect.Expectations.OutputExpectation;
import dev.nbmigrate.converter.expect.Expectations.QueryExpectation;

/**
 * Checks a Dataset against an output's expectations the way generated tests do (row count, columns, schema, rows by
 * key with strings compared to the column cast to string, SQL queries over the view {@code output}), collecting
 * every problem instead of stopping at the first.
 */
public final class ExpectationEvaluator {

    private ExpectationEvaluator() {
    }

    public static List<String> problems(SparkSession spark, Dataset<Row> output, OutputExpectation expected,
            double defaultTolerance) {
        List<String> problems = new ArrayList<>();
        double tolerance = expected.tolerance() != null ? expected.tolerance() : defaultTolerance;
        if (expected.rowCount() != null) {
            check(problems, "row count", () -> assertThatDataset(output).hasRowCount(expected.rowCount()));
        }
        if (!expected.columns().isEmpty()) {
            check(problems, "columns", () -> assertThatDataset(output).hasColumns(expected.columns().toArray(String[]::new)));
        }
        if (expected.schema() != null) {
            check(problems, "schema", () -> assertThatDataset(output).hasSchema(expected.schema()));
        }
        rows(problems, "", output, expected.key(), expected.rows(), tolerance);
        for (QueryExpectation query : expected.queries()) {
            output.createOrReplaceTempView("output");
            Dataset<Row> result = spark.sql(query.sql());
            double queryTolerance = query.tolerance() != null ? query.tolerance() : tolerance;
            if (query.rowCount() != null) {
                check(problems, query.name() + ": row count", () -> assertThatDataset(result).hasRowCount(query.rowCount()));
            }
            rows(problems, query.name() + ": ", result, query.key(), query.rows(), queryTolerance);
        }
        return problems;
    }

    private static void rows(List<String> problems, String prefix, Dataset<Row> data, List<String> key,
            List<ExpectedRow> rows, double tolerance) {
        for (ExpectedRow row : rows) {
            Column filter = null;
            for (String column : key) {
                Object value = row.values().get(column);
                Column condition = value == null ? col(column).isNull()
                        : value instanceof String ? col(column).cast("string").equalTo(value) : col(column).equalTo(value);
                filter = filter == null ? condition : filter.and(condition);
            }
            List<Column> columns = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            for (Map.Entry<String, Object> entry : row.values().entrySet()) {
                columns.add(entry.getValue() instanceof String ? col(entry.getKey()).cast("string") : col(entry.getKey()));
                values.add(entry.getValue());
            }
            Dataset<Row> selected = data.filter(filter).select(columns.toArray(Column[]::new));
            Row expected = RowFactory.create(values.toArray());
            check(problems, prefix + "row " + row.values(),
                    () -> assertThatDataset(selected).withTolerance(tolerance).containsExactly(expected));
        }
    }

    private static void check(List<String> problems, String what, Runnable assertion) {
        try {
            assertion.run();
        } catch (AssertionError e) {
            problems.add(what + ": " + e.getMessage());
        }
    }
}
