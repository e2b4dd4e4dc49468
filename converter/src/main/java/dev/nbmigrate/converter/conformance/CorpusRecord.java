package dev.nbmigrate.converter.conformance;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One record of the conformance corpus: the doctest examples of one documented PySpark API, in order, sharing
 * state like the cells of one notebook.
 *
 * @param qualname the documented API, e.g. {@code lit} or {@code DataFrame.join}
 * @param module the documented module, e.g. {@code pyspark.sql.functions}
 * @param examples the statements in order
 * @param implicitGlobals names used without import, mapped to what they stand for (sorted)
 * @param optionFlags doctest option flags, e.g. {@code ELLIPSIS}, {@code NORMALIZE_WHITESPACE}
 * @param nondeterministic the functions that make the output nondeterministic (empty when deterministic)
 * @param orderSensitiveOutput rows shown after a shuffle without a sort: compare as a multiset
 * @param setsSessionTimezone the examples set {@code spark.sql.session.timeZone} themselves
 * @param timezoneSensitive the output depends on the time zone
 */
public record CorpusRecord(
        String qualname,
        String module,
        List<CorpusExample> examples,
        Map<String, String> implicitGlobals,
        List<String> optionFlags,
        List<String> nondeterministic,
        boolean orderSensitiveOutput,
        boolean setsSessionTimezone,
        boolean timezoneSensitive) implements CorpusEntry {

    public CorpusRecord {
        Objects.requireNonNull(qualname, "qualname");
        Objects.requireNonNull(module, "module");
        examples = List.copyOf(examples);
        implicitGlobals = Map.copyOf(implicitGlobals);
        optionFlags = List.copyOf(optionFlags);
        nondeterministic = List.copyOf(nondeterministic);
    }

    public boolean isNondeterministic() {
        return !nondeterministic.isEmpty();
    }
}
