package dev.nbmigrate.converter.parse.sql;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.catalyst.analysis.UnresolvedIdentifier;
import org.apache.spark.sql.catalyst.analysis.UnresolvedNamespace;
import org.apache.spark.sql.catalyst.analysis.UnresolvedRelation;
import org.apache.spark.sql.catalyst.analysis.UnresolvedTable;
import org.apache.spark.sql.catalyst.analysis.UnresolvedTableOrView;
import org.apache.spark.sql.catalyst.analysis.UnresolvedView;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.SubqueryExpression;
import org.apache.spark.sql.catalyst.plans.QueryPlan;
import org.apache.spark.sql.catalyst.plans.logical.CacheTable;
import org.apache.spark.sql.catalyst.plans.logical.CacheTableAsSelect;
import org.apache.spark.sql.catalyst.plans.logical.Command;
import org.apache.spark.sql.catalyst.plans.logical.CreateTable;
import org.apache.spark.sql.catalyst.plans.logical.CreateTableAsSelect;
import org.apache.spark.sql.catalyst.plans.logical.DropTable;
import org.apache.spark.sql.catalyst.plans.logical.DropView;
import org.apache.spark.sql.catalyst.plans.logical.InsertIntoStatement;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.plans.logical.SerdeInfo;
import org.apache.spark.sql.catalyst.plans.logical.TableSpecBase;
import org.apache.spark.sql.catalyst.plans.logical.UnresolvedTableSpec;
import org.apache.spark.sql.catalyst.plans.logical.UnresolvedWith;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.execution.command.AddArchivesCommand;
import org.apache.spark.sql.execution.command.AddFilesCommand;
import org.apache.spark.sql.execution.command.AddJarsCommand;
import org.apache.spark.sql.execution.command.CreateViewCommand;
import org.apache.spark.sql.execution.command.SetCommand;
import org.apache.spark.sql.types.StructField;
import scala.Option;
import scala.Tuple2;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Reads what nbmigrate needs from Spark's (unresolved) logical plan of one statement: its kind, target, tables
 * read and written, and kind-specific details. Spark's plan classes are the same in Spark 3.5 and 4.0 for
 * everything used here; kinds are looked up by plan class name in one table.
 */
final class PlanReader {

    /** Plan class (simple name) to kind; refined for INSERT, temporary views and namespaces below. */
    private static final Map<String, SqlKind> KINDS = Map.ofEntries(
            Map.entry("SetCommand", SqlKind.SET),
            Map.entry("ResetCommand", SqlKind.RESET),
            Map.entry("AddJarsCommand", SqlKind.ADD_JAR),
            Map.entry("AddFilesCommand", SqlKind.ADD_FILE),
            Map.entry("AddArchivesCommand", SqlKind.ADD_ARCHIVE),
            Map.entry("InsertIntoStatement", SqlKind.INSERT_INTO),
            Map.entry("InsertIntoDir", SqlKind.INSERT_OVERWRITE_DIRECTORY),
            Map.entry("LoadData", SqlKind.LOAD_DATA),
            Map.entry("DeleteFromTable", SqlKind.DELETE),
            Map.entry("UpdateTable", SqlKind.UPDATE),
            Map.entry("MergeIntoTable", SqlKind.MERGE),
            Map.entry("CreateTable", SqlKind.CREATE_TABLE),
            Map.entry("CreateTableAsSelect", SqlKind.CREATE_TABLE_AS_SELECT),
            Map.entry("ReplaceTable", SqlKind.REPLACE_TABLE),
            Map.entry("ReplaceTableAsSelect", SqlKind.REPLACE_TABLE),
            Map.entry("CreateView", SqlKind.CREATE_VIEW),
            Map.entry("CreateViewCommand", SqlKind.CREATE_VIEW),
            Map.entry("CreateNamespace", SqlKind.CREATE_DATABASE),
            Map.entry("CreateFunction", SqlKind.CREATE_FUNCTION),
            Map.entry("CreateFunctionCommand", SqlKind.CREATE_FUNCTION),
            Map.entry("DropTable", SqlKind.DROP_TABLE),
            Map.entry("DropView", SqlKind.DROP_VIEW),
            Map.entry("DropNamespace", SqlKind.DROP_DATABASE),
            Map.entry("DropFunction", SqlKind.DROP_FUNCTION),
            Map.entry("DropFunctionCommand", SqlKind.DROP_FUNCTION),
            Map.entry("TruncateTable", SqlKind.TRUNCATE_TABLE),
            Map.entry("TruncatePartition", SqlKind.TRUNCATE_TABLE),
            Map.entry("RepairTable", SqlKind.REPAIR_TABLE),
            Map.entry("AnalyzeTable", SqlKind.ANALYZE_TABLE),
            Map.entry("AnalyzeColumn", SqlKind.ANALYZE_TABLE),
            Map.entry("AnalyzeTables", SqlKind.ANALYZE_TABLE),
            Map.entry("RefreshTable", SqlKind.REFRESH),
            Map.entry("RefreshResource", SqlKind.REFRESH),
            Map.entry("RefreshFunction", SqlKind.REFRESH),
            Map.entry("ExplainCommand", SqlKind.EXPLAIN),
            Map.entry("CacheTable", SqlKind.CACHE_TABLE),
            Map.entry("CacheTableAsSelect", SqlKind.CACHE_TABLE),
            Map.entry("UncacheTable", SqlKind.UNCACHE_TABLE),
            Map.entry("ClearCacheCommand", SqlKind.CLEAR_CACHE),
            Map.entry("SetCatalogAndNamespace", SqlKind.USE),
            Map.entry("SetNamespaceCommand", SqlKind.USE),
            Map.entry("AddPartitions", SqlKind.ALTER_TABLE),
            Map.entry("DropPartitions", SqlKind.ALTER_TABLE),
            Map.entry("RenamePartitions", SqlKind.ALTER_TABLE),
            Map.entry("RenameTable", SqlKind.ALTER_TABLE),
            Map.entry("AddColumns", SqlKind.ALTER_TABLE),
            Map.entry("ReplaceColumns", SqlKind.ALTER_TABLE),
            Map.entry("DropColumns", SqlKind.ALTER_TABLE),
            Map.entry("RenameColumn", SqlKind.ALTER_TABLE),
            Map.entry("AlterColumn", SqlKind.ALTER_TABLE),
            Map.entry("AlterColumns", SqlKind.ALTER_TABLE),
            Map.entry("SetTableProperties", SqlKind.ALTER_TABLE),
            Map.entry("UnsetTableProperties", SqlKind.ALTER_TABLE),
            Map.entry("SetTableLocation", SqlKind.ALTER_TABLE),
            Map.entry("SetTableSerDeProperties", SqlKind.ALTER_TABLE),
            Map.entry("AlterViewAs", SqlKind.ALTER_TABLE),
            Map.entry("RecoverPartitions", SqlKind.REPAIR_TABLE));

    /** Plan class name prefixes to kind, for the many {@code Show...} and {@code Describe...} plans. */
    private static final Map<String, SqlKind> KIND_PREFIXES = Map.of("Show", SqlKind.SHOW, "Describe", SqlKind.DESCRIBE);

    /** Kinds whose target's data or definition changes. */
    private static final Set<SqlKind> WRITE_TARGET = EnumSet.of(SqlKind.INSERT_INTO, SqlKind.INSERT_OVERWRITE,
            SqlKind.LOAD_DATA, SqlKind.DELETE, SqlKind.UPDATE, SqlKind.MERGE, SqlKind.CREATE_TABLE,
            SqlKind.CREATE_TABLE_AS_SELECT, SqlKind.REPLACE_TABLE, SqlKind.CREATE_VIEW, SqlKind.CREATE_TEMP_VIEW,
            SqlKind.ALTER_TABLE, SqlKind.DROP_TABLE, SqlKind.DROP_VIEW, SqlKind.TRUNCATE_TABLE, SqlKind.REPAIR_TABLE);

    /** Kinds whose target's data is read. */
    private static final Set<SqlKind> READ_TARGET = EnumSet.of(SqlKind.ANALYZE_TABLE);

    /** DML whose target is a relation child of the plan, not a read. */
    private static final Set<SqlKind> RELATION_TARGET = EnumSet.of(SqlKind.DELETE, SqlKind.UPDATE, SqlKind.MERGE,
            SqlKind.UNCACHE_TABLE);

    record Classified(SqlKind kind, Optional<TableName> target, List<TableName> reads, List<TableName> writes,
                      Optional<SqlDetail> detail) {
    }

    private PlanReader() {
    }

    static Classified read(LogicalPlan plan) {
        String className = plan.getClass().getSimpleName();
        SqlKind kind = kindOf(className, plan);
        if (plan instanceof InsertIntoStatement insert && insert.overwrite()) {
            kind = SqlKind.INSERT_OVERWRITE;
        }
        if (plan instanceof CreateViewCommand view && !view.viewType().toString().equals("PersistedView")) {
            kind = SqlKind.CREATE_TEMP_VIEW;
        }
        if (plan instanceof CacheTableAsSelect) {
            kind = SqlKind.CACHE_TABLE;
        }

        Map<Object, Boolean> excluded = new IdentityHashMap<>();
        Optional<TableName> target = target(plan, kind, excluded);
        Optional<SqlDetail> detail = detail(plan);

        Set<String> cteNames = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Set<TableName> reads = new TreeSet<>();
        for (LogicalPlan node : allPlans(plan)) {
            if (node instanceof UnresolvedWith with) {
                for (Tuple2<String, ?> cte : CollectionConverters.asJava(with.cteRelations())) {
                    cteNames.add(cte._1());
                }
            }
        }
        for (LogicalPlan node : allPlans(plan)) {
            if (node instanceof UnresolvedRelation relation && !excluded.containsKey(relation)) {
                List<String> parts = CollectionConverters.asJava(relation.multipartIdentifier());
                if (!(parts.size() == 1 && cteNames.contains(parts.get(0)))) {
                    reads.add(new TableName(parts));
                }
            }
        }
        if (READ_TARGET.contains(kind) && target.isPresent()) {
            reads.add(target.get());
        }
        List<TableName> writes = WRITE_TARGET.contains(kind) && target.isPresent() ? List.of(target.get()) : List.of();
        return new Classified(kind, target, List.copyOf(reads), writes, detail);
    }

    private static SqlKind kindOf(String className, LogicalPlan plan) {
        SqlKind kind = KINDS.get(className);
        if (kind != null) {
            return kind;
        }
        for (Map.Entry<String, SqlKind> prefix : KIND_PREFIXES.entrySet()) {
            if (className.startsWith(prefix.getKey())) {
                return prefix.getValue();
            }
        }
        return plan instanceof Command ? SqlKind.OTHER_COMMAND : SqlKind.QUERY;
    }

    /** The statement's subject; relations that are it, not read, go into {@code excluded}. */
    private static Optional<TableName> target(LogicalPlan plan, SqlKind kind, Map<Object, Boolean> excluded) {
        if (plan instanceof InsertIntoStatement insert) {
            excluded.put(insert.table(), Boolean.TRUE);
            return name(insert.table());
        }
        if (plan instanceof CacheTable cache) {
            return Optional.of(new TableName(CollectionConverters.asJava(cache.multipartIdentifier())));
        }
        if (plan instanceof CacheTableAsSelect cache) {
            return Optional.of(TableName.of(cache.tempViewName()));
        }
        if (plan instanceof CreateViewCommand view) {
            List<String> parts = new ArrayList<>();
            Option<String> database = view.name().database();
            if (database.isDefined()) {
                parts.add(database.get());
            }
            parts.add(view.name().identifier());
            return Optional.of(new TableName(parts));
        }
        for (LogicalPlan child : CollectionConverters.asJava(plan.children())) {
            if (RELATION_TARGET.contains(kind) && child instanceof UnresolvedRelation) {
                excluded.put(child, Boolean.TRUE);
                return name(child);
            }
            Optional<TableName> name = name(child);
            if (name.isPresent() && !(child instanceof UnresolvedRelation)) {
                return name;
            }
        }
        return Optional.empty();
    }

    private static Optional<TableName> name(LogicalPlan node) {
        scala.collection.Seq<String> parts = null;
        if (node instanceof UnresolvedIdentifier identifier) {
            parts = identifier.nameParts();
        } else if (node instanceof UnresolvedRelation relation) {
            parts = relation.multipartIdentifier();
        } else if (node instanceof UnresolvedTable table) {
            parts = table.multipartIdentifier();
        } else if (node instanceof UnresolvedTableOrView tableOrView) {
            parts = tableOrView.multipartIdentifier();
        } else if (node instanceof UnresolvedView view) {
            parts = view.multipartIdentifier();
        } else if (node instanceof UnresolvedNamespace namespace) {
            parts = namespace.multipartIdentifier();
        }
        if (parts == null || parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TableName(CollectionConverters.asJava(parts)));
    }

    private static Optional<SqlDetail> detail(LogicalPlan plan) {
        if (plan instanceof SetCommand set) {
            if (set.kv().isEmpty()) {
                return Optional.of(new SqlDetail.SetConfig(null, null));
            }
            Tuple2<String, Option<String>> kv = set.kv().get();
            return Optional.of(new SqlDetail.SetConfig(kv._1(), kv._2().isDefined() ? kv._2().get() : null));
        }
        if (plan instanceof AddJarsCommand add) {
            return Optional.of(new SqlDetail.AddResource(CollectionConverters.asJava(add.paths())));
        }
        if (plan instanceof AddFilesCommand add) {
            return Optional.of(new SqlDetail.AddResource(CollectionConverters.asJava(add.paths())));
        }
        if (plan instanceof AddArchivesCommand add) {
            return Optional.of(new SqlDetail.AddResource(CollectionConverters.asJava(add.paths())));
        }
        if (plan instanceof InsertIntoStatement insert) {
            List<PartitionValue> partition = new ArrayList<>();
            for (Map.Entry<String, Option<String>> entry : CollectionConverters.asJava(insert.partitionSpec()).entrySet()) {
                partition.add(new PartitionValue(entry.getKey(),
                        entry.getValue().isDefined() ? entry.getValue().get() : null));
            }
            return Optional.of(new SqlDetail.Insert(partition, insert.ifPartitionNotExists(),
                    CollectionConverters.asJava(insert.userSpecifiedCols())));
        }
        if (plan instanceof CreateTable create) {
            List<String> columns = new ArrayList<>();
            for (StructField field : create.tableSchema().fields()) {
                columns.add(field.name() + " " + field.dataType().sql());
            }
            return Optional.of(createTable(create.tableSpec(), create.ignoreIfExists(), columns,
                    transforms(create.partitioning())));
        }
        if (plan instanceof CreateTableAsSelect create) {
            return Optional.of(createTable(create.tableSpec(), create.ignoreIfExists(), List.of(),
                    transforms(create.partitioning())));
        }
        if (plan instanceof DropTable drop) {
            return Optional.of(new SqlDetail.Drop(drop.ifExists()));
        }
        if (plan instanceof DropView drop) {
            return Optional.of(new SqlDetail.Drop(drop.ifExists()));
        }
        if (plan instanceof CacheTable cache) {
            return Optional.of(new SqlDetail.Cache(String.join(".", CollectionConverters.asJava(cache.multipartIdentifier())),
                    cache.isLazy()));
        }
        if (plan instanceof CacheTableAsSelect cache) {
            return Optional.of(new SqlDetail.Cache(cache.tempViewName(), cache.isLazy()));
        }
        for (LogicalPlan child : CollectionConverters.asJava(plan.children())) {
            if (child instanceof UnresolvedNamespace namespace && !namespace.multipartIdentifier().isEmpty()) {
                return Optional.of(new SqlDetail.Namespace(CollectionConverters.asJava(namespace.multipartIdentifier())));
            }
        }
        return Optional.empty();
    }

    private static List<String> transforms(scala.collection.Seq<Transform> partitioning) {
        List<String> out = new ArrayList<>();
        for (Transform transform : CollectionConverters.asJava(partitioning)) {
            out.add(transform.describe());
        }
        return out;
    }

    private static SqlDetail.CreateTable createTable(TableSpecBase spec, boolean ifNotExists, List<String> columns,
                                                     List<String> partitioning) {
        if (!(spec instanceof UnresolvedTableSpec tableSpec)) {
            return new SqlDetail.CreateTable(false, ifNotExists, columns, partitioning, null, null, null, Map.of(),
                    null, Map.of());
        }
        String storedAs = null;
        String serde = null;
        Map<String, String> serdeProperties = Map.of();
        if (tableSpec.serde().isDefined()) {
            SerdeInfo info = tableSpec.serde().get();
            storedAs = orNull(info.storedAs());
            serde = orNull(info.serde());
            serdeProperties = new TreeMap<>(CollectionConverters.asJava(info.serdeProperties()));
        }
        return new SqlDetail.CreateTable(tableSpec.external(), ifNotExists, columns, partitioning,
                orNull(tableSpec.provider()), storedAs == null ? null : storedAs.toUpperCase(Locale.ROOT), serde,
                serdeProperties, orNull(tableSpec.location()), new TreeMap<>(CollectionConverters.asJava(tableSpec.properties())));
    }

    private static String orNull(Option<String> option) {
        return option.isDefined() ? option.get() : null;
    }

    /** Every plan in the tree: children, inner children (CTE definitions, cached queries) and subquery plans. */
    private static List<LogicalPlan> allPlans(LogicalPlan root) {
        List<LogicalPlan> out = new ArrayList<>();
        Deque<LogicalPlan> stack = new ArrayDeque<>();
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            LogicalPlan plan = stack.pop();
            if (seen.put(plan, Boolean.TRUE) != null) {
                continue;
            }
            out.add(plan);
            for (LogicalPlan child : CollectionConverters.asJava(plan.children())) {
                stack.push(child);
            }
            for (QueryPlan<?> inner : CollectionConverters.asJava(plan.innerChildren())) {
                if (inner instanceof LogicalPlan logical) {
                    stack.push(logical);
                }
            }
            for (Expression expression : CollectionConverters.asJava(plan.expressions())) {
                for (LogicalPlan subquery : subqueries(expression)) {
                    stack.push(subquery);
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static List<LogicalPlan> subqueries(Expression root) {
        List<LogicalPlan> out = new ArrayList<>();
        Deque<Expression> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Expression expression = stack.pop();
            if (expression instanceof SubqueryExpression subquery) {
                out.add(subquery.plan());
            }
            for (Expression child : CollectionConverters.asJava(expression.children())) {
                stack.push(child);
            }
        }
        return out;
    }
}
