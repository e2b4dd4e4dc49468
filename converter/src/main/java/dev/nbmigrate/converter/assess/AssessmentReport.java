package dev.nbmigrate.converter.assess;

import dev.nbmigrate.converter.analyze.ApiReference;
import dev.nbmigrate.converter.analyze.CellAnalysis;
import dev.nbmigrate.converter.analyze.ConstantValue;
import dev.nbmigrate.converter.analyze.IoAccess;
import dev.nbmigrate.converter.analyze.Parameter;
import dev.nbmigrate.converter.analyze.Program;
import dev.nbmigrate.converter.analyze.Readiness;
import dev.nbmigrate.converter.analyze.RunDependency;
import dev.nbmigrate.converter.analyze.SecretFinding;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.read.Kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The content of an assessment, as rows of text ready for the Markdown, JSON and HTML renderers: one
 * {@link NotebookReport} per notebook (sorted by name) and a {@link Summary} of the batch. Every text taken from a
 * notebook has passed through {@link Program#redact}: no secret value reaches a renderer.
 */
public record AssessmentReport(Summary summary, List<NotebookReport> notebooks) {

    public AssessmentReport {
        notebooks = List.copyOf(notebooks);
    }

    /** Totals over the batch. */
    public record Summary(int notebooks, int analysed, int unreadable, int codeCells, int convertibleCells,
                         int apiReferences, int convertibleApiReferences, int errors, int warnings, int secrets,
                         int parameters, int reads, int writes) {

        public String cellPercent() {
            return percent(convertibleCells, codeCells);
        }

        public String apiPercent() {
            return percent(convertibleApiReferences, apiReferences);
        }
    }

    /**
     * One notebook. For a notebook that could not be analysed, {@code failure} says why and the lists are empty.
     */
    public record NotebookReport(String path, String status, Optional<DiagnosticRow> failure, String format,
                                 String kernel, String python, ReadinessRow readiness, List<CellRow> cells,
                                 List<ApiRow> api, List<IoRow> io, List<ParameterRow> parameters,
                                 List<SecretRow> secrets, List<RunRow> runs, List<DiagnosticRow> diagnostics) {

        public boolean analysed() {
            return failure.isEmpty();
        }

        /** The element id of the notebook's section in the HTML report. */
        public String anchor() {
            return "nb-" + path.replaceAll("[^A-Za-z0-9_-]", "-");
        }

        public long count(String severity) {
            return diagnostics.stream().filter(d -> d.severity().equals(severity)).count()
                    + failure.filter(d -> d.severity().equals(severity)).map(d -> 1).orElse(0);
        }
    }

    /** How much converts. */
    public record ReadinessRow(int codeCells, int convertibleCells, int apiReferences, int apiSupported,
                               int apiWarnings, int apiUnsupported, int convertibleApiReferences) {

        public String cellPercent() {
            return percent(convertibleCells, codeCells);
        }

        public String apiPercent() {
            return percent(convertibleApiReferences, apiReferences);
        }
    }

    /**
     * One cell: kind, language, status, exploration statements, the codes of its findings, and its outcome in the
     * converted job ({@code java}, {@code failing}, {@code left-out NBMxxx}, {@code not-code}; empty when the
     * notebook could not be translated).
     */
    public record CellRow(int index, String kind, String language, String status, int explorations,
                          List<String> codes, String outcome, String source) {

        /**
         * True when the cell stops the job: its outcome in the converted job is {@code failing}, or, when the
         * notebook could not be translated, its analysis status is {@code blocked} or {@code not-translated}.
         */
        public boolean blocking() {
            if (!outcome.isEmpty()) {
                return outcome.equals("failing");
            }
            return status.equals("blocked") || status.equals("not-translated");
        }
    }

    /** One PySpark API member used by the notebook. */
    public record ApiRow(String api, String status, String code, int uses, List<Integer> cells, String note) {
    }

    /** One read or write. */
    public record IoRow(String direction, String target, String format, String location, String via, String mode,
                        String parameter, String detail, int cell, int line) {
    }

    /** One parameter. */
    public record ParameterRow(String name, String kind, String role, String type, String defaultValue,
                               String variable, List<String> choices, String description, int cell, int line) {
    }

    /** One hard-coded secret: kind and location only. */
    public record SecretRow(String kind, String code, String context, String variable, int cell, int line) {
    }

    /** One {@code %run}. */
    public record RunRow(String target, String resolved, String problem, int cell, int line) {
    }

    /** One finding. */
    public record DiagnosticRow(String code, String severity, int cell, int line, int column, String message,
                                String suggestion) {

        /** {@code notebook} or {@code cell 3, line 4:7}. */
        public String where() {
            if (cell == 0) {
                return "notebook";
            }
            return "cell " + cell + (line > 0 ? ", line " + line + (column > 0 ? ":" + column : "") : "");
        }
    }

    // ------------------------------------------------------------------------------------------- building

    /** Builds the report of a batch. */
    public static AssessmentReport of(List<NotebookOutcome> outcomes) {
        List<NotebookReport> notebooks = new ArrayList<>();
        for (NotebookOutcome outcome : outcomes) {
            notebooks.add(outcome.program().map(p -> analysed(p, outcome.cellOutcomes()))
                    .orElseGet(() -> failed(outcome)));
        }
        notebooks.sort(java.util.Comparator.comparing(NotebookReport::path));
        int code = 0;
        int convertible = 0;
        int api = 0;
        int convertibleApi = 0;
        int errors = 0;
        int warnings = 0;
        int secrets = 0;
        int parameters = 0;
        int reads = 0;
        int writes = 0;
        for (NotebookReport report : notebooks) {
            code += report.readiness().codeCells();
            convertible += report.readiness().convertibleCells();
            api += report.readiness().apiReferences();
            convertibleApi += report.readiness().convertibleApiReferences();
            errors += (int) report.count("error");
            warnings += (int) report.count("warning");
            secrets += report.secrets().size();
            parameters += report.parameters().size();
            reads += (int) report.io().stream().filter(io -> io.direction().equals("read")).count();
            writes += (int) report.io().stream().filter(io -> io.direction().equals("write")).count();
        }
        int analysed = (int) notebooks.stream().filter(NotebookReport::analysed).count();
        Summary summary = new Summary(notebooks.size(), analysed, notebooks.size() - analysed, code, convertible, api,
                convertibleApi, errors, warnings, secrets, parameters, reads, writes);
        return new AssessmentReport(summary, notebooks);
    }

    private static NotebookReport failed(NotebookOutcome outcome) {
        Diagnostic failure = outcome.failure().orElseThrow();
        return new NotebookReport(outcome.name(), outcome.internal() ? "failed" : "unreadable",
                Optional.of(row(failure, UnaryOperator.identity())), "", "", "",
                new ReadinessRow(0, 0, 0, 0, 0, 0, 0), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    private static NotebookReport analysed(Program program, java.util.Map<Integer, String> outcomes) {
        UnaryOperator<String> redact = program::redact;
        Kernel kernel = program.notebook().notebook().kernel();
        Readiness readiness = program.readiness();
        ReadinessRow readinessRow = new ReadinessRow(readiness.codeCells(), readiness.convertibleCells(),
                readiness.apiReferences(), readiness.apiSupported(), readiness.apiWarnings(),
                readiness.apiUnsupported(), readiness.apiConvertible());
        List<CellRow> cells = new ArrayList<>();
        for (CellAnalysis cell : program.cells()) {
            TreeSet<String> codes = new TreeSet<>();
            cell.diagnostics().forEach(d -> codes.add(d.code().id()));
            cells.add(new CellRow(cell.index(), label(cell.cell().kind().name()), label(cell.cell().language().name()),
                    cell.status().label(), cell.explorations().size(), List.copyOf(codes),
                    outcomes.getOrDefault(cell.index(), ""), redact.apply(cell.cell().cell().source())));
        }
        List<DiagnosticRow> diagnostics = program.diagnostics().stream().map(d -> row(d, redact)).toList();
        String python = switch (kernel.pythonVersion()) {
            case PYTHON_2 -> "2";
            case PYTHON_3 -> "3";
            case NOT_PYTHON -> "";
        };
        return new NotebookReport(program.name(), "analysed", Optional.empty(),
                program.notebook().notebook().format().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                redact.apply(kernel.kind().name().toLowerCase(Locale.ROOT) + (kernel.name().isEmpty() ? ""
                        : " (" + kernel.name() + ")")), python, readinessRow, cells, api(program),
                io(program, redact), parameters(program, redact), secrets(program, redact), runs(program, redact),
                diagnostics);
    }

    private static List<ApiRow> api(Program program) {
        Map<String, List<ApiReference>> byMember = new TreeMap<>();
        for (ApiReference reference : program.apiReferences()) {
            byMember.computeIfAbsent(reference.qualifiedName(), k -> new ArrayList<>()).add(reference);
        }
        List<ApiRow> rows = new ArrayList<>();
        byMember.forEach((name, references) -> {
            ApiReference first = references.get(0);
            boolean blocked = references.stream().anyMatch(r -> !r.convertible());
            String status = first.status().label() + (blocked && first.status().label().equals("supported")
                    ? " (not planned)" : "");
            TreeSet<Integer> cells = new TreeSet<>();
            references.forEach(r -> cells.add(r.location().cell()));
            TreeSet<String> codes = new TreeSet<>();
            references.forEach(r -> {
                first.support().code().ifPresent(c -> codes.add(c.id()));
                r.issues().forEach(d -> codes.add(d.code().id()));
            });
            rows.add(new ApiRow(name, status, String.join(", ", codes), references.size(), List.copyOf(cells),
                    program.redact(first.support().note())));
        });
        return rows;
    }

    private static List<IoRow> io(Program program, UnaryOperator<String> redact) {
        List<IoRow> rows = new ArrayList<>();
        for (IoAccess io : program.lineage()) {
            rows.add(new IoRow(io.direction().label(), io.target().label(), redact.apply(io.format()),
                    redact.apply(io.location()), io.via().label(), redact.apply(io.mode()),
                    io.parameter().map(redact).orElse(""), redact.apply(io.detail()), io.cell(), io.origin().line()));
        }
        return rows;
    }

    private static List<ParameterRow> parameters(Program program, UnaryOperator<String> redact) {
        List<ParameterRow> rows = new ArrayList<>();
        for (Parameter parameter : program.parameters()) {
            rows.add(new ParameterRow(redact.apply(parameter.name()), parameter.kind().label(), parameter.role().label(),
                    parameter.type().display(), parameter.defaultValue().map(ConstantValue::repr).map(redact).orElse(""),
                    parameter.variable().map(redact).orElse(""), parameter.choices().stream().map(redact).toList(),
                    redact.apply(parameter.description()), parameter.location().cell(), parameter.location().line()));
        }
        return rows;
    }

    private static List<SecretRow> secrets(Program program, UnaryOperator<String> redact) {
        List<SecretRow> rows = new ArrayList<>();
        for (SecretFinding secret : program.secrets()) {
            rows.add(new SecretRow(secret.kind().label(), secret.kind().code().id(), redact.apply(secret.context()),
                    secret.variable().map(redact).orElse(""), secret.location().cell(), secret.location().line()));
        }
        return rows;
    }

    private static List<RunRow> runs(Program program, UnaryOperator<String> redact) {
        List<RunRow> rows = new ArrayList<>();
        for (RunDependency run : program.runDependencies()) {
            rows.add(new RunRow(redact.apply(run.target()), run.resolved().map(redact).orElse(""),
                    run.problem().map(redact).orElse(""), run.location().cell(), run.location().line()));
        }
        return rows;
    }

    private static DiagnosticRow row(Diagnostic d, UnaryOperator<String> redact) {
        return new DiagnosticRow(d.code().id(), d.severity().label(), d.location().cell(), d.location().line(),
                d.location().column(), redact.apply(d.message()), d.suggestion());
    }

    private static String label(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code 93.2%}; {@code 100.0%} of nothing. */
    static String percent(int part, int whole) {
        if (whole == 0) {
            return "100.0%";
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP) + "%";
    }

    /** The share as a number with one decimal, for JSON. */
    static BigDecimal share(int part, int whole) {
        if (whole == 0) {
            return BigDecimal.valueOf(1000, 1);
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
