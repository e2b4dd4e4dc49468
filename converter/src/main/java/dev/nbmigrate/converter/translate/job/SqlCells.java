package dev.nbmigrate.converter.translate.job;

import dev.nbmigrate.converter.render.JavaText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;

import dev.nbmigrate.converter.cells.ClassifiedCell;
import dev.nbmigrate.converter.cells.SqlMagic;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.parse.SourceRef;
import dev.nbmigrate.converter.parse.Span;
import dev.nbmigrate.converter.parse.sql.SqlKind;
import dev.nbmigrate.converter.parse.sql.SqlParser;
import dev.nbmigrate.converter.parse.sql.SqlScript;
import dev.nbmigrate.converter.parse.sql.SqlSettings;
import dev.nbmigrate.converter.parse.sql.SqlStatement;
import dev.nbmigrate.converter.translate.TranslationContext;
import dev.nbmigrate.converter.translate.sql.Finding;
import dev.nbmigrate.converter.translate.sql.HiveSqlRewriter;
import dev.nbmigrate.converter.translate.sql.Rewrite;
import dev.nbmigrate.converter.translate.sql.StorageLocation;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Severity;

/**
 * SQL cells ({@code %%sql}, {@code %sql}, {@code %livy2.sql}) as Java: each statement one {@code spark.sql(...)} call
 * with the SQL in a text block; a query only looked at becomes a DEBUG inspection; job parameters in the text
 * (Zeppelin forms {@code ${month=2024-03}}) and storage locations ({@code LOCATION 'wasbs://...'}) become values
 * filled in with {@code formatted(...)}, the locations through the job's path resolver.
 */
final class SqlCells {

    /** Marks a storage location's place in the SQL while it is laid out. */
    private static final char MARK = '\u0000';
    /** Marks a secret's place in the SQL: filled in with {@code ctx.secret(...)}, never written. */
    private static final char SECRET_MARK = '\u0001';
    /** A marked location, or a Zeppelin form / variable reference ({@code ${name}}, {@code ${name=default}}). */
    private static final Pattern PIECE = Pattern.compile("([\u0000\u0001])(\\d+)\\1|\\$\\{([A-Za-z_][A-Za-z0-9_.]*)(=[^}]*)?}");

    private final TranslationContext context;
    private final JobConfig config;
    private final SqlParser parser = new SqlParser(SqlSettings.LEGACY);
    private final HiveSqlRewriter rewriter = new HiveSqlRewriter(SqlSettings.LEGACY);

    SqlCells(TranslationContext context, JobConfig config) {
        this.context = context;
        this.config = config;
    }

    /** The secret value a text holds, if any (the notebook's {@code Program#secretIn}). */
    private java.util.function.Function<String, Optional<String>> secrets = text -> Optional.empty();

    void translate(ClassifiedCell cell, SourceRef ref, Block block,
            java.util.function.Function<String, Optional<String>> secretIn) {
        this.secrets = secretIn;
        translate(cell, ref, block);
    }

    void translate(ClassifiedCell cell, SourceRef ref, Block block) {
        statements(parser.parse(cell.code().text(), ref, Map.of()), ref, block, cell.magic(SqlMagic.class), true);
    }

    /**
     * A Python statement {@code spark.sql("...")} whose constant SQL is Hive-era (a {@code STORED AS} table, a
     * {@code SET hive.*}, an {@code ADD JAR}, {@code INSERT OVERWRITE ... PARTITION}): rewritten as a {@code %%sql}
     * cell's statement would be, at the statement's place ({@code ref}). Returns false, and adds nothing, when the
     * text is not one statement Spark's parser reads or when the rewriter leaves it exactly as it is: then the call
     * is translated as any other.
     */
    boolean pythonStatement(String sql, SourceRef ref, Block block) {
        // A Python string indents SQL as the code around it: its lines keep their indentation relative to each other.
        SqlScript script = parser.parse(sql.stripIndent(), ref, Map.of());
        if (script.statements().size() != 1 || !script.statements().get(0).ok()) {
            return false;
        }
        Rewrite rewrite = rewriter.rewrite(script.statements().get(0).text());
        if (rewrite.findings().isEmpty() && rewrite.sql().strip().equals(script.statements().get(0).text().strip())) {
            return false;
        }
        statements(script, ref, block, Optional.empty(), false);
        return true;
    }

    /** Each statement of {@code script}, rewritten; a query is shown when {@code showQueries} (a %%sql cell). */
    private void statements(SqlScript script, SourceRef ref, Block block, Optional<SqlMagic> magic, boolean showQueries) {
        for (SqlStatement statement : script.statements()) {
            if (!statement.ok()) {
                String message = "Spark's parser refuses the SQL: " + statement.error().get().message();
                context.report(Code.NBM104, Span.at(statement.line(), statement.column()), message);
                block.comment("TODO(" + Code.NBM104.id() + "): " + message);
                block.add(CellTranslator.fail(Code.NBM104, "cell " + ref.cell() + ", line " + statement.line(), message));
                continue;
            }
            Rewrite rewrite = rewriter.rewrite(statement.text());
            SourceRef at = ref.shiftedBy(statement.line() - 1);
            boolean untranslated = false;
            for (Finding finding : rewrite.findings()) {
                Diagnostic diagnostic = finding.toDiagnostic(at);
                context.add(diagnostic);
                if (finding.severity() == Severity.ERROR) {
                    untranslated = true;
                    block.comment("TODO(" + finding.code().id() + "): " + finding.message());
                    block.add(CellTranslator.fail(finding.code(), "cell " + ref.cell() + ", line "
                            + diagnostic.location().line(), finding.message()));
                } else if (finding.severity() == Severity.WARNING) {
                    block.comment("TODO(" + finding.code().id() + "): " + finding.message());
                }
            }
            if (rewrite.isEmpty()) {
                if (!untranslated) {
                    block.comment("left out: " + statement.text().strip().lines().findFirst().orElse("")
                            + " (Hive-only, see MIGRATION.md)");
                }
                continue;
            }
            Expression sql = new MethodCallExpr(new NameExpr("spark"), "sql",
                    text(rewrite.sql(), rewrite.locations()));
            if (statement.kind() == SqlKind.QUERY && showQueries) {
                magic.flatMap(SqlMagic::output).ifPresent(variable -> block.comment("%%sql -o " + variable
                        + ": the notebook copied a sample of this result to the notebook server for plotting"));
                context.report(Code.NBM221, Span.at(statement.line(), statement.column()),
                        "the query's result was only displayed");
                block.add(new ExpressionStmt(new MethodCallExpr(new MethodCallExpr(new NameExpr("ctx"), "inspect"),
                        "show", new NodeList<>(sql))));
            } else {
                block.add(new ExpressionStmt(sql));
            }
        }
    }

    /**
     * The Java text of one statement: a literal or text block, with job parameters ({@code ${name}} forms) and
     * storage locations (the given ranges of {@code sql}, quotes included) filled in with {@code formatted(...)}.
     */
    NodeList<Expression> text(String sql, List<StorageLocation> locations) {
        StringBuilder marked = new StringBuilder();
        int from = 0;
        List<Expression> locationValues = new ArrayList<>();
        for (StorageLocation location : locations) {
            marked.append(sql, from, location.start()).append(MARK).append(locationValues.size()).append(MARK);
            locationValues.add(new MethodCallExpr(new NameExpr("ctx"), "path",
                    new NodeList<>(new StringLiteralExpr().setString(location.uri()))));
            from = location.end();
        }
        marked.append(sql.substring(from));
        String body = marked.toString().stripIndent().strip();
        Optional<String> secret = Optional.empty();
        for (int n = 0; n < 100 && (secret = secrets.apply(body)).isPresent(); n++) {
            int at = body.indexOf(secret.get());
            locationValues.add(CellTranslator.parse("ctx.secret(" + JavaText.stringLiteral(secretKey(body, at))
                    + ").value()"));
            body = body.substring(0, at) + SECRET_MARK + (locationValues.size() - 1) + SECRET_MARK
                    + body.substring(at + secret.get().length());
        }
        List<Expression> values = new ArrayList<>();
        Map<String, Expression> named = new java.util.LinkedHashMap<>();
        StringBuilder template = new StringBuilder();
        Matcher pieces = PIECE.matcher(body);
        int last = 0;
        while (pieces.find()) {
            Expression value;
            if (pieces.group(1) != null && pieces.group(1).charAt(0) == SECRET_MARK) {
                value = locationValues.get(Integer.parseInt(pieces.group(2)));
                template.append(escapePercent(body.substring(last, pieces.start()))).append("%s");
            } else if (pieces.group(1) != null) {
                value = locationValues.get(Integer.parseInt(pieces.group(2)));
                template.append(escapePercent(body.substring(last, pieces.start()))).append("'%s'");
            } else {
                Optional<JobConfig.Field> field = config.forParameterName(pieces.group(3));
                if (field.isEmpty()) {
                    continue;
                }
                value = CellTranslator.parse(field.get().accessor());
                if (pieces.start() - 1 >= last && quotedValue(body, pieces.start(), pieces.end())) {
                    // a value in a SQL string literal ('${month}'): a named parameter, bound by Spark, not spliced in
                    String marker = field.get().field().name();
                    named.putIfAbsent(marker, value);
                    template.append(escapePercent(body.substring(last, pieces.start() - 1))).append(':').append(marker);
                    last = pieces.end() + 1;
                    continue;
                }
                template.append(escapePercent(body.substring(last, pieces.start()))).append("%s");
            }
            values.add(value);
            last = pieces.end();
        }
        if (values.isEmpty() && named.isEmpty()) {
            return new NodeList<>(literal(body));
        }
        template.append(escapePercent(body.substring(last)));
        String textOut = template.toString();
        NodeList<Expression> arguments = new NodeList<>(values.isEmpty()
                ? literal(textOut.replace("%%", "%"))
                : new MethodCallExpr(literal(textOut), "formatted", new NodeList<>(values)));
        if (!named.isEmpty()) {
            arguments.add(namedArguments(named));
        }
        return arguments;
    }

    private static Expression literal(String text) {
        return text.contains("\n") ? textBlock(text) : new StringLiteralExpr().setString(text);
    }

    /** Whether the piece at {@code [start, end)} is the whole of a single-quoted SQL string ({@code '${month}'}). */
    private static boolean quotedValue(String sql, int start, int end) {
        return start > 0 && end < sql.length() && sql.charAt(start - 1) == '\'' && sql.charAt(end) == '\''
                && (start < 2 || sql.charAt(start - 2) != '\\');
    }

    /** {@code Map.of("month", config.month())}: the values of the text's named parameters ({@code :month}). */
    private Expression namedArguments(Map<String, Expression> named) {
        return namedArguments(context, named);
    }

    /**
     * {@code Map.of("month", config.month())} ({@code Map.ofEntries} past ten): the named parameters of a
     * {@code spark.sql(text, args)} call, in the map's order.
     */
    static Expression namedArguments(TranslationContext context, Map<String, Expression> named) {
        String map = context.imports().use("java.util.Map");
        NodeList<Expression> pairs = new NodeList<>();
        if (named.size() <= 10) {
            named.forEach((name, value) -> {
                pairs.add(new StringLiteralExpr().setString(name));
                pairs.add(value);
            });
            return new MethodCallExpr(new NameExpr(map), "of", pairs);
        }
        named.forEach((name, value) -> pairs.add(new MethodCallExpr(new NameExpr(map), "entry",
                new NodeList<>(new StringLiteralExpr().setString(name), value))));
        return new MethodCallExpr(new NameExpr(map), "ofEntries", pairs);
    }

    /**
     * The secret scope key of a secret in SQL, named after what precedes it: {@code SET fs.azure.account.key.acct...=}
     * gives {@code fs-azure-account-key-acct-...}, {@code password '} gives {@code password}.
     */
    static String secretKey(String sql, int at) {
        Matcher name = Pattern.compile("([A-Za-z][A-Za-z0-9_.-]*)[^A-Za-z0-9]*$").matcher(sql.substring(0, at));
        String base = name.find() ? name.group(1) : "sql-secret";
        return base.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "")
                .toLowerCase(java.util.Locale.ROOT);
    }

    private static String escapePercent(String text) {
        return text.replace("%", "%%");
    }

    /** A text block whose lines keep their indentation relative to each other. */
    static TextBlockLiteralExpr textBlock(String text) {
        StringBuilder content = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String escaped = line.stripTrailing().replace("\\", "\\\\").replace("\"\"\"", "\\\"\"\"");
            content.append(escaped.isEmpty() ? "" : "    " + escaped).append('\n');
        }
        content.append("    ");
        return new TextBlockLiteralExpr(content.toString());
    }
}
