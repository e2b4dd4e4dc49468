package dev.nbmigrate.converter.translate.sql;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.parse.SourceRef;
import dev.nbmigrate.converter.parse.sql.SqlDetail;
import dev.nbmigrate.converter.parse.sql.SqlKind;
import dev.nbmigrate.converter.parse.sql.SqlParser;
import dev.nbmigrate.converter.parse.sql.SqlSettings;
import dev.nbmigrate.converter.parse.sql.SqlStatement;
import dev.nbmigrate.converter.parse.sql.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser.CreateFileFormatContext;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser.CreateTableHeaderContext;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser.InsertOverwriteHiveDirContext;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser.LocationSpecContext;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser.SetTableSerDeContext;

/**
 * Rewrites the Hive SQL of legacy notebooks ({@code %%sql} cells, {@code spark.sql("...")} strings) into Spark SQL
 * that runs without Hive support: on Databricks with Unity Catalog and on local Spark with the in-memory catalog.
 * Each statement is parsed with Spark's own parser; what it means comes from the logical plan, where its clauses are
 * from the grammar's tree, and only Hive-specific clauses are edited, so the user's layout and comments stay.
 *
 * <ul>
 *   <li>{@code CREATE [EXTERNAL] TABLE ... [ROW FORMAT ...] [STORED AS ...]}: a data source table
 *       ({@code USING parquet|orc|csv|json|avro OPTIONS (...)}), typed {@code PARTITIONED BY} columns moved into the
 *       column list ({@code NBM260}); formats without a data source are not translated ({@code NBM262}).</li>
 *   <li>{@code SET hive.*} (and MapReduce/Tez settings): dropped ({@code NBM261}).</li>
 *   <li>{@code ADD JAR}, {@code LOAD DATA}, SerDe changes, Hive-format directory writes: not translated
 *       ({@code NBM262}).</li>
 *   <li>{@code INSERT OVERWRITE} of dynamic partitions into a table this rewriter did not create: kept, with
 *       {@code NBM264} (Spark's default overwrite mode deletes the other partitions).</li>
 *   <li>Everything else (queries, {@code CREATE TABLE ... USING}, CTAS with {@code USING}, {@code MSCK REPAIR TABLE},
 *       {@code CREATE DATABASE}): unchanged, no finding.</li>
 * </ul>
 *
 * <p>One rewriter serves one notebook: it remembers the partitioned tables it created with Hive's overwrite
 * semantics, so later inserts into them raise no {@code NBM264}. Not thread-safe.
 *
 * <pre>{@code
 * HiveSqlRewriter rewriter = new HiveSqlRewriter(SqlSettings.LEGACY);
 * Rewrite rewrite = rewriter.rewrite(cellSql);
 * rewrite.findings().forEach(f -> diagnostics.add(f.toDiagnostic(sourceRef)));
 * for (StorageLocation location : rewrite.locations()) { ... rewrite.sql() range [start, end) ... }
 * }</pre>
 */
public final class HiveSqlRewriter {

    /** Prefixes of settings that only configure Hive, MapReduce or Tez execution. */
    private static final List<String> HIVE_ONLY_SETTINGS = List.of("hive.", "mapred.", "mapreduce.", "tez.",
            "spark.sql.hive.");

    /** Prefixes of Hive variable namespaces, which Spark's own variable substitution understands. */
    private static final List<String> VARIABLE_NAMESPACES = List.of("hivevar:", "hiveconf:", "system:", "env:");

    private final SqlSettings settings;
    private final SqlParser parser;
    private final Set<String> dynamicOverwriteTables = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    public HiveSqlRewriter(SqlSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.parser = new SqlParser(settings);
    }

    /**
     * Rewrites one SQL text (one or more statements separated by {@code ;}). Statements that are Spark SQL already
     * come back byte for byte; dropped and untranslated ones leave the output (with their {@code ;}).
     */
    public Rewrite rewrite(String sql) {
        Objects.requireNonNull(sql, "sql");
        List<SqlStatement> statements = parser.parse(sql, SourceRef.ofCell("<sql>", 1), Map.of()).statements();
        TextEdits edits = new TextEdits(sql);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            SqlStatement statement = statements.get(i);
            int start = SqlText.offset(sql, statement.line(), statement.column());
            int end = start + statement.text().length();
            Reporter report = new Reporter(sql, start);
            Outcome outcome = rewrite(statement, report);
            findings.addAll(report.findings());
            switch (outcome.action()) {
                case KEEP -> {
                }
                case REWRITE -> edits.replace(start, end, outcome.sql());
                case DROP -> edits.replace(start, dropEnd(sql, end, i + 1 < statements.size()), "");
            }
        }
        String out = edits.isEmpty() ? sql : edits.apply();
        if (out.isBlank()) {
            out = "";
        }
        return new Rewrite(out, findings, locations(out));
    }

    private Outcome rewrite(SqlStatement statement, Reporter report) {
        if (!statement.ok()) {
            Optional<SparkSyntax> grammar = SparkSyntax.parse(statement.text(), settings);
            boolean storageHandler = grammar.stream().flatMap(tree -> tree.find(CreateFileFormatContext.class).stream())
                    .anyMatch(format -> format.storageHandler() != null);
            if (storageHandler) {
                String table = grammar.get().first(CreateTableHeaderContext.class)
                        .map(header -> grammar.get().source(header.identifierReference())).orElse("");
                return notTranslated(report, "CREATE TABLE " + table + " STORED BY a Hive storage handler has no "
                        + "Spark equivalent");
            }
            report.add(Code.NBM265, "Spark's parser refused the statement ("
                    + statement.error().map(e -> e.message()).orElse("") + "); Hive syntax in it is not rewritten", 0);
            return Outcome.keep();
        }
        Optional<SparkSyntax> tree = SparkSyntax.parse(statement.text(), settings);
        if (tree.isEmpty()) {
            report.add(Code.NBM265, "Spark's grammar refused the statement as written (e.g. a ${...} "
                    + "reference where a name belongs), so its Hive syntax is not rewritten", 0);
            return Outcome.keep();
        }
        String target = statement.target().map(TableName::toString).orElse("");
        return switch (statement.kind()) {
            case CREATE_TABLE, CREATE_TABLE_AS_SELECT -> createTable(statement, tree.get(), report);
            case SET -> set(statement, report);
            case ADD_JAR -> notTranslated(report, "ADD JAR loaded Hive SerDes or UDFs into the session: make the jar "
                    + "a dependency of the job (or a cluster library) instead");
            case LOAD_DATA -> notTranslated(report, "LOAD DATA into " + target + " moved files into a Hive table: "
                    + "Spark data source tables do not support it; read the files and insert them, or copy them to "
                    + "the table's location");
            case ALTER_TABLE -> tree.get().first(SetTableSerDeContext.class).isPresent()
                    ? notTranslated(report, "ALTER TABLE " + target + " SET SERDE/SERDEPROPERTIES changes a Hive SerDe")
                    : Outcome.keep();
            case INSERT_OVERWRITE_DIRECTORY -> tree.get().first(InsertOverwriteHiveDirContext.class).isPresent()
                    ? notTranslated(report, "INSERT OVERWRITE DIRECTORY with ROW FORMAT/STORED AS writes through a "
                    + "Hive SerDe: write with USING <format> instead")
                    : Outcome.keep();
            case INSERT_OVERWRITE -> insertOverwrite(statement, report);
            default -> Outcome.keep();
        };
    }

    private Outcome createTable(SqlStatement statement, SparkSyntax tree, Reporter report) {
        Optional<SqlDetail.CreateTable> detail = statement.detail(SqlDetail.CreateTable.class);
        if (detail.isEmpty() || statement.target().isEmpty()) {
            return Outcome.keep();
        }
        CreateTableRewriter.Result result = CreateTableRewriter.rewrite(detail.get(), statement.target().get(), tree,
                report);
        Outcome outcome = result.outcome();
        if (outcome.action() == Outcome.Action.REWRITE) {
            SqlStatement check = parser.parseStatement(outcome.sql());
            boolean hive = check.detail(SqlDetail.CreateTable.class)
                    .map(created -> created.isHiveFormat() || created.provider() == null).orElse(true);
            if (!check.ok() || hive) {
                report.add(Code.NBM262, "the rewrite of CREATE TABLE " + statement.target().get() + " is not valid "
                        + "Spark SQL" + check.error().map(e -> " (" + e.message() + ")").orElse("")
                        + ": port the statement by hand", 0);
                return Outcome.keep();
            }
        }
        if (result.dynamicOverwrite()) {
            dynamicOverwriteTables.add(statement.target().get().toString());
        }
        return outcome;
    }

    private static Outcome set(SqlStatement statement, Reporter report) {
        Optional<SqlDetail.SetConfig> set = statement.detail(SqlDetail.SetConfig.class);
        if (set.isEmpty() || set.get().key() == null) {
            return Outcome.keep();
        }
        String key = set.get().key().toLowerCase(Locale.ROOT);
        if (VARIABLE_NAMESPACES.stream().anyMatch(key::startsWith)
                || HIVE_ONLY_SETTINGS.stream().noneMatch(key::startsWith)) {
            return Outcome.keep();
        }
        report.add(Code.NBM261, "SET " + set.get().key() + " dropped: it configures Hive execution, which Spark data "
                + "source tables do not use", 0);
        return Outcome.drop();
    }

    private Outcome insertOverwrite(SqlStatement statement, Reporter report) {
        Optional<SqlDetail.Insert> insert = statement.detail(SqlDetail.Insert.class);
        String target = statement.target().map(TableName::toString).orElse("");
        if (insert.isPresent() && insert.get().hasDynamicPartitions() && !dynamicOverwriteTables.contains(target)) {
            report.add(Code.NBM264, "INSERT OVERWRITE of dynamic partitions into " + target
                    + ", a table created elsewhere", 0);
        }
        return Outcome.keep();
    }

    private static Outcome notTranslated(Reporter report, String message) {
        report.add(Code.NBM262, message, 0);
        return Outcome.drop();
    }

    /** The end of a dropped statement: after its {@code ;} and, if a statement follows, the blanks before it. */
    private static int dropEnd(String sql, int end, boolean more) {
        int at = end;
        while (at < sql.length() && Character.isWhitespace(sql.charAt(at))) {
            at++;
        }
        if (at < sql.length() && sql.charAt(at) == ';') {
            at++;
            if (more) {
                while (at < sql.length() && Character.isWhitespace(sql.charAt(at))) {
                    at++;
                }
            }
            return at;
        }
        return end;
    }

    /** The LOCATION literals of the output's statements, found in Spark's syntax tree of each. */
    private List<StorageLocation> locations(String out) {
        List<StorageLocation> locations = new ArrayList<>();
        for (SqlStatement statement : parser.parse(out, SourceRef.ofCell("<sql>", 1), Map.of()).statements()) {
            Optional<SparkSyntax> tree = SparkSyntax.parse(statement.text(), settings);
            if (tree.isEmpty()) {
                continue;
            }
            int base = SqlText.offset(out, statement.line(), statement.column());
            for (LocationSpecContext location : tree.get().find(LocationSpecContext.class)) {
                locations.add(new StorageLocation(SparkSyntax.stringValue(location.stringLit()),
                        base + tree.get().start(location.stringLit()), base + tree.get().end(location.stringLit())));
            }
        }
        return locations;
    }
}
