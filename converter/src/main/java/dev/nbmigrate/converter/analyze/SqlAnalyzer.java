package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.analyze.IoAccess.Direction;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.parse.SourceRef;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.parse.sql.PartitionValue;
import dev.nbmigrate.converter.parse.sql.SqlDetail;
import dev.nbmigrate.converter.parse.sql.SqlKind;
import dev.nbmigrate.converter.parse.sql.SqlParser;
import dev.nbmigrate.converter.parse.sql.SqlScript;
import dev.nbmigrate.converter.parse.sql.SqlStatement;
import dev.nbmigrate.converter.parse.sql.TableName;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL a notebook runs, from SQL cells and from {@code spark.sql(...)}: resolves Zeppelin forms, widget values and
 * Hive variables, stands in placeholders for parts known only at run time, parses with Spark's parser (under the
 * legacy, non-ANSI settings the notebooks ran with) and records the statements' tables as lineage.
 */
final class SqlAnalyzer {

    /** Zeppelin's dynamic forms: {@code ${name=default}}, {@code ${name=default,a|b|c}}. */
    private static final Pattern FORM = Pattern.compile("\\$\\{([A-Za-z_][\\w.]*)=([^}]*)}");
    private static final String PLACEHOLDER = "__nbm_runtime_%d__";
    private static final Pattern PLACEHOLDER_NAME = Pattern.compile("__nbm_runtime_(\\d+)__");

    private final AnalysisState state;
    private final SqlParser parser;
    private final IoRecorder io;
    private final SecretScanner secrets;
    private final ParameterFinder parameters;

    SqlAnalyzer(AnalysisState state, SqlParser parser, IoRecorder io, SecretScanner secrets,
                ParameterFinder parameters) {
        this.state = state;
        this.parser = parser;
        this.io = io;
        this.secrets = secrets;
        this.parameters = parameters;
    }

    /** A SQL cell. */
    SqlUse cell(String text, SourceRef ref, Frame frame) {
        forms(text, ref);
        SqlScript script = parser.parse(text, ref, state.sqlVariables);
        state.diagnostics.addAll(script.diagnostics());
        afterParse(script, ref, List.of(), null, frame);
        SqlUse use = new SqlUse(ref.cell(), ref.location(firstLine(text), -1), Optional.empty(), text, List.of(),
                script);
        state.sql.add(use);
        return use;
    }

    /** {@code spark.sql(text)}: the text as far as it is known. */
    void fromPython(PyExpr call, Eval text, PyExpr textExpr, Location at, Frame frame) {
        ConstantValue value = text == null ? null : text.constant();
        if (!(value instanceof ConstantValue.Str) && !(value instanceof ConstantValue.Template)) {
            if (frame.recording()) {
                state.diagnostic(Code.NBM311, at, "the SQL text is not known at conversion time ("
                        + (textExpr == null ? "no argument" : frame.cell.text(textExpr.span())) + "); its tables are "
                        + "not in the lineage");
            }
            return;
        }
        List<String> holes = value instanceof ConstantValue.Template t ? t.holes() : List.of();
        String sql = value instanceof ConstantValue.Template t ? withPlaceholders(t) : value.str();
        boolean direct = textExpr instanceof PyExpr.StrLit || textExpr instanceof PyExpr.FString
                || textExpr instanceof PyExpr.Call;
        SourceRef ref = direct && textExpr.span().isKnown()
                ? new SourceRef(frame.cell.ref().notebook(), frame.cell.cell(), textExpr.span().line() - 1, 0)
                : new SourceRef(frame.cell.ref().notebook(), frame.cell.cell(), Math.max(0, at.line() - 1), 0);
        forms(sql, ref);
        SqlScript script = parser.parse(sql, ref, state.sqlVariables);
        if (frame.recording()) {
            List<Diagnostic> found = new ArrayList<>();
            for (Diagnostic diagnostic : script.diagnostics()) {
                Location where = direct ? diagnostic.location() : at;
                if (diagnostic.code() == Code.NBM104 && !holes.isEmpty()) {
                    found.add(Diagnostic.of(Code.NBM311, where, "the SQL built here from run-time values ("
                            + String.join(", ", holes) + ") could not be checked: " + diagnostic.message()));
                } else {
                    found.add(new Diagnostic(diagnostic.code(), diagnostic.severity(), where, diagnostic.message(),
                            diagnostic.suggestion()));
                }
            }
            if (!holes.isEmpty() && found.stream().noneMatch(d -> d.code() == Code.NBM311)) {
                found.add(Diagnostic.of(Code.NBM311, at, "the SQL text is built at run time from "
                        + String.join(", ", holes)));
            }
            state.diagnostics.addAll(found);
            SqlUse use = new SqlUse(frame.cell.cell(), at, Optional.of(call), value.str(), holes, script);
            state.sql.add(use);
            state.sqlByCall.put(call, use);
        }
        afterParse(script, ref, holes, call, frame);
    }

    private void afterParse(SqlScript script, SourceRef ref, List<String> holes, PyExpr call, Frame frame) {
        for (SqlStatement statement : script.statements()) {
            Location at = ref.location(statement.line(), statement.column() - 1);
            if (frame.recording()) {
                statement.detail(SqlDetail.SetConfig.class).ifPresent(set -> secrets.onSqlSet(set.key(), set.value(),
                        at));
            }
            if (!statement.ok()) {
                continue;
            }
            if (statement.kind() == SqlKind.CREATE_TEMP_VIEW || statement.kind() == SqlKind.CACHE_TABLE) {
                statement.target().ifPresent(t -> state.tempViews.add(t.toString().toLowerCase(Locale.ROOT)));
                statement.detail(SqlDetail.Cache.class).ifPresent(c -> state.tempViews.add(c.name()
                        .toLowerCase(Locale.ROOT)));
            }
            for (TableName read : statement.reads()) {
                io.sqlTable(Direction.SOURCE, name(read, holes), "table", "", "", call, at, frame);
            }
            if (statement.kind() == SqlKind.CREATE_TEMP_VIEW || statement.kind().category() == SqlKind.Category.CACHE) {
                continue;
            }
            for (TableName written : statement.writes()) {
                io.sqlTable(Direction.SINK, name(written, holes), format(statement), mode(statement),
                        detail(statement), call, at, frame);
            }
        }
        Map<String, String> known = new TreeMap<>(script.variables());
        if (frame.recording() || frame.mode == Frame.Mode.REFINE) {
            state.sqlVariables.putAll(known);
        }
    }

    /** Registers Zeppelin forms and makes their defaults the values of the references. */
    private void forms(String text, SourceRef ref) {
        Matcher m = FORM.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            String spec = m.group(2);
            int comma = spec.indexOf(',');
            String defaultValue = comma >= 0 ? spec.substring(0, comma) : spec;
            List<String> choices = comma >= 0 ? List.of(spec.substring(comma + 1).split("\\|")) : List.of();
            state.sqlVariables.put(name + "=" + spec, defaultValue);
            int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
            int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
            parameters.onForm(name, defaultValue, choices, ref.location(line, m.start() - lineStart));
        }
    }

    private static String withPlaceholders(ConstantValue.Template template) {
        StringBuilder out = new StringBuilder();
        int hole = 0;
        for (ConstantValue.Template.Part part : template.parts()) {
            out.append(part.hole() ? String.format(Locale.ROOT, PLACEHOLDER, hole++) : part.text());
        }
        return out.toString();
    }

    /** The table's name with placeholders shown as the run-time expressions they stand for. */
    private static String name(TableName table, List<String> holes) {
        String text = table.toString();
        Matcher m = PLACEHOLDER_NAME.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(index < holes.size() ? "{" + holes.get(index) + "}"
                    : m.group()));
        }
        m.appendTail(out);
        return out.toString().replace("`", "");
    }

    private static String format(SqlStatement statement) {
        Optional<SqlDetail.CreateTable> create = statement.detail(SqlDetail.CreateTable.class);
        if (create.isPresent()) {
            SqlDetail.CreateTable table = create.get();
            if (table.provider() != null) {
                return table.provider().toLowerCase(Locale.ROOT);
            }
            if (table.storedAs() != null) {
                return table.storedAs().toLowerCase(Locale.ROOT);
            }
            return table.isHiveFormat() ? "hive" : "table";
        }
        return "table";
    }

    private static String mode(SqlStatement statement) {
        if (statement.kind() == SqlKind.CREATE_TABLE && statement.detail(SqlDetail.CreateTable.class)
                .map(SqlDetail.CreateTable::external).orElse(false)) {
            return "create-external-table";
        }
        return statement.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String detail(SqlStatement statement) {
        List<String> parts = new ArrayList<>();
        statement.detail(SqlDetail.CreateTable.class).ifPresent(table -> {
            if (!table.partitioning().isEmpty()) {
                parts.add("partitioned by " + String.join(", ", table.partitioning()));
            }
            if (table.location() != null) {
                parts.add("location " + IoRecorder.sanitize(table.location()));
            }
        });
        statement.detail(SqlDetail.Insert.class).ifPresent(insert -> {
            if (!insert.partition().isEmpty()) {
                List<String> columns = new ArrayList<>();
                for (PartitionValue value : insert.partition()) {
                    columns.add(value.isDynamic() ? value.column() : value.column() + "='" + value.value() + "'");
                }
                parts.add("partition (" + String.join(", ", columns) + ")");
            }
        });
        return String.join("; ", parts);
    }

    private static int firstLine(String text) {
        List<String> lines = List.of(text.split("\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i + 1;
            }
        }
        return 1;
    }
}
