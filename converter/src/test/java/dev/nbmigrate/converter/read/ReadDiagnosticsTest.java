package dev.nbmigrate.converter.read;

import dev.nbmigrate.converter.diag.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue of readable-but-odd inputs: each file gives exactly these diagnostics (code, location, message),
 * and well-formed notebooks give none beyond what their content warrants.
 */
class ReadDiagnosticsTest {

    static Stream<Arguments> catalogue() {
        return Stream.of(
                Arguments.of("broken/unknown_kernel.ipynb", List.of(
                        "NBM002 warning at broken/unknown_kernel.ipynb: kernel \"apache_toree_scala\" (\"Scala 2.11"
                                + " (Toree)\") is not one nbmigrate knows; read as Scala code with spark, sc and"
                                + " sqlContext predefined, language from the code")),
                Arguments.of("broken/newer_minor.ipynb", List.of(
                        "NBM003 info at broken/newer_minor.ipynb: nbformat 4.9 is newer than 4.5, the newest this"
                                + " reader knows")),
                Arguments.of("broken/out_of_order.ipynb", List.of(
                        "NBM004 warning at broken/out_of_order.ipynb, cell 3: cell 3 last ran before cell 1 above it"
                                + " (execution_count 2 < 7); so did cell 6")),
                Arguments.of("broken/empty.ipynb", List.of(
                        "NBM005 warning at broken/empty.ipynb: the notebook has no cells")),
                Arguments.of("broken/only_markdown.ipynb", List.of(
                        "NBM005 warning at broken/only_markdown.ipynb: none of the 2 cells holds code (1 Markdown,"
                                + " 1 empty or raw)")),
                Arguments.of("broken/pyspark_unstated_python.ipynb", List.of(
                        "NBM007 warning at broken/pyspark_unstated_python.ipynb: nothing states whether the notebook"
                                + " ran on Python 2 or 3; read as Python 3")),
                Arguments.of("broken/python3_with_print_statement.ipynb", List.of(
                        "NBM006 info at broken/python3_with_print_statement.ipynb: Python 2 notebook, decided from"
                                + " the code (a print statement in cell 1, line 2)",
                        "NBM009 warning at broken/python3_with_print_statement.ipynb, cell 1, line 2: the kernel says"
                                + " Python 3, but the code has a print statement: read as Python 2")),
                Arguments.of("broken/zeppelin_unknown_interpreter.json", List.of(
                        "NBM007 warning at broken/zeppelin_unknown_interpreter.json: nothing states whether the"
                                + " notebook ran on Python 2 or 3; read as Python 3",
                        "NBM013 warning at broken/zeppelin_unknown_interpreter.json: default interpreter group"
                                + " \"flink\" is not one nbmigrate knows; paragraphs without a prefix are read as"
                                + " %livy2 (Scala)")),
                Arguments.of("pyspark_hdi36_py2.ipynb", List.of(
                        "NBM006 info at pyspark_hdi36_py2.ipynb: Python 2 notebook, decided from"
                                + " language_info.codemirror_mode.version 2",
                        "NBM004 warning at pyspark_hdi36_py2.ipynb, cell 5: cell 5 last ran before cell 4 above it"
                                + " (execution_count 3 < 4)")),
                Arguments.of("v3_python2.ipynb", List.of(
                        "NBM006 info at v3_python2.ipynb: Python 2 notebook, decided from the code ('except E, e' in"
                                + " cell 3, line 3)")),
                Arguments.of("zeppelin_hdi4_note.json", List.of(
                        "NBM006 info at zeppelin_hdi4_note.json: Python 2 notebook, decided from the code (a print"
                                + " statement in cell 1, line 4)")),
                Arguments.of("databricks_export.py", List.of(
                        "NBM018 warning at databricks_export.py, cell 9: command 9 mixes MAGIC lines with lines"
                                + " without the \"# MAGIC\" prefix (file lines [46]); those lines are kept as written")),
                Arguments.of("pyspark3_sales.ipynb", List.of()),
                Arguments.of("spark_scala.ipynb", List.of()),
                Arguments.of("sparkr.ipynb", List.of()),
                Arguments.of("python3_findspark.ipynb", List.of()),
                Arguments.of("synapse.ipynb", List.of()),
                Arguments.of("databricks_exported.ipynb", List.of()),
                Arguments.of("databricks_sql_export.sql", List.of()),
                Arguments.of("zeppelin_hdi5.zpln", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void reportsExactlyTheseFindings(String file, List<String> expected) throws Exception {
        List<Diagnostic> diagnostics = NotebookFixtures.read(file).diagnostics();

        assertThat(diagnostics).extracting(d -> d.code().id() + " " + d.severity().label() + " at " + d.location()
                + ": " + d.message()).containsExactlyElementsOf(expected);
        assertThat(diagnostics).allSatisfy(d -> assertThat(d.suggestion()).isEqualTo(d.code().suggestion()));
    }
}
