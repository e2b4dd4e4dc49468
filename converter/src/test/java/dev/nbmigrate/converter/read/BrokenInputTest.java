package dev.nbmigrate.converter.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The catalogue of unreadable inputs: each fails with one exception whose message names file, line and cause. */
class BrokenInputTest {

    static Stream<Arguments> unreadable() {
        return Stream.of(
                Arguments.of("broken/truncated.ipynb", 10, 11,
                        "unexpected end of file inside the JSON document (the file looks truncated)"),
                Arguments.of("broken/missing_nbformat.ipynb", 0, 0, "not a Jupyter notebook: \"nbformat\" is missing"),
                Arguments.of("broken/nbformat5.ipynb", 4, 14,
                        "nbformat 5 is not supported: nbmigrate reads nbformat 3 and 4"),
                Arguments.of("broken/nbformat_string.ipynb", 1, 43, "\"nbformat\" must be a number, found \"4\""),
                Arguments.of("broken/cells_not_list.ipynb", 2, 11, "\"cells\" is not a list"),
                Arguments.of("broken/trailing_content.ipynb", 2, 1,
                        "not valid JSON: more content after the end of the notebook's JSON object"),
                Arguments.of("broken/json_array.ipynb", 1, 1,
                        "not a notebook: the file holds a JSON list, not a Jupyter or Zeppelin notebook object"),
                Arguments.of("broken/not_a_notebook.json", 0, 0, "not a notebook: a JSON object without \"cells\" or"
                        + " \"worksheets\" (Jupyter) or \"paragraphs\" (Zeppelin)"),
                Arguments.of("broken/plain_text.ipynb", 0, 0, "not a notebook: the file is text without a notebook "
                        + "structure; nbmigrate reads Jupyter (.ipynb) and Zeppelin (note.json, .zpln) JSON, and "
                        + "Databricks source exports starting with \"# Databricks notebook source\""),
                Arguments.of("broken/empty_file.ipynb", 0, 0, "the file is empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadable")
    void unreadableInputFailsWithPositionAndReason(String name, int line, int column, String reason) {
        NotebookReadException error = catchThrowableOfType(NotebookReadException.class,
                () -> NotebookFixtures.read(name));

        assertThat(error).isNotNull();
        assertThat(error.reason()).isEqualTo(reason);
        assertThat(error.line()).isEqualTo(line);
        assertThat(error.column()).isEqualTo(column);
        String position = line > 0 ? ", line " + line + (column > 0 ? ", column " + column : "") : "";
        assertThat(error.getMessage()).isEqualTo(name + position + ": " + reason);
    }

    @Test
    void malformedJsonNamesLineColumnAndJacksonsReason() {
        NotebookReadException error = catchThrowableOfType(NotebookReadException.class,
                () -> NotebookFixtures.read("broken/malformed.ipynb"));

        assertThat(error.reason()).isEqualTo("not valid JSON: Unexpected character ('\"' (code 34)):"
                + " was expecting comma to separate Object entries");
        assertThat(error.line()).isEqualTo(6);
        // The quote that should have been a comma is in column 4; Jackson 2.15 (Spark 3.5) reports the column after it.
        assertThat(error.column()).isIn(4, 5);
        assertThat(error.getMessage()).startsWith("broken/malformed.ipynb, line 6, column ");
    }

    @Test
    void invalidUtf8InJsonNamesTheBytePosition(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.ipynb");
        byte[] head = "{\"cells\": [{\"cell_type\": \"markdown\", \"metadata\": {},\n \"source\": \"caf"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\"}], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 2}"
                .getBytes(StandardCharsets.US_ASCII);
        Files.write(file, concat(head, new byte[] {(byte) 0xE9}, tail));

        NotebookReadException error = catchThrowableOfType(NotebookReadException.class,
                () -> new NotebookReader().read(file, "latin1.ipynb"));

        assertThat(error.getMessage()).isEqualTo(
                "latin1.ipynb, line 2, column 18: not valid UTF-8 text: Invalid UTF-8 middle byte 0x22");
    }

    @Test
    void invalidUtf8InDatabricksExportNamesLineAndColumn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("export.py");
        Files.write(file, concat("# Databricks notebook source\nx = 1\nname = 'Jos".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xE9}, "'\n".getBytes(StandardCharsets.US_ASCII)));

        NotebookReadException error = catchThrowableOfType(NotebookReadException.class,
                () -> new NotebookReader().read(file, "export.py"));

        assertThat(error.getMessage()).isEqualTo("export.py, line 3, column 12: not valid UTF-8 text: invalid byte 0xe9");
    }

    @Test
    void missingFileIsUnreadable(@TempDir Path dir) {
        NotebookReadException error = catchThrowableOfType(NotebookReadException.class,
                () -> new NotebookReader().read(dir.resolve("gone.ipynb"), "gone.ipynb"));

        assertThat(error.getMessage()).isEqualTo("gone.ipynb: no such file");
    }

    @Test
    void zipArchiveIsRecognisedAsNotANotebook(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("notebooks.dbc");
        Files.write(file, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0});

        NotebookReadException error = catchThrowableOfType(NotebookReadException.class,
                () -> new NotebookReader().read(file, "notebooks.dbc"));

        assertThat(error.reason()).startsWith("not a notebook: the file is a zip archive (a Databricks .dbc archive?");
    }

    @Test
    void failureBecomesAnNbm001DiagnosticForReports() {
        NotebookReadException error = catchThrowableOfType(NotebookReadException.class,
                () -> NotebookFixtures.read("broken/nbformat5.ipynb"));

        assertThat(error.toDiagnostic().render()).isEqualTo("NBM001 error at broken/nbformat5.ipynb: line 4, column 14:"
                + " nbformat 5 is not supported: nbmigrate reads nbformat 3 and 4 (Check that the file is a notebook"
                + " saved by Jupyter, Databricks or Zeppelin and is not truncated.)");
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
