package dev.nbmigrate.converter.expect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpectationsReaderTest {

    @TempDir
    Path dir;

    private static Expectations parse(String json) throws ExpectationsException {
        return ExpectationsReader.parse(json, "nb.expect.json");
    }

    private static void refused(String json, String message) {
        assertThatThrownBy(() -> parse(json)).isInstanceOf(ExpectationsException.class)
                .hasMessage("nb.expect.json: " + message);
    }

    @Test
    void readsEveryPartWithTypedValuesInFileOrder() throws ExpectationsException {
        Expectations e = parse("""
                {"notebook": "nb.ipynb", "source": "by hand", "tolerance": 0.5, "args": ["--day", "2024-01-31"],
                 "given": [{"table": "db.t", "sources": {"s": {"format": "csv", "location": "wasbs://c@a.blob.core.windows.net/x.csv",
                            "options": {"header": true, "sep": ";"}, "schema": "a STRING"}}}],
                 "outputs": [{"output": "db.out", "rowCount": 3, "columns": ["k", "n"], "tolerance": 0.01, "key": ["k"],
                              "rows": [{"k": "a", "n": 1, "x": 2.5, "b": true, "z": null}],
                              "queries": [{"name": "q", "sql": "SELECT 1 AS one FROM output", "key": ["one"], "rows": [{"one": 1}]}]}]}
                """);

        assertThat(e.notebook()).isEqualTo("nb.ipynb");
        assertThat(e.tolerance()).isEqualTo(0.5);
        assertThat(e.args()).containsExactly("--day", "2024-01-31");
        assertThat(e.given().get(0).database()).contains("db");
        assertThat(e.given().get(0).sources().get("s").options()).containsEntry("header", "true").containsEntry("sep", ";");
        var output = e.outputs().get(0);
        assertThat(output.rowCount()).isEqualTo(3L);
        assertThat(output.rows().get(0).values()).containsExactly(java.util.Map.entry("k", "a"), java.util.Map.entry("n", 1L),
                java.util.Map.entry("x", 2.5), java.util.Map.entry("b", true), new java.util.AbstractMap.SimpleEntry<>("z", null));
        assertThat(output.queries().get(0).rows().get(0).values()).containsEntry("one", 1L);
    }

    @Test
    void defaultsAreTheStrictOnes() throws ExpectationsException {
        Expectations e = parse("{}");

        assertThat(e.tolerance()).isEqualTo(Expectations.DEFAULT_TOLERANCE);
        assertThat(e.args()).isEmpty();
        assertThat(e.given()).isEmpty();
        assertThat(e.outputs()).isEmpty();
    }

    @Test
    void mistakesAreRefusedWithTheirJsonPath() {
        refused("{\"outputs\": [{\"output\": \"t\", \"rowcount\": 1}]}",
                "outputs[0]: unknown field 'rowcount' (allowed: $comment, columns, format, key, options, output,"
                        + " queries, rowCount, rows, schema, tolerance)");
        refused("{\"outputs\": [{\"output\": \"t\", \"rows\": [{\"a\": 1}]}]}", "outputs[0].key: rows need key columns"
                + " that identify each row");
        refused("{\"outputs\": [{\"output\": \"t\", \"key\": [\"k\"], \"rows\": [{\"a\": 1}]}]}",
                "outputs[0].rows[0]: key column 'k' is missing");
        refused("{\"outputs\": [{\"output\": \"t\", \"key\": [\"k\"], \"rows\": [{\"k\": 1}, {\"k\": 1}]}]}",
                "outputs[0].rows[1]: another row has the same key [1]");
        refused("{\"outputs\": [{\"output\": \"t\", \"key\": [\"k\"], \"rows\": [{\"k\": [1]}]}]}",
                "outputs[0].rows[0].k: a value is a string, number, boolean or null, not array");
        refused("{\"outputs\": [{\"output\": \"t\", \"rowCount\": -1}]}",
                "outputs[0].rowCount: expected a row count (an integer >= 0)");
        refused("{\"outputs\": [{\"output\": \"t\"}, {\"output\": \"t\"}]}", "outputs[1]: output 't' is listed twice");
        refused("{\"outputs\": [{\"rowCount\": 1}]}", "outputs[0]: 'output' is required");
        refused("{\"given\": [{\"table\": \"t\", \"sources\": {}}]}",
                "given[0].sources: needs at least one named source: {\"name\": {\"format\": ..., \"location\": ...}}");
        refused("{\"given\": [{\"table\": \"t\", \"sources\": {\"a\": {\"format\": \"csv\", \"location\": \"x\"},"
                + " \"b\": {\"format\": \"csv\", \"location\": \"y\"}}}]}", "given[0].select: several sources need a"
                + " select that combines them");
        refused("{\"tolerance\": -1}", "tolerance: a tolerance is a number >= 0");
        refused("{\"args\": [\"--a\", 1]}", "args[1]: expected a string");
    }

    @Test
    void brokenJsonNamesLineAndColumn() {
        assertThatThrownBy(() -> parse("{\n  \"outputs\": [\n}")).isInstanceOf(ExpectationsException.class)
                .hasMessageStartingWith("nb.expect.json: not valid JSON at line 3, column ");
        assertThatThrownBy(() -> parse("{\"a\": 1, \"a\": 2}")).hasMessageContaining("Duplicate field 'a'");
    }

    @Test
    void theFileSitsBesideTheNotebookAndIsOptional() throws Exception {
        assertThat(ExpectationsReader.fileFor(Path.of("nb/daily.ipynb"))).isEqualTo(Path.of("nb/daily.expect.json"));
        assertThat(ExpectationsReader.fileFor(Path.of("z/2F1/note.json"))).isEqualTo(Path.of("z/2F1/note.expect.json"));
        assertThat(ExpectationsReader.readIfPresent(dir.resolve("none.expect.json"), "none.expect.json")).isEmpty();
        Files.writeString(dir.resolve("a.expect.json"), "{\"notebook\": \"a.ipynb\"}");
        assertThat(ExpectationsReader.readIfPresent(dir.resolve("a.expect.json"), "a.expect.json"))
                .map(Expectations::notebook).isEqualTo(Optional.of("a.ipynb"));
    }
}
