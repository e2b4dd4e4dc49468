package dev.nbmigrate.converter.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.nbmigrate.converter.escape.Markdown;
import dev.nbmigrate.converter.escape.Xml;
import dev.nbmigrate.converter.escape.Yaml;

import dev.nbmigrate.converter.expect.Expectations.ExpectedRow;

class JavaTextTest {

    @Test
    void literalsReadBackAsTheValue() {
        assertThat(JavaText.stringLiteral("a\"b\\c\n\té")).isEqualTo("\"a\\\"b\\\\c\\n\\t\\u00e9\"");
        assertThat(JavaText.valueLiteral(12L)).isEqualTo("12L");
        assertThat(JavaText.valueLiteral(0.1)).isEqualTo("0.1");
        assertThat(JavaText.valueLiteral(1e-9)).isEqualTo("1.0E-9");
        assertThat(JavaText.valueLiteral(null)).isEqualTo("null");
        assertThat(JavaText.valueLiteral(true)).isEqualTo("true");
    }

    @Test
    void javadocTextCannotCloseTheComment() {
        assertThat(JavaText.javadoc("Sales <GBP> & */ @site\n  daily")).isEqualTo("Sales &lt;GBP&gt; &amp; *&#47; &#64;site daily");
    }

    @Test
    void aBodyIsReindentedForItsMethod() {
        String body = "\n\n    a();\n\tif (x) {\n\t    b();   \n    }\n\n\n\n    c();\n\n";

        assertThat(JavaText.indentBody(body, "        ")).isEqualTo(
                "        a();\n        if (x) {\n            b();\n        }\n\n        c();");
        assertThat(JavaText.indentBody("  \n", "  ")).isEmpty();
    }

    @Test
    void rowChecksFilterByKeyAndCompareEveryValue() {
        ExpectedRow row = new ExpectedRow(new java.util.LinkedHashMap<>(java.util.Map.of("site_id", "S1")));
        var values = new java.util.LinkedHashMap<String, Object>();
        values.put("site_id", "S1");
        values.put("day", 3L);
        values.put("net.sales", 2.5);
        values.put("note", null);

        var checks = OutputChecks.rows(List.of("site_id", "day"), List.of(new ExpectedRow(values), row).subList(0, 1));

        assertThat(checks).hasSize(1);
        assertThat(checks.get(0).filter()).isEqualTo("col(\"site_id\").cast(\"string\").equalTo(\"S1\").and(col(\"day\").equalTo(3L))");
        assertThat(checks.get(0).columns()).isEqualTo("col(\"site_id\").cast(\"string\"), col(\"day\"), col(\"`net.sales`\"), col(\"note\")");
        assertThat(checks.get(0).values()).isEqualTo("\"S1\", 3L, 2.5, null");
    }

    @Test
    void cellLabelsNameRangesAndLists() {
        assertThat(JobViews.cellsLabel(List.of(4))).isEqualTo("cell 4");
        assertThat(JobViews.cellsLabel(List.of(3, 4, 5))).isEqualTo("cells 3-5");
        assertThat(JobViews.cellsLabel(List.of(3, 5, 8))).isEqualTo("cells 3, 5 and 8");
        assertThat(JobViews.cellsLabel(List.of(1, 2, 3, 4, 5, 7))).isEqualTo("cells 1-5 and 7");
        assertThat(JobViews.cellsLabel(List.of(2, 4, 5, 9, 10, 11))).isEqualTo("cells 2, 4-5 and 9-11");
        assertThat(JobViews.cellsLabel(List.of())).isEqualTo("no notebook cell");
    }

    @Test
    void templateFunctionsEscapeForTheirFormat() {
        assertThat(Markdown.text("a | b\n c")).isEqualTo("a \\| b c");
        assertThat(Yaml.string("say \"hi\"\n${x}")).isEqualTo("\"say \\\"hi\\\"\\n${x}\"");
        assertThat(Xml.text("<a & \"b\">")).isEqualTo("&lt;a &amp; &quot;b&quot;&gt;");
    }

    @Test
    void noUnicodeEscapeOfANotebookIsDecodedByJavac() {
        assertThat(JavaText.lineComment("y = f(\"x\") # \\u000a System.exit(5); //"))
                .isEqualTo("y = f(\"x\") # \\\\u000a System.exit(5); //");
        assertThat(JavaText.lineComment("r\"D:\\data\\users.csv\"")).isEqualTo("r\"D:\\data\\\\users.csv\"");
        assertThat(JavaText.lineComment("a\\\\u000a")).as("an even run begins no escape").isEqualTo("a\\\\u000a");
        assertThat(JavaText.lineComment("a\\\\\\uu002a/")).isEqualTo("a\\\\\\\\uu002a/");
        assertThat(JavaText.lineComment("one\ntwo\rthree")).isEqualTo("one two three");
        assertThat(JavaText.javadoc("Title \\u002a/ evil */")).isEqualTo("Title \\\\u002a/ evil *&#47;");
        assertThat(JavaText.safeUnicodeEscapes("String s = \"\\u00e9\\u0007\"; // \\u000a x \\users"))
                .isEqualTo("String s = \"\\u00e9\\u0007\"; // \\\\u000a x \\\\users");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "\n    SELECT a,\n           b\n    FROM t\n",
        "SELECT a\nFROM t",
        "SELECT 'x  '  \n\n   \nFROM \"\"\"q\"\"\"\" WHERE c = 'a\\b\tc'\t",
        "\u0001 line\r\nnext \\u0041",
    })
    void textBlocksKeepTheStringExactly(String text) {
        String content = JavaText.textBlockContent(text);
        // what javac does with a text block's content (JLS 3.10.6): strip the incidental indentation, then escapes
        org.assertj.core.api.Assertions.assertThat(content).startsWith("\n").doesNotContainPattern("(?<!\\\\)\"\"\"");
        String value = content.substring(1).stripIndent().translateEscapes();
        org.assertj.core.api.Assertions.assertThat(value).isEqualTo(text);
    }

    @Test
    void onlyLongMultiLineTextWantsATextBlock() {
        org.assertj.core.api.Assertions.assertThat(JavaText.wantsTextBlock("a\nb")).isFalse();
        org.assertj.core.api.Assertions.assertThat(JavaText.wantsTextBlock("SELECT a, b, c FROM some_table WHERE x = 1"))
                .isFalse();
        org.assertj.core.api.Assertions.assertThat(JavaText.wantsTextBlock("SELECT a, b, c\nFROM some_table\nWHERE x = 1"))
                .isTrue();
    }
}
