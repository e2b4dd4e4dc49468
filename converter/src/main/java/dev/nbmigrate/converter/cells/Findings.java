package dev.nbmigrate.converter.cells;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostics;
import dev.nbmigrate.converter.diag.Location;

/** Adds the classifier's diagnostics for one cell, at a line of that cell. */
final class Findings {

    private final String notebook;
    private final int cell;
    private final Diagnostics diagnostics;

    Findings(String notebook, int cell, Diagnostics diagnostics) {
        this.notebook = notebook;
        this.cell = cell;
        this.diagnostics = diagnostics;
    }

    void add(Code code, int line, String message) {
        diagnostics.add(code, Location.of(notebook, cell, line), message);
    }

    void add(Code code, int line, int column, String message) {
        diagnostics.add(code, new Location(notebook, cell, line, column), message);
    }
}
