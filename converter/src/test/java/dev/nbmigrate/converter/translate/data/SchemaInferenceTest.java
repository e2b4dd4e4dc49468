package dev.nbmigrate.converter.translate.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Expected schemas are those PySpark 3.5 infers for the same Python data (as {@code toDDL}). */
class SchemaInferenceTest {

    private static PyValue.Sequence tuple(PyValue... items) {
        return new PyValue.Sequence(List.of(items), true);
    }

    private static PyValue.Sequence list(PyValue... items) {
        return new PyValue.Sequence(List.of(items), false);
    }

    private static PyValue str(String value) {
        return new PyValue.Str(value);
    }

    private static PyValue integer(long value) {
        return PyValue.Int.of(value);
    }

    private static final PyValue NONE = new PyValue.None();

    private static String ddl(List<PyValue> rows, List<String> names) {
        SchemaInference.Result result = SchemaInference.infer(rows, names);
        assertThat(result.error()).isNull();
        return result.schema().toDDL();
    }

    private static String error(List<PyValue> rows, List<String> names) {
        SchemaInference.Result result = SchemaInference.infer(rows, names);
        assertThat(result.succeeded()).isFalse();
        return result.error();
    }

    @Test
    void tuplesGetNamesOrPositionalNamesAndPythonIntIsBigint() {
        assertThat(ddl(List.of(tuple(integer(2), str("Alice")), tuple(integer(5), str("Bob"))), List.of("age", "name")))
                .isEqualTo("age BIGINT,name STRING");
        assertThat(ddl(List.of(tuple(integer(1), new PyValue.Float(2.5), new PyValue.Bool(true))), List.of()))
                .isEqualTo("_1 BIGINT,_2 DOUBLE,_3 BOOLEAN");
        assertThat(ddl(List.of(tuple(integer(1), integer(2), integer(3))), List.of("a")))
                .isEqualTo("a BIGINT,_2 BIGINT,_3 BIGINT");
    }

    @Test
    void noneTakesTheTypeOfOtherRows() {
        assertThat(ddl(List.of(tuple(NONE), tuple(str("a"))), List.of("alphabets"))).isEqualTo("alphabets STRING");
    }

    @Test
    void temporalDecimalAndBinaryValues() {
        assertThat(ddl(List.of(tuple(
                new PyValue.Date(LocalDate.of(2015, 4, 8)),
                new PyValue.DateTime(LocalDateTime.of(2015, 4, 8, 13, 8, 15)),
                new PyValue.Decimal(new BigDecimal("1.5")),
                new PyValue.Bytes(new byte[] {1}))), List.of("d", "ts", "amount", "raw")))
                .isEqualTo("d DATE,ts TIMESTAMP,amount DECIMAL(38,18),raw BINARY");
    }

    @Test
    void arraysMergeTheirElementsAcrossRows() {
        assertThat(ddl(List.of(tuple(list(integer(1), integer(2), integer(3))), tuple(list()), tuple(list(NONE))),
                List.of("data"))).isEqualTo("data ARRAY<BIGINT>");
    }

    @Test
    void dictValuesAreMapsAndDictRowsSortTheirKeys() {
        PyValue map = new PyValue.Dict(List.of(new PyValue.Entry(str("a"), new PyValue.Float(1.0))));
        assertThat(ddl(List.of(tuple(map)), List.of("data"))).isEqualTo("data MAP<STRING, DOUBLE>");

        PyValue row = new PyValue.Dict(List.of(new PyValue.Entry(str("name"), str("Alice")), new PyValue.Entry(str("age"), integer(2))));
        assertThat(ddl(List.of(row), List.of())).isEqualTo("age BIGINT,name STRING");
    }

    @Test
    void rowsKeepTheirFieldOrderAndNestAsStructs() {
        PyValue inner = new PyValue.RowValue(List.of("b", "c"), List.of(integer(1), str("x")));
        PyValue outer = new PyValue.RowValue(List.of("a", "z"), List.of(inner, tuple(integer(1), str("y"))));
        assertThat(ddl(List.of(outer), List.of())).isEqualTo("a STRUCT<b: BIGINT, c: STRING>,z STRUCT<_1: BIGINT, _2: STRING>");
    }

    @Test
    void refusesWhatPySparkRefuses() {
        assertThat(error(List.of(tuple(integer(1)), tuple(new PyValue.Float(1.5))), List.of()))
                .isEqualTo("can not merge type bigint and double");
        assertThat(error(List.of(tuple(NONE)), List.of("x")))
                .isEqualTo("some of types cannot be determined after inferring (column 'x' holds only None)");
        assertThat(error(List.of(), List.of())).isEqualTo("can not infer schema from empty dataset");
        assertThat(error(List.of(integer(1)), List.of())).isEqualTo("can not infer schema for type: int");
        assertThat(error(List.of(tuple(new PyValue.Int(BigInteger.TWO.pow(64)))), List.of()))
                .isEqualTo("int 18446744073709551616 is out of the range of a bigint");
    }
}
