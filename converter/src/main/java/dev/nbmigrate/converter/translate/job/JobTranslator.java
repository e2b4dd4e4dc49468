package dev.nbmigrate.converter.translate.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;

import dev.nbmigrate.converter.analyze.Analyzer;
import dev.nbmigrate.converter.analyze.CellAnalysis;
import dev.nbmigrate.converter.analyze.IoAccess;
import dev.nbmigrate.converter.analyze.Parameter;
import dev.nbmigrate.converter.analyze.ParameterKind;
import dev.nbmigrate.converter.analyze.Program;
import dev.nbmigrate.converter.model.JobSection;
import dev.nbmigrate.converter.render.JavaText;
import dev.nbmigrate.converter.api.ApiCatalog;
import dev.nbmigrate.converter.assess.FileRunTargets;
import dev.nbmigrate.converter.cells.CellClassifier;
import dev.nbmigrate.converter.cells.CellKind;
import dev.nbmigrate.converter.cells.ClassifiedCell;
import dev.nbmigrate.converter.cells.ClassifiedNotebook;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.model.DataAccess;
import dev.nbmigrate.converter.model.CellRecord;
import dev.nbmigrate.converter.model.JobModel;
import dev.nbmigrate.converter.model.JobNames;
import dev.nbmigrate.converter.model.NotebookSource;
import dev.nbmigrate.converter.model.Target;
import dev.nbmigrate.converter.parse.SourceRef;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.read.Notebook;
import dev.nbmigrate.converter.read.NotebookReadException;
import dev.nbmigrate.converter.read.NotebookReader;
import dev.nbmigrate.converter.read.SourceFormat;
import dev.nbmigrate.converter.translate.Exploration;
import dev.nbmigrate.converter.translate.NotebookTranslator;
import dev.nbmigrate.converter.translate.Scope;
import dev.nbmigrate.converter.translate.TExpr;
import dev.nbmigrate.converter.translate.TranslationContext;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.converter.types.SparkObject;

/**
 * The translator {@code nbmigrate convert} uses: reads, classifies and analyses a notebook, then translates its cells
 * top to bottom into the job's sections, with the notebook's parameters as config fields, its secrets as secret
 * references, every storage location through the job's path resolver, and exploration as DEBUG inspection.
 */
public final class JobTranslator implements NotebookTranslator {

    /** Wraps a storage location in the generated code: {@code ctx.path(location)}. */
    static final UnaryOperator<Expression> PATH_RESOLVER = location -> new MethodCallExpr(new NameExpr("ctx"), "path",
            new NodeList<>(location));
    /** Imports a job may need; the renderer keeps those the code uses. */
    private static final List<String> CANDIDATE_IMPORTS = List.of("java.util.List", "java.util.Map",
            "org.apache.spark.sql.Column", "org.apache.spark.sql.Dataset", "org.apache.spark.sql.Row",
            "org.apache.spark.sql.SparkSession", "org.apache.spark.sql.types.StructType",
            "org.apache.spark.sql.types.DataTypes", "dev.nbmigrate.runtime.NotTranslated", "org.slf4j.Logger",
            "org.slf4j.LoggerFactory", "static org.apache.spark.sql.functions.*");

    /** Findings that do not concern the job when they are in a plot cell it leaves out. */
    private static final Set<Code> PLOT_CELL_CODES = java.util.EnumSet.of(Code.NBM201, Code.NBM202);

    /** Findings about creating or stopping a session, which do not concern a job that is given its session. */
    private static final Set<Code> SESSION_CODES = java.util.EnumSet.of(Code.NBM201, Code.NBM216, Code.NBM219,
            Code.NBM220);

    private final ApiCatalog catalog = ApiCatalog.standard();

    @Override
    public JobModel translate(Path notebookFile, Target target) throws IOException {
        return translate(notebookFile, Path.of(""), target);
    }

    @Override
    public JobModel translate(Path notebookFile, Path workingDir, Target target) throws IOException {
        String shown = notebookFile.toString().replace('\\', '/');
        Path file = workingDir.resolve(notebookFile);
        Notebook notebook;
        try {
            notebook = new NotebookReader().read(file, shown);
        } catch (NotebookReadException e) {
            throw new IOException(e.getMessage(), e);
        }
        ClassifiedNotebook classified = CellClassifier.classify(notebook);
        FileRunTargets runTargets = new FileRunTargets(workingDir);
        Analyzer analyzer = new Analyzer(catalog, runTargets);
        Program program = analyzer.analyze(classified);
        try {
            return translate(notebookFile, target, shown, file, notebook, classified, runTargets, analyzer, program);
        } catch (RuntimeException e) {
            // The message of a failure may quote the notebook: it leaves without any secret value (and without the
            // cause, whose message would not be redacted).
            IllegalStateException redacted = new IllegalStateException(program.redact(String.valueOf(e)));
            redacted.setStackTrace(e.getStackTrace());
            throw redacted;
        }
    }

    private JobModel translate(Path notebookFile, Target target, String shown, Path file, Notebook notebook,
            ClassifiedNotebook classified, FileRunTargets runTargets, Analyzer analyzer, Program program)
            throws IOException {

        JobConfig config = JobConfig.plan(withoutSecretValues(program), program.secrets());
        TranslationContext context = new TranslationContext(catalog, Exploration.INSPECT, SourceRef.ofCell(shown, 1));
        context.resolvePaths(pathArguments(program), PATH_RESOLVER);
        context.undefinedNames(program::undefined);
        for (JobConfig.Field field : config.fields()) {
            field.secret().flatMap(s -> s.value()).ifPresent(node -> context.replace(node,
                    TExpr.of(CellTranslator.parse(secretReference(program, node, field.accessor())),
                            ScalarType.STR)));
        }
        Scope scope = new Scope();
        scope.bindGlobal("spark", "spark", "SparkSession", SparkObject.SPARK_SESSION);
        scope.bindGlobal("sqlContext", "spark", "SparkSession", SparkObject.SQL_CONTEXT);
        scope.bindExpression("sc", "spark.sparkContext()", "SparkContext", SparkObject.SPARK_CONTEXT);
        for (String reserved : List.of("ctx", "config", "out", "LOG", "NotTranslated")) {
            scope.reserve(reserved);
        }
        java.util.SortedMap<String, String> sparkConf = new TreeMap<>();
        CellTranslator cells = new CellTranslator(context, scope, config, analyzer, runTargets, sparkConf);
        String title = program.redact(title(classified).orElse(notebookFile.getFileName().toString()));
        SectionPlanner planner = new SectionPlanner(title);
        boolean first = true;
        boolean anyCode = false;
        List<CellRecord> records = new ArrayList<>();
        for (CellAnalysis analysis : program.cells()) {
            ClassifiedCell cell = analysis.cell();
            if (cell.kind() == CellKind.MARKDOWN) {
                Optional<String> heading = heading(cell.cell().source()).map(program::redact);
                if (heading.isPresent() && !(first && heading.get().equals(title))) {
                    planner.heading(heading.get());
                }
                first = false;
                records.add(CellRecords.of(cell, Optional.empty(), false));
                continue;
            }
            Optional<Block> block = cells.translate(program, analysis, "cell " + cell.index());
            anyCode |= block.map(Block::hasCode).orElse(false);
            block.ifPresent(planner::add);
            records.add(CellRecords.of(cell, cells.leftOut(cell.index()),
                    block.map(CellTranslator::hasPlaceholder).orElse(false)));
        }
        SectionPlanner.Plan plan = planner.plan();
        List<JobSection> sections = withSecretSettings(plan.sections(), sparkConf, program);

        List<String> fields = new ArrayList<>();
        boolean logs = sections.stream().anyMatch(s -> s.body().contains("LOG."))
                || context.members().stream().anyMatch(m -> m.toString().contains("LOG."));
        if (logs) {
            fields.add("private static final Logger LOG = LoggerFactory.getLogger(" + names(notebook).jobClass()
                    + ".class);");
        }
        fields.addAll(plan.fields());
        List<String> helpers = context.members().stream()
                .map(member -> dev.nbmigrate.converter.translate.JavaParentheses.apply(member).toString()).toList();

        Set<String> imports = new TreeSet<>(CANDIDATE_IMPORTS);
        imports.addAll(context.imports().all());
        List<Diagnostic> diagnostics = new ArrayList<>();
        Set<String> failedCells = new java.util.HashSet<>();
        context.diagnostics().stream().filter(d -> d.severity() == dev.nbmigrate.converter.diag.Severity.ERROR)
                .forEach(d -> failedCells.add(d.location().notebook() + "#" + d.location().cell()));
        for (Diagnostic diagnostic : program.diagnostics()) {
            if (diagnostic.code() == Code.NBM203
                    && !failedCells.contains(diagnostic.location().notebook() + "#" + diagnostic.location().cell())) {
                // the analyser flags every RDD use; the translator says where the RDD code did not become Java
                continue;
            }
            boolean inPlotCell = cells.plotCells().stream().anyMatch(cell -> cell.notebook().equals(
                    diagnostic.location().notebook()) && cell.cell() == diagnostic.location().cell());
            boolean boilerplate = cells.inSessionBoilerplate(diagnostic.location())
                    && SESSION_CODES.contains(diagnostic.code());
            boolean displayed = diagnostic.code() == Code.NBM202 && context.inDisplayedCopy(diagnostic.location());
            if (!(inPlotCell && PLOT_CELL_CODES.contains(diagnostic.code())) && !boilerplate && !displayed) {
                diagnostics.add(diagnostic);
            }
        }
        diagnostics.addAll(context.diagnostics());
        if (!cells.foreignCells().isEmpty()) {
            diagnostics.add(Diagnostic.of(Code.NBM021, Location.ofNotebook(shown), cellList(cells.foreignCells())
                    + " Scala or R code, which nbmigrate does not convert: the job leaves "
                    + (cells.foreignCells().size() == 1 ? "it" : "them") + " out"));
        }
        if (!anyCode) {
            diagnostics.add(Diagnostic.of(Code.NBM225, Location.ofNotebook(shown), "no cell of the notebook became"
                    + " part of the job (" + leftOutSummary(records) + "), so the job does nothing"));
        }
        return ModelRedaction.apply(new JobModel(names(notebook), title, source(file, shown, notebook), target,
                sparkConf, config.configFields(), sections, new TreeSet<>(imports),
                access(program.sources(), config), access(program.sinks(), config),
                diagnostics.stream().distinct().sorted().toList(), fields, helpers, records), program::redact);
    }

    /**
     * Spark settings whose value holds a secret ({@code %%configure}, {@code spark.conf.set} of an account key) leave
     * the job's fixed settings: the first section sets them at run time from the secret scope
     * ({@code ctx.spark().conf().set(key, ctx.secret("fs-azure-account-key-...").value())}).
     */
    static List<JobSection> withSecretSettings(List<JobSection> sections, java.util.SortedMap<String, String> sparkConf,
            Program program) {
        List<String> lines = new ArrayList<>();
        for (var it = sparkConf.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, String> setting = it.next();
            Optional<String> secret = program.secretIn(setting.getValue());
            if (secret.isEmpty()) {
                continue;
            }
            it.remove();
            String key = setting.getKey().startsWith("spark.hadoop.")
                    ? setting.getKey().substring("spark.hadoop.".length()) : setting.getKey();
            String value = setting.getValue();
            int at = value.indexOf(secret.get());
            String reference = "ctx.secret(" + JavaText.stringLiteral(SqlCells.secretKey(key + "=", key.length() + 1))
                    + ").value()";
            String before = value.substring(0, at);
            String after = value.substring(at + secret.get().length());
            lines.add("// the notebook's Spark setting " + JavaText.lineComment(key) + " holds a secret: from the secret"
                    + " scope");
            lines.add("ctx.spark().conf().set(" + JavaText.stringLiteral(key) + ", "
                    + (before.isEmpty() ? "" : JavaText.stringLiteral(before) + " + ") + reference
                    + (after.isEmpty() ? "" : " + " + JavaText.stringLiteral(after)) + ");");
        }
        if (lines.isEmpty() || sections.isEmpty()) {
            return sections;
        }
        JobSection first = sections.get(0);
        String indent = first.body().substring(0, first.body().length() - first.body().stripLeading().length());
        StringBuilder body = new StringBuilder();
        lines.forEach(line -> body.append(indent).append(line).append('\n'));
        body.append(first.body());
        List<JobSection> out = new ArrayList<>(sections);
        long added = lines.stream().filter(line -> !line.startsWith("//")).count();
        out.set(0, first.withBody(body.toString(), first.steps().stream().map(step -> step.shifted((int) added))
                .toList()));
        return out;
    }

    /**
     * The Java for the expression that held a secret: the secret reference, with the literal's text around the
     * secret kept as is ({@code "jdbc:postgresql://etl:" + config.jdbcPassword().value() + "@db:5432/shop"}) when the
     * literal holds more than the secret (a URL, a connection string, a query string).
     */
    static String secretReference(Program program, PyExpr node, String accessor) {
        if (!(node instanceof PyExpr.StrLit literal)) {
            return accessor;
        }
        Optional<String> secret = program.secretIn(literal.value());
        if (secret.isEmpty() || secret.get().equals(literal.value())) {
            return accessor;
        }
        int at = literal.value().indexOf(secret.get());
        String before = literal.value().substring(0, at);
        String after = literal.value().substring(at + secret.get().length());
        StringBuilder java = new StringBuilder();
        if (!before.isEmpty()) {
            java.append(JavaText.stringLiteral(before)).append(" + ");
        }
        java.append(accessor);
        if (!after.isEmpty()) {
            java.append(" + ").append(JavaText.stringLiteral(after));
        }
        return java.toString();
    }

    /**
     * The parameters whose default and choices hold no secret value: a constant such as a JDBC URL with a password
     * in it stays in the code (where its secret part becomes a secret reference) instead of becoming an option
     * whose default would print the secret in {@code --help}, the README and the bundle; a widget or form keeps
     * its option without the default.
     */
    static List<Parameter> withoutSecretValues(Program program) {
        List<Parameter> out = new ArrayList<>();
        for (Parameter parameter : program.parameters()) {
            boolean cleanDefault = parameter.defaultValue().map(v -> program.clean(v.repr()) && program.clean(v.str()))
                    .orElse(true);
            boolean cleanChoices = parameter.choices().stream().allMatch(program::clean);
            if (cleanDefault && cleanChoices) {
                out.add(parameter);
            } else if (parameter.kind() != ParameterKind.CONSTANT && parameter.kind() != ParameterKind.PAPERMILL) {
                out.add(new Parameter(parameter.name(), parameter.type(), Optional.empty(), parameter.kind(),
                        parameter.role(), parameter.location(), parameter.variable(),
                        cleanChoices ? parameter.choices() : List.of(), program.redact(parameter.description())));
            }
        }
        return out;
    }

    /** {@code cell 3 is}, {@code cells 3, 5 and 8 are}. */
    private static String cellList(List<Integer> cells) {
        if (cells.size() == 1) {
            return "cell " + cells.get(0) + " is";
        }
        List<String> texts = cells.stream().map(String::valueOf).toList();
        return "cells " + String.join(", ", texts.subList(0, texts.size() - 1)) + " and " + texts.get(texts.size() - 1)
                + " are";
    }

    /** {@code 12 code cells left out: NBM221 x10, NBM224 x2}. */
    private static String leftOutSummary(List<CellRecord> records) {
        Map<String, Integer> reasons = new TreeMap<>();
        long code = records.stream().filter(r -> r.type().equals("code") && !r.blank()).count();
        records.stream().filter(r -> !r.leftOut().isEmpty()).forEach(r -> reasons.merge(r.leftOut(), 1, Integer::sum));
        if (code == 0) {
            return "it has no code cells";
        }
        StringBuilder out = new StringBuilder(code + " code cells");
        if (!reasons.isEmpty()) {
            out.append("; left out: ");
            reasons.forEach((reason, n) -> out.append(reason).append(" x").append(n).append(", "));
            out.setLength(out.length() - 2);
        }
        return out.toString();
    }

    /** The argument nodes that are storage locations: the path argument of every read and write by path. */
    static List<PyExpr> pathArguments(Program program) {
        List<PyExpr> out = new ArrayList<>();
        Map<PyExpr, Boolean> seen = new IdentityHashMap<>();
        for (IoAccess access : program.lineage()) {
            if (access.target() != IoAccess.Target.PATH || access.node().isEmpty()
                    || !(access.node().get() instanceof PyExpr.Call call)) {
                continue;
            }
            pathArgument(call).filter(arg -> seen.put(arg, Boolean.TRUE) == null).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<PyExpr> pathArgument(PyExpr.Call call) {
        String method = call.func() instanceof PyExpr.Attribute attribute ? attribute.attr() : "";
        if (method.equals("option") && call.args().size() == 2) {
            return Optional.of(call.args().get(1));
        }
        if (!call.args().isEmpty()) {
            return Optional.of(call.args().get(0));
        }
        return Optional.ofNullable(call.keyword("path")).map(k -> k.value());
    }

    private static List<DataAccess> access(List<IoAccess> accesses, JobConfig config) {
        List<DataAccess> out = new ArrayList<>();
        for (IoAccess access : accesses) {
            String field = access.parameter().flatMap(p -> config.forVariable(p).or(() -> config.forParameterName(p)))
                    .map(f -> f.field().name()).orElse(null);
            String format = access.target() == IoAccess.Target.TABLE ? "table" : access.format();
            DataAccess data = new DataAccess(format, access.location(), field, access.origin());
            if (!out.contains(data)) {
                out.add(data);
            }
        }
        return out;
    }

    private static JobNames names(Notebook notebook) {
        String file = Path.of(notebook.name()).getFileName().toString();
        if (notebook.format() == SourceFormat.ZEPPELIN) {
            String name = notebook.metadata().path("name").asText("");
            if (!name.isBlank()) {
                return JobNames.fromNotebookName(name);
            }
        }
        return JobNames.fromNotebookName(file);
    }

    private static NotebookSource source(Path file, String shown, Notebook notebook) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String sha;
        try {
            sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
        return new NotebookSource(shown, sha, notebook.format().name().toLowerCase(java.util.Locale.ROOT),
                notebook.kernel().displayName() + " (" + notebook.kernel().name() + ")", notebook.cells().size());
    }

    /** The notebook's title: its first heading, or the Zeppelin note's name. */
    private static Optional<String> title(ClassifiedNotebook notebook) {
        for (ClassifiedCell cell : notebook.cells()) {
            if (cell.kind() == CellKind.MARKDOWN) {
                Optional<String> heading = heading(cell.cell().source());
                if (heading.isPresent()) {
                    return heading;
                }
            }
        }
        String name = notebook.notebook().metadata().path("name").asText("");
        return name.isBlank() ? Optional.empty() : Optional.of(name);
    }

    /** The text of the first Markdown heading in {@code markdown}, if it has one. */
    static Optional<String> heading(String markdown) {
        for (String line : markdown.lines().toList()) {
            String stripped = line.strip();
            if (stripped.startsWith("#")) {
                String text = stripped.replaceFirst("^#+\\s*", "").replaceAll("[`*_]", "").strip();
                if (!text.isEmpty()) {
                    return Optional.of(text);
                }
            }
        }
        return Optional.empty();
    }
}
