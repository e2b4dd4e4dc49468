package dev.nbmigrate.converter.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Location;

class CellOutcomesTest {

    @Test
    void eachCellGetsExactlyOneOutcomeFromItsRecordItsJavaAndItsFindings() {
        List<CellRecord> cells = List.of(
                new CellRecord(1, "markdown", "markdown", false, "", false),
                new CellRecord(2, "code", "python", false, "", false),
                new CellRecord(3, "code", "python", false, "", true),
                new CellRecord(4, "code", "sql", false, "", false),
                new CellRecord(5, "code", "magic", false, "NBM224", false),
                new CellRecord(6, "code", "python", true, "", false),
                new CellRecord(7, "code", "python", false, "", false));
        Map<Integer, List<int[]>> lines = Map.of(2, List.of(new int[] {1, 2}), 3, List.of(new int[] {3, 4}),
                4, List.of(new int[] {5, 6}), 5, List.of(new int[] {7, 8}));
        List<Diagnostic> findings = List.of(
                Diagnostic.of(Code.NBM104, Location.of("nb.ipynb", 4, 1), "bad SQL"),
                Diagnostic.of(Code.NBM221, Location.of("nb.ipynb", 2, 1), "an info does not make a cell fail"),
                Diagnostic.of(Code.NBM201, Location.of("other.ipynb", 7, 1), "another notebook's cell 7"));

        List<CellOutcomes.Outcome> outcomes = CellOutcomes.of(cells, "nb.ipynb", findings, lines);

        assertThat(outcomes).extracting(CellOutcomes.Outcome::index, CellOutcomes.Outcome::outcome,
                CellOutcomes.Outcome::reason).containsExactly(
                tuple(1, "not-code", ""), tuple(2, "java", ""), tuple(3, "failing", ""), tuple(4, "failing", ""),
                tuple(5, "left-out", "NBM224"), tuple(6, "not-code", ""), tuple(7, "java", ""));
        assertThat(outcomes.get(1).lines()).containsExactly(new int[] {1, 2});
        assertThat(outcomes.get(4).lines()).isEmpty();
    }
}
