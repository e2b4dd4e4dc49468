package dev.nbmigrate.runtime.rdd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import scala.Tuple2;

class PyOrderTest {

    @Test
    void numbersCompareByValueAcrossIntsLongsAndFloats() {
        assertThat(PyOrder.compare(2, 10L)).isNegative();
        assertThat(PyOrder.compare(2.5, 2L)).isPositive();
        assertThat(PyOrder.compare(1L, 1.0)).isZero();
        assertThat(PyOrder.compare(true, 0L)).isPositive();
    }

    @Test
    void stringsCompareByCodePointNotByJavaUtf16Units() {
        assertThat(PyOrder.compare("B", "a")).isNegative();
        // U+1F600 sorts after U+FF5E in Python; Java's String.compareTo puts the surrogate pair first
        assertThat(PyOrder.compare("\uD83D\uDE00", "\uFF5E")).isPositive();
        assertThat(PyOrder.compare("ab", "abc")).isNegative();
    }

    @Test
    void tuplesAndListsCompareElementByElementShorterFirst() {
        assertThat(PyOrder.compare(new Tuple2<>("a", 2L), new Tuple2<>("a", 10L))).isNegative();
        assertThat(PyOrder.compare(new Tuple2<>("b", 1L), new Tuple2<>("a", 10L))).isPositive();
        assertThat(PyOrder.compare(List.of(1L, 2L), List.of(1L, 2L, 0L))).isNegative();
        assertThat(PyOrder.compare(new Tuple2<>("a", new Tuple2<>(1L, 2L)), new Tuple2<>("a", new Tuple2<>(1L, 3L)))).isNegative();
    }

    @Test
    void noneSortsFirstAndAnEmptyOptionalIsNone() {
        assertThat(PyOrder.compare(null, 0L)).isNegative();
        assertThat(PyOrder.compare(Optional.empty(), null)).isZero();
        assertThat(PyOrder.compare(Optional.of(3L), 2L)).isPositive();
    }

    @Test
    void valuesPythonDoesNotOrderRaise() {
        assertThatThrownBy(() -> PyOrder.compare("1", 1L)).isInstanceOf(ClassCastException.class)
                .hasMessageContaining("'<' not supported");
    }

    @Test
    void keyOrderingSortsByTheKeyAndReversesWhenDescending() {
        List<Long> values = new ArrayList<>(List.of(10L, 4L, 2L, 12L, 3L));
        values.sort(PyOrder.<Long>by(String::valueOf));
        assertThat(values).containsExactly(10L, 12L, 2L, 3L, 4L);
        values.sort(PyOrder.<Long>by(x -> -x, true));
        assertThat(values).containsExactly(2L, 3L, 4L, 10L, 12L);
    }

    @Test
    void collectedPairsSortAsPythonTuples() {
        List<Tuple2<String, Long>> pairs = PyRdds.ordered(Arrays.asList(new Tuple2<>("b", 1L), new Tuple2<>("a", 2L),
                new Tuple2<>("a", 1L)));
        List<Tuple2<String, Long>> sorted = new ArrayList<>(pairs);
        Collections.sort((List) sorted);
        assertThat(sorted).containsExactly(new Tuple2<>("a", 1L), new Tuple2<>("a", 2L), new Tuple2<>("b", 1L));
    }

    @Test
    void rangeIsPythonsRange() {
        assertThat(PyRdds.range(5, 0, -1)).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(PyRdds.range(0, 5, -1)).isEmpty();
        assertThat(PyRdds.range(1, 7, 2)).containsExactly(1L, 3L, 5L);
        assertThatThrownBy(() -> PyRdds.range(0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
