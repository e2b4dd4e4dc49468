package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.parse.python.ast.BinOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Python's string building at conversion time, checked against what CPython prints for the same expressions. */
class ConstantFolderTest {

    /** Each expression folded by analysing {@code value = <expression>}; expected is CPython's {@code str(value)}. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            "a" + "b"                                        | ab
            "{0}-{1}".format("x", 2)                         | x-2
            "{}/{}".format("raw", "2024")                    | raw/2024
            "{name}!".format(name="hi")                      | hi!
            `"{0:>5}|{1:<4}|{2:^7}".format("ab", "c", "mid")` | `   ab|c   |  mid  `
            "{:.2f} {:,d} {:05d} {:.1%}".format(3.14159, 1234567, 42, 0.256) | 3.14 1,234,567 00042 25.6%
            "{0!r} {{literal}}".format("q")                  | 'q' {literal}
            "%s has %d rows (%.1f%%)" % ("t", 10, 12.345)    | t has 10 rows (12.3%)
            `"%-5s|%5s" % ("ab", "cd")`                      | `ab   |   cd`
            "id=%r" % "x"                                    | id='x'
            f"{'a'}-{1 + 1:03d}"                             | a-002
            "  padded  ".strip()                             | padded
            "/path/".lstrip("/")                             | path/
            "A-B".lower().replace("-", "_")                  | a_b
            ", ".join(["a", "b", "c"])                       | a, b, c
            "x" * 3                                          | xxx
            str(1.5) + str(10) + str(None) + str(True)       | 1.510NoneTrue
            str(1e16) + " " + str(0.0001) + " " + str(1e-5)  | 1e+16 0.0001 1e-05
            7 // 2 + 7 % 3                                   | 4
            -7 // 2                                          | -4
            """)
    void foldsLikePython(String expression, String expected) {
        Program program = Notebooks.on(Notebooks.PYSPARK3).code("value = " + expression).analyze();
        assertThat(program.constantOf(Trees.assigned(program, 1, "value")).map(ConstantValue::str)).contains(expected);
    }

    @Test
    void runTimePartsBecomeLabelledHoles() {
        Program program = Notebooks.on(Notebooks.PYSPARK3)
                .code("day = input()\nvalue = \"/data/{0}/{1}\".format(day, 'x') + '/' + day.upper()")
                .analyze();
        ConstantValue value = program.constantOf(Trees.assigned(program, 1, "value")).orElseThrow();
        assertThat(value).isInstanceOf(ConstantValue.Template.class);
        assertThat(value.str()).isEqualTo("/data/{day}/x/{day.upper()}");
        assertThat(((ConstantValue.Template) value).holes()).containsExactly("day", "day.upper()");
        assertThat(program.diagnostics()).noneMatch(d -> d.code() == Code.NBM310);
    }

    @Test
    void formsPythonWouldRejectAreNotFolded() {
        assertThat(ConstantFolder.format("{0} {1}", List.of(new ConstantValue.Str("a")), Map.of())).isNull();
        assertThat(ConstantFolder.format("{a.b}", List.of(), Map.of())).isNull();
        assertThat(ConstantFolder.percent("%s %s", new ConstantValue.Str("one"))).isNull();
        assertThat(ConstantFolder.binary(BinOperator.FLOOR_DIV, ConstantValue.Int.of(1), ConstantValue.Int.of(0)))
                .isNull();
        assertThat(ConstantFolder.applySpec(new ConstantValue.Str("x"), "d")).isNull();
    }

    @Test
    void reprQuotesLikePython() {
        assertThat(new ConstantValue.Str("it's").repr()).isEqualTo("\"it's\"");
        assertThat(new ConstantValue.Str("say \"hi\"").repr()).isEqualTo("'say \"hi\"'");
        assertThat(new ConstantValue.Str("both ' and \"").repr()).isEqualTo("'both \\' and \"'");
        assertThat(new ConstantValue.Str("tab\there\n").repr()).isEqualTo("'tab\\there\\n'");
        assertThat(new ConstantValue.Sequence(List.of(ConstantValue.Int.of(1)), true).repr()).isEqualTo("(1,)");
    }
}
