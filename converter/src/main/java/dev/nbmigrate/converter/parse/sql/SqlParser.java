package dev.nbmigrate.converter.parse.sql;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.parse.SourceRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.catalyst.analysis.UnresolvedAttribute;
import org.apache.spark.sql.catalyst.analysis.UnresolvedFunction;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.parser.CatalystSqlParser$;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.execution.SparkSqlParser;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.types.DataType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Parses SQL with Spark's own parser, without a session: a cell's statements ({@code SparkSqlParser}) with
 * {@code ${...}} substitution, splitting at {@code ;} and classification; single statements to validate SQL that
 * nbmigrate emits; expressions and data types ({@code CatalystSqlParser}). The entry point of the SQL half of the
 * parse stage. Results are nbmigrate's records; no Spark type is visible. Thread-safe.
 *
 * <p>Each parser runs under its own {@link SqlSettings} (the ANSI setting legacy notebooks ran without, or the
 * target's):
 *
 * <pre>{@code
 * SqlScript script = new SqlParser(SqlSettings.LEGACY).parse(cellText, SourceRef.ofCell("etl.ipynb", 7),
 *         Map.of("hivevar:run_date", "2024-01-31"));
 * diagnostics.addAll(script.diagnostics());
 * for (SqlStatement statement : script.statements()) { ... statement.kind(), statement.writes() ... }
 * }</pre>
 */
public final class SqlParser {

    private static final Pattern ERROR_CLASS = Pattern.compile("^\\[([A-Z0-9_.]+)]\\s*");
    private static final Pattern POSITION_SUFFIX = Pattern.compile("\\s*\\(line \\d+, pos \\d+\\)\\s*$");
    private static final Pattern SQL_STATE = Pattern.compile("\\s*SQLSTATE: [0-9A-Z]+\\.?");

    private final SqlSettings settings;
    private final SQLConf conf = new SQLConf();
    private final SparkSqlParser statementParser = new SparkSqlParser();

    public SqlParser(SqlSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        conf.setConfString("spark.sql.ansi.enabled", Boolean.toString(settings.ansi()));
        conf.setConfString("spark.sql.ansi.enforceReservedKeywords", Boolean.toString(settings.enforceReservedKeywords()));
    }

    public SqlSettings settings() {
        return settings;
    }

    /**
     * Parses the SQL of one cell: splits it into statements, substitutes {@code ${...}} references from
     * {@code variables} (and from the cell's own earlier {@code SET} statements), parses and classifies each.
     * Unparseable statements become {@link SqlKind#INVALID} with an {@code NBM104} diagnostic; the others go on.
     */
    public SqlScript parse(String text, SourceRef ref, Map<String, String> variables) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(ref, "ref");
        Map<String, String> known = new TreeMap<>(variables);
        CellText cell = new CellText(text);
        List<SqlStatement> statements = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        int index = 0;
        for (SqlSplitter.Piece piece : SqlSplitter.split(text)) {
            index++;
            VariableSubstitutor.Result substituted = VariableSubstitutor.substitute(piece.text(), known);
            List<Substitution> substitutions = new ArrayList<>();
            for (VariableSubstitutor.Found found : substituted.references()) {
                int at = piece.start() + found.start();
                Substitution substitution = new Substitution(found.reference(), found.namespace(), found.name(),
                        found.value(), cell.line(at), cell.column(at));
                substitutions.add(substitution);
                if (!substitution.resolved()) {
                    diagnostics.add(Diagnostic.of(Code.NBM105,
                            ref.location(substitution.line(), substitution.column() - 1),
                            "unknown SQL variable " + found.reference()));
                }
            }
            Parsed parsed = parsePlan(substituted.text());
            SqlStatement statement;
            int line = cell.line(piece.start());
            int column = cell.column(piece.start());
            if (parsed.plan != null) {
                PlanReader.Classified classified = PlanReader.read(parsed.plan);
                statement = new SqlStatement(index, piece.text(), substituted.text(), line, column, classified.kind(),
                        classified.target(), classified.reads(), classified.writes(), classified.detail(),
                        substitutions, Optional.empty());
                classified.detail().filter(SqlDetail.SetConfig.class::isInstance).map(SqlDetail.SetConfig.class::cast)
                        .filter(set -> set.key() != null && set.value() != null)
                        .ifPresent(set -> known.put(set.key(), set.value()));
            } else {
                SqlError error = inCell(parsed.error, piece, substituted, cell);
                statement = new SqlStatement(index, piece.text(), substituted.text(), line, column, SqlKind.INVALID,
                        Optional.empty(), List.of(), List.of(), Optional.empty(), substitutions, Optional.of(error));
                diagnostics.add(Diagnostic.of(Code.NBM104, ref.location(error.line(), error.column() - 1),
                        message(error)));
            }
            statements.add(statement);
        }
        Collections.sort(diagnostics);
        return new SqlScript(statements, known, diagnostics);
    }

    /**
     * Checks one statement (e.g. SQL that nbmigrate generates) under this parser's settings; positions in the
     * error are relative to {@code sql} (1-based line and column).
     */
    public Optional<SqlError> validate(String sql) {
        Parsed parsed = parsePlan(Objects.requireNonNull(sql, "sql"));
        return Optional.ofNullable(parsed.error);
    }

    /** Parses and classifies one statement given as is (no splitting, no substitution). */
    public SqlStatement parseStatement(String sql) {
        return parse(sql, SourceRef.ofCell("<sql>", 0), Map.of()).statements().stream().findFirst()
                .orElseGet(() -> new SqlStatement(1, sql, sql, 1, 1, SqlKind.INVALID, Optional.empty(), List.of(),
                        List.of(), Optional.empty(), List.of(),
                        Optional.of(new SqlError("", "empty statement", 1, 1))));
    }

    /** Parses a SQL expression, e.g. {@code amount * 1.1 > limit AND upper(region) = 'EU'}. */
    public SqlExpressionInfo parseExpression(String text) {
        Objects.requireNonNull(text, "text");
        try {
            Expression expression = withConf(() -> CatalystSqlParser$.MODULE$.parseExpression(text));
            TreeSet<String> columns = new TreeSet<>();
            TreeSet<String> functions = new TreeSet<>();
            Deque<Expression> stack = new ArrayDeque<>();
            stack.push(expression);
            while (!stack.isEmpty()) {
                Expression node = stack.pop();
                if (node instanceof UnresolvedAttribute attribute) {
                    columns.add(String.join(".", CollectionConverters.asJava(attribute.nameParts())));
                } else if (node instanceof UnresolvedFunction function) {
                    functions.add(String.join(".", CollectionConverters.asJava(function.nameParts())));
                }
                for (Expression child : CollectionConverters.asJava(node.children())) {
                    stack.push(child);
                }
            }
            return new SqlExpressionInfo(text, List.copyOf(columns), List.copyOf(functions), Optional.empty());
        } catch (Exception e) {
            return new SqlExpressionInfo(text, List.of(), List.of(), Optional.of(error(e)));
        }
    }

    /** Parses a data type, e.g. {@code decimal(10,2)} or {@code array<struct<a:int>>}. */
    public SqlTypeInfo parseDataType(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return typeInfo(text, withConf(() -> CatalystSqlParser$.MODULE$.parseDataType(text)));
        } catch (Exception e) {
            return new SqlTypeInfo(text, null, null, null, Optional.of(error(e)));
        }
    }

    /** Parses a table schema in DDL form, e.g. {@code id BIGINT, name STRING NOT NULL}. */
    public SqlTypeInfo parseTableSchema(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return typeInfo(text, withConf(() -> CatalystSqlParser$.MODULE$.parseTableSchema(text)));
        } catch (Exception e) {
            return new SqlTypeInfo(text, null, null, null, Optional.of(error(e)));
        }
    }

    private static SqlTypeInfo typeInfo(String text, DataType type) {
        return new SqlTypeInfo(text, type.sql(), type.simpleString(), type.json(), Optional.empty());
    }

    /** A plan, or the error (positions relative to the parsed text). */
    private record Parsed(LogicalPlan plan, SqlError error) {
    }

    private Parsed parsePlan(String sql) {
        try {
            return new Parsed(withConf(() -> statementParser.parsePlan(sql)), null);
        } catch (Exception e) {
            return new Parsed(null, error(e));
        }
    }

    private <T> T withConf(scala.Function0<T> body) {
        return SQLConf.withExistingConf(conf, body);
    }

    /** Spark's error: class and message without the SQL excerpt, and its 1-based line and column. */
    private static SqlError error(Exception e) {
        String raw = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int excerpt = raw.indexOf("\n== SQL");
        String message = (excerpt >= 0 ? raw.substring(0, excerpt) : raw).strip();
        message = POSITION_SUFFIX.matcher(message).replaceAll("");
        message = SQL_STATE.matcher(message).replaceAll("").strip();
        String errorClass = "";
        Matcher matcher = ERROR_CLASS.matcher(message);
        if (matcher.find()) {
            errorClass = matcher.group(1);
            message = message.substring(matcher.end());
        }
        int line = 0;
        int column = 0;
        if (e instanceof ParseException parse) {
            if (parse.start().line().isDefined()) {
                line = (Integer) parse.start().line().get();
            }
            if (parse.start().startPosition().isDefined()) {
                column = (Integer) parse.start().startPosition().get() + 1;
            }
        }
        return new SqlError(errorClass, message, line, column);
    }

    /** The error with its position moved from the substituted statement to the cell. */
    private static SqlError inCell(SqlError error, SqlSplitter.Piece piece, VariableSubstitutor.Result substituted,
                                   CellText cell) {
        if (error.line() <= 0) {
            return new SqlError(error.errorClass(), error.message(), cell.line(piece.start()), cell.column(piece.start()));
        }
        int inSubstituted = CellText.offsetOf(substituted.text(), error.line(), Math.max(0, error.column() - 1));
        int inCell = piece.start() + substituted.toInputOffset(inSubstituted);
        return new SqlError(error.errorClass(), error.message(), cell.line(inCell), cell.column(inCell));
    }

    private static String message(SqlError error) {
        return (error.errorClass().isEmpty() ? "" : "[" + error.errorClass() + "] ") + error.message();
    }
}
