package dev.nbmigrate.converter.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.nbmigrate.converter.check.CellMap;
import dev.nbmigrate.converter.diag.Location;
import org.junit.jupiter.api.Test;

class RunCellsTest {

    private static final String JOB = String.join("\n",
            "class Job {",                                  // 1
            "    void load() {",                            // 2
            "        // cell 2",                            // 3
            "        x();",                                 // 4
            "        // cell 3",                            // 5
            "        // %run ./utils.ipynb: its cells follow", // 6
            "        // nb/utils.ipynb, cell 4",            // 7
            "        y();",                                 // 8
            "        // cell 5",                            // 9
            "        // TODO(NBM220): f (nb/other.ipynb, cell 2, line 1)", // 10
            "    }",                                        // 11
            "}");

    private final RunCells runs = RunCells.of(JOB, CellMap.of(JOB, List.of(new int[] {2, 11})), "nb/main.ipynb");

    @Test
    void aFindingInTheNotebookItselfIsPlacedByCellAndLine() {
        assertThat(runs.place(new Location("nb/main.ipynb", 5, 2, 7))).isEqualTo("cell 5, line 2:7");
        assertThat(runs.place(Location.ofNotebook("nb/main.ipynb"))).isEqualTo("whole notebook");
    }

    @Test
    void aFindingInAnIncludedNotebookNamesItAndTheCellThatRanIt() {
        assertThat(runs.place(new Location("nb/utils.ipynb", 6, 2, 0)))
                .isEqualTo("nb/utils.ipynb, cell 6, line 2 (run by cell 3)");
        assertThat(runs.place(new Location("nb/other.ipynb", 2, 1, 0)))
                .as("a notebook only named in a comment, not included").isEqualTo("nb/other.ipynb, cell 2, line 1"
                        + " (run with %run)");
    }
}
