package dev.nbmigrate.converter.translate.job;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import dev.nbmigrate.converter.cells.CellKind;
import dev.nbmigrate.converter.cells.ClassifiedCell;
import dev.nbmigrate.converter.cells.EnvMagic;
import dev.nbmigrate.converter.cells.GenericLineMagic;
import dev.nbmigrate.converter.cells.LineMagic;
import dev.nbmigrate.converter.cells.LoadExtensionMagic;
import dev.nbmigrate.converter.cells.MagicSyntax;
import dev.nbmigrate.converter.cells.MatplotlibMagic;
import dev.nbmigrate.converter.cells.PackageInstallMagic;
import dev.nbmigrate.converter.cells.ShellCommand;
import dev.nbmigrate.converter.cells.TimeMagic;

/**
 * Short names for what a notebook-only cell did ({@code %%info}, {@code %pip install}, {@code !ls}), for the
 * NBM224 finding that says the job leaves it out. Only magic names and commands' first words: never arguments,
 * which may hold secrets.
 */
final class NotebookCommands {

    /** Why each kind of notebook-only cell has no place in a job. */
    private static final Map<CellKind, String> WHY = Map.of(
            CellKind.TRANSFER, "copied a variable from the notebook server's Python to the cluster session; the job"
                    + " has no notebook server: read that data from storage instead",
            CellKind.SHELL, "ran shell commands on the notebook server; the job leaves them out",
            CellKind.FILESYSTEM, "ran file system commands; the job leaves them out",
            CellKind.DISPLAY, "only displayed something in the notebook; the job leaves it out",
            CellKind.SESSION, "managed the notebook's Spark session; a job has none to manage");

    private NotebookCommands() {
    }

    static String why(CellKind kind) {
        return WHY.getOrDefault(kind, "has no place in a job; the job leaves it out");
    }

    /** {@code %%send_to_spark}, or the line magics of the cell ({@code %pip install, %matplotlib}). */
    static String describe(ClassifiedCell cell) {
        if (cell.magic().isPresent()) {
            var header = cell.magic().get().header();
            String prefix = header.syntax() == MagicSyntax.SPARKMAGIC || header.syntax() == MagicSyntax.IPYTHON
                    ? "%%" : "%";
            return prefix + header.name();
        }
        Set<String> names = new LinkedHashSet<>();
        for (LineMagic magic : cell.lineMagics()) {
            names.add(name(magic));
        }
        return names.isEmpty() ? "notebook commands" : String.join(", ", names);
    }

    private static String name(LineMagic magic) {
        if (magic instanceof PackageInstallMagic install) {
            return "%" + install.tool() + (install.arguments().isEmpty() ? "" : " " + install.arguments().get(0));
        }
        if (magic instanceof ShellCommand shell) {
            String[] words = shell.command().strip().split("\\s+", 3);
            String first = words[0];
            boolean install = words.length > 1 && first.matches("pip3?|conda") && words[1].equals("install");
            return "!" + first + (install ? " install" : "");
        }
        if (magic instanceof MatplotlibMagic) {
            return "%matplotlib";
        }
        if (magic instanceof TimeMagic time) {
            return "%" + time.name();
        }
        if (magic instanceof LoadExtensionMagic) {
            return "%load_ext";
        }
        if (magic instanceof EnvMagic) {
            return "%env";
        }
        if (magic instanceof GenericLineMagic generic) {
            return "%" + generic.name();
        }
        return "%" + magic.getClass().getSimpleName().replace("Magic", "").toLowerCase(java.util.Locale.ROOT);
    }
}
