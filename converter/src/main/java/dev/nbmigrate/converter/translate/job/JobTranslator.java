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
import dev.nbmigrate.converter.analyze.Program;
import dev.nbmigrate.converter.api.ApiCatalog;
import dev.nbmigrate.converter.assess.FileRunTargets;
import dev.nbmigrate.converter.cells.CellClassifier;
import dev.nbmigrate.converter.cells.CellKind;
import dev.nbmigrate.converter.cells.ClassifiedCell;
import dev.nbmigrate.converter.cells.ClassifiedNotebook;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.model.DataAccess;
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

        JobConfig config = JobConfig.plan(program.parameters(), program.secrets());
        TranslationContext context = new TranslationContext(catalog, Exploration.INSPECT, SourceRef.ofCell(shown, 1));
        context.resolvePaths(pathArguments(program), PATH_RESOLVER);
        for (JobConfig.Field field : config.fields()) {
            field.secret().flatMap(s -> s.value()).ifPresent(node -> context.replace(node,
                    TExpr.of(CellTranslator.parse(field.accessor()), ScalarType.STR)));
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
        String title = title(classified).orElse(notebookFile.getFileName().toString());
        SectionPlanner planner = new SectionPlanner(title);
        boolean first = true;
        for (CellAnalysis analysis : program.cells()) {
            ClassifiedCell cell = analysis.cell();
            if (cell.kind() == CellKind.MARKDOWN) {
                Optional<String> heading = heading(cell.cell().source());
                if (heading.isPresent() && !(first && heading.get().equals(title))) {
                    planner.heading(heading.get());
                }
                first = false;
                continue;
            }
            cells.translate(program, analysis, "cell " + cell.index()).ifPresent(planner::add);
        }
        SectionPlanner.Plan plan = planner.plan();

        List<String> fields = new ArrayList<>();
        boolean logs = plan.sections().stream().anyMatch(s -> s.body().contains("LOG."))
                || context.members().stream().anyMatch(m -> m.toString().contains("LOG."));
        if (logs) {
            fields.add("private static final Logger LOG = LoggerFactory.getLogger(" + names(notebook).jobClass()
                    + ".class);");
        }
        fields.addAll(plan.fields());
        List<String> helpers = context.members().stream().map(Object::toString).toList();

        Set<String> imports = new TreeSet<>(CANDIDATE_IMPORTS);
        imports.addAll(context.imports().all());
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Diagnostic diagnostic : program.diagnostics()) {
            boolean inPlotCell = cells.plotCells().stream().anyMatch(cell -> cell.notebook().equals(
                    diagnostic.location().notebook()) && cell.cell() == diagnostic.location().cell());
            boolean boilerplate = cells.inSessionBoilerplate(diagnostic.location())
                    && SESSION_CODES.contains(diagnostic.code());
            if (!(inPlotCell && PLOT_CELL_CODES.contains(diagnostic.code())) && !boilerplate) {
                diagnostics.add(diagnostic);
            }
        }
        diagnostics.addAll(context.diagnostics());
        return new JobModel(names(notebook), title, source(file, shown, notebook), target, sparkConf,
                config.configFields(), plan.sections(), new TreeSet<>(imports), access(program.sources(), config),
                access(program.sinks(), config), diagnostics.stream().distinct().sorted().toList(), fields, helpers);
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
