package dev.nbmigrate.converter.convert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.nbmigrate.converter.check.CompileResult;
import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.diag.Severity;
import dev.nbmigrate.converter.expect.Expectations;
import dev.nbmigrate.converter.expect.ExpectationsException;
import dev.nbmigrate.converter.expect.ExpectationsReader;
import dev.nbmigrate.converter.reconcile.AcceptedDifferences;
import dev.nbmigrate.converter.model.JobModel;
import dev.nbmigrate.converter.model.Target;
import dev.nbmigrate.converter.portfolio.Environments;
import dev.nbmigrate.converter.portfolio.Portfolio;
import dev.nbmigrate.converter.portfolio.PortfolioRenderer;
import dev.nbmigrate.converter.progress.ProgressListener;
import dev.nbmigrate.converter.render.ModuleRenderer;
import dev.nbmigrate.converter.render.PendingModule;
import dev.nbmigrate.converter.render.RenderOptions;
import dev.nbmigrate.converter.render.RenderedModule;
import dev.nbmigrate.converter.render.TemplateException;
import dev.nbmigrate.converter.translate.NotebookTranslator;
import dev.nbmigrate.converter.write.HandWritten;
import dev.nbmigrate.converter.write.ModuleVersion;
import dev.nbmigrate.converter.write.ModuleWriter;

/**
 * Converts notebooks into modules: translate, render, write atomically, on {@link #withJobs} threads (one by
 * default) with the same results in the same order whatever their number, then regenerate the output folder's
 * {@code pom.xml}. A notebook that cannot be read, or whose module does not build, stops only
 * itself; a broken template stops the batch (it would break every module).
 */
public final class Conversion {

    private static final Logger LOG = LoggerFactory.getLogger(Conversion.class);
    /** The aggregator and parent of the generated modules, in the output folder. */
    public static final String AGGREGATOR = "pom.xml";

    private final NotebookTranslator translator;
    private final ModuleRenderer renderer;
    private final ProjectPaths paths;
    private final ModuleWriter writer = new ModuleWriter();
    /** The default time limit of one notebook's translation ({@code --timeout-per-notebook}). */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(300);
    /** Stack of the translation thread: deeply nested notebooks recurse deeply (the analyzer has its own). */
    private static final long STACK_BYTES = 256L << 20;
    /**
     * How many notebooks are rendered before their modules are compiled together in one javac task: reading the
     * class path's symbols once per task is most of what compiling a module costs, and a bounded wave keeps the
     * memory of the modules waiting for it bounded.
     */
    static final int WAVE = 32;
    private Duration timeout = DEFAULT_TIMEOUT;
    private int jobs = 1;
    private ProgressListener listener = ProgressListener.NONE;
    /** The folder notebooks outside the project are shown relative to, for the batch being converted. */
    private Path outsideBase;
    private final Portfolio portfolio;
    /** The deployment environments of the output folder's portfolio; none until a batch or check loads them. */
    private Environments environments;
    private List<Diagnostic> portfolioFindings = List.of();

    public Conversion(NotebookTranslator translator, ModuleRenderer renderer, ProjectPaths paths) {
        this.translator = translator;
        this.renderer = renderer;
        this.paths = paths;
        this.portfolio = new Portfolio(new PortfolioRenderer(renderer.templateRenderer()));
    }

    /**
     * Loads the environments of the portfolio in {@code committedOut} (its {@code portfolio/environments.properties},
     * or the defaults when absent): every module's bundle targets come from them.
     *
     * @throws IllegalStateException (NBM322) if the file is there but cannot be used
     */
    void loadEnvironments(Path committedOut) throws TemplateException, IOException {
        try {
            environments = portfolio.environments(committedOut);
        } catch (Environments.BadEnvironmentsException e) {
            throw new IllegalStateException(Code.NBM322.id() + " " + Code.NBM322.title().toLowerCase(
                    java.util.Locale.ROOT) + ": " + e.getMessage() + ". " + Code.NBM322.suggestion(), e);
        }
    }

    /**
     * Writes {@code outDir/portfolio/} for the modules there, with the environments loaded last.
     *
     * @param committedOut the output folder as the project names it (build and deploy paths use it); a folder outside
     *                     the project is a repository of its own, so its paths start at itself ({@code .})
     */
    void writePortfolio(Path outDir, Path committedOut) throws TemplateException, IOException {
        Path committed = paths.resolve(committedOut);
        String outPath = committed.startsWith(paths.workingDir()) ? paths.display(committed) : ".";
        portfolioFindings = List.copyOf(portfolio.write(outDir, moduleFolders(outDir), environments, outPath));
    }

    /** The lineage findings (NBM320, NBM321) of the portfolio the last batch or check wrote. */
    public List<Diagnostic> portfolioFindings() {
        return portfolioFindings;
    }

    /**
     * Sets the time limit of each notebook's translation: past it the notebook is reported (NBM514), its
     * translation thread abandoned, and the batch goes on.
     */
    public Conversion withTimeout(Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("the time limit per notebook must be positive, not " + limit);
        }
        this.timeout = limit;
        return this;
    }

    /**
     * Sets how many notebooks are converted at once. The modules, results, logs and progress are the same, in the
     * same order, whatever the number: the name of a module is claimed in the notebooks' order.
     */
    public Conversion withJobs(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("the number of jobs must be at least 1, not " + count);
        }
        this.jobs = count;
        return this;
    }

    /** Sets who is told of the batch's progress (in the notebooks' order). */
    public Conversion withListener(ProgressListener progress) {
        this.listener = java.util.Objects.requireNonNull(progress);
        return this;
    }

    /**
     * Converts {@code notebooks} into modules under {@code outDir} and rewrites its {@code pom.xml}.
     *
     * @param dataRoot the sample data folder for every notebook, or {@code null} to find each notebook's own
     */
    public List<NotebookResult> convert(List<Path> notebooks, Target target, Path dataRoot, Path outDir)
            throws TemplateException, IOException {
        Path out = paths.resolve(outDir);
        writer.recover(out);
        loadEnvironments(out);
        Map<String, String> modules = new java.util.concurrent.ConcurrentHashMap<>();
        outsideBase = paths.outsideBase(notebooks);
        Throwable failure = null;
        List<NotebookResult> results = new ArrayList<>(notebooks.size());
        try {
            for (int from = 0; from < notebooks.size(); from += WAVE) {
                results.addAll(convertWave(notebooks, from, Math.min(notebooks.size(), from + WAVE), target, dataRoot,
                        out, modules));
            }
        } catch (Throwable t) {
            failure = t;
            throw t;
        } finally {
            // The modules written before a failure are in the aggregator too.
            try {
                writeAggregator(out);
                writeWrapper(out);
                writePortfolio(out, out);
            } catch (TemplateException | IOException | RuntimeException e) {
                if (failure == null) {
                    throw e;
                }
                failure.addSuppressed(e);
            }
        }
        return results;
    }

    /**
     * Converts notebooks {@code from..to-1}: renders their modules up to compiling on {@link #jobs} threads, compiles
     * all their Java in one javac task ({@link ModuleRenderer#compileEach}), then finishes and writes them on
     * {@link #jobs} threads. Progress and results come in the notebooks' order.
     */
    private List<NotebookResult> convertWave(List<Path> notebooks, int from, int to, Target target, Path dataRoot,
            Path out, Map<String, String> modules) throws TemplateException {
        int count = notebooks.size();
        List<Staged> staged = new ParallelBatch<Staged>(jobs).run(to - from,
                (i, turn) -> stageOrStop(notebooks.get(from + i), target, dataRoot, out, modules, turn),
                i -> listener.started(from + i, count, shown(notebooks.get(from + i))), (i, result) -> { });
        List<PendingModule> pending = staged.stream().map(Staged::pendingOrDone).toList();
        List<CompileResult> compiled = renderer.compileEach(pending);
        return new ParallelBatch<NotebookResult>(jobs).run(to - from,
                (i, turn) -> staged.get(i).finish(compiled.get(i)),
                i -> { },
                (i, result) -> {
                    Path notebook = notebooks.get(from + i);
                    LOG.debug("[{}/{}] {}: {}", from + i + 1, count, shown(notebook), summary(result));
                    listener.finished(from + i, count, shown(notebook), summary(result));
                });
    }

    /**
     * {@link #stage} in a wave: what stops the batch (a broken template, an {@link Error}) is kept and thrown when the
     * wave finishes this notebook, so the modules of the notebooks before it are written first, as when each
     * notebook is finished before the next.
     */
    private Staged stageOrStop(Path notebook, Target target, Path dataRoot, Path out, Map<String, String> modules,
            ParallelBatch.Turn turn) {
        try {
            return stage(notebook, target, dataRoot, out, out, modules, turn);
        } catch (TemplateException | RuntimeException | Error e) {
            Staged stop = new Staged(null, null, null, null, null, null);
            stop.stop = e;
            return stop;
        }
    }

    /**
     * Converts one notebook into {@code writeDir}, taking the previous version from the module in {@code versionDir}
     * (the same folder for convert; the committed output for check).
     *
     * @param claimed module names already made in this batch, with their notebook
     */
    NotebookResult convertOne(Path notebook, Target target, Path dataRoot, Path writeDir, Path versionDir,
            Map<String, String> claimed) throws TemplateException {
        Staged staged = stage(notebook, target, dataRoot, writeDir, versionDir, claimed, null);
        return staged.finish(staged.pending == null ? null : renderer.compileEach(List.of(staged.pending)).get(0));
    }

    /**
     * {@link #convertOne(Path, Target, Path, Path, Path, Map)} up to compiling the module's Java, in a parallel
     * batch: the module name is claimed in {@code claimTurn}, so the first notebook in the batch's order keeps it.
     */
    private Staged stage(Path notebook, Target target, Path dataRoot, Path writeDir, Path versionDir,
            Map<String, String> claimed, ParallelBatch.Turn claimTurn) throws TemplateException {
        String shown = shown(notebook);
        Path base = base(notebook);
        JobModel model;
        try {
            model = translateWithin(base.relativize(paths.resolve(notebook)), base, target, shown);
        } catch (TimeoutException e) {
            String problem = "translating " + shown + " took longer than " + timeout.toSeconds() + " s"
                    + " (--timeout-per-notebook); it was abandoned";
            LOG.error(problem);
            return ended(new NotebookResult(shown, "", NotebookResult.Outcome.REJECTED, "", List.of(
                    Diagnostic.of(Code.NBM514, Location.ofNotebook(shown), problem)), problem));
        } catch (IOException e) {
            return ended(NotebookResult.rejected(shown, "", Code.NBM001.id() + " "
                    + Code.NBM001.title().toLowerCase(java.util.Locale.ROOT) + ": " + e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("translating {} failed", shown, e);
            String problem = "translating " + shown + " failed: " + e;
            return ended(new NotebookResult(shown, "", NotebookResult.Outcome.REJECTED, "", List.of(
                    Diagnostic.of(Code.NBM512, Location.ofNotebook(shown), problem)), problem));
        }
        String module = model.names().module();
        String source = model.source().path();
        String other;
        if (claimTurn != null) {
            claimTurn.await();
        }
        try {
            other = claimed.putIfAbsent(module, source);
            if (other == null) {
                other = ModuleVersion.recordedSource(versionDir.resolve(module)).filter(s -> !s.equals(source))
                        .orElse(null);
            }
        } finally {
            if (claimTurn != null) {
                claimTurn.pass();
            }
        }
        if (other != null) {
            String problem = source + " and " + other + " both make module '" + module + "'; " + module
                    + " is left as it was";
            return ended(new NotebookResult(shown, module, NotebookResult.Outcome.REJECTED, "", List.of(
                    Diagnostic.of(Code.NBM020, Location.ofNotebook(source), problem)), problem));
        }
        try {
            return render(model, notebook, shown, base, module, dataRoot, writeDir, versionDir);
        } catch (RuntimeException | StackOverflowError e) {
            return ended(renderFailed(shown, module, source, e));
        }
    }

    /**
     * Translates on a worker thread and waits at most {@link #timeout}; past it the thread is interrupted and
     * abandoned (a daemon: it cannot keep the JVM alive).
     */
    private JobModel translateWithin(Path notebook, Path base, Target target, String shown)
            throws IOException, TimeoutException {
        FutureTask<JobModel> task = new FutureTask<>(() -> translator.translate(notebook, base, target));
        Thread worker = new Thread(null, task, "nbmigrate-translate " + shown, STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw e;
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while translating " + shown, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static NotebookResult renderFailed(String shown, String module, String source, Throwable e) {
        LOG.error("converting {} failed", shown, e);
        String problem = "converting " + shown + " failed: " + e;
        return new NotebookResult(shown, module, NotebookResult.Outcome.REJECTED, "", List.of(Diagnostic.of(
                Code.NBM512, Location.ofNotebook(source), problem)), problem);
    }

    /**
     * A notebook between rendering and the compilation of its module: its result when it ended before (rejected,
     * or its Java did not render), or its module waiting for the compile result of its units.
     */
    private final class Staged {
        private final NotebookResult ended;
        private final PendingModule pending;
        private final JobModel model;
        private final String shown;
        private final String module;
        private final Path writeDir;
        /** What stops the batch when this notebook is finished (null: nothing). */
        private Throwable stop;

        private Staged(NotebookResult ended, PendingModule pending, JobModel model, String shown, String module,
                Path writeDir) {
            this.ended = ended;
            this.pending = pending;
            this.model = model;
            this.shown = shown;
            this.module = module;
            this.writeDir = writeDir;
        }

        /** The module to compile, or null when the notebook ended before. */
        PendingModule pendingOrDone() {
            return pending;
        }

        NotebookResult finish(CompileResult compiled) throws TemplateException {
            if (stop instanceof TemplateException template) {
                throw template;
            }
            if (stop instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (stop instanceof Error error) {
                throw error;
            }
            if (ended != null) {
                return ended;
            }
            try {
                return write(model, shown, module, writeDir, pending.finish(compiled));
            } catch (RuntimeException | StackOverflowError e) {
                return renderFailed(shown, module, model.source().path(), e);
            }
        }
    }

    private Staged ended(NotebookResult result) {
        return new Staged(result, null, null, null, null, null);
    }

    private Staged render(JobModel model, Path notebook, String shown, Path base, String module,
            Path dataRoot, Path writeDir, Path versionDir) throws TemplateException {
        Path expectationsFile = ExpectationsReader.fileFor(paths.resolve(notebook));
        Optional<Expectations> expectations;
        Optional<ModuleVersion.Recorded> previous;
        java.util.SortedSet<String> handPorted;
        Path acceptedFile = AcceptedDifferences.fileFor(paths.resolve(notebook));
        AcceptedDifferences accepted;
        try {
            accepted = AcceptedDifferences.read(acceptedFile);
        } catch (IOException e) {
            return ended(NotebookResult.rejected(shown, module, e.getMessage()));
        }
        try {
            expectations = ExpectationsReader.readIfPresent(expectationsFile, shown(expectationsFile, base));
            previous = ModuleVersion.recorded(versionDir.resolve(module));
            handPorted = HandWritten.portedMethods(versionDir.resolve(module));
        } catch (ExpectationsException e) {
            return ended(new NotebookResult(shown, module, NotebookResult.Outcome.REJECTED, "", List.of(
                    Diagnostic.of(Code.NBM511, Location.ofNotebook(model.source().path()), e.getMessage())),
                    e.getMessage()));
        } catch (IOException e) {
            return ended(NotebookResult.rejected(shown, module, e.getMessage()));
        }
        Path data = dataRoot != null ? paths.resolve(dataRoot) : paths.findDataRoot(notebook).orElse(null);
        // A module outside the project (--out anywhere) is a project of its own: its path is its folder's name.
        Path moduleDir = paths.resolve(versionDir.resolve(module));
        String modulePath = moduleDir.startsWith(paths.workingDir()) ? paths.display(moduleDir) : module;
        PendingModule pending = renderer.prepare(model, new RenderOptions(expectations, data,
                data == null ? null : shown(data, base), previous, modulePath,
                environments == null ? List.of() : environments.all(), handPorted,
                accepted.entries().isEmpty() ? "" : shown(acceptedFile, base), accepted.entries()));
        return new Staged(null, pending, model, shown, module, writeDir);
    }

    private NotebookResult write(JobModel model, String shown, String module, Path writeDir, RenderedModule rendered) {
        if (rendered.module().isEmpty()) {
            return new NotebookResult(shown, module, NotebookResult.Outcome.NOT_WRITTEN, "", rendered.diagnostics(), "",
                    rendered.cells());
        }
        try {
            writer.write(writeDir, rendered.module().get());
        } catch (ModuleWriter.OccupiedException e) {
            List<Diagnostic> diagnostics = new ArrayList<>(rendered.diagnostics());
            String problem = "cannot write module " + module + ": " + paths.display(writeDir.resolve(module))
                    + " is a file, not a module folder; it is left as it is";
            diagnostics.add(Diagnostic.of(Code.NBM022, Location.ofNotebook(model.source().path()), problem));
            return new NotebookResult(shown, module, NotebookResult.Outcome.NOT_WRITTEN, "", diagnostics, problem,
                    rendered.cells());
        } catch (IOException e) {
            return new NotebookResult(shown, module, NotebookResult.Outcome.NOT_WRITTEN, "", rendered.diagnostics(),
                    "cannot write module " + module + ": " + e.getMessage(), rendered.cells());
        }
        return new NotebookResult(shown, module, NotebookResult.Outcome.WRITTEN, rendered.version(),
                rendered.diagnostics(), "", rendered.cells());
    }

    /** The folder a notebook's path is given relative to: the project, or the input folder when outside it. */
    private Path base(Path notebook) {
        Path absolute = paths.resolve(notebook);
        Path project = paths.resolve(Path.of(""));
        if (absolute.startsWith(project)) {
            return project;
        }
        return outsideBase != null && absolute.startsWith(outsideBase) ? outsideBase : absolute.getParent();
    }

    /** A notebook's path as generated files and logs show it: relative to the project or to the input folder. */
    private String shown(Path notebook) {
        String text = base(notebook).relativize(paths.resolve(notebook)).toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }

    /** A file's path relative to {@code base} when it is in it, else as the project shows it. */
    private String shown(Path file, Path base) {
        Path absolute = paths.resolve(file);
        if (!absolute.startsWith(base)) {
            return paths.display(file);
        }
        String text = base.relativize(absolute).toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }

    /**
     * Rewrites {@code outDir/pom.xml} listing every module folder there (sorted), when there is at least one; the
     * file is replaced atomically.
     */
    void writeAggregator(Path outDir) throws TemplateException, IOException {
        List<String> modules = moduleFolders(outDir);
        if (modules.isEmpty()) {
            return;
        }
        dev.nbmigrate.converter.write.ModuleWriter.writeFiles(outDir,
                Map.of(AGGREGATOR, renderer.renderAggregator(modules)));
    }

    /**
     * Gives an output folder outside the project the project's Maven wrapper, so that {@code ./mvnw -B verify} at its
     * top (the command its README and CI pipelines run) builds every module with the same Maven; inside the project,
     * the project's own wrapper does. Written only beside an aggregator pom.
     */
    void writeWrapper(Path outDir) throws IOException {
        if (!outDir.startsWith(paths.workingDir()) && Files.isRegularFile(outDir.resolve(AGGREGATOR))) {
            dev.nbmigrate.converter.write.ModuleWriter.writeFiles(outDir, renderer.wrapperFiles());
        }
    }

    /** The module folders of {@code outDir} (those with a {@code pom.xml}), sorted. */
    public static List<String> moduleFolders(Path outDir) {
        if (!Files.isDirectory(outDir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(outDir)) {
            return entries.filter(p -> Files.isRegularFile(p.resolve("pom.xml")))
                    .map(p -> p.getFileName().toString()).filter(name -> !name.startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String summary(NotebookResult result) {
        return switch (result.outcome()) {
            case WRITTEN -> "module " + result.module() + " " + result.version() + " (" + result.count(Severity.ERROR)
                    + " errors, " + result.count(Severity.WARNING) + " warnings)";
            case NOT_WRITTEN -> "module " + result.module() + " NOT written (" + result.count(Severity.ERROR)
                    + " errors)" + (result.problem().isEmpty() ? "" : ": " + result.problem());
            case REJECTED -> "rejected: " + result.problem();
        };
    }
}
