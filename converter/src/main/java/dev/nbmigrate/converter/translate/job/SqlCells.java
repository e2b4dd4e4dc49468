package dev.nbmigrate.converter.translate.job;

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

/**
 * SQL cells ({@code %%sql}, {@code %sql}, {@code %livy2.sql}) as Java: each statement one {@code spark.sql(...)} call
 * with the SQL in a text block; a query only looked at becomes a DEBUG inspection; job parameters in the text
 * (Zeppelin forms {@code ${month=2024-03}}) and storage locations ({@code LOCATION 'wasbs://...'}) become values
 * filled in with {@code formatted(...)}, the locations through the job's path resolver.
 */
final class SqlCells {

    /** A Zeppelin form or a variable reference: {@code ${name}} or {@code ${name=default}}. */
    private static final Pattern FORM = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_.]*)(=[^}]*)?}");
    /** A storage location literal of DDL. */
    private static final Pattern LOCATION = Pattern.compile("(?i)(\\bLOCATION\\s+)'([^']*)'");

    private final TranslationContext context;
    private final JobConfig config;
    private final SqlParser parser = new SqlParser(SqlSettings.LEGACY);

    SqlCells(TranslationContext context, JobConfig config) {
        this.context = context;
        this.config = config;
    }

    void translate(ClassifiedCell cell, SourceRef ref, Block block) {
        Optional<SqlMagic> magic = cell.magic(SqlMagic.class);
        SqlScript script = parser.parse(cell.code().text(), ref, Map.of());
        for (SqlStatement statement : script.statements()) {
            if (!statement.ok()) {
                String message = "Spark's parser refuses the SQL: " + statement.error().get().message();
                context.report(Code.NBM104, Span.at(statement.line(), statement.column()), message);
                block.comment("TODO(" + Code.NBM104.id() + "): " + message);
                block.add(CellTranslator.fail(Code.NBM104, "cell " + ref.cell() + ", line " + statement.line(), message));
                continue;
            }
            Expression sql = new MethodCallExpr(new NameExpr("spark"), "sql", new NodeList<>(text(statement.text())));
            if (statement.kind() == SqlKind.QUERY) {
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

    /** The Java text of one statement: a literal or text block, with parameters and locations filled in. */
    Expression text(String sql) {
        String body = sql.stripIndent().strip();
        List<Expression> values = new ArrayList<>();
        StringBuilder template = new StringBuilder();
        Matcher forms = FORM.matcher(body);
        int last = 0;
        List<Object> pieces = new ArrayList<>();
        while (forms.find()) {
            Optional<JobConfig.Field> field = config.forParameterName(forms.group(1));
            if (field.isEmpty()) {
                continue;
            }
            pieces.add(body.substring(last, forms.start()));
            pieces.add(CellTranslator.parse(field.get().accessor()));
            last = forms.end();
        }
        pieces.add(body.substring(last));
        for (Object piece : pieces) {
            if (piece instanceof Expression value) {
                template.append("%s");
                values.add(value);
                continue;
            }
            String text = (String) piece;
            Matcher locations = LOCATION.matcher(text);
            int from = 0;
            while (locations.find()) {
                template.append(escapePercent(text.substring(from, locations.start()))).append(locations.group(1))
                        .append("'%s'");
                values.add(new MethodCallExpr(new NameExpr("ctx"), "path",
                        new NodeList<>(new StringLiteralExpr().setString(locations.group(2)))));
                from = locations.end();
            }
            template.append(escapePercent(text.substring(from)));
        }
        String textOut = values.isEmpty() ? body : template.toString();
        Expression literal = textOut.contains("\n") ? textBlock(textOut) : new StringLiteralExpr().setString(textOut);
        return values.isEmpty() ? literal : new MethodCallExpr(literal, "formatted", new NodeList<>(values));
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
