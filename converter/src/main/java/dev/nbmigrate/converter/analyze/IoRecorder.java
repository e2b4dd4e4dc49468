package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.analyze.IoAccess.Direction;
import dev.nbmigrate.converter.analyze.IoAccess.Target;
import dev.nbmigrate.converter.analyze.IoAccess.Via;
import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.types.JavaObjectType;
import dev.nbmigrate.converter.types.MlType;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.SparkObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lineage from Python: follows {@code DataFrameReader}/{@code DataFrameWriter} builder chains
 * ({@code format}, {@code mode}, {@code option}, {@code partitionBy}) to their terminal call and records the
 * read or write; also tables ({@code spark.table}), temporary views, the RDD API, ML model persistence and pandas.
 * Inside a function's definition pass nothing is recorded: the reads and writes are attributed to each call site.
 */
final class IoRecorder {

    private static final Set<String> FILE_FORMATS = Set.of("csv", "json", "parquet", "orc", "text", "avro", "xml");
    private static final Set<String> TEMP_VIEWS = Set.of("createOrReplaceTempView", "createTempView",
            "registerTempTable", "createGlobalTempView", "createOrReplaceGlobalTempView");
    private static final Set<String> V2_TERMINALS = Set.of("append", "create", "replace", "createOrReplace",
            "overwrite", "overwritePartitions");
    private static final Map<String, String> RDD_SOURCES = Map.of("textFile", "text", "wholeTextFiles", "text",
            "binaryFiles", "binary", "binaryRecords", "binary", "pickleFile", "pickle", "sequenceFile", "sequence",
            "objectFile", "pickle", "hadoopFile", "hadoop", "newAPIHadoopFile", "hadoop");
    private static final Map<String, String> RDD_SINKS = Map.of("saveAsTextFile", "text", "saveAsPickleFile",
            "pickle", "saveAsSequenceFile", "sequence", "saveAsHadoopFile", "hadoop", "saveAsNewAPIHadoopFile",
            "hadoop");
    private static final Map<String, String> PANDAS_READS = Map.of("read_csv", "csv", "read_parquet", "parquet",
            "read_json", "json", "read_excel", "excel", "read_table", "csv", "read_orc", "orc", "read_pickle",
            "pickle");
    private static final Map<String, String> PANDAS_WRITES = Map.of("to_csv", "csv", "to_parquet", "parquet",
            "to_json", "json", "to_excel", "excel", "to_pickle", "pickle", "to_orc", "orc");
    private static final Pattern SAS_QUERY = Pattern.compile("\\?[^?]*\\bsig=.*$");
    private static final Pattern JDBC_PASSWORD = Pattern.compile("(?i)((?:password|pwd)\\s*=)[^;&]*");
    private static final Pattern JDBC_USERINFO = Pattern.compile("(//[^/:@\\s]+):[^@/\\s]+@");

    private final AnalysisState state;

    IoRecorder(AnalysisState state) {
        this.state = state;
    }

    /** {@code spark.read}, {@code df.write}: the start of a builder chain. */
    Eval onAttribute(Eval result) {
        PyType type = PyTypes.strip(result.type());
        if (type == SparkObject.DATAFRAME_READER || type == SparkObject.DATAFRAME_WRITER) {
            return result.withChain(IoChain.EMPTY);
        }
        return result;
    }

    /**
     * A call on an API object: a builder call gives the result its chain; a terminal call is recorded. Returns the
     * result, with its chain when it has one.
     */
    Eval onCall(Eval receiver, String member, CallArgs args, Eval result, PyExpr call, Location at, Frame frame) {
        PyType type = PyTypes.strip(receiver.type());
        IoChain chain = receiver.chain() == null ? IoChain.EMPTY : receiver.chain();
        if (type == SparkObject.DATAFRAME_READER) {
            return reader(chain, member, args, result, call, at, frame);
        }
        if (type == SparkObject.DATAFRAME_WRITER) {
            return writer(chain, member, args, result, call, at, frame);
        }
        if (type == SparkObject.DATAFRAME_WRITER_V2 || isTableWriter(type)) {
            return writerV2(chain, member, args, result, call, at, frame);
        }
        if (type == SparkObject.DATAFRAME) {
            if (member.equals("writeTo") && args.size() > 0) {
                return result.withChain(IoChain.EMPTY.withTable(describe(args.arg(0, "table"),
                        args.argExpr(0, "table"), frame)));
            }
            if (TEMP_VIEWS.contains(member)) {
                registerView(args.text(0, "name"));
            }
            return result;
        }
        if ((type == SparkObject.SPARK_SESSION || type == SparkObject.SQL_CONTEXT) && member.equals("table")) {
            table(Direction.SOURCE, args.arg(0, "tableName"), args.argExpr(0, "tableName"), "table", "", "", call,
                    at, frame);
            return result;
        }
        if (type == SparkObject.SQL_CONTEXT && member.equals("registerDataFrameAsTable")) {
            registerView(args.text(1, "tableName"));
            return result;
        }
        if (type == SparkObject.SPARK_CONTEXT && RDD_SOURCES.containsKey(member)) {
            path(Direction.SOURCE, args.arg(0, "name"), args.argExpr(0, "name"), RDD_SOURCES.get(member), Via.RDD,
                    "", "", call, at, frame);
            return result;
        }
        if (type == SparkObject.RDD && RDD_SINKS.containsKey(member)) {
            path(Direction.SINK, args.arg(0, "path"), args.argExpr(0, "path"), RDD_SINKS.get(member), Via.RDD, "",
                    "", call, at, frame);
            return result;
        }
        if (type instanceof MlType || isMlWriter(type)) {
            if (member.equals("write")) {
                return result.withChain(IoChain.EMPTY);
            }
            if (member.equals("overwrite")) {
                return result.withChain(chain.withMode("overwrite"));
            }
            if (member.equals("save")) {
                path(Direction.SINK, args.arg(0, "path"), args.argExpr(0, "path"), "ml-model", Via.ML,
                        chain.mode() == null ? "" : chain.mode(), "", call, at, frame);
            }
            return result;
        }
        if (type instanceof dev.nbmigrate.converter.types.ClassObjectType cls && cls.qualname().startsWith("pyspark.ml")
                && member.equals("load")) {
            path(Direction.SOURCE, args.arg(0, "path"), args.argExpr(0, "path"), "ml-model", Via.ML, "", "", call,
                    at, frame);
        }
        return result;
    }

    /** {@code pd.read_csv(path)} and friends. */
    void onPandasRead(String function, CallArgs args, PyExpr call, Location at, Frame frame) {
        String format = PANDAS_READS.get(function);
        if (format != null) {
            path(Direction.SOURCE, args.arg(0, "filepath_or_buffer"), args.argExpr(0, "filepath_or_buffer"), format,
                    Via.PANDAS, "", "", call, at, frame);
        }
    }

    /** {@code pdf.to_csv(path)} and friends. */
    void onPandasWrite(String method, CallArgs args, PyExpr call, Location at, Frame frame) {
        String format = PANDAS_WRITES.get(method);
        if (format != null && args.arg(0, "path_or_buf") != null) {
            path(Direction.SINK, args.arg(0, "path_or_buf"), args.argExpr(0, "path_or_buf"), format, Via.PANDAS, "",
                    "", call, at, frame);
        }
    }

    /** Spark 3.5's {@code DataFrameWriterV2.using(...)} returns the {@code CreateTableWriter} interface. */
    private static boolean isTableWriter(PyType type) {
        return type instanceof JavaObjectType j && j.javaClass().equals("org.apache.spark.sql.CreateTableWriter");
    }

    private static boolean isMlWriter(PyType type) {
        return type instanceof JavaObjectType j && (j.javaClass().endsWith("MLWriter")
                || j.javaClass().endsWith("GeneralMLWriter"));
    }

    private Eval reader(IoChain chain, String member, CallArgs args, Eval result, PyExpr call, Location at,
                        Frame frame) {
        switch (member) {
            case "format":
                return result.withChain(chain.withFormat(lower(args.text(0, "source"))));
            case "option":
                return result.withChain(option(chain, args));
            case "options":
                return result.withChain(chain.withOptions(keywordTexts(args)));
            case "schema":
                return result.withChain(chain);
            case "table":
                table(Direction.SOURCE, args.arg(0, "tableName"), args.argExpr(0, "tableName"), "table", "", "",
                        call, at, frame);
                return result;
            case "jdbc":
                jdbc(Direction.SOURCE, args.text(0, "url"), describe(args.arg(1, "table"), args.argExpr(1, "table"),
                        frame), "", call, at, frame);
                return result;
            case "load": {
                String format = firstNonNull(lower(args.text(-1, "format")), chain.format(), "parquet");
                IoChain withOptions = chain.withOptions(keywordTexts(args));
                if (format.equals("jdbc")) {
                    jdbc(Direction.SOURCE, withOptions.options().get("url"), jdbcTable(withOptions), "", call, at,
                            frame);
                } else {
                    Eval location = args.arg(0, "path");
                    if (location == null && withOptions.options().containsKey("path")) {
                        location = Eval.constant(dev.nbmigrate.converter.types.ScalarType.STR,
                                new ConstantValue.Str(withOptions.options().get("path")), null);
                    }
                    if (location != null) {
                        path(Direction.SOURCE, location, args.argExpr(0, "path"), format, Via.DATAFRAME, "", "",
                                call, at, frame);
                    }
                }
                return result;
            }
            default:
                if (FILE_FORMATS.contains(member)) {
                    String name = member.equals("parquet") ? "paths" : member.equals("text") ? "paths" : "path";
                    if (member.equals("parquet") && args.size() > 1) {
                        for (int i = 0; i < args.size(); i++) {
                            path(Direction.SOURCE, args.positional().get(i), args.positionalExprs().get(i), member,
                                    Via.DATAFRAME, "", "", call, at, frame);
                        }
                    } else {
                        path(Direction.SOURCE, args.arg(0, name), args.argExpr(0, name), member, Via.DATAFRAME, "",
                                "", call, at, frame);
                    }
                }
                return result;
        }
    }

    private Eval writer(IoChain chain, String member, CallArgs args, Eval result, PyExpr call, Location at,
                        Frame frame) {
        switch (member) {
            case "format":
                return result.withChain(chain.withFormat(lower(args.text(0, "source"))));
            case "mode":
                return result.withChain(chain.withMode(lower(args.text(0, "saveMode"))));
            case "option":
                return result.withChain(option(chain, args));
            case "options":
                return result.withChain(chain.withOptions(keywordTexts(args)));
            case "partitionBy":
                return result.withChain(chain.withPartitionBy(texts(args)));
            case "bucketBy", "sortBy":
                return result.withChain(chain);
            case "saveAsTable": {
                IoChain done = terminalKeywords(chain, args);
                table(Direction.SINK, args.arg(0, "name"), args.argExpr(0, "name"), firstNonNull(done.format(),
                        "table"), nonNull(done.mode()), partitionDetail(done), call, at, frame);
                return result;
            }
            case "insertInto": {
                Eval overwrite = args.arg(1, "overwrite");
                boolean over = overwrite != null && Boolean.TRUE.equals(ConstantFolder.truth(overwrite.constant()));
                String mode = over ? "overwrite" : firstNonNull(chain.mode(), "append");
                table(Direction.SINK, args.arg(0, "tableName"), args.argExpr(0, "tableName"), "table", mode,
                        "insertInto matches columns by position", call, at, frame);
                return result;
            }
            case "jdbc": {
                IoChain done = terminalKeywords(chain, args);
                jdbc(Direction.SINK, args.text(0, "url"), describe(args.arg(1, "table"), args.argExpr(1, "table"),
                        frame), nonNull(done.mode()), call, at, frame);
                return result;
            }
            case "save": {
                IoChain done = terminalKeywords(chain, args);
                String format = firstNonNull(done.format(), "parquet");
                if (format.equals("jdbc")) {
                    jdbc(Direction.SINK, done.options().get("url"), jdbcTable(done), nonNull(done.mode()), call, at,
                            frame);
                } else if (args.arg(0, "path") != null) {
                    path(Direction.SINK, args.arg(0, "path"), args.argExpr(0, "path"), format, Via.DATAFRAME,
                            nonNull(done.mode()), partitionDetail(done), call, at, frame);
                } else if (done.options().containsKey("path")) {
                    path(Direction.SINK, Eval.constant(dev.nbmigrate.converter.types.ScalarType.STR,
                                    new ConstantValue.Str(done.options().get("path")), null), null, format,
                            Via.DATAFRAME, nonNull(done.mode()), partitionDetail(done), call, at, frame);
                }
                return result;
            }
            default:
                if (FILE_FORMATS.contains(member)) {
                    IoChain done = terminalKeywords(chain, args);
                    path(Direction.SINK, args.arg(0, "path"), args.argExpr(0, "path"), member, Via.DATAFRAME,
                            nonNull(done.mode()), partitionDetail(done), call, at, frame);
                }
                return result;
        }
    }

    private Eval writerV2(IoChain chain, String member, CallArgs args, Eval result, PyExpr call, Location at,
                          Frame frame) {
        if (member.equals("using")) {
            return result.withChain(chain.withFormat(lower(args.text(0, "provider"))));
        }
        if (member.equals("option")) {
            return result.withChain(option(chain, args));
        }
        if (member.equals("partitionedBy")) {
            return result.withChain(chain.withPartitionBy(texts(args)));
        }
        if (V2_TERMINALS.contains(member) && chain.table() != null) {
            Eval table = Eval.constant(dev.nbmigrate.converter.types.ScalarType.STR,
                    new ConstantValue.Str(chain.table()), null);
            table(Direction.SINK, table, null, firstNonNull(chain.format(), "table"),
                    member.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT), partitionDetail(chain), call, at,
                    frame);
            return result;
        }
        return result.withChain(chain);
    }

    /** {@code mode=}, {@code format=}, {@code partitionBy=} and option keywords given to a terminal call. */
    private static IoChain terminalKeywords(IoChain chain, CallArgs args) {
        IoChain done = chain;
        for (int i = 0; i < args.keywordNames().size(); i++) {
            String name = args.keywordNames().get(i);
            Eval value = args.keywords().get(i);
            String text = value.constant() == null ? null : value.constant().str();
            switch (name) {
                case "mode" -> done = text == null ? done : done.withMode(lower(text));
                case "format" -> done = text == null ? done : done.withFormat(lower(text));
                case "partitionBy" -> done = done.withPartitionBy(value.constant() instanceof ConstantValue.Sequence s
                        ? s.elements().stream().map(ConstantValue::str).toList()
                        : text == null ? List.of() : List.of(text));
                case "path", "name", "tableName", "table", "url", "properties" -> {
                }
                default -> done = text == null ? done : done.withOption(name, text);
            }
        }
        return done;
    }

    private static IoChain option(IoChain chain, CallArgs args) {
        String key = args.text(0, "key");
        Eval value = args.arg(1, "value");
        if (key == null || value == null || value.constant() == null) {
            return chain;
        }
        return chain.withOption(key, value.constant().str());
    }

    private static Map<String, String> keywordTexts(CallArgs args) {
        Map<String, String> out = new java.util.TreeMap<>();
        for (int i = 0; i < args.keywordNames().size(); i++) {
            ConstantValue value = args.keywords().get(i).constant();
            if (value != null) {
                out.put(args.keywordNames().get(i), value.str());
            }
        }
        return out;
    }

    private static List<String> texts(CallArgs args) {
        List<String> out = new ArrayList<>();
        for (Eval value : args.positional()) {
            if (value.constant() instanceof ConstantValue.Sequence s) {
                s.elements().forEach(e -> out.add(e.str()));
            } else if (value.constant() != null) {
                out.add(value.constant().str());
            }
        }
        return out;
    }

    private static String jdbcTable(IoChain chain) {
        String table = chain.options().get("dbtable");
        if (table != null) {
            return table;
        }
        String query = chain.options().get("query");
        return query == null ? "" : "(query)";
    }

    private static String partitionDetail(IoChain chain) {
        return chain.partitionBy().isEmpty() ? "" : "partitioned by " + String.join(", ", chain.partitionBy());
    }

    private void registerView(String name) {
        if (name != null) {
            state.tempViews.add(name.toLowerCase(Locale.ROOT));
        }
    }

    /** True when {@code name} is a temporary view the notebook registered (or a global temp view). */
    boolean isTempView(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return state.tempViews.contains(lower) || lower.startsWith("global_temp.");
    }

    // ------------------------------------------------------------------------------------------- recording

    private void path(Direction direction, Eval value, PyExpr expr, String format, Via via, String mode, String detail,
                      PyExpr call, Location at, Frame frame) {
        if (value == null) {
            return;
        }
        if (value.constant() instanceof ConstantValue.Sequence sequence) {
            for (ConstantValue element : sequence.elements()) {
                add(direction, Target.PATH, format, sanitize(element.str()), via, mode, null, detail, call, at, frame);
            }
            return;
        }
        add(direction, Target.PATH, format, describe(value, expr, frame), via, mode, value.parameter(), detail, call,
                at, frame);
    }

    private void table(Direction direction, Eval value, PyExpr expr, String format, String mode, String detail,
                       PyExpr call, Location at, Frame frame) {
        if (value == null) {
            return;
        }
        String name = describe(value, expr, frame);
        if (value.constant() instanceof ConstantValue.Str && isTempView(name)) {
            return;
        }
        add(direction, Target.TABLE, format, name, Via.DATAFRAME, mode, value.parameter(), detail, call, at, frame);
    }

    private void jdbc(Direction direction, String url, String table, String mode, PyExpr call, Location at,
                      Frame frame) {
        add(direction, Target.JDBC, "jdbc", url == null ? "{url}" : sanitize(url), Via.DATAFRAME, mode, null,
                table == null || table.isEmpty() ? "" : "table " + table, call, at, frame);
    }

    /** Records one access from SQL (a table a statement reads or writes). */
    void sqlTable(Direction direction, String table, String format, String mode, String detail, PyExpr call,
                  Location at, Frame frame) {
        if (isTempView(table)) {
            return;
        }
        add(direction, Target.TABLE, format, table, Via.SQL, mode, null, detail, call, at, frame);
    }

    private void add(Direction direction, Target target, String format, String location, Via via, String mode,
                     String parameter, String detail, PyExpr call, Location at, Frame frame) {
        if (frame.definingFunction()) {
            frame.function.touchesData = true;
            return;
        }
        Location origin = at;
        PyExpr node = call;
        String fullDetail = detail;
        if (frame.site != null) {
            origin = frame.site.location();
            node = frame.site.node();
            fullDetail = (detail.isEmpty() ? "" : detail + "; ") + "in " + frame.site.via();
        }
        state.io.add(new IoAccess(direction, target, format, location, via, mode, Optional.ofNullable(parameter),
                fullDetail, origin.cell(), origin, Optional.ofNullable(node)));
    }

    /** The location as the notebook has it: constants resolved, run-time parts as {@code {expression}}. */
    static String describe(Eval value, PyExpr expr, Frame frame) {
        if (value == null) {
            return "";
        }
        ConstantValue constant = value.constant();
        if (constant instanceof ConstantValue.Str || constant instanceof ConstantValue.Template) {
            return sanitize(constant.str());
        }
        if (constant != null) {
            return sanitize(constant.str());
        }
        if (expr instanceof PyExpr.Name name) {
            return "{" + name.id() + "}";
        }
        String text = expr == null ? "" : frame.cell.text(expr.span());
        if (text.length() > 60) {
            text = text.substring(0, 57) + "...";
        }
        return "{" + (text.isEmpty() ? "?" : text) + "}";
    }

    /** A location without credentials: SAS query strings and JDBC passwords removed. */
    static String sanitize(String location) {
        String clean = SAS_QUERY.matcher(location).replaceAll("?<SAS token removed>");
        clean = JDBC_PASSWORD.matcher(clean).replaceAll("$1****");
        return JDBC_USERINFO.matcher(clean).replaceAll("$1:****@");
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
