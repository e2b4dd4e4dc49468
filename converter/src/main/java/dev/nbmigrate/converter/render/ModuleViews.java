package dev.nbmigrate.converter.render;

import java.util.List;

/**
 * The data model of the module templates: plain records, everything computed and sorted in Java, so templates only
 * lay text out. Every template sees the same keys: {@code module}, {@code job}, {@code config}, {@code test},
 * {@code report}, {@code bundle}, {@code migration} (the last only in {@code migration.json.ftl}) and the functions
 * of {@link TemplateFunctions}.
 */
public final class ModuleViews {

    private ModuleViews() {
    }

    /**
     * Names and facts of the module.
     *
     * @param version       the module version, or {@link dev.nbmigrate.converter.write.ModuleVersion#PLACEHOLDER}
     *                      until the content hash is known
     * @param localRunClass the test-scope class that creates the given tables and runs the job locally, or
     *                      {@code null} when the job reads no given table
     * @param runClass      what {@code nbmigrate run} starts: the local-run class, else the job
     */
    public record ModuleInfo(String name, String groupId, String version, String title, String packageName,
            String jobClass, String configClass, String testClass, String mainClass, String localRunClass,
            String runClass, String jarName,
            boolean usesMllib, String targetId, String targetLabel, String sparkLine, String databricksRuntime,
            String mavenProfile, String modulePath, String buildCommand, String sourcePath, String sourceSha256, String sourceFormat,
            String kernel, int cellCount, String parentVersion, String converterVersion) {
    }

    /** A key and value (Spark setting, read option, environment variable). */
    public record Setting(String key, String value) {
    }

    /** The job class. */
    public record JobView(List<String> staticImports, List<String> imports, SparkView spark, List<RunCall> runCalls,
            List<SectionView> sections, List<String> fields, List<String> helpers) {
        JobView withImports(List<String> staticImports, List<String> imports) {
            return new JobView(staticImports, imports, spark, runCalls, sections, fields, helpers);
        }
    }

    /**
     * What {@code sparkSettings()} returns.
     *
     * @param factory         {@code ansiOff} or {@code ansiOn}
     * @param ansiFromNotebook whether the notebook (or translation) stated ANSI mode, rather than the legacy default
     * @param timeZoneFromNotebook whether the notebook stated the session time zone
     * @param settings        the other settings, sorted by key
     */
    public record SparkView(boolean ansiEnabled, String factory, boolean ansiFromNotebook, String timeZone,
            boolean timeZoneFromNotebook, List<Setting> settings) {
    }

    /**
     * One statement of {@code run}: {@code declaration variable = ctx.step("step", () -> method(arguments));}, or
     * without the assignment for a void section.
     *
     * @param declaration the type and a space when the variable is declared here, else empty
     * @param variable    the variable the result goes to, or {@code null} for a void section
     * @param step        the step's name in the job's log (the section's title)
     */
    public record RunCall(String declaration, String variable, String methodName, String arguments, String step) {
    }

    /**
     * A section method.
     *
     * @param cellsLabel {@code cell 3}, {@code cells 3-5} or {@code cells 3, 5 and 8}
     * @param parameters the parameter list as declared, {@code JobContext ctx, XConfig config, Dataset<Row> sales}
     * @param body       the statements, indented for the method
     */
    /**
     * The module's hand-port interface ({@link HandPortPoints}).
     *
     * @param name    the interface's simple name
     * @param imports its imports
     * @param points  one method each, in run order
     */
    public record HandPortsView(String name, List<String> imports, List<HandPortView> points) {
        HandPortsView withImports(List<String> imports) {
            return new HandPortsView(name, imports, points);
        }
    }

    /** A hand-port method in MIGRATION.md: where its step was, and whether the team's class overrides it. */
    public record HandPortStatus(String method, String where, String code, boolean ported) {
    }

    /** One hand-port method: its name, parameter list as Java source, and the placeholder it stands for. */
    public record HandPortView(String method, String parameters, String code, String where, String message,
            List<String> python, String returnType) {
    }

    public record SectionView(String title, String methodName, List<Integer> cells, String cellsLabel,
            String returnType, String parameters, String body) {
    }

    /** The config record. */
    public record ConfigView(List<String> imports, List<ParameterView> components) {
        ConfigView withImports(List<String> imports) {
            return new ConfigView(imports, components);
        }
    }

    /**
     * A job parameter.
     *
     * @param option        the command-line option, {@code --input-path}
     * @param annotations   the record component's annotations as Java source, in a fixed order
     * @param defaultValue  the default as command-line text, or {@code null}
     * @param bundleVariable the Asset Bundle variable carrying it, {@code input_path}
     * @param origin        where the notebook defined it ({@code cell 4, line 2})
     */
    public record ParameterView(String name, String option, String javaType, List<String> annotations, String help,
            String defaultValue, boolean required, boolean secret, String secretKey, String bundleVariable,
            String origin) {
    }

    /** The test class. */
    public record TestView(List<String> staticImports, List<String> imports, boolean hasFixtures,
            List<Setting> environment, List<String> args, List<GivenView> given, List<OutputView> outputs,
            List<BadConfigView> badConfig, boolean hasExpectations, String expectationsFile, List<GapView> gaps,
            String handPortsClass) {
        TestView withImports(List<String> staticImports, List<String> imports) {
            return new TestView(staticImports, imports, hasFixtures, environment, args, given, outputs, badConfig,
                    hasExpectations, expectationsFile, gaps, handPortsClass);
        }
    }

    /**
     * A step of the job that was not translated ({@code NotTranslated.fail(code, where, ...)}), where a run stops
     * unless the step is ported by hand.
     *
     * @param method the hand-port method that stands for it, {@code ""} when no hand port can close it
     */
    public record GapView(String code, String where, String method) {
    }

    /** The local-run class: the given tables it creates before running the job. */
    public record LocalRunView(List<String> staticImports, List<String> imports, List<GivenView> given,
            String expectationsFile) {
        LocalRunView withImports(List<String> staticImports, List<String> imports) {
            return new LocalRunView(staticImports, imports, given, expectationsFile);
        }
    }

    /** A table the test creates before the run; {@code select} is the query over the sources' views. */
    public record GivenView(String table, String database, List<SourceView> sources, String select) {
    }

    /** A fixture read into a view. */
    public record SourceView(String view, String format, String location, List<Setting> options, String schema) {
    }

    /**
     * One output of the job and its checks.
     *
     * @param kind      {@code table}, {@code files} (read back with {@code format}) or {@code exists} (only checked to
     *                  exist: a format local Spark cannot read back)
     * @param tolerance a Java double literal
     */
    public record OutputView(String methodName, String readMethod, String displayName, String kind, String location,
            String format, List<Setting> options, Long rowCount, List<String> columns, String schema,
            String tolerance, List<RowCheck> rows, List<QueryView> queries, boolean expected) {
    }

    /**
     * An expected row as Java source: {@code filter} selects it by its key, {@code columns} are the compared
     * expressions and {@code values} the expected values, in the same order.
     */
    public record RowCheck(String filter, String columns, String values) {
    }

    /** A SQL check over an output. */
    public record QueryView(String methodName, String displayName, String sql, Long rowCount, List<String> columns,
            String tolerance, List<RowCheck> rows) {
    }

    /** A bad-configuration test: the job must refuse {@code args} with a problem containing {@code expectedProblem}. */
    public record BadConfigView(String methodName, String displayName, List<String> args, String expectedProblem) {
    }

    /** The migration report. */
    public record ReportView(String readiness, String readinessReason, int errors, int warnings, int infos,
            List<DiagnosticView> diagnostics, List<AccessView> inputs, List<AccessView> outputs,
            List<SecretView> secrets, String ansiStatement, String timeZoneStatement, boolean hasExpectations,
            String expectationsFile, String expectationsSource, List<String> checkedOutputs,
            List<String> uncheckedOutputs, List<String> givenTables) {
    }

    /**
     * One diagnostic as the report lists it; {@code notebook}, {@code cell} (0 for the notebook as a whole) and
     * {@code line} (0 when unknown) are its location's parts, for {@code migration.json}; {@code subjectKind} and
     * {@code subject} what it is about ({@code api}, {@code str.zfill}), empty when the rule does not say.
     */
    public record DiagnosticView(String code, String severity, String location, String message, String suggestion,
            String notebook, int cell, int line, String subjectKind, String subject) {
    }

    /**
     * A read or write of the job.
     *
     * @param option  the parameter that sets it ({@code --input-path}), or empty
     * @param fixture for inputs: where the test's sample data comes from, or why there is none
     */
    public record AccessView(String format, String location, String option, String origin, String fixture) {
    }

    /** A secret, by kind and location only: never a value. */
    public record SecretView(String option, String key, String kind, String origin) {
    }

    /** The Asset Bundle. */
    public record BundleView(String jobKey, List<BundleVariable> variables, List<String> parameters,
            List<String> secretKeys, String secretScope, List<Setting> sparkConf) {
    }

    /** A bundle variable; {@code defaultValue} {@code null} when it must be given at deploy time. */
    public record BundleVariable(String name, String description, String defaultValue) {
    }

    /** What only {@code migration.json} needs. */
    public record MigrationView(String version, String contentSha256, String templateSha256,
            List<CellLines> cells, String expectationsFile, String dataRoot, List<AccessView> inputs,
            List<AccessView> outputs, int errors, int warnings, int infos) {
    }

    /**
     * Each notebook cell's outcome (see {@link dev.nbmigrate.converter.model.CellOutcomes}), in notebook order, with
     * the counts over code cells and the left-out cells with their reason's message.
     */
    public record CellsView(List<CellOutcomeView> cells, int code, int java, int failing, int leftOut,
            List<LeftOutView> leftOutCells) {
    }

    /** One cell's outcome; {@code reason} is a diagnostic code for left-out cells, else empty. */
    public record CellOutcomeView(int index, String type, String language, String outcome, String reason,
            List<LineRange> lines) {
    }

    /** A left-out cell as MIGRATION.md lists it. */
    public record LeftOutView(int index, String language, String reason, String why) {
    }

    /** The lines of the job class that came from one notebook cell. */
    public record CellLines(int cell, List<LineRange> ranges) {
    }

    /** Lines {@code from}..{@code to} of the job class, 1-based and inclusive. */
    public record LineRange(int from, int to) {
    }
}
