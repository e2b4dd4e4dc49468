package dev.nbmigrate.runtime.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import scala.Tuple2;

class PyTupleTest {

    @Test
    void isAnUnmodifiableListOfItsItems() {
        PyTuple<Object> tuple = PyTuple.of(1L, "a", 2.5);

        assertThat((List<Object>) tuple).containsExactly(1L, "a", 2.5);
        assertThat(tuple.get(1)).isEqualTo("a");
        assertThatThrownBy(() -> tuple.add("b")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void printsAsPythonPrintsTuples() {
        assertThat(PyTuple.of(1L, "a").toString()).isEqualTo("(1, 'a')");
        assertThat(PyTuple.of("x").toString()).isEqualTo("('x',)");
        assertThat(PyTuple.of().toString()).isEqualTo("()");
    }

    @Test
    void ordersElementByElementThenByLength() {
        List<PyTuple<Object>> tuples = new ArrayList<>(List.of(PyTuple.of("b", 1L), PyTuple.of("a", 2L), PyTuple.of("a", 1L, 0L),
                PyTuple.of("a", 1L)));

        tuples.sort(null);

        assertThat(tuples).containsExactly(PyTuple.of("a", 1L), PyTuple.of("a", 1L, 0L), PyTuple.of("a", 2L), PyTuple.of("b", 1L));
    }

    @Test
    void zipStopsAtTheShortestSequence() {
        List<List<Object>> zipped = PyTuple.zip(List.of(1L, 2L, 3L), List.of("a", "b"));

        assertThat(zipped).containsExactly(PyTuple.of(1L, "a"), PyTuple.of(2L, "b"));
        assertThat(zipped.get(0)).hasToString("(1, 'a')");
    }

    @Test
    void dictKeepsTheOrderOfThePairsAndTheLastValueOfAKey() {
        Map<String, Long> dict = PyTuple.dict(List.of(new Tuple2<>("b", 1L), PyTuple.of("a", 2L), new Tuple2<>("b", 3L)));

        assertThat(dict).containsExactly(Map.entry("b", 3L), Map.entry("a", 2L));
        assertThatThrownBy(() -> PyTuple.dict(List.of(PyTuple.of(1L, 2L, 3L))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no key and value");
    }

    @Test
    void survivesJavaSerialization() throws Exception {
        PyTuple<Object> tuple = PyTuple.of("k", 7L);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(tuple);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            Object read = in.readObject();
            assertThat(read).isEqualTo(tuple);
            assertThat(read.toString()).isEqualTo("('k', 7)");
        }
    }
}
