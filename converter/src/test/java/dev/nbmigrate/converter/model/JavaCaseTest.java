package dev.nbmigrate.converter.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.nbmigrate.runtime.config.Names;

class JavaCaseTest {

    @ParameterizedTest(name = "{0} -> {1} / {2} / {3}")
    @CsvSource(delimiter = '|', value = {
        "HTTPPort          | httpPort       | HttpPort       | HTTP_PORT",
        "http_port         | httpPort       | HttpPort       | HTTP_PORT",
        "HTTP_PORT         | httpPort       | HttpPort       | HTTP_PORT",
        "my-file name.ipynb| myFileNameIpynb| MyFileNameIpynb| MY_FILE_NAME_IPYNB",
        "top10Rows         | top10Rows      | Top10Rows      | TOP10_ROWS",
        "jdbcURL           | jdbcUrl        | JdbcUrl        | JDBC_URL",
        "__x__             | x              | X              | X",
        "Hive tables       | hiveTables     | HiveTables     | HIVE_TABLES",
        "données_2024      | donnEs2024     | DonnEs2024     | DONN_ES_2024",
    })
    void everyConversionSplitsWordsTheSameWay(String name, String camel, String pascal, String upperSnake) {
        assertThat(JavaCase.camel(name)).isEqualTo(camel);
        assertThat(JavaCase.pascal(name)).isEqualTo(pascal);
        assertThat(JavaCase.upperSnake(name)).isEqualTo(upperSnake);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HTTPPort", "http_port", "lookbackDays", "RUN_DATE_FROM", "top10Rows", "jdbcURL",
        "salesDB_password", "my-file name", "A", "x2y"})
    void aFieldNamedByTheConverterIsTheOptionAndVariableTheRuntimeDerives(String pythonName) {
        String field = JavaCase.camel(pythonName);

        assertThat(Names.kebab(field)).isEqualTo(String.join("-", JavaCase.words(pythonName)));
        assertThat(Names.upperSnake(field)).isEqualTo(JavaCase.upperSnake(pythonName));
        assertThat(Names.pascal(field)).isEqualTo(JavaCase.pascal(pythonName));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"2024Report, step2024Report", "class, classStep", "'', step", "sales, sales"})
    void legalNamesGetAPrefixOrSuffix(String candidate, String legal) {
        assertThat(JavaCase.legal(candidate, "step", "Step")).isEqualTo(legal);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"HTTPPort, missingHttpPort", "daily sales, missingDailySales", "lookbackDays, missingLookbackDays"})
    void prefixedNamesCapitaliseEveryWord(String text, String expected) {
        assertThat(JavaCase.prefixed("missing", text)).isEqualTo(expected);
    }
}
