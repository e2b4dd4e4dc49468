package dev.nbmigrate.converter.cells;

import dev.nbmigrate.converter.diag.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Garbled magics never throw: each gives the expected diagnostic at cell 1 and its line. */
class MalformedMagicTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            %%                                        | NBM011 line 1: %% is not a valid magic
            %%123 abc                                 | NBM011 line 1: %%123 abc is not a valid magic
            %%sql -n 99999999999999999999\\nSELECT 1   | NBM010 line 1: %%sql -n 99999999999999999999: argument -n/--maxrows: invalid int value: '99999999999999999999'
            %%sql -r abc\\nSELECT 1                    | NBM010 line 1: %%sql -r abc: argument -r/--samplefraction: invalid float value: 'abc'
            %%sql -c\\nSELECT 1                        | NBM010 line 1: %%sql -c: argument -c/--coerce: expected one argument
            %%configure\\n{                            | NBM010 line 2: %%configure: could not parse the session settings as JSON: the JSON ends before its object, list or string is closed
            %%configure\\n{"a": 1]                     | NBM010 line 2: %%configure: could not parse the session settings as JSON: Unexpected close marker ']': expected '}' (for Object starting at line 2, column 1)
            %%configure\\n"4g"                         | NBM010 line 1: %%configure: the session settings must be a JSON object, not string
            %%send_to_spark -i df -m lots             | NBM010 line 1: %%send_to_spark -i df -m lots: argument -m/--maxrows: invalid int value: 'lots'
            %%delete -s 3                             | NBM010 line 1: %%delete -s 3: without -f sparkmagic refuses to delete the session; the cell did nothing
            %%logs\\n\\nextra                           | NBM010 line 1: %%logs: cell body for %%logs magic must be empty; got 'extra' instead
            x = 1\\n    %%sql                          | NBM016 line 2: %%sql is not on the cell's first line, so it was not a cell magic and the cell failed
            x = 1\\n%                                  | NBM019 line 2: % was sent to the cluster with the rest of the cell, where Livy cannot run it
            x = 1\\n!                                  | NBM019 line 2: ! was sent to the cluster with the rest of the cell, where Livy cannot run it
            """)
    void reportsWithoutThrowing(String source, String expected) {
        ClassifiedNotebook classified = TestNotebooks.classify(TestNotebooks.PYSPARK, source.replace("\\n", "\n"));

        assertThat(classified.diagnostics()).extracting(MalformedMagicTest::describe).containsExactly(expected);
        assertThat(classified.cell(1).code().lines().size())
                .isLessThanOrEqualTo(classified.cell(1).cell().sourceLines().size());
    }

    private static String describe(Diagnostic diagnostic) {
        assertThat(diagnostic.location().cell()).isEqualTo(1);
        return diagnostic.code().id() + " line " + diagnostic.location().line() + ": " + diagnostic.message();
    }
}
