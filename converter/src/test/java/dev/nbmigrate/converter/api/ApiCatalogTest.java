package dev.nbmigrate.converter.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nbmigrate.converter.types.ApiMemberType;
import dev.nbmigrate.converter.types.ClassObjectType;
import dev.nbmigrate.converter.types.JavaObjectType;
import dev.nbmigrate.converter.types.MlKind;
import dev.nbmigrate.converter.types.MlType;
import dev.nbmigrate.converter.types.ModuleType;
import dev.nbmigrate.converter.types.SparkObject;
import dev.nbmigrate.converter.types.SqlDataType;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Classification of PySpark references as supported, supported with a warning or unsupported. */
class ApiCatalogTest {

    private static final ApiCatalog CATALOG = ApiCatalog.standard();

    @ParameterizedTest(name = "{0}.{1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            pyspark.sql.DataFrame | select | supported | - | TABLE
            pyspark.sql.dataframe.DataFrame | crossJoin | supported | - | TABLE
            pyspark.sql.DataFrame | exceptAll | supported | - | TABLE
            pyspark.sql.DataFrame | checkpoint | supported | - | TABLE
            pyspark.sql.DataFrame | localCheckpoint | supported | - | TABLE
            pyspark.sql.DataFrame | registerTempTable | supported | NBM216 | TABLE
            pyspark.sql.functions | upper | supported | - | REFLECTION
            pyspark.sql.functions | try_avg | supported | - | REFLECTION
            pyspark.sql.functions | regr_intercept | supported | - | REFLECTION
            pyspark.sql.functions | approxCountDistinct | supported | NBM216 | TABLE
            pyspark.sql.Column | isin | supported | - | TABLE
            pyspark.sql.Column | eqNullSafe | supported | - | TABLE
            pyspark.sql.GroupedData | pivot | supported | - | TABLE
            pyspark.sql.window.Window | rowsBetween | supported | - | TABLE
            pyspark.sql.WindowSpec | rowsBetween | supported | - | TABLE
            pyspark.sql.Catalog | listTables | supported | - | TABLE
            pyspark.sql.types | StructField | supported | - | TABLE
            pyspark.ml.feature | VectorAssembler | supported | - | REFLECTION
            pyspark.ml.classification.LogisticRegression | fit | supported | - | REFLECTION
            pyspark.ml.tuning.ParamGridBuilder | addGrid | supported | - | REFLECTION
            pyspark.sql.HiveContext | sql | supported | NBM216 | TABLE
            pyspark.sql.SQLContext | registerDataFrameAsTable | supported | NBM216 | TABLE
            pyspark.sql.DataFrame | collect | warning | NBM205 | TABLE
            pyspark.sql.DataFrame | toLocalIterator | warning | NBM205 | TABLE
            pyspark.sql.DataFrame | toJSON | warning | NBM218 | TABLE
            pyspark.sql.functions | udf | warning | NBM206 | TABLE
            pyspark.sql.UDFRegistration | register | warning | NBM206 | TABLE
            pyspark.SparkContext | parallelize | warning | NBM204 | TABLE
            pyspark.SparkContext | addPyFile | warning | NBM209 | TABLE
            pyspark.sql.SparkSession | _jvm | warning | NBM210 | TABLE
            pyspark.SparkContext | _jsc | warning | NBM210 | TABLE
            pyspark.sql.DataFrame | toPandas | unsupported | NBM202 | TABLE
            pyspark.sql.DataFrame | mapInPandas | unsupported | NBM202 | TABLE
            pyspark.sql.functions | pandas_udf | unsupported | NBM202 | TABLE
            pyspark.sql.GroupedData | applyInPandas | unsupported | NBM202 | TABLE
            pyspark.sql.DataFrame | rdd | unsupported | NBM203 | TABLE
            pyspark.SparkContext | textFile | unsupported | NBM203 | TABLE
            pyspark.SparkContext | broadcast | unsupported | NBM203 | TABLE
            pyspark.RDD | map | unsupported | NBM203 | CLASS
            pyspark.mllib | tree | unsupported | NBM203 | CLASS
            pyspark.sql.DataFrame | foreach | unsupported | NBM207 | TABLE
            pyspark.sql.DataFrame | foreachPartition | unsupported | NBM207 | TABLE
            pyspark.sql.SparkSession | readStream | unsupported | NBM208 | TABLE
            pyspark.sql.DataFrame | writeStream | unsupported | NBM208 | TABLE
            pyspark.sql.streaming.DataStreamReader | load | unsupported | NBM208 | CLASS
            pyspark.pandas | read_csv | unsupported | NBM202 | CLASS
            pyspark.sql.Column | __bool__ | unsupported | NBM201 | TABLE
            pyspark.sql.functions | no_such_function | unsupported | NBM201 | NOT_FOUND
            pyspark.sql.DataFrame | _private_thing | unsupported | NBM201 | NOT_FOUND
            pyspark.ml.feature | NoSuchTransformer | unsupported | NBM201 | NOT_FOUND
            pyspark.not_a_module | x | unsupported | NBM201 | NOT_FOUND
            """)
    void classifies(String owner, String member, String status, String code, String source) {
        ApiSupport s = CATALOG.classify(owner, member);
        assertThat(s.status().label()).as(s.describe()).isEqualTo(status);
        assertThat(s.code().map(c -> c.id()).orElse("-")).as(s.describe()).isEqualTo(code);
        assertThat(s.source().name()).isEqualTo(source);
        if (s.status() == SupportStatus.UNSUPPORTED) {
            assertThat(s.target()).isEmpty();
        }
    }

    @Test
    void renamesAndAccessorsComeFromTheTable() {
        assertThat(target("pyspark.sql.DataFrame", "groupby").name()).isEqualTo("groupBy");
        assertThat(target("pyspark.sql.DataFrame", "drop_duplicates").name()).isEqualTo("dropDuplicates");
        assertThat(target("pyspark.sql.DataFrame", "subtract").name()).isEqualTo("except");
        assertThat(target("pyspark.sql.Column", "astype").name()).isEqualTo("cast");
        assertThat(target("pyspark.sql.Column", "startswith").name()).isEqualTo("startsWith");
        assertThat(target("pyspark.sql.functions", "create_map").name()).isEqualTo("map");
        JavaTarget fill = target("pyspark.sql.DataFrame", "fillna");
        assertThat(fill.accessors()).containsExactly("na");
        assertThat(fill.name()).isEqualTo("fill");
        assertThat(fill.javaClass()).isEqualTo("org.apache.spark.sql.DataFrameNaFunctions");
        JavaTarget sampleBy = target("pyspark.sql.DataFrame", "sampleBy");
        assertThat(sampleBy.accessors()).containsExactly("stat");
        JavaTarget not = target("pyspark.sql.Column", "__invert__");
        assertThat(not.form()).isEqualTo(JavaTarget.Form.STATIC_METHOD);
        assertThat(not.receiverAsFirstArg()).isTrue();
        assertThat(not.describe()).isEqualTo("functions.not(self, ...)");
        JavaTarget integer = target("pyspark.sql.types", "IntegerType");
        assertThat(integer.form()).isEqualTo(JavaTarget.Form.STATIC_FIELD);
        assertThat(integer.describe()).isEqualTo("DataTypes.IntegerType");
        ApiSupport select = CATALOG.classify("pyspark.sql.DataFrame", "select");
        assertThat(select.rule()).contains(TranslationRule.LIST_OR_VARARGS);
        assertThat(select.params().orElseThrow().toString()).isEqualTo("*cols");
        ApiSupport show = CATALOG.classify("pyspark.sql.DataFrame", "show");
        assertThat(show.params().orElseThrow().toString()).isEqualTo("n=20, truncate:width=True, vertical=False");
        assertThat(CATALOG.classify("pyspark.sql.DataFrame", "orderBy").params().orElseThrow().toString())
                .isEqualTo("*cols, ascending=True");
        assertThat(CATALOG.classify("pyspark.sql.DataFrame", "write").kind()).isEqualTo(MemberKind.PROPERTY);
        assertThat(CATALOG.classify("pyspark.sql.Window", "unboundedPreceding").kind())
                .isEqualTo(MemberKind.CONSTANT);
    }

    private static JavaTarget target(String owner, String member) {
        return CATALOG.classify(owner, member).target().orElseThrow();
    }

    @Test
    void versionLimitedMembersFollowTheSparkOnTheClasspath() {
        ApiSupport asOf = CATALOG.classify("pyspark.sql.DataFrame", "_joinAsOf");
        if (CATALOG.sparkVersion().major() >= 4) {
            assertThat(asOf.status()).isEqualTo(SupportStatus.UNSUPPORTED);
            assertThat(asOf.code().orElseThrow().id()).isEqualTo("NBM214");
            assertThat(asOf.note()).contains("<4.0");
        } else {
            assertThat(asOf.status()).isEqualTo(SupportStatus.WARNING);
            assertThat(asOf.code().orElseThrow().id()).isEqualTo("NBM217");
            assertThat(asOf.target().orElseThrow().name()).isEqualTo("joinAsOf");
        }
    }

    @Test
    void typesImportedNames() {
        assertThat(CATALOG.typeOfQualifiedName("pyspark.sql.functions"))
                .contains(new ModuleType("pyspark.sql.functions"));
        assertThat(CATALOG.typeOfQualifiedName("pyspark.sql.window.Window"))
                .contains(new ClassObjectType("pyspark.sql.Window"));
        assertThat(CATALOG.typeOfQualifiedName("pyspark.sql.types.StructType"))
                .contains(new ClassObjectType("pyspark.sql.types.StructType"));
        assertThat(CATALOG.typeOfQualifiedName("pyspark.sql.types.IntegerType"))
                .contains(new ClassObjectType("pyspark.sql.types.IntegerType"));
        assertThat(CATALOG.typeOfQualifiedName("pyspark.sql.Row"))
                .contains(new ClassObjectType("pyspark.sql.Row"));
        assertThat(CATALOG.typeOfQualifiedName("pyspark.sql.functions.col"))
                .contains(new ApiMemberType("pyspark.sql.functions", "col"));
        assertThat(CATALOG.typeOfQualifiedName("pyspark.ml.feature.VectorAssembler"))
                .contains(new ClassObjectType("pyspark.ml.feature.VectorAssembler"));
        assertThat(CATALOG.typeOfQualifiedName("pyspark.ml.feature")).contains(new ModuleType("pyspark.ml.feature"));
        assertThat(CATALOG.typeOfQualifiedName("pyspark.sql.functions.nothing_like_this")).isEmpty();
        assertThat(CATALOG.typeOfQualifiedName("os.path")).isEmpty();
    }

    @Test
    void ownersOfTypes() {
        assertThat(CATALOG.ownerOf(SparkObject.DATAFRAME)).contains("pyspark.sql.DataFrame");
        assertThat(CATALOG.ownerOf(SqlDataType.of("LongType"))).contains("pyspark.sql.types.DataType");
        assertThat(CATALOG.ownerOf(new MlType(MlKind.MODEL,
                "org.apache.spark.ml.classification.LogisticRegressionModel")))
                .contains("pyspark.ml.classification.LogisticRegressionModel");
        assertThat(CATALOG.ownerOf(new JavaObjectType("org.apache.spark.ml.param.DoubleParam")))
                .contains("java:org.apache.spark.ml.param.DoubleParam");
        assertThat(CATALOG.ownerOf(dev.nbmigrate.converter.types.ScalarType.STR)).isEqualTo(Optional.empty());
        assertThat(CATALOG.classify("java:org.apache.spark.ml.param.DoubleParam", "name").status())
                .isEqualTo(SupportStatus.SUPPORTED);
    }

    @Test
    void answersAreDeterministicAcrossLoads() {
        ApiCatalog other = ApiCatalog.load(getClass().getClassLoader());
        assertThat(other.tableRows()).isEqualTo(CATALOG.tableRows());
        assertThat(other.classify("pyspark.sql.functions", "upper")).isEqualTo(
                CATALOG.classify("pyspark.sql.functions", "upper"));
        assertThat(CATALOG.classify("pyspark.sql.DataFrame", "select"))
                .isSameAs(CATALOG.classify("pyspark.sql.DataFrame", "select"));
    }
}
