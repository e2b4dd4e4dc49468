package dev.nbmigrate.converter.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * The PySpark-only forms that need a named translation rule rather than a plain (renamed) Java call. The API
 * table names a rule per member; the translator implements each rule once. The overload resolver already does
 * the part of some rules that is about argument conversion (noted per rule).
 */
public enum TranslationRule {
    LIST_OR_VARARGS("list-or-varargs",
            "A single list/tuple argument stands for the varargs: select([a, b]) == select(a, b). The call planner "
                    + "spreads it (inline for a literal list, as a starred argument otherwise).", false),
    SCALAR_OR_LIST("scalar-or-list",
            "A parameter taking one column or a list of them: a single value becomes a one-element array "
                    + "(unpivot(\"id\", ...)). The resolver wraps it.", false),
    ORDER_ASCENDING("order-ascending",
            "ascending= (bool or list of bools, one per column) turns each sort column into col.asc() or "
                    + "col.desc(); str columns become col(\"...\") first.", false),
    JOIN_ON("join-on",
            "on= str or list[str] joins on using-columns (String / String[]), a Column joins on it, a list of "
                    + "Columns is and-reduced; how= is the join type string; on=None with how= is join(other) "
                    + "followed by the join type only for cross joins.", false),
    JOIN_AS_OF("join-as-of",
            "_joinAsOf(other, leftAsOfColumn, rightAsOfColumn, on, how, tolerance, allowExactMatches, direction) "
                    + "becomes joinAsOf with all eight arguments, defaults filled (how='inner', "
                    + "allowExactMatches=true, direction='backward').", true),
    NA_FILL_DICT("na-fill-dict",
            "fillna/na.fill(value, subset): a dict value becomes fill(Map); a scalar with subset becomes "
                    + "fill(value, String[]); an int fills through the long overload, a bool through boolean.", false),
    NA_DROP("na-drop",
            "dropna/na.drop(how='any', thresh=None, subset=None): thresh becomes drop(int minNonNulls[, cols]) "
                    + "and overrides how; else drop(how[, cols]).", true),
    NA_REPLACE("na-replace",
            "replace/na.replace(to_replace, value, subset): scalar, list (paired with value or a list of values) "
                    + "or dict becomes na().replace(cols or \"*\", Map<old, new>).", true),
    WITH_COLUMNS_DICT("with-columns-dict",
            "A dict argument becomes an insertion-ordered java.util.Map (LinkedHashMap): the column order "
                    + "follows the dict's order.", false),
    READER_OPTIONS("reader-options",
            "Keyword arguments of a reader call become .option(key, value) calls (values as PySpark renders them: "
                    + "bools lower-case, numbers as text), schema= becomes .schema(StructType or DDL string), "
                    + "format= becomes .format(); then the call itself with the path(s).", false),
    WRITER_OPTIONS("writer-options",
            "mode=, format=, partitionBy= of a writer call become .mode(), .format(), .partitionBy() calls and the "
                    + "other keywords .option(key, value); then the terminal call with the path or table name.", false),
    LIT_LIST_TO_ARRAY("lit-list-to-array",
            "A Python list/tuple where PySpark calls lit() becomes array(lit(e1), lit(e2), ...), as PySpark does "
                    + "(column name array(1, 2, 3)).", false),
    ML_SETTERS("ml-setters",
            "An ML class called with keyword arguments becomes new X() followed by setK(v) for each keyword k "
                    + "(lists become arrays: String[], double[], int[], PipelineStage[] as the setter takes); the call "
                    + "planner resolves every setter. A keyword given None leaves the param at its default (NBM240).",
            false),
    ML_SET_PARAMS("ml-set-params",
            "stage.setParams(k=v, ...) of any ML class becomes stage.setK(v)... chained on the stage, one setter "
                    + "per keyword as for ml-setters.", true),
    ML_COPY("ml-copy",
            "stage.copy(extra=None) of any ML class becomes stage.copy(new ParamMap()) (Java has no copy without a "
                    + "ParamMap); with extra, the dict {param: value} becomes a ParamMap. The planner resolves copy(ParamMap) "
                    + "for the result type.", false),
    DF_GETATTR("df-getattr", "df.name becomes df.col(\"name\").", false),
    DF_GETITEM("df-getitem",
            "df[\"c\"] becomes df.col(\"c\"); df[i] becomes df.col(df.columns()[i]); df[[...]] becomes "
                    + "df.select(...); df[condition] becomes df.filter(condition).", false),
    COLUMN_GETATTR("column-getattr", "c.field becomes c.getField(\"field\").", false),
    COLUMN_GETITEM("column-getitem",
            "c[key] becomes c.getItem(key); a slice c[a:b] becomes c.substr(a, b).", false),
    ROW_ACCESS("row-access",
            "row.f and row[\"f\"] become row.getAs(\"f\"); row[i] becomes row.get(i); row.asDict() a Map.", true),
    ROW_CTOR("row-ctor",
            "Row(a=1, b=2) becomes RowFactory.create(1, 2) with field names a, b kept for the schema; "
                    + "Row(\"a\", \"b\") makes a row factory whose calls create rows.", true),
    REFLECTED_OPERATOR("reflected-operator",
            "An operator with the Python literal on the left (1 - c): the Java call is made on lit(other) with "
                    + "self as argument (lit(1).minus(c)), or a static function takes (other, self).", false),
    FRAME_BOUNDARY("frame-boundary",
            "rowsBetween/rangeBetween: a start at or below -sys.maxsize becomes Window.unboundedPreceding(), an "
                    + "end at or above sys.maxsize Window.unboundedFollowing(), as PySpark clamps them.", false),
    UDF("udf",
            "A Python function with a return type becomes a native Column expression when its body translates, "
                    + "else a typed Java UDF (functions.udf(UDFn, DataType)); the default return type is "
                    + "StringType.", true),
    UDF_REGISTER("udf-register",
            "spark.udf.register(name, f, returnType) becomes spark.udf().register(name, UDFn, DataType) with the "
                    + "translated function.", true),
    CREATE_DATAFRAME("create-dataframe",
            "createDataFrame(data, schema): Python rows (tuples, Rows, dicts, scalars) become a List<Row> and the "
                    + "schema a StructType (from a StructType, a DDL string, a list of names with PySpark's type "
                    + "inference, or a single DataType for a 'value' column).", true),
    SORT_FUNCTION("sort-function",
            "asc/desc/asc_nulls_first/... of functions with a Column argument is that Column's own method "
                    + "(F.desc(c) is c.desc()); Java's functions take a column name only. The call planner "
                    + "resolves it so.", false),
    JDBC_ARGS("jdbc-args",
            "read.jdbc(url, table, column, lowerBound, upperBound, numPartitions, predicates, properties) picks "
                    + "jdbc(url, table, props), jdbc(url, table, column, lower, upper, n, props) or "
                    + "jdbc(url, table, String[] predicates, props) by the arguments given; the properties dict "
                    + "becomes java.util.Properties (an empty one when absent).", true),
    DATASET_TO_LIST("dataset-to-list",
            "The Java member returns a Dataset of catalog objects where Python has a list (listTables, "
                    + "listColumns, ...): .collectAsList() is appended.", false),
    ARRAY_TO_LIST("array-to-list",
            "The Java member returns an array where Python has a list (columns, dtypes, tail, ...): the result "
                    + "is wrapped with List.of(...) / Arrays.asList(...).", false),
    SAMPLE_ARGS("sample-args",
            "sample(withReplacement=None, fraction=None, seed=None): a float first argument is the fraction "
                    + "(sample(0.5, 42)), as PySpark shifts the arguments; None is not given. The Java overload is chosen "
                    + "from the arguments in that order.", false),
    HEAD_N("head-n", "head() is head() (a Row); head(n) is takeAsList(n) (a list of Rows).", false),
    CALL_FUNCTION_BY_NAME("call-function-by-name",
            "The Java method's name is a Java keyword (char): call_function(\"name\", args...) calls it.", false),
    SQL_KWARGS("sql-kwargs",
            "spark.sql(query, args=None, **kwargs): args become SQL parameters (sql(String, Map) / "
                    + "sql(String, Object[])); {name} placeholders are formatted with kwargs, DataFrames "
                    + "registered as temporary views.", false),
    DF_TRANSFORM("df-transform",
            "df.transform(f, *args, **kwargs) becomes the direct call f(df, args...) of the translated function.", true),
    REGISTER_TEMP_VIEW("register-temp-view",
            "sqlContext.registerDataFrameAsTable(df, name) becomes df.createOrReplaceTempView(name).", true),
    SESSION_BUILDER("session-builder",
            "SparkSession.builder...getOrCreate() becomes the job's session (the runtime creates it); its "
                    + ".config(k, v) calls become session configuration of the job.", false),
    PY4J_ACCESS("py4j-access",
            "spark._jvm / sc._jsc / df._jdf: the py4j call chain behind it is already Java and is written "
                    + "directly (_jsc is JavaSparkContext.fromSparkContext(spark.sparkContext())).", true);

    private final String id;
    private final String meaning;
    private final boolean takesOverCall;

    TranslationRule(String id, String meaning, boolean takesOverCall) {
        this.id = id;
        this.meaning = meaning;
        this.takesOverCall = takesOverCall;
    }

    /**
     * True when the rule builds the whole Java call from the bound arguments, so the call planner does not
     * resolve an overload for it (the translator calls the resolver itself for the parts it needs).
     */
    public boolean takesOverCall() {
        return takesOverCall;
    }

    /** The rule's id as the API table spells it, e.g. {@code join-on}. */
    public String id() {
        return id;
    }

    /** One paragraph on what the translator does for it. */
    public String meaning() {
        return meaning;
    }

    public static Optional<TranslationRule> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
