package dev.nbmigrate.runtime.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Python's indexing and slicing; each expected value is what CPython gives for "abcdef" and [0..5]. */
class PySequencesTest {

    private static final List<Integer> DIGITS = List.of(0, 1, 2, 3, 4, 5);

    private static Long bound(String text) {
        return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
    }

    @ParameterizedTest(name = "\"abcdef\"[{0}:{1}:{2}] == \"{3}\"")
    @CsvSource(nullValues = "_", value = {
        "_, _, _, abcdef", "1, _, _, bcdef", "_, -1, _, abcde", "-2, _, _, ef", "2, 4, _, cd",
        "_, _, 2, ace", "_, _, -1, fedcba", "4, 1, -1, edc", "-1, -4, -2, fd", "10, _, _, ''",
        "-10, 2, _, ab", "_, -10, _, ''", "3, 3, _, ''", "_, _, -2, fdb", "5, _, -3, fc"})
    void slicesLikePython(String start, String stop, String step, String expected) {
        String want = expected.equals("''") ? "" : expected;
        assertThat(PySequences.slice("abcdef", bound(start), bound(stop), bound(step))).isEqualTo(want);
        List<Integer> digits = PySequences.slice(DIGITS, bound(start), bound(stop), bound(step));
        StringBuilder letters = new StringBuilder();
        digits.forEach(d -> letters.append((char) ('a' + d)));
        assertThat(letters.toString()).isEqualTo(want);
    }

    @Test
    void negativeIndicesCountFromTheEnd() {
        assertThat(PySequences.item(DIGITS, -1)).isEqualTo(5);
        assertThat(PySequences.item(DIGITS, -6)).isEqualTo(0);
        assertThat(PySequences.item(DIGITS, 2)).isEqualTo(2);
        assertThat(PySequences.item("abc", -1)).isEqualTo("c");
    }

    @Test
    void anIndexOutOfRangeFailsAsPythonSays() {
        assertThatThrownBy(() -> PySequences.item(DIGITS, 6)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("list index out of range: 6 (length 6)");
        assertThatThrownBy(() -> PySequences.item("abc", -4)).hasMessage("string index out of range: -4 (length 3)");
    }

    @Test
    void aZeroStepIsRefused() {
        assertThatThrownBy(() -> PySequences.slice(DIGITS, null, null, 0L))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("slice step cannot be zero");
    }

    @Test
    void slicesAreCopies() {
        List<Integer> copy = PySequences.slice(DIGITS, null, null);
        copy.add(6);
        assertThat(DIGITS).hasSize(6);
    }
}
