package dev.nbmigrate.converter.cells;

import dev.nbmigrate.converter.cells.OptionParser.Arity;
import dev.nbmigrate.converter.cells.OptionParser.Spec;
import dev.nbmigrate.converter.cells.OptionParser.Type;
import dev.nbmigrate.converter.read.ExecutionContext;
import dev.nbmigrate.converter.read.Language;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * sparkmagic's kernel magics ({@code sparkmagic/kernels/kernelmagics.py}) with their options, as a table from the
 * magic's name to its handler. Option names, defaults and checks follow sparkmagic's, so that what sparkmagic
 * rejected is reported ({@code NBM010}) and what it accepted is typed.
 */
final class SparkmagicMagics {

    private static final Spec OUTPUT = new Spec("-o", "--output", Arity.ONE, Type.STRING);
    private static final Spec QUIET = new Spec("-q", "--quiet", Arity.OPTIONAL, Type.BOOL);
    private static final Spec SAMPLE_METHOD = new Spec("-m", "--samplemethod", Arity.ONE, Type.STRING);
    private static final Spec MAX_ROWS = new Spec("-n", "--maxrows", Arity.ONE, Type.INT);
    private static final Spec SAMPLE_FRACTION = new Spec("-r", "--samplefraction", Arity.ONE, Type.FLOAT);
    private static final Spec COERCE = new Spec("-c", "--coerce", Arity.ONE, Type.STRING);
    private static final Spec FORCE = new Spec("-f", "--force", Arity.OPTIONAL, Type.BOOL);
    private static final Spec SESSION = new Spec("-s", "--session", Arity.ONE, Type.INT);
    private static final Spec INPUT = new Spec("-i", "--input", Arity.ONE, Type.STRING);
    private static final Spec VAR_TYPE = new Spec("-t", "--vartype", Arity.ONE, Type.STRING);
    private static final Spec VAR_NAME = new Spec("-n", "--varname", Arity.ONE, Type.STRING);
    private static final Spec SEND_MAX_ROWS = new Spec("-m", "--maxrows", Arity.ONE, Type.INT);

    /** Options of {@code %%spark} as sparkmagic's IPython extension ({@code %load_ext sparkmagic.magics}) has it. */
    private static final List<Spec> REMOTE_SPARK_OPTIONS = List.of(
            new Spec("-c", "--context", Arity.ONE, Type.STRING), new Spec("-s", "--session", Arity.ONE, Type.STRING),
            OUTPUT, QUIET, SAMPLE_METHOD, MAX_ROWS, SAMPLE_FRACTION,
            new Spec("-u", "--url", Arity.ONE, Type.STRING), new Spec("-a", "--user", Arity.ONE, Type.STRING),
            new Spec("-p", "--password", Arity.ONE, Type.STRING), new Spec("-t", "--auth", Arity.ONE, Type.STRING),
            new Spec("-l", "--language", Arity.ONE, Type.STRING), new Spec("-k", "--skip", Arity.OPTIONAL, Type.BOOL),
            new Spec("-i", "--id", Arity.ONE, Type.INT), new Spec("-e", "--coerce", Arity.ONE, Type.STRING));
    /** The Livy session language {@code -l} names, as the cell's language. */
    private static final Map<String, Language> REMOTE_LANGUAGES = Map.of(
            "python", Language.PYTHON, "python3", Language.PYTHON, "pyspark", Language.PYTHON,
            "pyspark3", Language.PYTHON, "scala", Language.SCALA, "spark", Language.SCALA, "r", Language.R,
            "sparkr", Language.R);

    private static final List<Spec> SQL_OPTIONS =
            List.of(OUTPUT, QUIET, SAMPLE_METHOD, MAX_ROWS, SAMPLE_FRACTION, COERCE);
    private static final List<Spec> SPARK_OPTIONS = List.of(OUTPUT, SAMPLE_METHOD, MAX_ROWS, SAMPLE_FRACTION, COERCE);
    private static final List<Spec> SEND_OPTIONS = List.of(INPUT, VAR_TYPE, VAR_NAME, SEND_MAX_ROWS);

    /** What sparkmagic's {@code get_coerce_value} reads as true. */
    private static final Set<String> TRUE_WORDS = Set.of("yes", "true", "t", "y", "1");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    static final Map<String, MagicHandler> TABLE = Map.ofEntries(
            Map.entry("sql", SparkmagicMagics::sql),
            Map.entry("spark", SparkmagicMagics::spark),
            Map.entry("configure", SparkmagicMagics::configure),
            Map.entry("local", SparkmagicMagics::local),
            Map.entry("info", call -> session(call, new InfoMagic(call.header()))),
            Map.entry("logs", call -> session(call, new LogsMagic(call.header()))),
            Map.entry("help", call -> session(call, new HelpMagic(call.header()))),
            Map.entry("cleanup", SparkmagicMagics::cleanup),
            Map.entry("delete", SparkmagicMagics::delete),
            Map.entry("send_to_spark", SparkmagicMagics::sendToSpark),
            Map.entry("pretty", SparkmagicMagics::pretty));

    /** Magics sparkmagic's kernels also accept with a single {@code %} on a cell's first line. */
    static final Set<String> SINGLE_PERCENT = Set.of("local", "info", "logs", "cleanup", "delete", "help");

    private SparkmagicMagics() {
    }

    private static Classification sql(MagicCall call) {
        OptionParser.Parsed options = call.options(SQL_OPTIONS);
        SqlMagic magic = new SqlMagic(call.header(), output(call, options), quiet(options),
                Optional.of(sampling(call, options)), coerce(options));
        if (call.body().isBlank()) {
            call.bad("no query in the cell");
        }
        return new Classification(CellKind.SQL, Language.SQL, ExecutionContext.LIVY, magic);
    }

    private static Classification spark(MagicCall call) {
        OptionParser.Parsed options = call.options(SPARK_OPTIONS);
        SparkMagic magic = new SparkMagic(call.header(), output(call, options), sampling(call, options),
                coerce(options));
        return new Classification(CellKind.CODE, call.kernel().language(), ExecutionContext.LIVY, magic);
    }

    /**
     * {@code %%spark} of sparkmagic's IPython extension on a plain Python kernel: code sent to a Livy session, or
     * with {@code -c sql} a SQL query (its {@code -o} result copied back as pandas, as {@code %%sql -o} does).
     */
    static Classification remoteSpark(MagicCall call) {
        OptionParser.Parsed options = call.options(REMOTE_SPARK_OPTIONS);
        Optional<String> output = output(call, options);
        RowSampling sampling = sampling(call, options);
        Optional<Boolean> coerce = Optional.ofNullable(options.get("coerce"))
                .map(value -> TRUE_WORDS.contains(value.toLowerCase(Locale.ROOT)));
        String context = options.has("context") ? options.get("context").strip() : "spark";
        if (context.equals("sql")) {
            return new Classification(CellKind.SQL, Language.SQL, ExecutionContext.LIVY,
                    new SqlMagic(call.header(), output, quiet(options), Optional.of(sampling), coerce));
        }
        if (!context.equals("spark")) {
            call.bad("context (-c) must be spark or sql, not '" + context + "'");
        }
        Language language = options.has("language")
                ? REMOTE_LANGUAGES.getOrDefault(options.get("language").strip().toLowerCase(Locale.ROOT),
                Language.PYTHON) : Language.PYTHON;
        return new Classification(CellKind.CODE, language, ExecutionContext.LIVY,
                new SparkMagic(call.header(), output, sampling, coerce));
    }

    private static Classification pretty(MagicCall call) {
        return new Classification(CellKind.CODE, call.kernel().language(), ExecutionContext.LIVY,
                new PrettyMagic(call.header()));
    }

    private static Classification local(MagicCall call) {
        return new Classification(CellKind.CODE, Language.PYTHON, ExecutionContext.NOTEBOOK_SERVER,
                new LocalMagic(call.header()));
    }

    /** {@code %%configure}: also Synapse's, with the same Livy settings. */
    static Classification configure(MagicCall call) {
        OptionParser.Parsed options = call.options(List.of(FORCE));
        Optional<LivySessionConfig> session = LivyConfigParser.parse(call);
        return new Classification(CellKind.SESSION, Language.JSON, ExecutionContext.LIVY,
                new ConfigureMagic(call.header(), flag(options, "force"), session));
    }

    private static Classification session(MagicCall call, CellMagic magic) {
        call.options(List.of());
        call.requireEmptyBody();
        return new Classification(CellKind.SESSION, Language.TEXT, ExecutionContext.LIVY, magic);
    }

    private static Classification cleanup(MagicCall call) {
        OptionParser.Parsed options = call.options(List.of(FORCE));
        call.requireEmptyBody();
        boolean force = flag(options, "force");
        if (!force) {
            call.bad("without -f sparkmagic refuses to clean up the endpoint; the cell did nothing");
        }
        return new Classification(CellKind.SESSION, Language.TEXT, ExecutionContext.LIVY,
                new CleanupMagic(call.header(), force));
    }

    private static Classification delete(MagicCall call) {
        OptionParser.Parsed options = call.options(List.of(FORCE, SESSION));
        call.requireEmptyBody();
        boolean force = flag(options, "force");
        Optional<Integer> session = Optional.ofNullable(options.get("session"))
                .map(s -> (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, Long.parseLong(s.strip()))));
        if (session.isEmpty()) {
            call.bad("you must provide a session ID (-s argument)");
        } else if (!force) {
            call.bad("without -f sparkmagic refuses to delete the session; the cell did nothing");
        }
        return new Classification(CellKind.SESSION, Language.TEXT, ExecutionContext.LIVY,
                new DeleteMagic(call.header(), force, session));
    }

    private static Classification sendToSpark(MagicCall call) {
        OptionParser.Parsed options = call.options(SEND_OPTIONS);
        call.requireEmptyBody();
        String input = options.has("input") ? options.get("input") : "";
        if (input.isEmpty()) {
            call.bad("-i param not provided");
        }
        String type = options.has("vartype") ? options.get("vartype") : "str";
        SendToSparkMagic.VariableType variableType = switch (type) {
            case "df" -> SendToSparkMagic.VariableType.DATAFRAME;
            case "str" -> SendToSparkMagic.VariableType.STRING;
            default -> {
                call.bad("-t must be str or df, not '" + type + "'");
                yield SendToSparkMagic.VariableType.STRING;
            }
        };
        String name = options.has("varname") ? options.get("varname") : input;
        long maxRows = options.has("maxrows")
                ? Long.parseLong(options.get("maxrows").strip()) : SendToSparkMagic.DEFAULT_MAX_ROWS;
        return new Classification(CellKind.TRANSFER, Language.TEXT, ExecutionContext.LIVY,
                new SendToSparkMagic(call.header(), input, variableType, name, maxRows));
    }

    private static Optional<String> output(MagicCall call, OptionParser.Parsed options) {
        if (!options.has("output")) {
            return Optional.empty();
        }
        String variable = options.get("output");
        if (!IDENTIFIER.matcher(variable).matches()) {
            call.bad("-o " + variable + " is not a valid Python variable name");
        }
        return Optional.of(variable);
    }

    private static boolean quiet(OptionParser.Parsed options) {
        return options.has("quiet") && !options.get("quiet").isEmpty();
    }

    private static boolean flag(OptionParser.Parsed options, String name) {
        return options.has(name) && !options.get(name).isEmpty();
    }

    private static Optional<Boolean> coerce(OptionParser.Parsed options) {
        return Optional.ofNullable(options.get("coerce"))
                .map(value -> TRUE_WORDS.contains(value.toLowerCase(Locale.ROOT)));
    }

    /** {@code -m}, {@code -n}, {@code -r} with sparkmagic's defaults and checks. */
    private static RowSampling sampling(MagicCall call, OptionParser.Parsed options) {
        RowSampling.Method method = RowSampling.Method.TAKE;
        if (options.has("samplemethod")) {
            switch (options.get("samplemethod")) {
                case "take" -> method = RowSampling.Method.TAKE;
                case "sample" -> method = RowSampling.Method.SAMPLE;
                default -> call.bad("samplemethod (-m) must be one of (take, sample), not '"
                        + options.get("samplemethod") + "'");
            }
        }
        long maxRows = RowSampling.DEFAULT_MAX_ROWS;
        boolean maxRowsDefault = !options.has("maxrows");
        if (!maxRowsDefault) {
            maxRows = Long.parseLong(options.get("maxrows").strip());
        }
        double fraction = RowSampling.DEFAULT_FRACTION;
        if (options.has("samplefraction")) {
            fraction = Double.parseDouble(options.get("samplefraction").strip());
            if (fraction < 0.0 || fraction > 1.0) {
                call.bad("samplefraction (-r) must be a float between 0.0 and 1.0, not " + options.get("samplefraction"));
                fraction = RowSampling.DEFAULT_FRACTION;
            }
        }
        return new RowSampling(method, maxRows, fraction, maxRowsDefault);
    }
}
