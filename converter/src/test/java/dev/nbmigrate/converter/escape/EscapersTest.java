package dev.nbmigrate.converter.escape;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each output context's escaper, on the hostile text a notebook can hold. */
class EscapersTest {

    @Test
    void markdownTextHasNoHtmlNoLineBreakAndNoMarkup() {
        assertThat(Markdown.text("<script>alert(1)</script>")).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(Markdown.text("a | b\r\n## c")).isEqualTo("a \\| b ## c");
        assertThat(Markdown.text("[x](javascript:alert(1)) *y* `z` \\")).isEqualTo(
                "\\[x\\](javascript:alert(1)) \\*y\\* \\`z\\` \\\\");
        assertThat(Markdown.text("a\u2028b\u0085c\u0000d\u007fe\u009bf")).isEqualTo("a b cdef");
    }

    @Test
    void markdownCodeSpanHoldsAnyTextVerbatimOnOneLine() {
        assertThat(Markdown.code("/tmp/a.csv")).isEqualTo("`/tmp/a.csv`");
        assertThat(Markdown.code("a`b")).isEqualTo("``a`b``");
        assertThat(Markdown.code("`x``")).isEqualTo("``` `x`` ```");
        assertThat(Markdown.code("<script>\nx")).isEqualTo("`<script> x`");
    }

    @Test
    void markdownCellOfOurOwnMarkdownKeepsCodeSpans() {
        assertThat(Markdown.cell("use `ctx.path(...)` | or\nnot")).isEqualTo("use `ctx.path(...)` \\| or not");
    }

    @Test
    void yamlStringsEscapeEveryControlCharacter() {
        assertThat(Yaml.string("say \"hi\"\n\\")).isEqualTo("\"say \\\"hi\\\"\\n\\\\\"");
        assertThat(Yaml.string("a\u007fb\u0085c\u009fd\u0001e\u2028f\ufeff")).isEqualTo(
                "\"a\\x7fb\\x85c\\x9fd\\x01e\\u2028f\\ufeff\"");
        assertThat(Yaml.comment("job\nkey: value\u0085x")).isEqualTo("job key: value x");
    }

    @Test
    void xmlCommentsNeverHoldADoubleHyphenNorEndWithOne() {
        assertThat(Xml.comment("notebooks/a--b.ipynb")).isEqualTo("notebooks/a- -b.ipynb");
        assertThat(Xml.comment("a---b-")).isEqualTo("a- - -b- ");
        assertThat(Xml.comment("x --> <evil/>\ny")).isEqualTo("x - -> <evil/> y");
        assertThat(Xml.text("<a b='c'>&\u0001")).isEqualTo("&lt;a b=&apos;c&apos;&gt;&amp;\ufffd");
    }
}
