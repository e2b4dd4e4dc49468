package dev.nbmigrate.converter.translate.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Subject;
import dev.nbmigrate.converter.model.JobModel;
import dev.nbmigrate.converter.model.Target;
import dev.nbmigrate.converter.testing.TestNotebooks;

/**
 * A step without Java is reported by what the user can do about it, with what it is about as data (the API, the
 * Python construct); whether a name is undefined is the analyser's decision.
 */
class UntranslatedFindingsTest {

    @TempDir
    Path dir;

    private JobModel translate(String... cells) throws IOException {
        Path notebook = TestNotebooks.write(dir.resolve("nb.ipynb"), "pysparkkernel", List.of(cells));
        return new JobTranslator().translate(notebook, Target.DBR_17_3);
    }

    private static Diagnostic only(JobModel model, Code code) {
        List<Diagnostic> found = model.diagnostics().stream().filter(d -> d.code() == code).toList();
        assertThat(found).as("%s in %s", code, model.diagnostics()).hasSize(1);
        return found.get(0);
    }

    @Test
    void aStrMethodWithoutJavaNamesTheApi() throws IOException {
        JobModel model = translate("s = 'ab'.zfill(5)\nprint(s)");

        Diagnostic finding = only(model, Code.NBM235);
        assertThat(finding.subject()).contains(Subject.api("str.zfill"));
        assertThat(finding.message()).isEqualTo("str.zfill is not translated");
    }

    @Test
    void aBuiltinWithoutJavaNamesTheBuiltin() throws IOException {
        JobModel model = translate("q = divmod(7, 2)\nprint(q)");

        assertThat(only(model, Code.NBM233).subject()).contains(Subject.api("builtins.divmod"));
    }

    @Test
    void aPySparkApiWithoutARuleNamesTheApi() throws IOException {
        JobModel model = translate("df = spark.createDataFrame([('a', 1)], ['k', 'v'])",
                "swapped = df.replace({'a': 'b'})");

        assertThat(only(model, Code.NBM235).subject()).contains(Subject.api("pyspark.sql.DataFrame.replace"));
    }

    @Test
    void aStatementKindWithoutJavaNamesTheConstruct() throws IOException {
        JobModel model = translate("class Point:\n    pass");

        assertThat(only(model, Code.NBM219).subject()).contains(Subject.construct("ClassDef"));
    }

    @Test
    void aFindingWithoutAKnownSubjectHasNone() throws IOException {
        JobModel model = translate("a = b = 1");

        assertThat(only(model, Code.NBM234).subject()).isEqualTo(Optional.empty());
    }

    @Test
    void aNameTheAnalyserFindsUndefinedIsNbm220AndADefinedOneWithoutJavaIsNbm239() throws IOException {
        JobModel undefined = translate("total = 1\nprint(totl + 1)");
        assertThat(only(undefined, Code.NBM220).message()).isEqualTo("name 'totl' is not defined");
        assertThat(undefined.diagnostics()).noneMatch(d -> d.code() == Code.NBM239);

        JobModel withoutJava = translate("a = b = 1\nprint(a)");
        assertThat(only(withoutJava, Code.NBM239).message())
                .startsWith("'a' comes from a step that was not translated");
        assertThat(withoutJava.diagnostics()).noneMatch(d -> d.code() == Code.NBM220);
    }
}
