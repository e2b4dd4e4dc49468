package dev.nbmigrate.converter.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.types.ClassObjectType;
import dev.nbmigrate.converter.types.ModuleType;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.SparkObject;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Input/output pairs of call planning: a PySpark reference with argument types goes in; the chosen Java
 * signature and the conversion of each argument come out. The same expectations hold on Spark 4.0 and 3.5.
 */
class CallPlannerTest {

    private static final ApiCatalog CATALOG = ApiCatalog.standard();
    private static final CallPlanner PLANNER = new CallPlanner(CATALOG);

    static PyType receiver(String name) {
        return switch (name) {
            case "F" -> new ModuleType("pyspark.sql.functions");
            case "Window" -> new ClassObjectType("pyspark.sql.Window");
            case "ml.feature", "ml.classification", "ml.tuning", "ml.evaluation", "ml" ->
                    new ModuleType("pyspark." + name);
            // ml:feature.StringIndexer is an object of that Spark ML class
            default -> name.startsWith("ml:") ? new dev.nbmigrate.converter.types.MlType(
                    dev.nbmigrate.converter.types.MlKind.STAGE, "org.apache.spark.ml." + name.substring(3))
                    : SparkObject.byPysparkClass("pyspark.sql." + name)
                    .or(() -> SparkObject.byPysparkClass("pyspark." + name)).orElseThrow();
        };
    }

    static String conversions(Resolution r) {
        assertThat(r).as("resolution").isInstanceOf(Resolution.Resolved.class);
        return ((Resolution.Resolved) r).conversions().stream().map(ArgConversion::toString)
                .collect(Collectors.joining(", ", "[", "]"));
    }

    @ParameterizedTest(name = "{0}.{1}({2})")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # DataFrame
            DataFrame | select | 'a', 'b' | Dataset.select(String, String...) | [NONE->String, NONE->String]
            DataFrame | select | 'a', Column | Dataset.select(Column...) | [COL->Column, NONE->Column]
            DataFrame | select | ['name', Column] | Dataset.select(Column...) | [COL->Column, NONE->Column]
            DataFrame | select | list[str] | Dataset.select(Column...) | [VARARGS->Column{each COL->Column}]
            DataFrame | select | *list[Column] | Dataset.select(Column...) | [VARARGS->Column{each NONE->Column}]
            DataFrame | selectExpr | 'age * 2', 'abs(age)' | Dataset.selectExpr(String...) | [NONE->String, NONE->String]
            DataFrame | filter | 'age > 3' | Dataset.filter(String) | [NONE->String]
            DataFrame | filter | Column | Dataset.filter(Column) | [NONE->Column]
            DataFrame | where | Column | Dataset.where(Column) | [NONE->Column]
            DataFrame | groupBy | | Dataset.groupBy(Column...) | []
            DataFrame | groupBy | 'name' | Dataset.groupBy(String, String...) | [NONE->String]
            DataFrame | groupBy | ['name', Column] | Dataset.groupBy(Column...) | [COL->Column, NONE->Column]
            DataFrame | groupby | 'course' | Dataset.groupBy(String, String...) | [NONE->String]
            DataFrame | agg | dict[str, str] | Dataset.agg(Map) | [MAP->Map{each NONE->String}]
            DataFrame | agg | Column | Dataset.agg(Column, Column...) | [NONE->Column]
            DataFrame | join | DataFrame, Column | Dataset.join(Dataset, Column) | [NONE->Dataset, NONE->Column]
            DataFrame | join | DataFrame, 'id', 'left' | Dataset.join(Dataset, String, String) | [NONE->Dataset, NONE->String, NONE->String]
            DataFrame | join | DataFrame, on=['a', 'b'], how='inner' | Dataset.join(Dataset, String[], String) | [NONE->Dataset, ARRAY->String[][NONE->String, NONE->String], NONE->String]
            DataFrame | join | DataFrame | Dataset.join(Dataset) | [NONE->Dataset]
            DataFrame | crossJoin | DataFrame | Dataset.crossJoin(Dataset) | [NONE->Dataset]
            DataFrame | union | DataFrame | Dataset.union(Dataset) | [NONE->Dataset]
            DataFrame | subtract | DataFrame | Dataset.except(Dataset) | [NONE->Dataset]
            DataFrame | show | | Dataset.show() | []
            DataFrame | show | truncate=False | Dataset.show(int, boolean) | [NONE->int, NONE->boolean]
            DataFrame | show | 5, truncate=3 | Dataset.show(int, int) | [NONE->int, NONE->int]
            DataFrame | show | int | Dataset.show(int) | [NARROW->int]
            DataFrame | limit | 10 | Dataset.limit(int) | [NONE->int]
            DataFrame | printSchema | 1 | Dataset.printSchema(int) | [NONE->int]
            DataFrame | printSchema | | Dataset.printSchema() | []
            DataFrame | drop | 'a', 'b' | Dataset.drop(String...) | [NONE->String, NONE->String]
            DataFrame | drop | Column | Dataset.drop(Column) | [NONE->Column]
            DataFrame | dropDuplicates | ['name', 'height'] | Dataset.dropDuplicates(String[]) | [ARRAY->String[][NONE->String, NONE->String]]
            DataFrame | dropDuplicates | | Dataset.dropDuplicates() | []
            DataFrame | describe | ['age'] | Dataset.describe(String...) | [NONE->String]
            DataFrame | summary | 'count', 'min' | Dataset.summary(String...) | [NONE->String, NONE->String]
            DataFrame | cube | 'name', Column | Dataset.cube(Column...) | [COL->Column, NONE->Column]
            DataFrame | withColumn | 'x', Column | Dataset.withColumn(String, Column) | [NONE->String, NONE->Column]
            DataFrame | withColumns | dict[str, Column] | Dataset.withColumns(Map) | [MAP->Map{each NONE->Column}]
            DataFrame | withColumnsRenamed | dict[str, str] | Dataset.withColumnsRenamed(Map) | [MAP->Map{each NONE->String}]
            DataFrame | repartition | 'a' | Dataset.repartition(Column...) | [COL->Column]
            DataFrame | repartition | 8, 'a' | Dataset.repartition(int, Column...) | [NONE->int, COL->Column]
            DataFrame | offset | 1 | Dataset.offset(int) | [NONE->int]
            DataFrame | tail | 2 | Dataset.tail(int) | [NONE->int]
            DataFrame | take | 3 | Dataset.takeAsList(int) | [NONE->int]
            DataFrame | collect | | Dataset.collectAsList() | []
            DataFrame | fillna | 0 | DataFrameNaFunctions.fill(long) | [WIDEN->long]
            DataFrame | fillna | 0.5, subset=['a'] | DataFrameNaFunctions.fill(double, String[]) | [NONE->double, ARRAY->String[][NONE->String]]
            DataFrame | fillna | dict[str, int] | DataFrameNaFunctions.fill(Map) | [MAP->Map{each OBJECT->Object}]
            DataFrame | approxQuantile | 'a', [0.25, 0.5], 0.01 | DataFrameStatFunctions.approxQuantile(String, double[], double) | [NONE->String, ARRAY->double[][NONE->double, NONE->double], NONE->double]
            DataFrame | corr | 'a', 'b' | DataFrameStatFunctions.corr(String, String) | [NONE->String, NONE->String]
            DataFrame | __getattr__ | 'age' | Dataset.col(String) | [NONE->String]
            DataFrame | writeTo | 'db.t' | Dataset.writeTo(String) | [NONE->String]
            # Column and its operators
            Column | __eq__ | 'Bob' | Column.equalTo(Object) | [OBJECT->Object]
            Column | __eq__ | None | Column.equalTo(Object) | [NULL->Object]
            Column | __gt__ | 3 | Column.gt(Object) | [OBJECT->Object]
            Column | __add__ | Column | Column.plus(Object) | [OBJECT->Object]
            Column | __mod__ | 2 | Column.mod(Object) | [OBJECT->Object]
            Column | __and__ | Column | Column.and(Column) | [NONE->Column]
            Column | __invert__ | | functions.not(Column) | [NONE->Column]
            Column | __neg__ | | functions.negate(Column) | [NONE->Column]
            Column | __pow__ | 2 | functions.pow(Column, double) | [NONE->Column, WIDEN->double]
            Column | __rsub__ | 1 | Column.minus(Object) | [OBJECT->Object]
            Column | __getitem__ | 0 | Column.getItem(Object) | [OBJECT->Object]
            Column | __getattr__ | 'key' | Column.getField(String) | [NONE->String]
            Column | alias | 'height' | Column.alias(String) | [NONE->String]
            Column | astype | 'string' | Column.cast(String) | [NONE->String]
            Column | cast | StringType | Column.cast(DataType) | [NONE->DataType]
            Column | startswith | 'Sp' | Column.startsWith(String) | [NONE->String]
            Column | endswith | Column | Column.endsWith(Column) | [NONE->Column]
            Column | isin | [1, 2, 3] | Column.isin(Object...) | [OBJECT->Object, OBJECT->Object, OBJECT->Object]
            Column | isin | 'a', 'b' | Column.isin(Object...) | [OBJECT->Object, OBJECT->Object]
            Column | between | 1, 5 | Column.between(Object, Object) | [OBJECT->Object, OBJECT->Object]
            Column | substr | 1, 3 | Column.substr(int, int) | [NONE->int, NONE->int]
            Column | when | Column, 1 | Column.when(Column, Object) | [NONE->Column, OBJECT->Object]
            Column | over | WindowSpec | Column.over(WindowSpec) | [NONE->WindowSpec]
            Column | over | | Column.over() | []
            Column | dropFields | 'b', 'c' | Column.dropFields(Seq) | [SEQ->Seq[NONE->String, NONE->String]]
            Column | withField | 'e', Column | Column.withField(String, Column) | [NONE->String, NONE->Column]
            Column | getItem | 'key' | Column.getItem(Object) | [OBJECT->Object]
            # functions
            F | col | 'a' | functions.col(String) | [NONE->String]
            F | lit | 5 | functions.lit(Object) | [OBJECT->Object]
            F | lit | [1, 2, 3] | functions.lit(Object) | [LIT_ARRAY->Object]
            F | max | 'id' | functions.max(String) | [NONE->String]
            F | max | Column | functions.max(Column) | [NONE->Column]
            F | sum | Unknown | functions.sum(Column) | [UNCHECKED->Column]
            F | count | Column | functions.count(Column) | [NONE->Column]
            F | when | Column, 3 | functions.when(Column, Object) | [NONE->Column, OBJECT->Object]
            F | date_add | Column, 1 | functions.date_add(Column, int) | [NONE->Column, NONE->int]
            F | date_add | 'dt', -1 | functions.date_add(Column, int) | [COL->Column, NONE->int]
            F | date_add | Column, Column | functions.date_add(Column, Column) | [NONE->Column, NONE->Column]
            F | date_format | 'ts', 'yyyy-MM' | functions.date_format(Column, String) | [COL->Column, NONE->String]
            F | date_trunc | 'year', Column | functions.date_trunc(String, Column) | [NONE->String, NONE->Column]
            F | locate | 'b', Column, 1 | functions.locate(String, Column, int) | [NONE->String, NONE->Column, NONE->int]
            F | lpad | Column, 6, '#' | functions.lpad(Column, int, String) | [NONE->Column, NONE->int, NONE->String]
            F | split | Column, '[ABC]', 2 | functions.split(Column, String, int) | [NONE->Column, NONE->String, NONE->int]
            F | substring | Column, 1, 2 | functions.substring(Column, int, int) | [NONE->Column, NONE->int, NONE->int]
            F | regexp_extract | 'str', '(\\d+)', 1 | functions.regexp_extract(Column, String, int) | [COL->Column, NONE->String, NONE->int]
            F | regexp_replace | Column, 'a', Column | functions.regexp_replace(Column, Column, Column) | [NONE->Column, LIT->Column, NONE->Column]
            F | regexp_replace | Column, 'a', 'b' | functions.regexp_replace(Column, String, String) | [NONE->Column, NONE->String, NONE->String]
            F | unix_timestamp | 'dt', 'yyyy-MM-dd' | functions.unix_timestamp(Column, String) | [COL->Column, NONE->String]
            F | unix_timestamp | | functions.unix_timestamp() | []
            F | to_utc_timestamp | Column, 'PST' | functions.to_utc_timestamp(Column, String) | [NONE->Column, NONE->String]
            F | window | 'date', '5 seconds' | functions.window(Column, String) | [COL->Column, NONE->String]
            F | concat_ws | '-', 'a', Column | functions.concat_ws(String, Column...) | [NONE->String, COL->Column, NONE->Column]
            F | coalesce | 'a', Column | functions.coalesce(Column...) | [COL->Column, NONE->Column]
            F | xxhash64 | 'c1', 'c2' | functions.xxhash64(Column...) | [COL->Column, COL->Column]
            F | count_distinct | Column, Column | functions.count_distinct(Column, Column...) | [NONE->Column, NONE->Column]
            F | create_map | 'name', 'age' | functions.map(Column...) | [COL->Column, COL->Column]
            F | array | ['a', 'b'] | functions.array(String, String...) | [NONE->String, NONE->String]
            F | struct | Column, Column | functions.struct(Column...) | [NONE->Column, NONE->Column]
            F | lag | 'c2' | functions.lag(String, int) | [NONE->String, NONE->int]
            F | lag | 'c2', 1, 0 | functions.lag(String, int, Object) | [NONE->String, NONE->int, OBJECT->Object]
            F | first | 'age', ignorenulls=True | functions.first(String, boolean) | [NONE->String, NONE->boolean]
            F | rand | seed=42 | functions.rand(long) | [WIDEN->long]
            F | rand | | functions.rand() | []
            F | round | Column, 2 | functions.round(Column, int) | [NONE->Column, NONE->int]
            F | log | 2.0, 'x' | functions.log(double, String) | [NONE->double, NONE->String]
            F | get | Column, 'index' | functions.get(Column, Column) | [NONE->Column, COL->Column]
            F | get | Column, 1 | functions.get(Column, Column) | [NONE->Column, LIT->Column]
            F | element_at | Column, 1 | functions.element_at(Column, Object) | [NONE->Column, OBJECT->Object]
            F | array_contains | Column, 'x' | functions.array_contains(Column, Object) | [NONE->Column, OBJECT->Object]
            F | percentile | 'value', [0.25, 0.5], Column | functions.percentile(Column, Column, Column) | [COL->Column, LIT_ARRAY->Column, NONE->Column]
            F | percentile_approx | 'v', 0.5 | functions.percentile_approx(Column, Column, Column) | [COL->Column, LIT->Column, LIT->Column]
            F | from_csv | Column, 'a INT' | functions.from_csv(Column, Column, Map) | [NONE->Column, LIT->Column, MAP->Map{each NONE->String}]
            F | from_json | Column, StructType | functions.from_json(Column, StructType) | [NONE->Column, NONE->StructType]
            F | transform | 'values', lambda/1 | functions.transform(Column, Function1) | [COL->Column, LAMBDA->Function1]
            F | transform | 'values', lambda/2 | functions.transform(Column, Function2) | [COL->Column, LAMBDA->Function2]
            F | aggregate | 'v', Column, lambda/2 | functions.aggregate(Column, Column, Function2) | [COL->Column, NONE->Column, LAMBDA->Function2]
            F | make_interval | hours=1 | functions.make_interval(Column, Column, Column, Column, Column) | [LIT->Column, LIT->Column, LIT->Column, LIT->Column, LIT->Column]
            F | sentences | 's' | functions.sentences(Column) | [COL->Column]
            F | char | Column | functions.call_function(String, Column...) | [NONE->String, NONE->Column]
            F | broadcast | DataFrame | functions.broadcast(Dataset) | [NONE->Dataset]
            F | expr | 'a + 1' | functions.expr(String) | [NONE->String]
            F | asc_nulls_first | Column | Column.asc_nulls_first() | []
            F | desc | 'id' | functions.desc(String) | [NONE->String]
            # GroupedData, Window
            GroupedData | avg | 'age', 'height' | RelationalGroupedDataset.avg(String...) | [NONE->String, NONE->String]
            GroupedData | max | | RelationalGroupedDataset.max(String...) | []
            GroupedData | count | | RelationalGroupedDataset.count() | []
            GroupedData | agg | Column, Column | RelationalGroupedDataset.agg(Column, Column...) | [NONE->Column, NONE->Column]
            GroupedData | pivot | 'k', ['a', 'b'] | RelationalGroupedDataset.pivot(String, List) | [NONE->String, LIST->List[OBJECT->Object, OBJECT->Object]]
            Window | partitionBy | 'c1' | Window.partitionBy(String, String...) | [NONE->String]
            Window | orderBy | Column | Window.orderBy(Column...) | [NONE->Column]
            Window | rowsBetween | int, 1 | Window.rowsBetween(long, long) | [NONE->long, WIDEN->long]
            WindowSpec | orderBy | 'c2' | WindowSpec.orderBy(String, String...) | [NONE->String]
            WindowSpec | rangeBetween | -3, 0 | WindowSpec.rangeBetween(long, long) | [WIDEN->long, WIDEN->long]
            # readers, writers, session, catalog
            DataFrameReader | csv | '/data/in.csv', header=True, inferSchema=True | DataFrameReader.csv(String) | [NONE->String]
            DataFrameReader | csv | ['/a', '/b'] | DataFrameReader.csv(String...) | [ARRAY->String[][NONE->String, NONE->String]]
            DataFrameReader | parquet | '/a', '/b' | DataFrameReader.parquet(String...) | [NONE->String, NONE->String]
            DataFrameReader | load | '/p', format='delta' | DataFrameReader.load(String) | [NONE->String]
            DataFrameReader | option | 'header', True | DataFrameReader.option(String, boolean) | [NONE->String, NONE->boolean]
            DataFrameReader | option | 'sep', ';' | DataFrameReader.option(String, String) | [NONE->String, NONE->String]
            DataFrameReader | option | 'maxColumns', 10 | DataFrameReader.option(String, long) | [NONE->String, WIDEN->long]
            DataFrameReader | schema | 'a INT' | DataFrameReader.schema(String) | [NONE->String]
            DataFrameReader | table | 'db.t' | DataFrameReader.table(String) | [NONE->String]
            DataFrameWriter | jdbc | 'url', 't', properties=dict[str, str] | DataFrameWriter.jdbc(String, String, Properties) | [NONE->String, NONE->String, PROPERTIES->Properties]
            DataFrameWriter | mode | 'overwrite' | DataFrameWriter.mode(String) | [NONE->String]
            DataFrameWriter | partitionBy | 'y', 'm' | DataFrameWriter.partitionBy(String...) | [NONE->String, NONE->String]
            DataFrameWriter | partitionBy | ['y', 'm'] | DataFrameWriter.partitionBy(String...) | [NONE->String, NONE->String]
            DataFrameWriter | parquet | '/out', mode='overwrite', partitionBy='y' | DataFrameWriter.parquet(String) | [NONE->String]
            DataFrameWriter | saveAsTable | 'db.t', format='delta', mode='append' | DataFrameWriter.saveAsTable(String) | [NONE->String]
            DataFrameWriter | save | | DataFrameWriter.save() | []
            DataFrameWriter | bucketBy | 4, 'a' | DataFrameWriter.bucketBy(int, String, String...) | [NONE->int, NONE->String]
            SparkSession | range | 5 | SparkSession.range(long) | [WIDEN->long]
            SparkSession | range | 0, 1000, 1, 1 | SparkSession.range(long, long, long, int) | [WIDEN->long, WIDEN->long, WIDEN->long, NONE->int]
            SparkSession | sql | 'SELECT 1' | SparkSession.sql(String) | [NONE->String]
            SparkSession | table | 't' | SparkSession.table(String) | [NONE->String]
            RuntimeConfig | set | 'spark.sql.shuffle.partitions', 8 | RuntimeConfig.set(String, long) | [NONE->String, WIDEN->long]
            RuntimeConfig | get | 'k' | RuntimeConfig.get(String) | [NONE->String]
            Catalog | tableExists | 't' | Catalog.tableExists(String) | [NONE->String]
            DataFrameNaFunctions | fill | 'x', ['a'] | DataFrameNaFunctions.fill(String, String[]) | [NONE->String, ARRAY->String[][NONE->String]]
            DataFrameNaFunctions | fill | True | DataFrameNaFunctions.fill(boolean) | [NONE->boolean]
            DataFrameStatFunctions | crosstab | 'a', 'b' | DataFrameStatFunctions.crosstab(String, String) | [NONE->String, NONE->String]
            """)
    void choosesTheOverloadAndConversions(String receiver, String member, String args, String signature,
            String conversions) {
        String text = args == null ? "" : args;
        CallPlan plan = PLANNER.plan(receiver(receiver), member, ArgSpec.positional(text), ArgSpec.keywords(text));
        assertThat(plan.resolution()).as("resolution of " + plan.support().describe() + " " + plan.issues())
                .isPresent();
        Resolution r = plan.resolution().get();
        assertThat(r).as(plan.issues().toString()).isInstanceOf(Resolution.Resolved.class);
        assertThat(((Resolution.Resolved) r).signature()).isEqualTo(signature);
        assertThat(conversions(r)).isEqualTo(conversions);
        assertThat(plan.issues()).noneMatch(i -> i.code() == Code.NBM211 || i.code() == Code.NBM213);
    }

    @ParameterizedTest(name = "{0}.{1}({2}) has no overload")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            DataFrame | limit | 'ten' | Dataset.limit(int)
            DataFrame | withColumn | Column, Column | Dataset.withColumn(String, Column)
            F | col | 5 | functions.col(String)
            Column | substr | DataFrame, 1 | Column.substr(Column, Column)
            """)
    void reportsNoOverloadWithTheCandidates(String receiver, String member, String args, String candidate) {
        CallPlan plan = PLANNER.plan(receiver(receiver), member, ArgSpec.positional(args), ArgSpec.keywords(args));
        assertThat(plan.resolution()).get().isInstanceOf(Resolution.NoOverload.class);
        Resolution.NoOverload none = (Resolution.NoOverload) plan.resolution().get();
        assertThat(none.candidates()).contains(candidate);
        assertThat(none.reason()).contains("accepts");
        assertThat(plan.issues()).extracting(CallPlan.Issue::code).contains(Code.NBM211);
        assertThat(plan.translatable()).isFalse();
    }

    @ParameterizedTest(name = "{0}.{1}: {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            DataFrame | show | foo=1 | NBM213
            DataFrame | show | 1, True, False, 4 | NBM213
            DataFrame | join | | NBM213
            DataFrame | toJSON | use_unicode=False | NBM215
            DataFrame | toPandas | | NBM202
            DataFrame | collect | | NBM205
            F | sum | Unknown | NBM212
            F | udf | lambda/1 | NBM206
            """)
    void reportsTheIssuesOfTheCall(String receiver, String member, String args, String code) {
        String text = args == null ? "" : args;
        CallPlan plan = PLANNER.plan(receiver(receiver), member, ArgSpec.positional(text), ArgSpec.keywords(text));
        assertThat(plan.issues()).extracting(i -> i.code().id()).contains(code);
        assertThat(plan.issues()).allSatisfy(i -> assertThat(i.message()).contains(member));
    }

    @org.junit.jupiter.api.Test
    void typesResultsFromTheJavaApiAndTheTable() {
        assertThat(PLANNER.plan(SparkObject.DATAFRAME, "groupBy", ArgSpec.positional("'a'"), java.util.Map.of())
                .resultType()).isEqualTo(SparkObject.GROUPED_DATA);
        assertThat(PLANNER.plan(SparkObject.DATAFRAME, "first", List.of(), java.util.Map.of()).resultType())
                .isEqualTo(SparkObject.ROW);
        assertThat(PLANNER.plan(SparkObject.DATAFRAME, "collect", List.of(), java.util.Map.of()).resultType()
                .display()).isEqualTo("list[Row]");
        assertThat(PLANNER.planAttribute(SparkObject.DATAFRAME, "columns").resultType().display())
                .isEqualTo("list[str]");
        assertThat(PLANNER.planAttribute(SparkObject.DATAFRAME, "dtypes").resultType().display())
                .isEqualTo("list[tuple[str, str]]");
        assertThat(PLANNER.planAttribute(SparkObject.DATAFRAME, "write").resultType())
                .isEqualTo(SparkObject.DATAFRAME_WRITER);
        assertThat(PLANNER.planAttribute(SparkObject.DATAFRAME, "na").resultType())
                .isEqualTo(SparkObject.NA_FUNCTIONS);
        assertThat(PLANNER.plan(SparkObject.DATAFRAME, "count", List.of(), java.util.Map.of()).resultType().display())
                .isEqualTo("int");
        assertThat(PLANNER.plan(SparkObject.DATAFRAME, "randomSplit", ArgSpec.positional("[0.8, 0.2]"),
                java.util.Map.of()).resultType().display()).isEqualTo("list[DataFrame]");
    }
}
