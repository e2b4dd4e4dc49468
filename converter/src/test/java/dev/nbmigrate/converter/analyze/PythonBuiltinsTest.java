package dev.nbmigrate.converter.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.nbmigrate.converter.types.ListType;
import dev.nbmigrate.converter.types.ScalarType;

class PythonBuiltinsTest {

    @Test
    void python2OnlyBuiltinsAreUndefinedInPython3() {
        assertThat(PythonBuiltins.of("xrange", true)).isPresent();
        assertThat(PythonBuiltins.of("xrange", false)).isEmpty();
        assertThat(PythonBuiltins.of("isinstance", false)).isPresent();
        assertThat(PythonBuiltins.of("display", false)).isPresent();
        assertThat(PythonBuiltins.of("spark", false)).isEmpty();
    }

    @Test
    void callTypesComeFromTheTablesRule() {
        CallArgs none = new CallArgs(List.of(), List.of(), List.of(), List.of(), List.of(), false, false);
        assertThat(PythonBuiltins.of("len", false).orElseThrow().result().of(none)).isEqualTo(ScalarType.INT);
        assertThat(PythonBuiltins.of("range", false).orElseThrow().result().of(none))
                .isEqualTo(new ListType(ScalarType.INT));
        assertThat(PythonBuiltins.of("open", false).orElseThrow().result().of(none).isUnknown()).isTrue();
    }

    @Test
    void theTranslatorTranslatesWhatTheTableGivesJavaFor() {
        assertThat(PythonBuiltins.translated()).contains("len", "isinstance", "unicode", "round")
                .doesNotContain("open", "eval", "divmod");
        assertThat(PythonBuiltins.all()).filteredOn(PythonBuiltins.Builtin::translated)
                .allSatisfy(b -> assertThat(b.java()).isNotBlank());
    }

    @Test
    void aBadRowFailsWithItsLine() {
        assertThatThrownBy(() -> PythonBuiltins.parse(List.of("# header", "len\t3\tint")))
                .hasMessageContaining("line 2").hasMessageContaining("4 tab-separated columns");
        assertThatThrownBy(() -> PythonBuiltins.parse(List.of("len\t4\tint\t-")))
                .hasMessageContaining("line 1").hasMessageContaining("python must be");
        assertThatThrownBy(() -> PythonBuiltins.parse(List.of("len\t3\tinteger\t-")))
                .hasMessageContaining("unknown result rule 'integer'");
        assertThatThrownBy(() -> PythonBuiltins.parse(List.of("len\t3\tint\t-", "len\t3\tint\t-")))
                .hasMessageContaining("listed twice");
    }
}
