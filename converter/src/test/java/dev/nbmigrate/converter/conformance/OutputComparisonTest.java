package dev.nbmigrate.converter.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OutputComparisonTest {

    private static final String VERTICAL = """
            -RECORD 0-----
             name | Bob
             age  | 5
            -RECORD 1-----
             name | Alice
             age  | 2
            """;
    private static final String VERTICAL_OTHER_ORDER = """
            -RECORD 0-----
             name | Alice
             age  | 2
            -RECORD 1-----
             name | Bob
             age  | 5
            """;

    private static CorpusRecord record(boolean orderSensitive) {
        return new CorpusRecord("DataFrame.show", "pyspark.sql.dataframe", List.of(), Map.of(),
                List.of("NORMALIZE_WHITESPACE"), List.of(), orderSensitive, false, false);
    }

    private static CorpusExample example(String want) {
        return new CorpusExample("df.show(vertical=True)\n", want, ExampleKind.SHOW_VERTICAL, null, 1);
    }

    @Test
    void verticalRecordsOfAShuffleCompareAsAMultiset() {
        assertThat(OutputComparison.matches(record(true), example(VERTICAL), VERTICAL_OTHER_ORDER)).isTrue();
        assertThat(OutputComparison.matches(record(true), example(VERTICAL),
                VERTICAL_OTHER_ORDER.replace("Bob", "Bobby"))).isFalse();
    }

    @Test
    void verticalRecordsCompareInOrderUnlessFlagged() {
        assertThat(OutputComparison.matches(record(false), example(VERTICAL), VERTICAL)).isTrue();
        assertThat(OutputComparison.matches(record(false), example(VERTICAL), VERTICAL_OTHER_ORDER)).isFalse();
    }

    @Test
    void theFooterStaysAfterTheSortedRecords() {
        assertThat(OutputComparison.sortVerticalRecords(VERTICAL + "only showing top 2 rows\n"))
                .isEqualTo("-RECORD\n name | Alice\n age  | 2\n-RECORD\n name | Bob\n age  | 5\nonly showing top 2 rows\n");
        assertThat(OutputComparison.sortVerticalRecords("(0 rows)\n")).isEqualTo("(0 rows)\n");
    }

    @Test
    void pythonDictsAndSetsCompareUnorderedAndShuffledListsAsMultisetsOnlyWhenFlagged() {
        CorpusExample dict = new CorpusExample("d\n", "{'a': 1, 'b': (2, 'x, y')}\n", ExampleKind.PYTHON_VALUE, null, 1);
        CorpusExample list = new CorpusExample("l\n", "[('b', 1), ('a', 2)]\n", ExampleKind.PYTHON_VALUE, null, 1);
        CorpusRecord ordered = new CorpusRecord("r", "pyspark.rdd", List.of(dict, list), java.util.Map.of(),
                List.of("ELLIPSIS"), List.of(), false, false, false);
        CorpusRecord shuffled = new CorpusRecord("r", "pyspark.rdd", List.of(dict, list), java.util.Map.of(),
                List.of("ELLIPSIS"), List.of(), true, false, false);

        assertThat(OutputComparison.matches(ordered, dict, "{'b': (2, 'x, y'), 'a': 1}\n")).isTrue();
        assertThat(OutputComparison.matches(ordered, dict, "{'b': (2, 'x, y'), 'a': 2}\n")).isFalse();
        assertThat(OutputComparison.matches(ordered, list, "[('a', 2), ('b', 1)]\n")).isFalse();
        assertThat(OutputComparison.matches(shuffled, list, "[('a', 2), ('b', 1)]\n")).isTrue();
        assertThat(OutputComparison.sortItems("set()\n")).isEqualTo("set()\n");
    }
}
