package dev.nbmigrate.converter.cells;

import dev.nbmigrate.converter.read.ExecutionContext;
import dev.nbmigrate.converter.read.Language;

/**
 * What a magic handler decided about a cell, before its code is finished: kind, language, context, the typed
 * magic (null for none) and whether the code is Python to take IPython escapes out of.
 */
record Classification(CellKind kind, Language language, ExecutionContext context, CellMagic magic) {

    /** True when the code is Python whose IPython escapes must be extracted. */
    boolean pythonCode() {
        return kind == CellKind.CODE && language == Language.PYTHON;
    }
}
