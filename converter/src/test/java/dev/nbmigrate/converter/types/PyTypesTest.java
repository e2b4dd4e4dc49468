package dev.nbmigrate.converter.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PyTypesTest {

    @ParameterizedTest(name = "{0} ⊔ {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            int | int | int
            int | float | float
            float | int | float
            bool | int | int
            str | None | Optional[str]
            None | DataFrame | Optional[DataFrame]
            Optional[int] | float | Optional[float]
            Optional[int] | None | Optional[int]
            None | None | None
            str | int | Unknown
            str | Column | Unknown
            Column | Column | Column
            DataFrame | Unknown | Unknown
            date | datetime | Unknown
            list[int] | list[float] | list[float]
            list[str] | list[int] | list[Unknown]
            list[str] | tuple[str] | Unknown
            dict[str, int] | dict[str, None] | dict[str, Optional[int]]
            set[str] | set[str] | set[str]
            tuple[str, int] | tuple[str, float] | tuple[str, float]
            tuple[str, int] | tuple[str] | tuple[Unknown, ...]
            tuple[int, ...] | tuple[float, ...] | tuple[float, ...]
            LongType | LongType | LongType
            LongType | StringType | DataType
            StructType | LongType | DataType
            java:org.apache.spark.ml.param.ParamMap | java:org.apache.spark.ml.param.DoubleParam | Unknown
            """)
    void joins(String a, String b, String expected) {
        assertThat(PyTypes.join(PyTypes.parse(a), PyTypes.parse(b)).display()).isEqualTo(expected);
        assertThat(PyTypes.join(PyTypes.parse(b), PyTypes.parse(a)).display()).isEqualTo(expected);
    }

    @Test
    void joinsMlStagesToTheirCommonKind() {
        MlType assembler = new MlType(MlKind.TRANSFORMER, "org.apache.spark.ml.feature.VectorAssembler");
        MlType lr = new MlType(MlKind.ESTIMATOR, "org.apache.spark.ml.classification.LogisticRegression");
        MlType model = new MlType(MlKind.MODEL, "org.apache.spark.ml.classification.LogisticRegressionModel");
        MlType evaluator = new MlType(MlKind.EVALUATOR, "org.apache.spark.ml.evaluation.RegressionEvaluator");
        assertThat(PyTypes.join(assembler, lr)).isEqualTo(MlType.of(MlKind.STAGE));
        assertThat(PyTypes.join(model, assembler)).isEqualTo(MlType.of(MlKind.TRANSFORMER));
        assertThat(PyTypes.join(lr, lr)).isEqualTo(lr);
        assertThat(PyTypes.join(evaluator, lr)).isEqualTo(UnknownType.UNKNOWN);
        assertThat(MlType.of(MlKind.STAGE).javaClass()).isEqualTo("org.apache.spark.ml.PipelineStage");
    }

    @Test
    void joinsFunctionsOfTheSameArity() {
        FunctionType a = new FunctionType(1, FunctionKind.LAMBDA, ScalarType.INT);
        FunctionType b = new FunctionType(1, FunctionKind.DEF, ScalarType.FLOAT);
        assertThat(PyTypes.join(a, b)).isEqualTo(new FunctionType(1, FunctionKind.DEF, ScalarType.FLOAT));
        assertThat(PyTypes.join(a, new FunctionType(2, FunctionKind.LAMBDA, ScalarType.INT))).isEqualTo(
                UnknownType.UNKNOWN);
    }

    @Test
    void joinsAListOfTypesAndTheEmptyList() {
        assertThat(PyTypes.join(List.of(ScalarType.INT, ScalarType.NONE, ScalarType.FLOAT)))
                .isEqualTo(new NullableType(ScalarType.FLOAT));
        assertThat(PyTypes.join(List.of())).isEqualTo(UnknownType.UNKNOWN);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            list[dict[str, tuple[int, ...]]]
            Optional[list[Column]]
            tuple[str, int, float]
            SparkSession.Builder
            DecimalType
            """)
    void parsesWhatItDisplays(String text) {
        PyType type = PyTypes.parse(text);
        assertThat(PyTypes.parse(type.display())).isEqualTo(type);
    }

    @Test
    void parsingNamesTheProblem() {
        assertThatThrownBy(() -> PyTypes.parse("list[str")).hasMessageContaining("missing ']'");
        assertThatThrownBy(() -> PyTypes.parse("Frame")).hasMessageContaining("unknown type name 'Frame'");
        assertThatThrownBy(() -> PyTypes.parse("dict[str]")).hasMessageContaining("dict takes 2");
        assertThatThrownBy(() -> PyTypes.parse("str]")).hasMessageContaining("unexpected ']'");
    }

    @Test
    void nullableNeverNests() {
        assertThat(PyTypes.nullable(PyTypes.nullable(ScalarType.STR))).isEqualTo(new NullableType(ScalarType.STR));
        assertThat(PyTypes.nullable(UnknownType.UNKNOWN)).isEqualTo(UnknownType.UNKNOWN);
        assertThatThrownBy(() -> new NullableType(ScalarType.NONE)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PyTypes.strip(new NullableType(ScalarType.INT))).isEqualTo(ScalarType.INT);
    }

    @Test
    void sparkObjectsKnowTheirPysparkAndJavaClasses() {
        assertThat(SparkObject.byPysparkClass("pyspark.sql.GroupedData")).contains(SparkObject.GROUPED_DATA);
        assertThat(SparkObject.GROUPED_DATA.javaClass()).isEqualTo("org.apache.spark.sql.RelationalGroupedDataset");
        assertThat(SparkObject.byJavaClass("org.apache.spark.sql.catalog.Catalog")).contains(SparkObject.CATALOG);
        assertThat(SparkObject.DATASTREAM_READER.supported()).isFalse();
        assertThat(SqlDataType.of("LongType").javaClass()).isEqualTo("org.apache.spark.sql.types.LongType");
        assertThatThrownBy(() -> SqlDataType.of("long")).isInstanceOf(IllegalArgumentException.class);
    }
}
