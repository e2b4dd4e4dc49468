package dev.nbmigrate.converter.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nbmigrate.converter.types.ClassObjectType;
import dev.nbmigrate.converter.types.PyType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule id of the table, with a row that uses it and what the call planner makes of a typical call. */
class TranslationRuleTest {

    private static final ApiCatalog CATALOG = ApiCatalog.standard();
    private static final CallPlanner PLANNER = new CallPlanner(CATALOG);

    /** One call of a member whose table row names {@code rule}. */
    record Case(TranslationRule rule, String receiver, String member, String args, Consumer<CallPlan> check) {
        @Override
        public String toString() {
            return rule.id() + ": " + receiver + "." + member + "(" + args + ")";
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case(TranslationRule.LIST_OR_VARARGS, "DataFrame", "groupBy", "['a', 'b']",
                        p -> signature(p, "Dataset.groupBy(String, String...)")),
                new Case(TranslationRule.SCALAR_OR_LIST, "DataFrame", "melt", "'id', ['x', 'y'], 'var', 'val'",
                        p -> assertThat(conversions(p)).startsWith("[WRAP_ARRAY->Column[][COL->Column]")),
                new Case(TranslationRule.ORDER_ASCENDING, "DataFrame", "orderBy", "['age', 'name'], ascending=[False, False]",
                        p -> {
                            signature(p, "Dataset.orderBy(String, String...)");
                            assertThat(p.binding().orElseThrow().value("ascending").orElseThrow().describe())
                                    .isEqualTo("[False, False]");
                        }),
                new Case(TranslationRule.JOIN_ON, "DataFrame", "join", "DataFrame, on='id', how='left'",
                        p -> signature(p, "Dataset.join(Dataset, String, String)")),
                new Case(TranslationRule.JOIN_AS_OF, "DataFrame", "_joinAsOf",
                        "DataFrame, leftAsOfColumn='a', rightAsOfColumn='a', tolerance=Column",
                        p -> {
                            if (CATALOG.sparkVersion().major() < 4) {
                                assertThat(p.resolution()).isEmpty();
                                assertThat(p.binding().orElseThrow().value("direction").orElseThrow().describe())
                                        .isEqualTo("'backward'");
                            } else {
                                assertThat(p.support().code().orElseThrow().id()).isEqualTo("NBM214");
                            }
                        }),
                new Case(TranslationRule.NA_FILL_DICT, "DataFrame", "fillna", "dict[str, int]",
                        p -> signature(p, "DataFrameNaFunctions.fill(Map)")),
                new Case(TranslationRule.NA_DROP, "DataFrame", "dropna", "thresh=2, subset=['a']",
                        p -> {
                            assertThat(p.resolution()).isEmpty();
                            assertThat(p.binding().orElseThrow().value("how").orElseThrow().describe())
                                    .isEqualTo("'any'");
                            assertThat(p.resultType().display()).isEqualTo("DataFrame");
                        }),
                new Case(TranslationRule.NA_REPLACE, "DataFrameNaFunctions", "replace", "'a', 'b', subset=['c']",
                        p -> assertThat(p.binding().orElseThrow().given()).containsOnlyKeys("to_replace", "value",
                                "subset")),
                new Case(TranslationRule.WITH_COLUMNS_DICT, "DataFrame", "withColumns", "dict[str, Column]",
                        p -> signature(p, "Dataset.withColumns(Map)")),
                new Case(TranslationRule.READER_OPTIONS, "DataFrameReader", "csv",
                        "'/in.csv', schema=StructType, header=True, sep=';', nullValue='NA'",
                        p -> {
                            signature(p, "DataFrameReader.csv(String)");
                            Binding b = p.binding().orElseThrow();
                            assertThat(b.givenWithTag(ParamTag.OPTION)).extracting(e -> e.getKey())
                                    .containsExactly("sep", "header", "nullValue");
                            assertThat(b.givenWithTag(ParamTag.CALL)).extracting(e -> e.getKey())
                                    .containsExactly("schema");
                        }),
                new Case(TranslationRule.WRITER_OPTIONS, "DataFrameWriter", "save",
                        "'/out', format='parquet', mode='overwrite', partitionBy=['y'], compression='snappy'",
                        p -> {
                            signature(p, "DataFrameWriter.save(String)");
                            Binding b = p.binding().orElseThrow();
                            assertThat(b.givenWithTag(ParamTag.CALL)).extracting(e -> e.getKey())
                                    .containsExactly("format", "mode", "partitionBy");
                            assertThat(b.extraKeywords()).containsOnlyKeys("compression");
                        }),
                new Case(TranslationRule.LIT_LIST_TO_ARRAY, "F", "lit", "[1, 2, 3]",
                        p -> assertThat(conversions(p)).isEqualTo("[LIT_ARRAY->Object]")),
                new Case(TranslationRule.ML_SETTERS, "ml.feature", "VectorAssembler",
                        "inputCols=['a', 'b'], outputCol='features'",
                        p -> {
                            assertThat(((Resolution.Resolved) p.resolution().orElseThrow()).signature())
                                    .isEqualTo("new VectorAssembler()");
                            assertThat(p.setters()).extracting(s -> ((Resolution.Resolved) s.resolution())
                                    .signature()).containsExactly("VectorAssembler.setInputCols(String[])",
                                    "VectorAssembler.setOutputCol(String)");
                            assertThat(p.resultType().display()).isEqualTo("VectorAssembler");
                        }),
                new Case(TranslationRule.ML_SET_PARAMS, "ml:feature.StringIndexer", "setParams",
                        "inputCol='a', outputCol='b'",
                        p -> {
                            assertThat(p.resolution()).isEmpty();
                            assertThat(p.setters()).extracting(s -> ((Resolution.Resolved) s.resolution())
                                    .signature()).containsExactly("StringIndexer.setInputCol(String)",
                                    "StringIndexer.setOutputCol(String)");
                        }),
                new Case(TranslationRule.ML_COPY, "ml:regression.GBTRegressor", "copy", "",
                        p -> {
                            signature(p, "GBTRegressor.copy(ParamMap)");
                            assertThat(p.resultType().display()).isEqualTo("GBTRegressor");
                            assertThat(p.binding().orElseThrow().value("extra").orElseThrow().describe())
                                    .isEqualTo("None");
                        }),
                new Case(TranslationRule.DF_GETATTR, "DataFrame", "__getattr__", "'age'",
                        p -> signature(p, "Dataset.col(String)")),
                new Case(TranslationRule.DF_GETITEM, "DataFrame", "__getitem__", "'age'",
                        p -> signature(p, "Dataset.col(String)")),
                new Case(TranslationRule.COLUMN_GETATTR, "Column", "__getattr__", "'key'",
                        p -> signature(p, "Column.getField(String)")),
                new Case(TranslationRule.COLUMN_GETITEM, "Column", "__getitem__", "'key'",
                        p -> signature(p, "Column.getItem(Object)")),
                new Case(TranslationRule.ROW_ACCESS, "Row", "__getattr__", "'name'",
                        p -> assertThat(p.resolution()).isEmpty()),
                new Case(TranslationRule.ROW_CTOR, "class:pyspark.sql.Row", "", "name='Alice', age=5",
                        p -> {
                            assertThat(p.binding().orElseThrow().extraKeywords()).containsOnlyKeys("name", "age");
                            assertThat(p.resultType().display()).isEqualTo("Row");
                        }),
                new Case(TranslationRule.REFLECTED_OPERATOR, "Column", "__rpow__", "2",
                        p -> {
                            signature(p, "functions.pow(double, Column)");
                            assertThat(conversions(p)).isEqualTo("[WIDEN->double, NONE->Column]");
                        }),
                new Case(TranslationRule.FRAME_BOUNDARY, "Window", "rowsBetween", "-9223372036854775808, 0",
                        p -> signature(p, "Window.rowsBetween(long, long)")),
                new Case(TranslationRule.UDF, "F", "udf", "lambda/1, returnType=StringType",
                        p -> assertThat(p.issues()).extracting(i -> i.code().id()).contains("NBM206")),
                new Case(TranslationRule.UDF_REGISTER, "UDFRegistration", "register", "'f', lambda/1",
                        p -> assertThat(p.binding().orElseThrow().value("returnType").orElseThrow().describe())
                                .isEqualTo("None")),
                new Case(TranslationRule.CREATE_DATAFRAME, "SparkSession", "createDataFrame",
                        "[(1, 'a')], ['id', 'name']",
                        p -> {
                            assertThat(p.resolution()).isEmpty();
                            assertThat(p.resultType().display()).isEqualTo("DataFrame");
                        }),
                new Case(TranslationRule.DATASET_TO_LIST, "Catalog", "listTables", "'db'",
                        p -> signature(p, "Catalog.listTables(String)")),
                new Case(TranslationRule.ARRAY_TO_LIST, "DataFrame", "tail", "2",
                        p -> assertThat(p.resultType().display()).isEqualTo("list[Row]")),
                new Case(TranslationRule.SAMPLE_ARGS, "DataFrame", "sample", "0.5, 42",
                        p -> signature(p, "Dataset.sample(double, long)")),
                new Case(TranslationRule.HEAD_N, "DataFrame", "head", "3",
                        p -> signature(p, "Dataset.head(int)")),
                new Case(TranslationRule.CALL_FUNCTION_BY_NAME, "F", "char", "Column",
                        p -> {
                            signature(p, "functions.call_function(String, Column...)");
                            assertThat(p.javaArgs().get(0).arg().describe()).isEqualTo("'char'");
                        }),
                new Case(TranslationRule.SQL_KWARGS, "SparkSession", "sql", "'SELECT * FROM {t}', t=DataFrame",
                        p -> {
                            signature(p, "SparkSession.sql(String)");
                            assertThat(p.binding().orElseThrow().extraKeywords()).containsOnlyKeys("t");
                        }),
                new Case(TranslationRule.DF_TRANSFORM, "DataFrame", "transform", "lambda/1",
                        p -> assertThat(p.resultType().display()).isEqualTo("DataFrame")),
                new Case(TranslationRule.REGISTER_TEMP_VIEW, "SQLContext", "registerDataFrameAsTable", "DataFrame, 't'",
                        p -> assertThat(p.resolution()).isEmpty()),
                new Case(TranslationRule.SESSION_BUILDER, "SparkSession.Builder", "appName", "'job'",
                        p -> signature(p, "SparkSession.Builder.appName(String)")),
                new Case(TranslationRule.PY4J_ACCESS, "SparkContext", "_jsc", "",
                        p -> assertThat(p.issues()).extracting(i -> i.code().id()).containsExactly("NBM210")),
                new Case(TranslationRule.SORT_FUNCTION, "F", "desc", "Column",
                        p -> signature(p, "Column.desc()")),
                new Case(TranslationRule.JDBC_ARGS, "DataFrameReader", "jdbc",
                        "'jdbc:x', 't', column='id', lowerBound=1, upperBound=100, numPartitions=4",
                        p -> assertThat(p.resolution()).isEmpty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRuleHasARowAndAPlan(Case c) {
        CallPlan plan;
        if (c.receiver().startsWith("class:")) {
            plan = PLANNER.planConstruction(new ClassObjectType(c.receiver().substring(6)),
                    ArgSpec.positional(c.args()), ArgSpec.keywords(c.args()));
        } else {
            PyType receiver = CallPlannerTest.receiver(c.receiver());
            plan = PLANNER.plan(receiver, c.member(), ArgSpec.positional(c.args()), ArgSpec.keywords(c.args()));
        }
        assertThat(plan.support().rule()).as(plan.support().describe()).contains(c.rule());
        assertThat(plan.support().source()).isEqualTo(
                c.rule() == TranslationRule.ML_SETTERS ? ApiSupport.Source.REFLECTION : ApiSupport.Source.TABLE);
        assertThat(plan.issues()).as("issues").noneMatch(i -> i.code().id().equals("NBM211")
                || i.code().id().equals("NBM213"));
        c.check().accept(plan);
    }

    @Test
    void everyRuleIdHasACase() {
        Set<TranslationRule> covered = cases().map(Case::rule).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(TranslationRule.class)));
        assertThat(covered).containsExactlyInAnyOrderElementsOf(Arrays.asList(TranslationRule.values()));
    }

    @Test
    void ruleIdsAreUniqueAndDocumented() {
        List<String> ids = Arrays.stream(TranslationRule.values()).map(TranslationRule::id).toList();
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
        assertThat(TranslationRule.values()).allSatisfy(r -> {
            assertThat(r.meaning()).isNotBlank();
            assertThat(TranslationRule.byId(r.id())).contains(r);
        });
    }

    private static void signature(CallPlan p, String expected) {
        assertThat(p.resolution()).as(p.issues().toString()).isPresent();
        assertThat(p.resolution().get()).as(p.issues().toString()).isInstanceOf(Resolution.Resolved.class);
        assertThat(((Resolution.Resolved) p.resolution().get()).signature()).isEqualTo(expected);
    }

    private static String conversions(CallPlan p) {
        return CallPlannerTest.conversions(p.resolution().orElseThrow());
    }
}
