package dev.nbmigrate.converter.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import dev.nbmigrate.converter.analyze.Analyzer;
import dev.nbmigrate.converter.analyze.Program;
import dev.nbmigrate.converter.assess.FileRunTargets;
import dev.nbmigrate.converter.cells.CellClassifier;
import dev.nbmigrate.converter.convert.ProjectPaths;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.model.CellOutcomes;
import dev.nbmigrate.converter.read.Notebook;
import dev.nbmigrate.converter.read.NotebookReadException;
import dev.nbmigrate.converter.read.NotebookReader;
import dev.nbmigrate.converter.render.TemplateException;
import dev.nbmigrate.converter.render.TemplateRenderer;
import dev.nbmigrate.converter.review.ReviewView.CellView;
import dev.nbmigrate.converter.review.ReviewView.FindingView;
import dev.nbmigrate.converter.review.ReviewView.JavaBlock;
import dev.nbmigrate.converter.review.ReviewView.Line;
import dev.nbmigrate.converter.review.ReviewView.Notice;

/**
 * Writes a module's review page: each notebook cell (secrets redacted) beside the Java it became, from the module's
 * {@code migration.json} (cell outcomes, line map, findings), the job and config classes, the notebook itself, and,
 * when there is one, the module's reconcile report ({@link ReconcileResults}). The page is {@code review.html.ftlh}
 * rendered with auto-escaping; the same module gives the same bytes.
 */
public final class Reviewer {

    /** The template of the page (auto-escaping HTML). */
    public static final String TEMPLATE = "review.html.ftlh";
    /** The page's file name. */
    public static final String PAGE = "review.html";

    private static final String PLACEHOLDER = "NotTranslated.fail(";
    /** A call of a hand-port method, which stands for a placeholder (see {@code HandPortPoints}). */
    private static final String HAND_PORT = dev.nbmigrate.converter.render.HandPortPoints.FIELD + ".";

    private final TemplateRenderer templates;
    private final ProjectPaths paths;
    private final NotebookReader reader = new NotebookReader();
    private final Analyzer analyzer = new Analyzer(new FileRunTargets());

    public Reviewer(TemplateRenderer templates, ProjectPaths paths) {
        this.templates = templates;
        this.paths = paths;
    }

    /** The written page and what the reviewer must know before reading it. */
    public record Result(Path page, List<Notice> notices) {
    }

    /**
     * Writes {@code outDir/review.html} for the module in folder {@code module}.
     *
     * @throws IOException when the module's record, job class or notebook cannot be read, or the page not written
     */
    public Result review(Path module, Path outDir) throws IOException, TemplateException {
        ReviewView view = view(module);
        String html = templates.render(TEMPLATE, Map.of("review", view));
        Files.createDirectories(outDir);
        Path page = outDir.resolve(PAGE);
        Path temporary = outDir.resolve(PAGE + ".tmp");
        Files.writeString(temporary, html, StandardCharsets.UTF_8);
        try {
            Files.move(temporary, page, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, page, StandardCopyOption.REPLACE_EXISTING);
        }
        return new Result(page, view.notices());
    }

    /** The page's data for the module in folder {@code module}. */
    public ReviewView view(Path module) throws IOException {
        ModuleRecord record = ModuleRecord.read(module);
        List<Notice> notices = new ArrayList<>();
        Path notebookFile = paths.resolve(Path.of(record.sourcePath()));
        if (!Files.isRegularFile(notebookFile)) {
            throw new IOException(record.module() + ": its notebook " + record.sourcePath() + " is not there (paths"
                    + " in migration.json are relative to the project folder nbmigrate runs in)");
        }
        if (!record.sha256().isEmpty() && !record.sha256().equals(sha256(notebookFile))) {
            notices.add(new Notice(Code.NBM540.id(), record.sourcePath() + " changed since the module was converted"
                    + " (its SHA-256 differs from migration.json's): " + Code.NBM540.suggestion()));
        }
        Notebook notebook;
        Program program;
        try {
            notebook = reader.read(notebookFile, record.sourcePath());
            program = analyzer.analyze(CellClassifier.classify(notebook));
        } catch (NotebookReadException e) {
            throw new IOException(e.getMessage(), e);
        }
        Optional<ReconcileResults> reconcile = Optional.empty();
        try {
            reconcile = ReconcileResults.read(module);
        } catch (IOException e) {
            notices.add(new Notice(Code.NBM541.id(), e.getMessage() + ": " + Code.NBM541.suggestion()));
        }
        List<String> job = Files.readAllLines(module.resolve(record.jobFile()), StandardCharsets.UTF_8);
        String configFile = configFile(module, record.jobFile());
        Map<Integer, List<int[]>> configLines = configFile.isEmpty() ? Map.of()
                : ConfigLines.of(Files.readAllLines(module.resolve(configFile), StandardCharsets.UTF_8));
        List<String> config = configFile.isEmpty() ? List.of()
                : Files.readAllLines(module.resolve(configFile), StandardCharsets.UTF_8);

        UnaryOperator<String> redact = program::redact;
        Findings findings = new Findings(record, redact);
        List<CellView> cells = new ArrayList<>();
        for (ModuleRecord.CellEntry entry : record.cells()) {
            String text = entry.index() <= notebook.cells().size() ? notebook.cell(entry.index()).source() : "";
            List<FindingView> cellFindings = findings.ofCell(entry.index());
            Set<Integer> flagged = record.findings().stream()
                    .filter(f -> f.notebook().equals(record.sourcePath()) && f.cell() == entry.index())
                    .map(ModuleRecord.Finding::line).collect(Collectors.toSet());
            List<JavaBlock> java = new ArrayList<>();
            boolean inJob = entry.outcome().equals(CellOutcomes.JAVA) || entry.outcome().equals(CellOutcomes.FAILING);
            if (inJob) {
                for (int[] range : entry.lines()) {
                    java.add(block(record.jobFile(), "job", job, range, "java-"));
                }
                for (int[] range : configLines.getOrDefault(entry.index(), List.of())) {
                    java.add(block(configFile, "config", config, range, "config-"));
                }
            }
            String note = inJob && java.isEmpty() ? "No lines of its own: its imports and definitions are in the"
                    + " job's imports and fields, or the cell only declared what later cells use." : "";
            String why = entry.outcome().equals(CellOutcomes.LEFT_OUT) ? record.findings().stream()
                    .filter(f -> f.code().equals(entry.reason()) && f.notebook().equals(record.sourcePath())
                            && (f.cell() == entry.index() || f.cell() == 0))
                    .map(f -> redact.apply(f.message())).findFirst().orElse("") : "";
            cells.add(new CellView(entry.index(), "cell-" + entry.index(), entry.type(), entry.language(),
                    entry.outcome(), entry.reason(), why, sourceLines(redact.apply(text), flagged), java, note,
                    cellFindings, reconcile.flatMap(r -> r.of(entry.index())).orElse(null)));
        }
        return new ReviewView(record.module(), record.sourcePath(), record.jobFile(), configFile,
                counts(record), List.copyOf(notices), findings.moduleWide(), cells, reconcile.isPresent());
    }

    private static ReviewView.Counts counts(ModuleRecord record) {
        Map<String, Long> outcomes = record.cells().stream()
                .collect(Collectors.groupingBy(ModuleRecord.CellEntry::outcome, Collectors.counting()));
        Map<String, Long> severities = record.findings().stream()
                .collect(Collectors.groupingBy(ModuleRecord.Finding::severity, Collectors.counting()));
        int java = outcomes.getOrDefault(CellOutcomes.JAVA, 0L).intValue();
        int failing = outcomes.getOrDefault(CellOutcomes.FAILING, 0L).intValue();
        int leftOut = outcomes.getOrDefault(CellOutcomes.LEFT_OUT, 0L).intValue();
        return new ReviewView.Counts(java + failing + leftOut, java, failing, leftOut,
                severities.getOrDefault("error", 0L).intValue(), severities.getOrDefault("warning", 0L).intValue(),
                severities.getOrDefault("info", 0L).intValue(), record.findings().size());
    }

    private static List<Line> sourceLines(String text, Set<Integer> flagged) {
        List<Line> lines = new ArrayList<>();
        String[] split = text.split("\n", -1);
        int count = text.endsWith("\n") ? split.length - 1 : split.length;
        for (int i = 0; i < count; i++) {
            lines.add(new Line(i + 1, split[i], "", flagged.contains(i + 1)));
        }
        return lines;
    }

    private static JavaBlock block(String file, String kind, List<String> text, int[] range, String anchor) {
        List<Line> lines = new ArrayList<>();
        int to = Math.min(range[1], text.size());
        for (int number = range[0]; number <= to; number++) {
            String line = text.get(number - 1);
            lines.add(new Line(number, line, anchor + number, line.contains(PLACEHOLDER)
                    || line.strip().startsWith(HAND_PORT)));
        }
        return new JavaBlock(file, kind, range[0], to, lines);
    }

    /** The config record beside the job class ({@code XJob.java} and {@code XConfig.java}), if there is one. */
    private static String configFile(Path module, String jobFile) {
        if (!jobFile.endsWith("Job.java")) {
            return "";
        }
        String config = jobFile.substring(0, jobFile.length() - "Job.java".length()) + "Config.java";
        return Files.isRegularFile(module.resolve(config)) ? config : "";
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The findings numbered in page order: those about the notebook as a whole first, then cell by cell. */
    private static final class Findings {
        private final List<FindingView> moduleWide = new ArrayList<>();
        private final Map<Integer, List<FindingView>> byCell = new java.util.TreeMap<>();

        Findings(ModuleRecord record, UnaryOperator<String> redact) {
            List<ModuleRecord.Finding> wide = new ArrayList<>();
            Map<Integer, List<ModuleRecord.Finding>> cells = new java.util.TreeMap<>();
            for (ModuleRecord.Finding f : record.findings()) {
                if (f.notebook().equals(record.sourcePath()) && f.cell() > 0) {
                    cells.computeIfAbsent(f.cell(), c -> new ArrayList<>()).add(f);
                } else {
                    wide.add(f);
                }
            }
            int number = 0;
            for (ModuleRecord.Finding f : wide) {
                number++;
                moduleWide.add(view(number, f, record.sourcePath(), "", redact));
            }
            for (Map.Entry<Integer, List<ModuleRecord.Finding>> cell : cells.entrySet()) {
                List<FindingView> views = new ArrayList<>();
                for (ModuleRecord.Finding f : cell.getValue()) {
                    number++;
                    views.add(view(number, f, record.sourcePath(), "cell-" + cell.getKey(), redact));
                }
                byCell.put(cell.getKey(), views);
            }
        }

        private static FindingView view(int number, ModuleRecord.Finding f, String source, String cellAnchor,
                UnaryOperator<String> redact) {
            StringBuilder place = new StringBuilder();
            if (!f.notebook().equals(source)) {
                place.append(f.notebook());
            }
            if (f.cell() > 0) {
                place.append(place.length() == 0 ? "" : ", ").append("cell ").append(f.cell());
            }
            if (f.line() > 0) {
                place.append(place.length() == 0 ? "" : ", ").append("line ").append(f.line());
            }
            return new FindingView(number, "finding-" + number, f.code(), f.severity(),
                    place.length() == 0 ? "whole notebook" : place.toString(), redact.apply(f.message()),
                    f.suggestion(), cellAnchor);
        }

        List<FindingView> moduleWide() {
            return List.copyOf(moduleWide);
        }

        List<FindingView> ofCell(int cell) {
            return byCell.getOrDefault(cell, List.of());
        }
    }
}
