package dev.nbmigrate.converter.conformance;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.nbmigrate.converter.check.CompileResult;
import dev.nbmigrate.converter.check.InMemoryCompiler;
import dev.nbmigrate.converter.conformance.RecordResult.Status;

/**
 * Runs corpus records end to end: translate, compile in memory, run on one shared local
 * SparkSession (a fresh session state per record, session time zone UTC unless the record sets its own), and
 * compare what each example printed with what real PySpark printed.
 */
public final class ConformanceRunner {

    /** The code reported for records whose output is nondeterministic and did not match. */
    public static final String NONDETERMINISTIC = "NBM-NONDET";

    private static final Logger LOG = LoggerFactory.getLogger(ConformanceRunner.class);
    private static final String PACKAGE = "nbmigrate.conformance";
    private static final int MAX_SHOWN = 400;

    private final SparkSession spark;
    private final RecordTranslator translator;
    private final InMemoryCompiler compiler;
    private final PythonRepr repr = new PythonRepr(ZoneOffset.UTC);

    public ConformanceRunner(SparkSession spark, RecordTranslator translator, InMemoryCompiler compiler) {
        this.spark = Objects.requireNonNull(spark, "spark");
        this.translator = Objects.requireNonNull(translator, "translator");
        this.compiler = Objects.requireNonNull(compiler, "compiler");
    }

    /** The verdict on one corpus entry: an unreadable one is {@code UNSUPPORTED NBM-CORPUS}; never throws. */
    public RecordResult run(CorpusEntry entry, int index) {
        if (entry instanceof UnreadableRecord unreadable) {
            return unreadable.result();
        }
        CorpusRecord record = (CorpusRecord) entry;
        try {
            return run(record, index);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("running {} failed", record.qualname(), e);
            return new RecordResult(record.qualname(), Status.FAIL, "internal error: " + describe(e));
        }
    }

    /** The verdict on one record; never throws for a failing record. */
    public RecordResult run(CorpusRecord record, int index) {
        String className = PACKAGE + ".Record" + index + "_" + record.qualname().replaceAll("[^A-Za-z0-9]", "_");
        RecordTranslation translation;
        try {
            translation = translator.translate(record, className);
        } catch (RuntimeException e) {
            LOG.warn("translating {} failed", record.qualname(), e);
            return new RecordResult(record.qualname(), Status.FAIL, "translation failed: " + describe(e));
        }
        if (translation instanceof RecordTranslation.Unsupported unsupported) {
            return new RecordResult(record.qualname(), Status.UNSUPPORTED, unsupported.code() + " " + unsupported.message());
        }
        RecordTranslation.Program program = (RecordTranslation.Program) translation;
        CompileResult compiled = compiler.compile(List.of(program.source()));
        if (!compiled.succeeded()) {
            return verdict(record, "does not compile: " + compiled.errors().get(0));
        }
        ExampleOutput output = new ExampleOutput(repr);
        try {
            ClassLoader loader = compiled.classLoader(getClass().getClassLoader());
            ConformanceProgram instance = (ConformanceProgram) loader.loadClass(className).getDeclaredConstructor().newInstance();
            SparkSession session = freshSession();
            ConformanceSession.programs().use(loader);
            try {
                OutputCapture.capture(output, () -> instance.run(session, output));
            } finally {
                ConformanceSession.programs().use(null);
            }
        } catch (Exception | LinkageError e) {
            LOG.debug("{} failed at example {}", record.qualname(), output.currentExample(), e);
            return verdict(record, "example " + output.currentExample() + " raised " + describe(e));
        }
        for (int i = 0; i < record.examples().size(); i++) {
            CorpusExample example = record.examples().get(i);
            String got = output.printedBy(i + 1);
            if (!OutputComparison.matches(record, example, got)) {
                return verdict(record, "example " + (i + 1) + " printed " + shown(got) + ", expected " + shown(example.want()));
            }
        }
        return new RecordResult(record.qualname(), Status.PASS, "");
    }

    private RecordResult verdict(CorpusRecord record, String failure) {
        if (record.isNondeterministic()) {
            return new RecordResult(record.qualname(), Status.UNSUPPORTED,
                    NONDETERMINISTIC + " output depends on " + String.join(", ", record.nondeterministic()) + " (" + failure + ")");
        }
        return new RecordResult(record.qualname(), Status.FAIL, failure);
    }

    /** A session with its own conf and temporary views over the shared context, as PySpark's tests start. */
    private SparkSession freshSession() {
        SparkSession session = spark.newSession();
        session.conf().set("spark.sql.session.timeZone", "UTC");
        session.conf().set("spark.sql.ansi.enabled", "false");
        return session;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root != root.getCause()
                && (root instanceof java.lang.reflect.InvocationTargetException || root.getMessage() == null)) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage().lines().findFirst().orElse("");
        return root.getClass().getSimpleName() + message;
    }

    private static String shown(String text) {
        String oneLine = text.replace("\n", "\\n");
        return "'" + (oneLine.length() > MAX_SHOWN ? oneLine.substring(0, MAX_SHOWN) + "..." : oneLine) + "'";
    }

    /** {@code N passed, N failed, N unsupported}: the last line of a conformance run. */
    public static String summary(List<RecordResult> results) {
        long passed = results.stream().filter(r -> r.status() == Status.PASS).count();
        long failed = results.stream().filter(r -> r.status() == Status.FAIL).count();
        long unsupported = results.stream().filter(r -> r.status() == Status.UNSUPPORTED).count();
        return String.format(Locale.ROOT, "%d passed, %d failed, %d unsupported", passed, failed, unsupported);
    }
}
