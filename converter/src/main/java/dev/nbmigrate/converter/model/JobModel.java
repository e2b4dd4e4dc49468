package dev.nbmigrate.converter.model;

import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.nbmigrate.converter.diag.Diagnostic;

/**
 * Everything rendering needs to write one job module: translation's output for one notebook.
 *
 * @param names module, package and class names
 * @param title a human title (the notebook's first heading, else its file name)
 * @param source the notebook it came from
 * @param target the platform it is built for
 * @param sparkConf Spark settings the job states explicitly (ANSI mode, session time zone, and the notebook's own
 *                  {@code spark.conf.set} / {@code %%configure} conf that still applies), sorted
 * @param config the job's parameters, in notebook order
 * @param sections the job's methods, in run order
 * @param imports the imports the section bodies need, fully qualified; static ones start with {@code static }
 * @param inputs what the job reads
 * @param outputs what the job writes
 * @param diagnostics every finding for this notebook, sorted
 * @param fields the job class's fields as Java source, one declaration each ({@code private static final String
 *               HIVE_DB = "foodops";}), in order
 * @param helpers the job class's helper methods as Java source (a Python {@code def}, a UDF), in order
 * @param cells what translation did with each top-level cell, in notebook order (for the per-cell outcome)
 */
public record JobModel(JobNames names, String title, NotebookSource source, Target target,
        SortedMap<String, String> sparkConf, List<ConfigField> config, List<JobSection> sections,
        SortedSet<String> imports, List<DataAccess> inputs, List<DataAccess> outputs, List<Diagnostic> diagnostics,
        List<String> fields, List<String> helpers, List<CellRecord> cells) {

    public JobModel {
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        sparkConf = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(sparkConf));
        config = List.copyOf(config);
        sections = List.copyOf(sections);
        imports = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(imports));
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        diagnostics = List.copyOf(diagnostics);
        fields = List.copyOf(fields);
        helpers = List.copyOf(helpers);
        cells = List.copyOf(cells);
    }
}
