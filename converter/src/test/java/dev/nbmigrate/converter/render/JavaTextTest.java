package dev.nbmigrate.converter.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

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
        assertThat(ModuleRenderer.cellsLabel(List.of(4))).isEqualTo("cell 4");
        assertThat(ModuleRenderer.cellsLabel(List.of(3, 4, 5))).isEqualTo("cells 3-5");
        assertThat(ModuleRenderer.cellsLabel(List.of(3, 5, 8))).isEqualTo("cells 3, 5 and 8");
        assertThat(ModuleRenderer.cellsLabel(List.of())).isEqualTo("no notebook cell");
    }

    @Test
    void templateFunctionsEscapeForTheirFormat() {
        assertThat(TemplateFunctions.markdownCell("a | b\n c")).isEqualTo("a \\| b c");
        assertThat(TemplateFunctions.yamlString("say \"hi\"\n${x}")).isEqualTo("\"say \\\"hi\\\"\\n${x}\"");
        assertThat(TemplateFunctions.xmlText("<a & \"b\">")).isEqualTo("&lt;a &amp; &quot;b&quot;&gt;");
    }
}
