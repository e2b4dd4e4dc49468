package dev.nbmigrate.converter.read;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Zeppelin interpreters nbmigrate knows, as a table from the name written after {@code %} to the language and
 * context of the paragraph, and the parsing of a paragraph's interpreter prefix.
 *
 * <p>HDInsight 3.6 used {@code %livy}, HDInsight 4 and 5 use {@code %livy2}; a group name alone ({@code %livy2},
 * {@code %spark}) means the group's default interpreter, which is Scala.
 */
public final class ZeppelinInterpreters {

    /**
     * One interpreter.
     *
     * @param name          the name as written after {@code %}, e.g. {@code livy2.pyspark}
     * @param language      the language of paragraphs it runs
     * @param context       where they run
     * @param pythonVersion the Python the interpreter forces ({@code pyspark3}: 3), else {@link PythonVersion#NOT_PYTHON}
     *                      for non-Python interpreters, or null when it depends on the cluster
     */
    public record Interpreter(String name, Language language, ExecutionContext context, PythonVersion pythonVersion) {
    }

    /**
     * An interpreter prefix found at the start of a paragraph.
     *
     * @param name       the interpreter name, lower case, e.g. {@code livy2.sql}
     * @param properties the text inside parentheses after the name ({@code %jdbc(hive)}: {@code hive}), or empty
     * @param line       the 1-based line of the paragraph holding the prefix
     * @param endColumn  the 0-based column just after the prefix on that line
     */
    public record Prefix(String name, String properties, int line, int endColumn) {
    }

    private static final Map<String, Interpreter> TABLE = table(
            row("livy2", Language.SCALA, ExecutionContext.LIVY, PythonVersion.NOT_PYTHON),
            row("livy2.spark", Language.SCALA, ExecutionContext.LIVY, PythonVersion.NOT_PYTHON),
            row("livy2.pyspark", Language.PYTHON, ExecutionContext.LIVY, null),
            row("livy2.pyspark3", Language.PYTHON, ExecutionContext.LIVY, PythonVersion.PYTHON_3),
            row("livy2.sql", Language.SQL, ExecutionContext.LIVY, PythonVersion.NOT_PYTHON),
            row("livy2.sparkr", Language.R, ExecutionContext.LIVY, PythonVersion.NOT_PYTHON),
            row("livy", Language.SCALA, ExecutionContext.LIVY, PythonVersion.NOT_PYTHON),
            row("livy.spark", Language.SCALA, ExecutionContext.LIVY, PythonVersion.NOT_PYTHON),
            row("livy.pyspark", Language.PYTHON, ExecutionContext.LIVY, null),
            row("livy.pyspark3", Language.PYTHON, ExecutionContext.LIVY, PythonVersion.PYTHON_3),
            row("livy.sql", Language.SQL, ExecutionContext.LIVY, PythonVersion.NOT_PYTHON),
            row("livy.sparkr", Language.R, ExecutionContext.LIVY, PythonVersion.NOT_PYTHON),
            row("spark", Language.SCALA, ExecutionContext.ZEPPELIN_SPARK, PythonVersion.NOT_PYTHON),
            row("spark.spark", Language.SCALA, ExecutionContext.ZEPPELIN_SPARK, PythonVersion.NOT_PYTHON),
            row("spark.pyspark", Language.PYTHON, ExecutionContext.ZEPPELIN_SPARK, null),
            row("pyspark", Language.PYTHON, ExecutionContext.ZEPPELIN_SPARK, null),
            row("spark.sql", Language.SQL, ExecutionContext.ZEPPELIN_SPARK, PythonVersion.NOT_PYTHON),
            row("sql", Language.SQL, ExecutionContext.ZEPPELIN_SPARK, PythonVersion.NOT_PYTHON),
            row("spark.r", Language.R, ExecutionContext.ZEPPELIN_SPARK, PythonVersion.NOT_PYTHON),
            row("r", Language.R, ExecutionContext.ZEPPELIN_SPARK, PythonVersion.NOT_PYTHON),
            row("md", Language.MARKDOWN, ExecutionContext.NOTEBOOK_SERVER, PythonVersion.NOT_PYTHON),
            row("markdown", Language.MARKDOWN, ExecutionContext.NOTEBOOK_SERVER, PythonVersion.NOT_PYTHON),
            row("sh", Language.SHELL, ExecutionContext.NOTEBOOK_SERVER, PythonVersion.NOT_PYTHON),
            row("python", Language.PYTHON, ExecutionContext.NOTEBOOK_SERVER, null),
            row("ipython", Language.PYTHON, ExecutionContext.NOTEBOOK_SERVER, null),
            row("python.python", Language.PYTHON, ExecutionContext.NOTEBOOK_SERVER, null));

    /** {@code %name} or {@code %name(properties)} followed by whitespace or the end of the text. */
    private static final Pattern PREFIX = Pattern.compile("%([A-Za-z][\\w.\\-]*)(?:\\(([^)\\n]*)\\))?(?=\\s|$)");

    /** HDInsight's Zeppelin binds {@code livy2} as the default interpreter group. */
    public static final String HDINSIGHT_DEFAULT_GROUP = "livy2";

    private ZeppelinInterpreters() {
    }

    /** The interpreter with that name (case-insensitive), if nbmigrate knows it. */
    public static Optional<Interpreter> lookup(String name) {
        return Optional.ofNullable(TABLE.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * The interpreter prefix of a paragraph's text, if it starts with one (after blank lines and indentation), as
     * Zeppelin reads it.
     */
    public static Optional<Prefix> prefix(String text) {
        int offset = 0;
        int line = 1;
        while (offset < text.length() && Character.isWhitespace(text.charAt(offset))) {
            if (text.charAt(offset) == '\n') {
                line++;
            }
            offset++;
        }
        Matcher matcher = PREFIX.matcher(text);
        if (!matcher.find(offset) || matcher.start() != offset) {
            return Optional.empty();
        }
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        String properties = matcher.group(2) == null ? "" : matcher.group(2).strip();
        return Optional.of(new Prefix(matcher.group(1).toLowerCase(Locale.ROOT), properties, line,
                matcher.end() - lineStart));
    }

    private static Interpreter row(String name, Language language, ExecutionContext context, PythonVersion python) {
        return new Interpreter(name, language, context, python);
    }

    private static Map<String, Interpreter> table(Interpreter... rows) {
        TreeMap<String, Interpreter> table = new TreeMap<>();
        for (Interpreter row : rows) {
            table.put(row.name(), row);
        }
        return Collections.unmodifiableMap(table);
    }
}
