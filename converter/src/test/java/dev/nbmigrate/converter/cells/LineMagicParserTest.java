package dev.nbmigrate.converter.cells;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Typed line magics from IPython escapes in Python cells of a plain IPython kernel. */
class LineMagicParserTest {

    private static ClassifiedCell cell(String source) {
        return TestNotebooks.classify(TestNotebooks.PYTHON3, source).cell(1);
    }

    @Test
    void packageInstallsListTheirRequirements() {
        ClassifiedCell cell = cell("%pip install -r requirements.txt --index-url https://pypi.example/simple"
                + " pyarrow==8.0.0 'pandas<2'\n!python -m pip install -q xlrd\n%conda install -y -c conda-forge"
                + " geopandas\n%pip list");

        assertThat(cell.lineMagics(PackageInstallMagic.class)).extracting(PackageInstallMagic::tool,
                PackageInstallMagic::packages).containsExactly(
                org.assertj.core.groups.Tuple.tuple("pip", List.of("pyarrow==8.0.0", "pandas<2")),
                org.assertj.core.groups.Tuple.tuple("pip", List.of("xlrd")),
                org.assertj.core.groups.Tuple.tuple("conda", List.of("geopandas")),
                org.assertj.core.groups.Tuple.tuple("pip", List.of()));
    }

    @Test
    void continuationLinesBelongToTheEscape() {
        ClassifiedCell cell = cell("!pip install \\\n    pandas \\\n    numpy\nimport pandas");

        assertThat(cell.lineMagics()).singleElement().satisfies(magic -> {
            assertThat(magic.span()).isEqualTo(new LineSpan(1, 3, "!pip install \\\n    pandas \\\n    numpy", false));
            assertThat(((PackageInstallMagic) magic).packages()).containsExactly("pandas", "numpy");
        });
        assertThat(cell.code().lines()).containsExactly("", "", "", "import pandas");
    }

    @Test
    void runTimeitEnvAndAssignments() {
        ClassifiedCell cell = cell("%run -i ../common/setup.py --env prod\n%timeit -n 10 -r 3 df.count()\n"
                + "%env HADOOP_CONF_DIR\nnames = %who_ls\n%set_env TZ UTC\nout = %sx hdfs dfs -ls");

        assertThat(cell.lineMagics()).containsExactly(
                new RunScriptMagic(new LineSpan(1, 1, "%run -i ../common/setup.py --env prod", false),
                        "../common/setup.py", List.of("--env", "prod"), true),
                new TimeMagic(new LineSpan(2, 2, "%timeit -n 10 -r 3 df.count()", false), "timeit", "df.count()"),
                new EnvMagic(new LineSpan(3, 3, "%env HADOOP_CONF_DIR", false), "HADOOP_CONF_DIR", Optional.empty()),
                new GenericLineMagic(new LineSpan(4, 4, "names = %who_ls", false), "who_ls", "", Optional.of("names"),
                        true),
                new EnvMagic(new LineSpan(5, 5, "%set_env TZ UTC", false), "TZ", Optional.of("UTC")),
                new ShellCommand(new LineSpan(6, 6, "out = %sx hdfs dfs -ls", false), "hdfs dfs -ls",
                        Optional.of("out")));
        assertThat(cell.code().lines().get(1)).isEqualTo("df.count()");
        assertThat(cell.code().columnOffset(2)).isEqualTo("%timeit -n 10 -r 3 ".length());
        assertThat(TestNotebooks.classify(TestNotebooks.PYTHON3, "%who_ls").diagnostics()).isEmpty();
    }
}
