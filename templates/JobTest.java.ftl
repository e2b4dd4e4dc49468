package ${module.packageName};
<#if test.staticImports?has_content>

<#list test.staticImports as name>
import static ${name};
</#list>
</#if>
<#if test.imports?has_content>

<#list test.imports as name>
import ${name};
</#list>
</#if>

/**
 * Tests of {@link ${module.jobClass}} on local Spark. The job runs once on the notebook's sample data (copied from
 * {@code src/test/resources/lake} into a temporary lake that every lake location maps to); then each output is read
 * back and checked<#if test.hasExpectations> against {@code ${javadoc(test.expectationsFile)}}: row counts, columns and values computed
 * independently of the job<#else> to be written (no expectations file was given, so what the outputs hold is not
 * asserted)</#if>. Bad configuration must be refused before Spark starts.
 */
@SparkTest
class ${module.testClass} {

    /** The job options of the test run. */
    private static final String[] ARGS = {<#list test.args as arg>${javaString(arg)}<#sep>, </#sep></#list>};

    /** The environment of every run: the local lake<#if test.environment?has_content> and placeholder secrets</#if>. */
    private static EnvVars environment(Path lake) {
        return EnvVars.of("NBM_LOCAL_ROOT", lake.toString()<#list test.environment as variable>, ${javaString(variable.key)}, ${javaString(variable.value)}</#list>);
    }

    /** Where {@code location} is in the local lake under {@code lake}, by the runtime's own rule. */
    private static String resolve(Path lake, String location) {
        return PathResolver.create("local", PathRules.none(), lake.toString()).resolve(location);
    }

<#if test.gaps?has_content>
<#if test.handPortsClass??>
    /**
     * The steps nbmigrate could not translate, in run order: the method of {@link ${test.handPortsClass}} that ports
     * each by hand ({@code ""} where no hand port can close it) and how a run stops there.
     */
    private static final List<List<String>> GAPS = List.of(
<#list test.gaps as gap>
            List.of(${javaString(gap.method)}, ${javaString(gap.code + " (" + gap.where + ")")})<#if gap?has_next>,<#else>);</#if>
</#list>

    /**
     * The job has steps nbmigrate could not translate (see MIGRATION.md): a run on the sample data stops at the first
     * one not yet ported by hand ({@code manual.HandPortedSteps}), never finishing as if it were complete. Once every
     * step is ported, the run goes to the end and its outputs are checked on the sample data.
     */
    @Test
    @DisplayName("stops at the first step neither translated nor ported by hand")
    void stopsAtTheFirstStepNotPorted(SparkSession spark, @TempDir Path lake) throws IOException, URISyntaxException {
<#if test.hasFixtures>
        copyFixtures(lake);
</#if>
<#if module.localRunClass??>
        ${module.localRunClass}.createGivenTables(spark, lake.toString());
</#if>
        Optional<String> open = HandPorts.firstOpen(${test.handPortsClass}.class, GAPS);
        assumeTrue(open.isPresent(), "every step is ported by hand: the run is checked on the sample data below");
        assertThatThrownBy(() -> new ${module.jobClass}().execute(environment(lake), ARGS))
                .satisfies(e -> assertThat(rootCause(e))
                        .isInstanceOf(UnsupportedOperationException.class)
                        .hasMessageStartingWith(open.get()));
    }
<#else>
<#assign firstGap = test.gaps[0]>
    /**
     * The job has steps nbmigrate could not translate (see MIGRATION.md): a run on the sample data stops at the first
     * one, never finishing as if it were complete. Port that step by hand, then assert the outputs here.
     */
    @Test
    @DisplayName(${javaString("stops at the first step not translated (" + firstGap.code + ", " + firstGap.where + ")")})
    void stopsAtTheFirstStepNotTranslated(SparkSession spark, @TempDir Path lake) throws IOException, URISyntaxException {
<#if test.hasFixtures>
        copyFixtures(lake);
</#if>
<#if module.localRunClass??>
        ${module.localRunClass}.createGivenTables(spark, lake.toString());
</#if>
        assertThatThrownBy(() -> new ${module.jobClass}().execute(environment(lake), ARGS))
                .satisfies(e -> assertThat(rootCause(e))
                        .isInstanceOf(UnsupportedOperationException.class)
                        .hasMessageStartingWith(${javaString(firstGap.code + " (" + firstGap.where + ")")}));
    }
</#if>

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

</#if>
<#if !test.gaps?has_content || test.handPortsClass??>
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @DisplayName("on the sample data")
    class OnTheSampleData {

        /** The temporary lake of this run: the fixtures, then the job's outputs. */
        private Path lake;

        @BeforeAll
        void runTheJob(SparkSession spark, @TempDir Path lake) throws IOException, URISyntaxException {
            this.lake = lake;
<#if test.hasFixtures>
            copyFixtures(lake);
</#if>
<#if module.localRunClass??>
            ${module.localRunClass}.createGivenTables(spark, lake.toString());
</#if>
<#if test.handPortsClass??>
            Optional<String> open = HandPorts.firstOpen(${test.handPortsClass}.class, GAPS);
            assumeTrue(open.isEmpty(), () -> "not checked until every step is ported by hand; the run stops at "
                    + open.orElse(""));
</#if>
            new ${module.jobClass}().execute(environment(lake), ARGS);
        }
<#list test.outputs as output>
<#if output.kind != "exists">

        private Dataset<Row> ${output.readMethod}(SparkSession spark) {
<#if output.kind == "table">
            return spark.table(${javaString(output.location)});
<#else>
            return spark.read().format(${javaString(output.format)})<#list output.options as option>.option(${javaString(option.key)}, ${javaString(option.value)})</#list>
                    .load(resolve(lake, ${javaString(output.location)}));
</#if>
        }
</#if>

        @Test
        @DisplayName(${javaString(output.displayName)})
        void ${output.methodName}(SparkSession spark) {
<#if output.kind == "exists">
            assertThat(Path.of(resolve(lake, ${javaString(output.location)}))).exists();
<#else>
            Dataset<Row> output = ${output.readMethod}(spark);
<#if output.expected>
<#if output.rowCount??>
            assertThatDataset(output).hasRowCount(${output.rowCount?c}L);
</#if>
<#if output.columns?has_content>
            assertThatDataset(output).hasColumns(<#list output.columns as column>${javaString(column)}<#sep>, </#sep></#list>);
</#if>
<#if output.schema??>
            assertThatDataset(output).hasSchema(${javaString(output.schema)});
</#if>
<#list output.rows as row>
            assertThatDataset(output.filter(${row.filter}).select(${row.columns}))
                    .withTolerance(${output.tolerance})
                    .containsExactly(row(${row.values}));
</#list>
<#else>
            assertThat(output.columns()).isNotEmpty();
</#if>
</#if>
        }
<#list output.queries as query>

        @Test
        @DisplayName(${javaString(query.displayName)})
        void ${query.methodName}(SparkSession spark) {
            ${output.readMethod}(spark).createOrReplaceTempView("output");
            Dataset<Row> result = spark.sql(${javaString(query.sql)});
<#if query.rowCount??>
            assertThatDataset(result).hasRowCount(${query.rowCount?c}L);
</#if>
<#if query.columns?has_content>
            assertThatDataset(result).hasColumns(<#list query.columns as column>${javaString(column)}<#sep>, </#sep></#list>);
</#if>
<#list query.rows as row>
            assertThatDataset(result.filter(${row.filter}).select(${row.columns}))
                    .withTolerance(${query.tolerance})
                    .containsExactly(row(${row.values}));
</#list>
        }
</#list>
</#list>
    }

</#if>
    @Nested
    @DisplayName("bad configuration")
    class BadConfiguration {

        @TempDir
        Path lake;
<#list test.badConfig as case>

        @Test
        @DisplayName(${javaString(case.displayName)})
        void ${case.methodName}() {
            assertThatThrownBy(() -> new ${module.jobClass}().execute(environment(lake)<#list case.args as arg>, ${javaString(arg)}</#list>))
                    .isInstanceOfSatisfying(ConfigException.class,
                            e -> assertThat(e.problems()).anySatisfy(problem -> assertThat(problem).contains(${javaString(case.expectedProblem)})));
        }
</#list>
    }
<#if test.hasFixtures>

    /** Copies the fixtures ({@code src/test/resources/lake}) into the temporary lake. */
    private static void copyFixtures(Path lake) throws IOException, URISyntaxException {
        URL fixtures = ${module.testClass}.class.getResource("/lake");
        Path root = Path.of(fixtures.toURI());
        try (Stream<Path> files = Files.walk(root)) {
            for (Path source : files.toList()) {
                Path target = lake.resolve(root.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
</#if>
}
