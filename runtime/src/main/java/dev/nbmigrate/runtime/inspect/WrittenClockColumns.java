package dev.nbmigrate.runtime.inspect;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.TableIdentifier;
import org.apache.spark.sql.catalyst.catalog.CatalogTable;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.execution.QueryExecution;
import org.apache.spark.sql.util.QueryExecutionListener;
import scala.Option;
import scala.collection.Iterator;

/**
 * Listens to the writes of a run and keeps, per written table or folder, the columns whose values come from the
 * clock ({@link ClockLineage}): read back at the end of the run, a table has lost its lineage.
 *
 * <p>A write's target is found among the arguments of the command Spark ran: a catalog table, a table identifier,
 * a path, or a {@code path} option (a table first). Every write to a target adds its clock columns. Tables are keyed {@code table:<db>.<name>} in lower case ({@code default}'s
 * without a database), folders {@code path:<absolute local path>}.
 */
final class WrittenClockColumns implements QueryExecutionListener {

    private final Map<String, List<String>> written = new TreeMap<>();

    /** Starts listening on {@code spark}. */
    static WrittenClockColumns listen(SparkSession spark) {
        WrittenClockColumns listener = new WrittenClockColumns();
        spark.listenerManager().register(listener);
        return listener;
    }

    /** The clock columns of the table or folder {@code key} (see {@link #tableKey}, {@link #pathKey}). */
    synchronized List<String> of(String key) {
        return written.getOrDefault(key, List.of());
    }

    /** Waits until Spark has delivered the events of the writes run so far. */
    static void drain(SparkSession spark) {
        try {
            spark.sparkContext().listenerBus().waitUntilEmpty(TimeUnit.MINUTES.toMillis(1));
        } catch (RuntimeException | TimeoutException e) { // a stopped context, a stuck bus: keep what came
            return;
        }
    }

    @Override
    public void onSuccess(String funcName, QueryExecution qe, long durationNs) {
        LogicalPlan plan = qe.analyzed();
        Optional<String> target = target(plan);
        if (target.isEmpty()) {
            return;
        }
        List<String> columns;
        try {
            columns = ClockLineage.columns(plan);
        } catch (RuntimeException e) { // a plan node this walk does not know: no finding rather than a failed run
            return;
        }
        synchronized (this) { // every write adds its clock columns: an append keeps the earlier rows
            List<String> known = new java.util.ArrayList<>(written.getOrDefault(target.get(), List.of()));
            columns.stream().filter(c -> !known.contains(c)).forEach(known::add);
            written.put(target.get(), List.copyOf(known));
        }
    }

    @Override
    public void onFailure(String funcName, QueryExecution qe, Exception exception) {
        // a failed write wrote nothing to compare
    }

    /** The table or folder a writing command writes, from its arguments. */
    static Optional<String> target(LogicalPlan plan) {
        if (!plan.output().isEmpty() && !plan.getClass().getSimpleName().endsWith("Command")) {
            return Optional.empty();
        }
        List<String> keys = new java.util.ArrayList<>();
        Iterator<Object> arguments = plan.productIterator();
        while (arguments.hasNext()) {
            key(arguments.next()).ifPresent(keys::add);
        }
        // an insert into a table names its folder too: the table is what the capture reads back
        return keys.stream().filter(k -> k.startsWith("table:")).findFirst().or(() -> keys.stream().findFirst());
    }

    private static Optional<String> key(Object argument) {
        if (argument instanceof Option<?> option) {
            return option.isDefined() ? key(option.get()) : Optional.empty();
        }
        if (argument instanceof CatalogTable table) {
            return Optional.of(tableKey(table.identifier()));
        }
        if (argument instanceof TableIdentifier identifier) {
            return Optional.of(tableKey(identifier));
        }
        if (argument instanceof org.apache.hadoop.fs.Path path) {
            return Optional.of(pathKey(path.toString()));
        }
        if (argument instanceof scala.collection.Map<?, ?> options) {
            Option<?> path = ((scala.collection.Map<Object, ?>) options).get("path");
            return path.isDefined() ? Optional.of(pathKey(String.valueOf(path.get()))) : Optional.empty();
        }
        return Optional.empty();
    }

    static String tableKey(TableIdentifier identifier) {
        String database = identifier.database().isDefined() ? identifier.database().get() : "default";
        return tableKey(database, identifier.table());
    }

    /** The key of table {@code table} of {@code database}. */
    static String tableKey(String database, String table) {
        String name = database.equalsIgnoreCase("default") ? table : database + "." + table;
        return "table:" + name.toLowerCase(Locale.ROOT);
    }

    /** The key of a folder given as a local path or a {@code file:} URI. */
    static String pathKey(String location) {
        String text = location.replaceAll("/+$", "");
        try {
            Path path = text.startsWith("file:") ? Path.of(URI.create(text.startsWith("file:/") && !text
                    .startsWith("file://") ? "file://" + text.substring("file:".length()) : text)) : Path.of(text);
            return "path:" + path.toAbsolutePath().normalize();
        } catch (RuntimeException e) { // not a local path (a URL the run did not map): kept as written
            return "path:" + text;
        }
    }
}
