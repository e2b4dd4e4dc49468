package dev.nbmigrate.converter.translate.job;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.nbmigrate.converter.cells.CellKind;
import dev.nbmigrate.converter.cells.ClassifiedCell;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.model.CellRecord;
import dev.nbmigrate.converter.read.CellType;
import dev.nbmigrate.converter.read.Language;

/** The {@link CellRecord} of a classified cell: its type, the language its outcome is reported under, why it is left out. */
final class CellRecords {

    /** The language of code cells by what they are, when that is not their code's language. */
    private static final Map<CellKind, String> BY_KIND = Map.of(
            CellKind.SQL, "sql",
            CellKind.SHELL, "shell",
            CellKind.SESSION, "magic",
            CellKind.TRANSFER, "magic",
            CellKind.DISPLAY, "magic",
            CellKind.WRITE_FILE, "magic",
            CellKind.FILESYSTEM, "magic",
            CellKind.RUN, "magic",
            CellKind.UNSUPPORTED, "magic");

    /** Code languages by name in the outcome. */
    private static final Map<Language, String> BY_LANGUAGE = Map.of(
            Language.PYTHON, "python",
            Language.SQL, "sql",
            Language.SCALA, "scala",
            Language.R, "r",
            Language.SHELL, "shell");

    private CellRecords() {
    }

    static CellRecord of(ClassifiedCell cell, Optional<Code> leftOut, boolean placeholder) {
        CellType type = cell.cell().type();
        if (type != CellType.CODE) {
            return new CellRecord(cell.index(), type.name().toLowerCase(Locale.ROOT),
                    type == CellType.MARKDOWN ? "markdown" : "text", false, "", false);
        }
        boolean onlyMagics = cell.kind() == CellKind.CODE && cell.code().isBlank() && !cell.lineMagics().isEmpty();
        String language = onlyMagics ? "magic" : BY_KIND.getOrDefault(cell.kind(),
                BY_LANGUAGE.getOrDefault(cell.language(), "magic"));
        boolean blank = cell.kind() == CellKind.EMPTY || cell.cell().isBlank();
        return new CellRecord(cell.index(), "code", language, blank, leftOut.map(Code::id).orElse(""), placeholder);
    }
}
