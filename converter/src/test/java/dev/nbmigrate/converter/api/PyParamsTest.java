package dev.nbmigrate.converter.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PyParamsTest {

    @Test
    void parsesAndPrintsTheTableSpelling() {
        String text = "path, schema:call=None, sep:option=None, *, strict=True, **options";
        PyParams params = PyParams.parse(text);
        assertThat(params.toString()).isEqualTo(text);
        assertThat(params.get("sep").orElseThrow().tag()).isEqualTo(ParamTag.OPTION);
        assertThat(params.get("strict").orElseThrow().keywordOnly()).isTrue();
        assertThat(PyParams.parse("*cols, ascending=True").get("ascending").orElseThrow().keywordOnly()).isTrue();
        assertThat(PyParams.parse("unix_timestamp='yyyy-MM-dd, HH'").params().get(0).defaultValue().orElseThrow()
                .value()).isEqualTo("yyyy-MM-dd, HH");
    }

    @Test
    void rejectsMalformedLists() {
        assertThatThrownBy(() -> PyParams.parse("a, a")).hasMessageContaining("duplicate parameter 'a'");
        assertThatThrownBy(() -> PyParams.parse("**kw, a")).hasMessageContaining("after **kwargs");
        assertThatThrownBy(() -> PyParams.parse("a=foo()")).hasMessageContaining("not a Python literal");
        assertThatThrownBy(() -> PyParams.parse("a:weird")).hasMessageContaining("unknown parameter tag");
        assertThatThrownBy(() -> PyParams.parse("a='x")).hasMessageContaining("unbalanced");
    }

    @Test
    void bindsPositionalKeywordAndDefaultArguments() {
        PyParams show = PyParams.parse("n=20, truncate=True, vertical=False");
        Binding b = show.bind(List.of(), Map.of("vertical", Arg.boolLiteral(true)));
        assertThat(b.problems()).isEmpty();
        assertThat(b.javaArgs(0)).extracting(a -> a.arg().describe()).containsExactly("20", "True", "True");
        assertThat(b.javaArgs(0)).extracting(Binding.BoundArg::fromDefault).containsExactly(true, true, false);
        assertThat(show.bind(List.of(), Map.of()).javaArgs(0)).isEmpty();
        assertThat(show.bind(List.of(), Map.of()).javaArgs(1)).extracting(a -> a.arg().describe())
                .containsExactly("20");
    }

    @Test
    void anExplicitNoneForANoneDefaultCountsAsAbsent() {
        Binding b = PyParams.parse("other, on=None, how=None").bind(List.of(Arg.of(
                dev.nbmigrate.converter.types.SparkObject.DATAFRAME), Arg.none()), Map.of());
        assertThat(b.javaArgs(0)).hasSize(1);
        assertThat(b.isGiven("on")).isTrue();
    }

    @Test
    void varargsKeywordOnlyAndExtraKeywords() {
        PyParams params = PyParams.parse("sep, *cols, ascending=True, **options");
        Binding b = params.bind(List.of(Arg.strLiteral("-"), Arg.strLiteral("a"), Arg.strLiteral("b")),
                Map.of("ascending", Arg.boolLiteral(false), "x", Arg.intLiteral(1)));
        assertThat(b.varargs()).hasSize(2);
        assertThat(b.extraKeywords()).containsOnlyKeys("x");
        assertThat(b.javaArgs(0)).extracting(a -> a.arg().describe()).containsExactly("'-'", "'a'", "'b'");
        assertThat(b.value("ascending").orElseThrow().value()).isEqualTo(false);
    }

    @Test
    void reportsProblemsInsteadOfThrowing() {
        PyParams params = PyParams.parse("col1, col2");
        assertThat(params.bind(List.of(Arg.strLiteral("a")), Map.of()).problems())
                .containsExactly("missing required argument 'col2'");
        assertThat(params.bind(List.of(Arg.strLiteral("a"), Arg.strLiteral("b"), Arg.strLiteral("c")), Map.of())
                .problems()).containsExactly("too many positional arguments: at most 2 accepted, 3 given");
        assertThat(params.bind(List.of(Arg.strLiteral("a")), Map.of("col1", Arg.strLiteral("b"),
                "col2", Arg.strLiteral("c"))).problems()).containsExactly("multiple values for argument 'col1'");
        assertThat(params.bind(List.of(Arg.strLiteral("a"), Arg.strLiteral("b")), Map.of("zzz", Arg.none()))
                .problems()).containsExactly("unexpected keyword argument 'zzz'");
    }
}
