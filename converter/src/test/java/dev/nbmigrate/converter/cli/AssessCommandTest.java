package dev.nbmigrate.converter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code nbmigrate assess} end to end: formats, output folder, exit status, and the catalogue of broken notebooks,
 * each with its exact error or finding and no stack trace.
 */
class AssessCommandTest {

    private static final String RESOURCES = "src/test/resources/";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = NbmigrateCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString());
    }

    /**
     * Each broken input: the exit status with {@code --fail-on error}, then for unreadable files the NBM001 message (positions and reason), for
     * readable ones the first finding as {@code code severity cell:line:column message} (empty when none).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            notebooks/broken/truncated.ipynb  | 2 | line 10, column 11: unexpected end of file inside the JSON document (the file looks truncated)
            notebooks/broken/nbformat5.ipynb  | 2 | line 4, column 14: nbformat 5 is not supported: nbmigrate reads nbformat 3 and 4
            notebooks/broken/missing_nbformat.ipynb | 2 | not a Jupyter notebook: "nbformat" is missing
            notebooks/broken/empty_file.ipynb | 2 | the file is empty
            assess/broken/latin1.ipynb        | 2 | line 9, column 19: not valid UTF-8 text: Invalid UTF-8 middle byte 0x27
            assess/broken/no_such_notebook.ipynb | 2 | no such file
            assess/broken/syntax_error.ipynb  | 1 | NBM101 error 2:2:28 SyntaxError: invalid syntax. Perhaps you forgot a comma?
            assess/broken/mixed_tabs_spaces.ipynb | 1 | NBM101 error 1:3:1 TabError: inconsistent use of tabs and spaces in indentation
            assess/broken/newline_escape_in_string.ipynb | 1 | NBM101 error 1:1:12 SyntaxError: unterminated string literal (detected at line 1)
            assess/broken/deep_nesting.ipynb  | 1 | NBM102 error 2:0:0 RecursionError: source nested more than 1000 levels deep (nbmigrate's limit; CPython's is about 3,000)
            notebooks/broken/unknown_kernel.ipynb | 0 | "NBM002 warning 0:0:0 kernel ""apache_toree_scala"" (""Scala 2.11 (Toree)"") is not one nbmigrate knows; read as Scala code with spark, sc and sqlContext predefined, language from the code"
            notebooks/broken/escapes.ipynb    | 0 | ""
            """)
    void brokenInputGetsItsExactErrorAndExitStatus(String file, int exit, String expected) throws Exception {
        assertThat(run("assess", RESOURCES + file, "--format", "json", "--fail-on", "error", "--quiet"))
                .isEqualTo(exit);
        JsonNode notebook = json().get("notebooks").get(0);
        assertThat(notebook.get("path").asText()).isEqualTo(RESOURCES + file);
        if (exit == 2) {
            assertThat(notebook.get("status").asText()).isEqualTo("unreadable");
            assertThat(notebook.get("failure").get("code").asText()).isEqualTo("NBM001");
            assertThat(notebook.get("failure").get("message").asText()).isEqualTo(expected);
            assertThat(err.toString()).isEqualTo("nbmigrate assess: 1 of 1 notebook(s) could not be analysed:\n  "
                    + RESOURCES + file + ": " + expected + "\n");
        } else {
            assertThat(notebook.get("status").asText()).isEqualTo("analysed");
            JsonNode first = notebook.get("diagnostics").isEmpty() ? null : notebook.get("diagnostics").get(0);
            String found = first == null ? "" : first.get("code").asText() + " " + first.get("severity").asText() + " "
                    + first.get("cell").asInt() + ":" + first.get("line").asInt() + ":" + first.get("column").asInt()
                    + " " + first.get("message").asText();
            assertThat(found).isEqualTo(expected);
            assertThat(err.toString()).isEmpty();
        }
        assertThat(out.toString() + err).doesNotContain("Exception", "\tat ", "at dev.nbmigrate");
    }

    @Test
    void malformedJsonIsUnreadableWithItsPosition() throws Exception {
        String file = RESOURCES + "notebooks/broken/malformed.ipynb";
        assertThat(run("assess", file, "--format", "json", "--quiet")).isEqualTo(ExitCodes.BAD_INPUT);
        // Jackson's column differs by one between the Jackson versions of Spark 3.5 and 4.0.
        assertThat(json().get("notebooks").get(0).get("failure").get("message").asText())
                .matches("line 6, column [45]: not valid JSON: Unexpected character \\('\"' \\(code 34\\)\\): "
                        + "was expecting comma to separate Object entries");
        assertThat(err.toString()).startsWith("nbmigrate assess: 1 of 1 notebook(s) could not be analysed:\n  " + file
                + ": line 6, column ").doesNotContain("Exception", "\tat ");
    }

    @Test
    void aSyntaxErrorStopsOnlyItsCell() throws Exception {
        run("assess", RESOURCES + "assess/broken/syntax_error.ipynb", "--format", "json");
        JsonNode notebook = json().get("notebooks").get(0);
        assertThat(notebook.get("cells").get(1).get("status").asText()).isEqualTo("blocked");
        assertThat(notebook.get("cells").get(2).get("status").asText()).isEqualTo("ready");
        assertThat(notebook.get("io").toString()).contains("/mnt/raw/other/", "db.other");
    }

    @Test
    void oneBadNotebookDoesNotStopTheBatch() throws Exception {
        int status = run("assess", RESOURCES + "notebooks/broken/truncated.ipynb",
                RESOURCES + "assess/broken/mixed_tabs_spaces.ipynb", "../legacy-notebooks/utils.ipynb", "--format",
                "json");
        assertThat(status).isEqualTo(ExitCodes.BAD_INPUT);
        JsonNode root = json();
        assertThat(root.get("summary").get("notebooks").asInt()).isEqualTo(3);
        assertThat(root.get("summary").get("unreadable").asInt()).isEqualTo(1);
        java.util.List<String> statuses = new java.util.ArrayList<>();
        root.get("notebooks").forEach(nb -> statuses.add(nb.get("path").asText() + " " + nb.get("status").asText()));
        assertThat(statuses).containsExactly("../legacy-notebooks/utils.ipynb analysed",
                RESOURCES + "assess/broken/mixed_tabs_spaces.ipynb analysed",
                RESOURCES + "notebooks/broken/truncated.ipynb unreadable");
    }

    @Test
    void eachCellsOutcomeIsTheOneConvertRecordedInMigrationJson() throws Exception {
        java.util.List<String> assessed = new java.util.ArrayList<>();
        java.util.List<String> converted = new java.util.ArrayList<>();
        try (java.util.stream.Stream<java.nio.file.Path> modules = java.nio.file.Files.list(
                java.nio.file.Path.of("../generated"))) {
            for (java.nio.file.Path module : modules.filter(m -> java.nio.file.Files.isRegularFile(
                    m.resolve("migration.json"))).sorted().toList()) {
                JsonNode migration = new ObjectMapper().readTree(module.resolve("migration.json").toFile());
                String notebook = migration.get("source").get("path").asText();
                migration.get("cells").forEach(c -> converted.add(notebook + " cell " + c.get("index").asInt() + ": "
                        + c.get("outcome").asText() + (c.has("reason") ? " " + c.get("reason").asText() : "")));
                out.getBuffer().setLength(0);
                run("assess", "../" + notebook, "--format", "json");
                json().get("notebooks").get(0).get("cells").forEach(c -> assessed.add(notebook + " cell "
                        + c.get("index").asInt() + ": " + c.get("outcome").asText()));
            }
        }
        assertThat(converted).hasSizeGreaterThan(50);
        assertThat(assessed).containsExactlyElementsOf(converted);
    }

    @Test
    void aCleanNotebookExitsZeroAndPrintsMarkdown() {
        assertThat(run("assess", "../legacy-notebooks/menu_item_popularity.ipynb", "-q")).isZero();
        assertThat(out.toString()).startsWith("# nbmigrate assessment\n\n1 notebook(s), 1 analysed.")
                .contains("| ../legacy-notebooks/menu_item_popularity.ipynb | analysed |");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void offATerminalEachNotebookIsAProgressLineOnStderr() {
        assertThat(run("assess", "../legacy-notebooks/menu_item_popularity.ipynb")).isZero();
        assertThat(err.toString()).matches(
                "\\[1/1\\] assessing \\.\\./legacy-notebooks/menu_item_popularity\\.ipynb \\(0:\\d\\d elapsed\\)\n");
    }

    @Test
    void errorFindingsAreReportedAndExitOneOnlyAtTheFailOnThreshold(@TempDir Path folder) throws Exception {
        String notebook = "../legacy-notebooks/meal_demand_forecast.ipynb";
        assertThat(run("assess", notebook, "--format", "json")).isEqualTo(ExitCodes.OK);
        assertThat(json().toString()).contains("\"severity\":\"error\"");
        out.getBuffer().setLength(0);
        assertThat(run("assess", notebook, "--format", "json", "--fail-on", "warning")).isEqualTo(ExitCodes.FAILED);
        out.getBuffer().setLength(0);
        assertThat(run("assess", "../legacy-notebooks/menu_item_popularity.ipynb", "--fail-on", "error"))
                .isEqualTo(ExitCodes.OK);
        out.getBuffer().setLength(0);

        Path outDir = folder.resolve("reports");
        assertThat(run("assess", notebook, "--format", "html", "--out", outDir.toString(), "--fail-on", "error"))
                .isEqualTo(ExitCodes.FAILED);
        assertThat(out.toString()).isEmpty();
        try (var files = Files.list(outDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("assessment.html");
        }
        assertThat(Files.readString(outDir.resolve("assessment.html"))).startsWith("<!DOCTYPE html>")
                .contains("meal_demand_forecast.ipynb");
    }

    @Test
    void badUsageExitsTwo(@TempDir Path folder) throws Exception {
        assertThat(run("assess")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("Missing required parameter: 'PATH'");
        err.getBuffer().setLength(0);
        assertThat(run("assess", "x.ipynb", "--format", "xml")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("Invalid value for option '--format'");
        err.getBuffer().setLength(0);
        Path file = Files.writeString(folder.resolve("taken"), "x");
        assertThat(run("assess", "../legacy-notebooks/utils.ipynb", "--out", file.toString()))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("nbmigrate assess: --out " + file + " is a file, not a folder\n");
        err.getBuffer().setLength(0);
        Path empty = Files.createDirectory(folder.resolve("empty"));
        Files.writeString(empty.resolve("data.json"), "{}");
        assertThat(run("assess", empty.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("nbmigrate assess: no notebooks found in [" + empty + "]\n");
    }
}
