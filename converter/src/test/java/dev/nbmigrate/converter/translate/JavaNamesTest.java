package dev.nbmigrate.converter.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.nbmigrate.converter.types.ScalarType;

class JavaNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "bad_lines, badLines",
        "df, df",
        "df_2, df2",
        "TOTAL_ROWS, totalRows",
        "DF, df",
        "myDF, myDf",
        "HTTPPort, httpPort",
        "top10Rows, top10Rows",
        "Raw_Data, rawData",
        "_private, privateValue",
        "__x__, x",
        "class_, classValue",
        "new, newValue",
        "_, unused",
        "2nd, v2nd",
    })
    void pythonNamesGetCamelCaseJavaNames(String python, String java) {
        assertThat(JavaNames.variable(python)).isEqualTo(java);
    }

    @Test
    void parameterListsStayDistinct() {
        assertThat(JavaNames.parameters(List.of("a_b", "aB", "a__b", "c"))).containsExactly("aB", "aB2", "aB3", "c");
    }

    @Test
    void namesTheJobReservesAreNotTaken() {
        Scope scope = new Scope();
        List.of("ctx", "config", "spark", "LOG").forEach(scope::reserve);
        assertThat(scope.assign("ctx", ScalarType.INT, "long", Optional.empty()).symbol().javaName()).isEqualTo("ctx2");
        assertThat(scope.assign("config", ScalarType.INT, "long", Optional.empty()).symbol().javaName())
                .isEqualTo("config2");
        assertThat(scope.assign("LOG", ScalarType.INT, "long", Optional.empty()).symbol().javaName()).isEqualTo("log");
    }
}
