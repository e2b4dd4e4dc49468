package dev.nbmigrate.converter.translate.sql;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.parse.sql.SqlDetail;
import dev.nbmigrate.converter.parse.sql.TableName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser.ColTypeContext;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser.CreateFileFormatContext;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser.CreateTableClausesContext;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser.CreateTableContext;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser.CreateTableHeaderContext;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser.PartitionColumnContext;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser.PartitionFieldContext;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser.PartitionFieldListContext;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser.PropertyContext;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser.PropertyListContext;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser.RowFormatContext;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser.RowFormatDelimitedContext;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser.TableFileFormatContext;

/**
 * Rewrites a Hive {@code CREATE [EXTERNAL] TABLE} ({@code STORED AS}, {@code ROW FORMAT}, Hive's default text
 * format, typed {@code PARTITIONED BY} columns, Hive table properties) into a Spark data source table
 * ({@code USING ... OPTIONS (...)}) with the same columns, partitioning, location and meaning. Only the clauses that
 * change are edited; the rest of the statement keeps its text.
 */
final class CreateTableRewriter {

    /** Table option that keeps Hive's INSERT OVERWRITE semantics: only the partitions written are replaced. */
    static final String OVERWRITE_MODE_OPTION = "partitionOverwriteMode";

    private static final String HEADER_LINES = "skip.header.line.count";
    private static final String FOOTER_LINES = "skip.footer.line.count";
    private static final String NULL_FORMAT = "serialization.null.format";
    private static final List<String> FORMAT_PROPERTY_PREFIXES = List.of("parquet.", "orc.", "avro.");

    /** Whether the rewritten table was given {@link #OVERWRITE_MODE_OPTION} {@code 'dynamic'}. */
    record Result(Outcome outcome, boolean dynamicOverwrite) {
    }

    private CreateTableRewriter() {
    }

    static Result rewrite(SqlDetail.CreateTable detail, TableName table, SparkSyntax tree, Reporter report) {
        Optional<CreateTableContext> found = tree.first(CreateTableContext.class);
        if (found.isEmpty()) {
            return new Result(Outcome.keep(), false);
        }
        CreateTableContext create = found.get();
        if (detail.provider() != null) {
            if (detail.provider().equalsIgnoreCase("hive")) {
                report.add(Code.NBM262, "CREATE TABLE " + table + " USING hive needs Hive support: give the table a "
                        + "file format (USING parquet, orc, csv...)", 0);
                return new Result(Outcome.drop(), false);
            }
            return new Result(Outcome.keep(), false);
        }
        CreateTableHeaderContext header = create.createTableHeader();
        CreateTableClausesContext clauses = create.createTableClauses();
        String text = tree.text();

        String inputFormat = null;
        for (CreateFileFormatContext format : clauses.createFileFormat()) {
            if (format.storageHandler() != null) {
                report.add(Code.NBM262, "CREATE TABLE " + table + " STORED BY a Hive storage handler has no Spark "
                        + "equivalent", tree.start(format));
                return new Result(Outcome.drop(), false);
            }
            if (format.fileFormat() instanceof TableFileFormatContext classes) {
                inputFormat = SparkSyntax.stringValue(classes.inFmt);
            }
        }
        Map<String, String> serdeProperties = new LinkedHashMap<>(detail.serdeProperties());
        Map<String, PropertyContext> properties = properties(clauses.tableProps);
        if ("true".equalsIgnoreCase(value(properties.get("transactional")))) {
            report.add(Code.NBM262, "CREATE TABLE " + table + " is a Hive transactional (ACID) table; Spark data "
                    + "source tables are not transactional: use a Delta table on Databricks", 0);
            return new Result(Outcome.drop(), false);
        }
        for (RowFormatContext rowFormat : clauses.rowFormat()) {
            // Spark's plan leaves out NULL DEFINED AS; the grammar has it.
            if (rowFormat instanceof RowFormatDelimitedContext delimited && delimited.nullDefinedAs != null) {
                serdeProperties.put(NULL_FORMAT, SparkSyntax.stringValue(delimited.nullDefinedAs));
            }
        }
        if (properties.containsKey(NULL_FORMAT)) {
            serdeProperties.put(NULL_FORMAT, value(properties.get(NULL_FORMAT)));
        }
        boolean noFormat = detail.storedAs() == null && detail.serde() == null && inputFormat == null
                && detail.serdeProperties().isEmpty();
        HiveFormats.Resolution resolution = noFormat && detail.location() == null
                ? HiveFormats.managedDefault()
                : HiveFormats.resolve(detail.storedAs(), detail.serde(), inputFormat, serdeProperties);
        if (resolution.dataSource().isEmpty()) {
            report.add(Code.NBM262, "CREATE TABLE " + table + ": " + resolution.unsupported(), 0);
            return new Result(Outcome.drop(), false);
        }
        HiveFormats.DataSource source = resolution.dataSource().get();
        List<String> notes = new ArrayList<>(source.notes());
        if (noFormat && detail.location() != null) {
            notes.add(0, "the files at LOCATION are in Hive's default format, text with \\u0001 between fields");
        }

        TextEdits edits = new TextEdits(text);
        Map<String, String> options = new LinkedHashMap<>(source.options());

        // EXTERNAL: in Spark a table with LOCATION is external; without one, Spark refuses EXTERNAL.
        TerminalNode external = header.EXTERNAL();
        if (external != null) {
            edits.replace(tree.start(external.getSymbol()), tree.start(header.TABLE().getSymbol()), "");
            if (detail.location() == null) {
                notes.add("EXTERNAL without LOCATION becomes a managed table: DROP TABLE deletes its files");
            }
        }

        // Hive table properties: format properties become options, text header/footer counts are checked.
        List<String> kept = new ArrayList<>();
        for (Map.Entry<String, PropertyContext> entry : properties.entrySet()) {
            String key = entry.getKey();
            String value = value(entry.getValue());
            int at = tree.start(entry.getValue());
            if (key.equalsIgnoreCase("EXTERNAL") || key.equals(NULL_FORMAT) && source.isText()) {
                continue;
            }
            if (key.equals(HEADER_LINES) && source.isText()) {
                if (value.strip().equals("1")) {
                    options.put("header", "true");
                } else if (!value.strip().equals("0")) {
                    report.add(Code.NBM263, "TBLPROPERTIES '" + HEADER_LINES + "'='" + value + "' of " + table
                            + ": the csv source skips at most one header line", at);
                }
                continue;
            }
            if (key.equals(FOOTER_LINES) && source.isText()) {
                if (!value.strip().equals("0")) {
                    report.add(Code.NBM263, "TBLPROPERTIES '" + FOOTER_LINES + "'='" + value + "' of " + table
                            + ": the csv source cannot skip footer lines", at);
                }
                continue;
            }
            if (FORMAT_PROPERTY_PREFIXES.stream().anyMatch(key.toLowerCase(Locale.ROOT)::startsWith)) {
                options.put(key, value);
                continue;
            }
            kept.add(tree.source(entry.getValue()));
        }
        if (clauses.tableProps != null && kept.size() < properties.size()) {
            PropertyListContext list = clauses.tableProps;
            if (kept.isEmpty()) {
                edits.removeWithLeadingBlanks(tree.start(clauses.TBLPROPERTIES(0).getSymbol()), tree.end(list));
            } else {
                edits.replace(tree.start(list), tree.end(list), "(" + String.join(", ", kept) + ")");
            }
        }

        // Hive's typed partition columns move into the column list; PARTITIONED BY keeps their names.
        boolean partitioned = clauses.partitioning != null;
        if (partitioned) {
            moveTypedPartitionColumns(create, clauses.partitioning, tree, edits, notes);
            options.put(OVERWRITE_MODE_OPTION, "dynamic");
            notes.add("option partitionOverwriteMode 'dynamic' keeps Hive's INSERT OVERWRITE, which replaces only the "
                    + "partitions written");
        }

        // STORED AS and ROW FORMAT go; USING (and OPTIONS) follow the column list, where Spark's grammar wants them.
        for (RowFormatContext rowFormat : clauses.rowFormat()) {
            edits.removeWithLeadingBlanks(tree.start(rowFormat), tree.end(rowFormat));
        }
        for (CreateFileFormatContext format : clauses.createFileFormat()) {
            edits.removeWithLeadingBlanks(tree.start(format), tree.end(format));
        }
        int anchor = create.RIGHT_PAREN() != null ? tree.end(create.RIGHT_PAREN().getSymbol()) : tree.end(header);
        edits.insert(anchor, separator(text, anchor) + using(source.provider(), options));

        String rewritten = edits.apply();
        String what = describeStorage(detail, inputFormat);
        report.add(Code.NBM260, "Hive table " + table + " (" + what + ") rewritten to USING " + source.provider()
                + (notes.isEmpty() ? "" : ": " + String.join("; ", notes)), 0);
        return new Result(Outcome.rewrite(rewritten), partitioned);
    }

    private static void moveTypedPartitionColumns(CreateTableContext create, PartitionFieldListContext partitioning,
                                                  SparkSyntax tree, TextEdits edits, List<String> notes) {
        List<ColTypeContext> typed = new ArrayList<>();
        for (PartitionFieldContext field : partitioning.partitionField()) {
            if (field instanceof PartitionColumnContext column) {
                typed.add(column.colType());
            }
        }
        if (typed.isEmpty() || create.RIGHT_PAREN() == null) {
            return;
        }
        ParserRuleContext lastColumn = lastColumn(create);
        String text = tree.text();
        boolean multiLine = SqlText.hasLineBreak(text, tree.start(create.LEFT_PAREN().getSymbol()),
                tree.start(create.RIGHT_PAREN().getSymbol()));
        String separator = multiLine ? ",\n" + SqlText.indentOfLine(text, tree.start(lastColumn)) : ", ";
        StringBuilder moved = new StringBuilder();
        List<String> names = new ArrayList<>();
        for (ColTypeContext column : typed) {
            moved.append(separator).append(tree.source(column));
            edits.replace(tree.start(column), tree.end(column), tree.source(column.colName));
            names.add(tree.source(column.colName));
        }
        edits.insert(tree.end(lastColumn), moved.toString());
        notes.add("partition column" + (names.size() > 1 ? "s " : " ") + String.join(", ", names)
                + " moved to the end of the column list, where Hive kept " + (names.size() > 1 ? "them" : "it"));
    }

    /** The last column definition of the column list (the list rule differs between Spark 3.5 and 4.0). */
    private static ParserRuleContext lastColumn(CreateTableContext create) {
        ParseTree list = null;
        for (int i = 0; i < create.getChildCount(); i++) {
            if (create.getChild(i) == create.RIGHT_PAREN()) {
                list = create.getChild(i - 1);
            }
        }
        ParserRuleContext last = (ParserRuleContext) list;
        for (int i = last.getChildCount() - 1; i >= 0; i--) {
            if (last.getChild(i) instanceof ParserRuleContext column) {
                return column;
            }
        }
        return last;
    }

    /** A line break and the indent of the anchor's line if the clause after it starts a new line, else a space. */
    private static String separator(String text, int anchor) {
        int next = anchor;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next < text.length() && SqlText.hasLineBreak(text, anchor, next)) {
            return "\n" + SqlText.indentOfLine(text, anchor - 1);
        }
        return " ";
    }

    private static String using(String provider, Map<String, String> options) {
        StringBuilder out = new StringBuilder("USING ").append(provider);
        if (!options.isEmpty()) {
            List<String> pairs = new ArrayList<>();
            options.forEach((key, value) -> pairs.add(SqlText.key(key) + " " + SqlText.literal(value)));
            out.append(" OPTIONS (").append(String.join(", ", pairs)).append(')');
        }
        return out.toString();
    }

    private static String describeStorage(SqlDetail.CreateTable detail, String inputFormat) {
        if (detail.serde() != null) {
            return "ROW FORMAT SERDE '" + detail.serde() + "'";
        }
        if (detail.storedAs() != null) {
            return (detail.serdeProperties().isEmpty() ? "" : "ROW FORMAT DELIMITED, ") + "STORED AS " + detail.storedAs();
        }
        if (inputFormat != null) {
            return "STORED AS INPUTFORMAT '" + inputFormat + "'";
        }
        return detail.serdeProperties().isEmpty() ? "no format: Hive's default" : "ROW FORMAT DELIMITED";
    }

    /** The properties by key (as Spark reads the key), in written order. */
    private static Map<String, PropertyContext> properties(PropertyListContext list) {
        Map<String, PropertyContext> out = new LinkedHashMap<>();
        if (list != null) {
            for (PropertyContext property : list.property()) {
                out.put(literalOrText(property.key), property);
            }
        }
        return out;
    }

    private static String value(PropertyContext property) {
        if (property == null) {
            return null;
        }
        return property.value == null ? "" : literalOrText(property.value);
    }

    private static String literalOrText(ParserRuleContext node) {
        String raw = node.getText();
        return raw.startsWith("'") || raw.startsWith("\"") ? SparkSyntax.stringValue(node) : raw;
    }
}
