package dev.nbmigrate.converter.types;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JavaTypesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            DataFrame | Dataset<Row> | org.apache.spark.sql.Dataset org.apache.spark.sql.Row
            Column | Column | org.apache.spark.sql.Column
            GroupedData | RelationalGroupedDataset | org.apache.spark.sql.RelationalGroupedDataset
            WindowSpec | WindowSpec | org.apache.spark.sql.expressions.WindowSpec
            DataFrameWriter | DataFrameWriter<Row> | org.apache.spark.sql.DataFrameWriter org.apache.spark.sql.Row
            SparkSession.Builder | SparkSession.Builder | org.apache.spark.sql.SparkSession
            Catalog | Catalog | org.apache.spark.sql.catalog.Catalog
            int | long |
            float | double |
            bool | boolean |
            str | String |
            bytes | byte[] |
            Decimal | BigDecimal | java.math.BigDecimal
            date | LocalDate | java.time.LocalDate
            datetime | LocalDateTime | java.time.LocalDateTime
            timedelta | Duration | java.time.Duration
            Optional[int] | Long |
            list[str] | List<String> | java.util.List
            list[int] | List<Long> | java.util.List
            dict[str, int] | Map<String, Long> | java.util.Map
            dict[str, list[Column]] | Map<String, List<Column>> | java.util.List java.util.Map org.apache.spark.sql.Column
            set[str] | Set<String> | java.util.Set
            tuple[str, str] | List<String> | java.util.List
            tuple[str, int] | List<Object> | java.util.List
            LongType | DataType | org.apache.spark.sql.types.DataType
            StructType | StructType | org.apache.spark.sql.types.StructType
            Unknown | Object |
            java:org.apache.spark.ml.param.ParamMap | ParamMap | org.apache.spark.ml.param.ParamMap
            """)
    void declares(String type, String text, String imports) {
        JavaTypeRef ref = JavaTypes.declaration(PyTypes.parse(type)).orElseThrow();
        assertThat(ref.text()).isEqualTo(text);
        assertThat(String.join(" ", ref.imports())).isEqualTo(imports == null ? "" : imports);
    }

    @Test
    void declaresMlFunctionsAndNothingForModules() {
        assertThat(JavaTypes.declaration(new MlType(MlKind.ESTIMATOR,
                "org.apache.spark.ml.classification.LogisticRegression")).orElseThrow().text())
                .isEqualTo("LogisticRegression");
        assertThat(JavaTypes.declaration(new FunctionType(1, FunctionKind.LAMBDA, ScalarType.INT)).orElseThrow()
                .text()).isEqualTo("Function<Object, Long>");
        assertThat(JavaTypes.declaration(new FunctionType(2, FunctionKind.UDF, SparkObject.COLUMN)).orElseThrow()
                .text()).isEqualTo("UserDefinedFunction");
        assertThat(JavaTypes.declaration(new ModuleType("pyspark.sql.functions"))).isEmpty();
        assertThat(JavaTypes.declaration(new ClassObjectType("pyspark.sql.Window"))).isEmpty();
        assertThat(JavaTypes.declaration(new PandasType("DataFrame"))).isEmpty();
        assertThat(JavaTypes.boxedDeclaration(ScalarType.BOOL).orElseThrow().text()).isEqualTo("Boolean");
        assertThat(JavaTypes.declaration(ScalarType.INT).orElseThrow().isPrimitive()).isTrue();
    }

    @Test
    void intLiteralsKeepPy4jNarrowing() {
        assertThat(JavaTypes.intLiteralType(5)).isEqualTo("int");
        assertThat(JavaTypes.intLiteralType(Integer.MAX_VALUE)).isEqualTo("int");
        assertThat(JavaTypes.intLiteralType(Integer.MAX_VALUE + 1L)).isEqualTo("long");
        assertThat(JavaTypes.intLiteralType(Integer.MIN_VALUE - 1L)).isEqualTo("long");
    }
}
