package dev.nbmigrate.converter.cells;

import dev.nbmigrate.converter.read.NotebookFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For every cell of every test notebook, each non-blank line of the classified code is the cell's line at the same
 * number (shifted by its column offset), or a {@code pass} standing in for a nested escape: later stages can
 * report any position of the code at the cell's line and column.
 */
class CodeAlignmentTest {

    @ParameterizedTest
    @ValueSource(strings = {"pyspark_hdi36_py2.ipynb", "pyspark3_sales.ipynb", "spark_scala.ipynb", "sparkr.ipynb",
            "python3_findspark.ipynb", "synapse.ipynb", "v3_python2.ipynb", "databricks_exported.ipynb",
            "databricks_export.py", "databricks_sql_export.sql", "zeppelin_hdi4_note.json", "zeppelin_hdi5.zpln",
            "broken/escapes.ipynb", "broken/zeppelin_unknown_interpreter.json"})
    void codeLinesAreTheCellsLines(String file) throws Exception {
        ClassifiedNotebook classified = CellClassifier.classify(NotebookFixtures.read(file));

        for (ClassifiedCell cell : classified.cells()) {
            List<String> source = cell.cell().sourceLines();
            List<String> code = cell.code().lines();
            assertThat(code.size()).as("cell %d", cell.index()).isLessThanOrEqualTo(source.size());
            for (int i = 0; i < code.size(); i++) {
                int line = i + 1;
                String written = code.get(i);
                if (written.isBlank()) {
                    continue;
                }
                String original = source.get(i);
                if (written.strip().equals("pass") && !original.strip().equals("pass")) {
                    assertThat(cell.lineMagics()).as("cell %d line %d", cell.index(), line)
                            .anyMatch(magic -> magic.span().line() == line && magic.span().nested());
                } else {
                    // Code column c is cell column c + offset, from the first non-blank character on.
                    int offset = cell.code().columnOffset(line);
                    int indent = written.length() - written.stripLeading().length();
                    assertThat(original.substring(indent + offset)).as("cell %d line %d", cell.index(), line)
                            .isEqualTo(written.substring(indent));
                }
            }
        }
    }
}
