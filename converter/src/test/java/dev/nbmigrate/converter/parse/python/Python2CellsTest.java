package dev.nbmigrate.converter.parse.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.parse.CaseFile;
import dev.nbmigrate.converter.parse.SourceRef;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each Python 2 cell of {@code parse/python/py2-cases.txt} is rewritten to the expected Python 3 source and gives
 * the expected diagnostics, positioned in the original cell.
 */
class Python2CellsTest {

    private static final PythonParser PARSER = new PythonParser();

    static List<CaseFile.Case> cases() {
        return CaseFile.load("/parse/python/py2-cases.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void modernisesAndReportsHazards(CaseFile.Case c) {
        PythonParseResult result = PARSER.parse(c.input(), SourceRef.ofCell("legacy.ipynb", 2), PythonDialect.PYTHON2);

        assertThat(result.dialect()).isEqualTo(PythonDialect.PYTHON2);
        assertThat(result.parsedSource()).isEqualTo(c.expected("python3") + "\n");
        assertThat(render(result.diagnostics())).isEqualTo(c.expected("diagnostics"));
        assertThat(result.diagnostics()).allSatisfy(d -> {
            assertThat(d.location().notebook()).isEqualTo("legacy.ipynb");
            assertThat(d.location().cell()).isEqualTo(2);
        });
    }

    static String render(List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                .map(d -> d.code().id() + " " + d.severity().label() + " " + d.location().line() + ":"
                        + d.location().column() + " " + d.message())
                .collect(Collectors.joining("\n"));
    }
}
