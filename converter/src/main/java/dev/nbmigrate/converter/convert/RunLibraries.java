package dev.nbmigrate.converter.convert;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.nbmigrate.converter.analyze.RunTargets;
import dev.nbmigrate.converter.assess.FileRunTargets;
import dev.nbmigrate.converter.cells.CellClassifier;
import dev.nbmigrate.converter.cells.ClassifiedCell;
import dev.nbmigrate.converter.cells.ClassifiedNotebook;
import dev.nbmigrate.converter.cells.RunNotebookMagic;
import dev.nbmigrate.converter.cells.RunScriptMagic;
import dev.nbmigrate.converter.read.NotebookReadException;
import dev.nbmigrate.converter.read.NotebookReader;

/**
 * The notebooks of a batch that other notebooks of the batch include with {@code %run} (a shared utilities
 * notebook): their code becomes part of each including job, so they are not jobs of their own.
 */
public final class RunLibraries {

    private RunLibraries() {
    }

    /**
     * The notebooks of {@code notebooks} (as given, relative to {@code workingDir}) that another one of them runs,
     * each with the notebooks that run it, sorted. A notebook that cannot be read is skipped here (converting it
     * reports it).
     */
    public static Map<Path, List<String>> find(List<Path> notebooks, Path workingDir) {
        FileRunTargets targets = new FileRunTargets(workingDir);
        Map<Path, Path> byNormalized = new TreeMap<>();
        notebooks.forEach(n -> byNormalized.put(workingDir.resolve(n).toAbsolutePath().normalize(), n));
        Map<Path, TreeSet<String>> includedBy = new TreeMap<>();
        for (Path notebook : notebooks) {
            String shown = notebook.toString().replace('\\', '/');
            ClassifiedNotebook classified;
            try {
                classified = CellClassifier.classify(new NotebookReader().read(workingDir.resolve(notebook), shown));
            } catch (NotebookReadException e) {
                continue;
            }
            for (String target : runTargets(classified)) {
                if (targets.resolve(shown, target) instanceof RunTargets.Found found) {
                    Path included = byNormalized.get(workingDir.resolve(found.name()).toAbsolutePath().normalize());
                    if (included != null && !included.equals(notebook)) {
                        includedBy.computeIfAbsent(included, k -> new TreeSet<>()).add(shown);
                    }
                }
            }
        }
        Map<Path, List<String>> result = new TreeMap<>();
        includedBy.forEach((k, v) -> result.put(k, List.copyOf(v)));
        return result;
    }

    private static List<String> runTargets(ClassifiedNotebook notebook) {
        List<String> out = new ArrayList<>();
        for (ClassifiedCell cell : notebook.cells()) {
            cell.magic(RunNotebookMagic.class).ifPresent(run -> out.add(run.target()));
            cell.lineMagics(RunScriptMagic.class).forEach(run -> out.add(run.target()));
        }
        return out;
    }
}
