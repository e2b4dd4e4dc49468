package dev.nbmigrate.converter.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import scala.jdk.javaapi.CollectionConverters;

class PythonReprTest {

    private final PythonRepr repr = new PythonRepr(ZoneOffset.UTC);

    /** Expected values are what CPython 3.11 prints for {@code repr(float)}. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.1|0.1",
        "1e16|1e+16",
        "1e15|1000000000000000.0",
        "1.5e-5|1.5e-05",
        "0.0001|0.0001",
        "123456789.123|123456789.123",
        "0.3333333333333333|0.3333333333333333",
        "-2.5e-7|-2.5e-07",
        "1.7976931348623157e308|1.7976931348623157e+308",
        "4.9e-324|5e-324",
        "400|400.0",
        "1e22|1e+22",
        "1.23456e-08|1.23456e-08",
        "9223372036854775807|9.223372036854776e+18",
        "-0.0|-0.0",
    })
    void floatsPrintLikePython(double value, String expected) {
        assertThat(PythonRepr.floatRepr(value)).isEqualTo(expected);
    }

    @Test
    void floatColumnsWidenToDoubleAsPySparkDoes() {
        assertThat(repr.value(0.1f, DataTypes.FloatType)).isEqualTo("0.10000000149011612");
    }

    @Test
    void specialFloats() {
        assertThat(PythonRepr.floatRepr(Double.NaN)).isEqualTo("nan");
        assertThat(PythonRepr.floatRepr(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
    }

    @Test
    void stringsChooseQuotesAndEscapeLikePython() {
        assertThat(PythonRepr.stringRepr("it's")).isEqualTo("\"it's\"");
        assertThat(PythonRepr.stringRepr("a\"b")).isEqualTo("'a\"b'");
        assertThat(PythonRepr.stringRepr("both'\"")).isEqualTo("'both\\'\"'");
        assertThat(PythonRepr.stringRepr("tab\there\n")).isEqualTo("'tab\\there\\n'");
        assertThat(PythonRepr.stringRepr("é\u200b\u007f")).isEqualTo("'é\\u200b\\x7f'");
    }

    @Test
    void bytesPrintAsBytearray() {
        assertThat(PythonRepr.bytesRepr(new byte[] {'a', 'b', 0, (byte) 0xff, '\''})).isEqualTo("b\"ab\\x00\\xff'\"");
        assertThat(repr.value("ABC".getBytes(java.nio.charset.StandardCharsets.US_ASCII), DataTypes.BinaryType))
                .isEqualTo("bytearray(b'ABC')");
    }

    @Test
    void temporalValuesPrintAsDatetimeModule() {
        assertThat(repr.value(LocalDate.of(2015, 4, 8), DataTypes.DateType)).isEqualTo("datetime.date(2015, 4, 8)");
        assertThat(repr.value(java.sql.Date.valueOf("2015-04-08"), DataTypes.DateType)).isEqualTo("datetime.date(2015, 4, 8)");
        assertThat(repr.value(Timestamp.from(LocalDateTime.of(2015, 4, 8, 0, 0).toInstant(ZoneOffset.UTC)), DataTypes.TimestampType))
                .isEqualTo("datetime.datetime(2015, 4, 8, 0, 0)");
        assertThat(repr.value(LocalDateTime.of(2015, 4, 8, 13, 8, 15, 123_000_000), DataTypes.TimestampNTZType))
                .isEqualTo("datetime.datetime(2015, 4, 8, 13, 8, 15, 123000)");
        assertThat(repr.value(Duration.ofDays(-1).plusSeconds(5), null)).isEqualTo("datetime.timedelta(days=-1, seconds=5)");
        assertThat(repr.value(Duration.ZERO, null)).isEqualTo("datetime.timedelta(0)");
        assertThat(repr.value(Duration.ofNanos(1_000), null)).isEqualTo("datetime.timedelta(microseconds=1)");
    }

    @Test
    void timestampsFollowThePythonDriversZone() {
        PythonRepr losAngeles = new PythonRepr(java.time.ZoneId.of("America/Los_Angeles"));
        Timestamp midnightUtc = Timestamp.from(LocalDateTime.of(2015, 4, 8, 0, 0).toInstant(ZoneOffset.UTC));
        assertThat(losAngeles.value(midnightUtc, DataTypes.TimestampType)).isEqualTo("datetime.datetime(2015, 4, 7, 17, 0)");
    }

    @Test
    void rowsNestAndKeepFieldNamesUnquoted() {
        StructType inner = new StructType().add("b", DataTypes.LongType);
        StructType schema = new StructType()
                .add("CSC(1.5)", DataTypes.DoubleType)
                .add("s", inner)
                .add("xs", DataTypes.createArrayType(DataTypes.StringType))
                .add("m", DataTypes.createMapType(DataTypes.StringType, DataTypes.createDecimalType(5, 2)))
                .add("n", DataTypes.StringType)
                .add("ok", DataTypes.BooleanType);
        Row row = new GenericRowWithSchema(new Object[] {
            1.0,
            new GenericRowWithSchema(new Object[] {3L}, inner),
            CollectionConverters.asScala(List.of("x", "y")).toSeq(),
            CollectionConverters.asScala(new java.util.LinkedHashMap<>(java.util.Map.of("k", new BigDecimal("1.50")))),
            null,
            true,
        }, schema);

        assertThat(repr.rows(List.of(row, row)).split("\\), Row\\(")).hasSize(2);
        assertThat(repr.row(row))
                .isEqualTo("Row(CSC(1.5)=1.0, s=Row(b=3), xs=['x', 'y'], m={'k': Decimal('1.50')}, n=None, ok=True)");
    }

    @Test
    void emptyCollections() {
        assertThat(repr.rows(List.of())).isEqualTo("[]");
        assertThat(repr.value(CollectionConverters.asScala(java.util.Map.of()), null)).isEqualTo("{}");
    }

    @Test
    void rddResultsPrintAsPythonValues() {
        assertThat(repr.value(new scala.Tuple2<>("a", new scala.Tuple2<>(2L, null)), null)).isEqualTo("('a', (2, None))");
        assertThat(repr.value(new scala.Tuple1<>(1L), null)).isEqualTo("(1,)");
        assertThat(repr.value(java.util.Optional.empty(), null)).isEqualTo("None");
        assertThat(repr.value(java.util.Optional.of(1.5), null)).isEqualTo("1.5");
        assertThat(repr.value(scala.Option.apply(null), null)).isEqualTo("None");
        assertThat(repr.value(java.util.Set.of("x"), null)).isEqualTo("{'x'}");
        assertThat(repr.value(java.util.Set.of(), null)).isEqualTo("set()");
        assertThat(repr.value(List.of(new scala.Tuple2<>("k", 1e-05)), null)).isEqualTo("[('k', 1e-05)]");
    }
}
