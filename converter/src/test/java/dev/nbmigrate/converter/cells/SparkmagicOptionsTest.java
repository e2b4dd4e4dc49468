package dev.nbmigrate.converter.cells;

import dev.nbmigrate.converter.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * sparkmagic cell magics: options parsed into typed records as sparkmagic (argparse) reads them, and each bad
 * option reported at the cell and line with sparkmagic's own wording, never thrown.
 */
class SparkmagicOptionsTest {

    private static MagicHeader header(String name, String arguments) {
        return new MagicHeader(MagicSyntax.SPARKMAGIC, name, arguments, 1);
    }

    private static RowSampling sampling(RowSampling.Method method, long maxRows, double fraction, boolean defaulted) {
        return new RowSampling(method, maxRows, fraction, defaulted);
    }

    static Stream<Arguments> magics() {
        return Stream.of(
                Arguments.of("%%sql -o df\nSELECT 1", new SqlMagic(header("sql", "-o df"), Optional.of("df"), false,
                        Optional.of(RowSampling.defaults()), Optional.empty()), List.of()),
                Arguments.of("%%sql -q -m sample -r 0.25 -n 1000 -c False\nSELECT 1",
                        new SqlMagic(header("sql", "-q -m sample -r 0.25 -n 1000 -c False"), Optional.empty(), true,
                                Optional.of(sampling(RowSampling.Method.SAMPLE, 1000, 0.25, false)),
                                Optional.of(false)), List.of()),
                Arguments.of("%%sql --output=top --maxrows -1 -c yes\nSELECT 1",
                        new SqlMagic(header("sql", "--output=top --maxrows -1 -c yes"), Optional.of("top"), false,
                                Optional.of(sampling(RowSampling.Method.TAKE, -1, 0.1, false)), Optional.of(true)),
                        List.of()),
                Arguments.of("%%sql -otop -q\nSELECT 1", new SqlMagic(header("sql", "-otop -q"), Optional.of("top"),
                        true, Optional.of(RowSampling.defaults()), Optional.empty()), List.of()),
                Arguments.of("%%sql --out top --samplem sample\nSELECT 1",
                        new SqlMagic(header("sql", "--out top --samplem sample"), Optional.of("top"), false,
                                Optional.of(sampling(RowSampling.Method.SAMPLE, 2500, 0.1, true)), Optional.empty()),
                        List.of()),
                Arguments.of("%%sql --samp sample\nSELECT 1",
                        new SqlMagic(header("sql", "--samp sample"), Optional.empty(), false,
                                Optional.of(RowSampling.defaults()), Optional.empty()),
                        List.of("%%sql --samp sample: ambiguous option: --samp could match --samplemethod,"
                                        + " --samplefraction",
                                "%%sql --samp sample: unrecognized arguments: sample")),
                Arguments.of("%%sql -n abc -m random -r 1.5\nSELECT 1",
                        new SqlMagic(header("sql", "-n abc -m random -r 1.5"), Optional.empty(), false,
                                Optional.of(RowSampling.defaults()), Optional.empty()),
                        List.of("%%sql -n abc -m random -r 1.5: argument -n/--maxrows: invalid int value: 'abc'",
                                "%%sql -n abc -m random -r 1.5: samplefraction (-r) must be a float between 0.0 and"
                                        + " 1.0, not 1.5",
                                "%%sql -n abc -m random -r 1.5: samplemethod (-m) must be one of (take, sample), not"
                                        + " 'random'")),
                Arguments.of("%%sql -x table -o\nSELECT 1", new SqlMagic(header("sql", "-x table -o"), Optional.empty(),
                        false, Optional.of(RowSampling.defaults()), Optional.empty()),
                        List.of("%%sql -x table -o: argument -o/--output: expected one argument",
                                "%%sql -x table -o: unrecognized arguments: -x table")),
                Arguments.of("%%sql -o 2020_sales\nSELECT 1", new SqlMagic(header("sql", "-o 2020_sales"),
                        Optional.of("2020_sales"), false, Optional.of(RowSampling.defaults()), Optional.empty()),
                        List.of("%%sql -o 2020_sales: -o 2020_sales is not a valid Python variable name")),
                Arguments.of("%%sql -o \"df\nSELECT 1", new SqlMagic(header("sql", "-o \"df"), Optional.empty(), false,
                        Optional.of(RowSampling.defaults()), Optional.empty()),
                        List.of("%%sql -o \"df: no closing quotation")),
                Arguments.of("%%sql -q", new SqlMagic(header("sql", "-q"), Optional.empty(), true,
                        Optional.of(RowSampling.defaults()), Optional.empty()),
                        List.of("%%sql -q: no query in the cell")),
                Arguments.of("%%spark -o sample_df -m sample\nsample_df = spark.table('t')",
                        new SparkMagic(header("spark", "-o sample_df -m sample"), Optional.of("sample_df"),
                                sampling(RowSampling.Method.SAMPLE, 2500, 0.1, true), Optional.empty()), List.of()),
                Arguments.of("%%spark -q\nx = 1", new SparkMagic(header("spark", "-q"), Optional.empty(),
                        RowSampling.defaults(), Optional.empty()),
                        List.of("%%spark -q: unrecognized arguments: -q")),
                Arguments.of("%%info", new InfoMagic(header("info", "")), List.of()),
                Arguments.of("%%info -v\nspark", new InfoMagic(header("info", "-v")),
                        List.of("%%info -v: cell body for %%info magic must be empty; got 'spark' instead",
                                "%%info -v: unrecognized arguments: -v")),
                Arguments.of("%%logs", new LogsMagic(header("logs", "")), List.of()),
                Arguments.of("%%help", new HelpMagic(header("help", "")), List.of()),
                Arguments.of("%%cleanup -f", new CleanupMagic(header("cleanup", "-f"), true), List.of()),
                Arguments.of("%%cleanup", new CleanupMagic(header("cleanup", ""), false),
                        List.of("%%cleanup: without -f sparkmagic refuses to clean up the endpoint; the cell did"
                                + " nothing")),
                Arguments.of("%%delete -f -s 12", new DeleteMagic(header("delete", "-f -s 12"), true, Optional.of(12)),
                        List.of()),
                Arguments.of("%%delete -f", new DeleteMagic(header("delete", "-f"), true, Optional.empty()),
                        List.of("%%delete -f: you must provide a session ID (-s argument)")),
                Arguments.of("%%send_to_spark -i lookup -t df -n regions -m 50",
                        new SendToSparkMagic(header("send_to_spark", "-i lookup -t df -n regions -m 50"), "lookup",
                                SendToSparkMagic.VariableType.DATAFRAME, "regions", 50), List.of()),
                Arguments.of("%%send_to_spark -i run_date", new SendToSparkMagic(header("send_to_spark", "-i run_date"),
                        "run_date", SendToSparkMagic.VariableType.STRING, "run_date", 2500), List.of()),
                Arguments.of("%%send_to_spark -t xml", new SendToSparkMagic(header("send_to_spark", "-t xml"), "",
                        SendToSparkMagic.VariableType.STRING, "", 2500),
                        List.of("%%send_to_spark -t xml: -i param not provided",
                                "%%send_to_spark -t xml: -t must be str or df, not 'xml'")),
                Arguments.of("%%local\nimport pandas", new LocalMagic(header("local", "")), List.of()),
                Arguments.of("%%pretty\ndf.show()", new PrettyMagic(header("pretty", "")), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("magics")
    void parsesOptionsLikeSparkmagic(String source, CellMagic expected, List<String> messages) {
        ClassifiedNotebook classified = TestNotebooks.classify(TestNotebooks.PYSPARK, source);

        assertThat(classified.cell(1).magic()).contains(expected);
        assertThat(classified.diagnostics()).extracting(Diagnostic::message).containsExactlyElementsOf(messages);
        assertThat(classified.diagnostics()).allSatisfy(d -> {
            assertThat(d.code().id()).isEqualTo("NBM010");
            assertThat(d.location().cell()).isEqualTo(1);
            assertThat(d.location().line()).isEqualTo(1);
        });
    }

    @Test
    void parsesConfigureIntoLivySettings() {
        ClassifiedNotebook classified = TestNotebooks.classify(TestNotebooks.PYSPARK, """
                %%configure -f
                {"driverMemory": "4g", "executorCores": "4", "numExecutors": 10, "queue": "etl",
                 "jars": ["wasbs:///libs/udfs.jar"], "conf": {"spark.sql.shuffle.partitions": 400,
                 "spark.dynamicAllocation.enabled": false}}""");

        ClassifiedCell cell = classified.cell(1);
        assertThat(cell.kind()).isEqualTo(CellKind.SESSION);
        ConfigureMagic configure = cell.magic(ConfigureMagic.class).orElseThrow();
        assertThat(configure.force()).isTrue();
        TreeMap<String, String> conf = new TreeMap<>();
        conf.put("spark.dynamicAllocation.enabled", "false");
        conf.put("spark.sql.shuffle.partitions", "400");
        assertThat(configure.session()).contains(new LivySessionConfig(Optional.of("4g"), Optional.empty(),
                Optional.empty(), Optional.of(4), Optional.of(10), conf, List.of("wasbs:///libs/udfs.jar"), List.of(),
                List.of(), List.of(), Optional.of("etl"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), new TreeMap<>()));
        assertThat(classified.diagnostics()).isEmpty();
    }

    @Test
    void reportsConfigureJsonErrorsAtTheirLine() {
        ClassifiedNotebook classified = TestNotebooks.classify(TestNotebooks.PYSPARK,
                "%%configure\n{\"driverMemory\": \"4g\",\n \"executorMemory\" \"8g\"}");

        assertThat(classified.cell(1).magic(ConfigureMagic.class).orElseThrow().session()).isEmpty();
        Diagnostic error = classified.diagnostics().get(0);
        assertThat(error.code().id()).isEqualTo("NBM010");
        assertThat(error.location().line()).isEqualTo(3);
        assertThat(error.message()).isEqualTo("%%configure: could not parse the session settings as JSON: Unexpected"
                + " character ('\"' (code 34)): was expecting a colon to separate field name and value");
    }

    @Test
    void keepsUnknownAndMistypedConfigureSettings() {
        ClassifiedNotebook classified = TestNotebooks.classify(TestNotebooks.PYSPARK,
                "%%configure\n{\"driverMemory\": \"4g\", \"numExecutors\": \"many\", \"executorMemroy\": \"8g\"}");

        LivySessionConfig session = classified.cell(1).magic(ConfigureMagic.class).orElseThrow().session().orElseThrow();
        assertThat(session.driverMemory()).contains("4g");
        assertThat(session.numExecutors()).isEmpty();
        assertThat(session.other()).containsEntry("executorMemroy", "\"8g\"").containsEntry("numExecutors", "\"many\"");
        assertThat(classified.diagnostics()).extracting(Diagnostic::message).containsExactly(
                "%%configure: \"executorMemroy\" is not a Livy session setting",
                "%%configure: \"numExecutors\" must be a whole number, not \"many\"");
    }

    @Test
    void configureWithoutJsonObjectIsReported() {
        ClassifiedNotebook classified = TestNotebooks.classify(TestNotebooks.PYSPARK, "%%configure -f\n[1, 2]",
                "%%configure");

        assertThat(classified.diagnostics()).extracting(d -> d.location().cell() + ": " + d.message()).containsExactly(
                "1: %%configure -f: the session settings must be a JSON object, not array",
                "2: %%configure: no session settings in the cell (a JSON object is expected)");
    }
}
