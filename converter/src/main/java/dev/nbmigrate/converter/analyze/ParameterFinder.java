package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.types.ListType;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.ScalarType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which values of a notebook are its parameters: assignments in papermill's {@code parameters} cell,
 * top-level constants that look like configuration (paths, dates, table names, thresholds), Databricks widgets,
 * Zeppelin forms, {@code sys.argv} and {@code argparse} options; and what each one is ({@link ParameterRole}).
 */
final class ParameterFinder {

    private static final Pattern URI = Pattern.compile("(?i)(wasbs?|abfss?|adls?|adl|dbfs|s3[an]?|gs|hdfs|file|https?)"
            + "://.*|dbfs:/.*|/(mnt|dbfs|Volumes|tmp|data|user|home)/.*");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?([ T]\\d{2}:\\d{2}(:\\d{2})?)?"
            + "|\\d{8}");
    private static final Pattern TABLE = Pattern.compile("[A-Za-z_]\\w*\\.[A-Za-z_]\\w*(\\.[A-Za-z_]\\w*)?");
    private static final Pattern FILE_EXTENSION = Pattern.compile("(?i).*\\.(csv|json|parquet|orc|txt|py|ipynb|"
            + "avro|xml|xlsx?|zip|gz|jar|sql|log|html?)");
    private static final Pattern CONSTANT_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Set<String> PATH_WORDS = Set.of("PATH", "DIR", "FOLDER", "FILE", "URI", "URL", "LOCATION",
            "ROOT", "PREFIX", "CONTAINER");
    private static final Set<String> DATE_WORDS = Set.of("DATE", "DAY", "MONTH", "WEEK", "YEAR", "FROM", "TO", "START",
            "END", "SINCE", "UNTIL", "PERIOD");
    private static final Set<String> TABLE_WORDS = Set.of("TABLE", "TBL", "DB", "DATABASE", "SCHEMA", "VIEW");
    private static final Set<String> THRESHOLD_WORDS = Set.of("MIN", "MAX", "LIMIT", "THRESHOLD", "TOLERANCE", "TOP",
            "N", "CUTOFF", "CAP", "PCT", "PERCENT", "FRACTION", "RATIO", "DAYS", "WEEKS", "MONTHS", "YEARS", "HOURS",
            "MINUTES", "SECONDS", "SIZE", "COUNT", "NUM", "SEED", "BATCH", "PARTITIONS", "RETRIES", "TIMEOUT",
            "WINDOW", "LOOKBACK", "HORIZON", "SAMPLE");

    private final AnalysisState state;

    ParameterFinder(AnalysisState state) {
        this.state = state;
    }

    /**
     * A top-level {@code NAME = value} (not in a block). Returns the parameter's name when the assignment makes
     * one, else null.
     */
    String onAssign(String name, PyExpr valueExpr, Eval value, boolean parametersCell, Location at) {
        if (value.parameter() != null) {
            link(value.parameter(), name, value.type());
            return value.parameter();
        }
        ConstantValue constant = value.constant();
        if (constant == null || constant instanceof ConstantValue.Template || looksSecret(name)) {
            return null;
        }
        if (parametersCell) {
            ParameterRole role = role(name, constant);
            state.addParameter(new Parameter(name, typeOf(value.type(), role), Optional.of(constant),
                    ParameterKind.PAPERMILL, role, at, Optional.of(name), List.of(), ""));
            return name;
        }
        if (!literal(valueExpr) || state.assignmentCount.getOrDefault(name, 0) > 1) {
            return null;
        }
        ParameterRole role = role(name, constant);
        if (role == ParameterRole.VALUE || role == ParameterRole.FLAG) {
            return null;
        }
        if (role == ParameterRole.THRESHOLD && !CONSTANT_NAME.matcher(name).matches()) {
            return null;
        }
        state.addParameter(new Parameter(name, typeOf(value.type(), role), Optional.of(constant),
                ParameterKind.CONSTANT, role, at, Optional.of(name), List.of(), ""));
        return name;
    }

    /** A widget: {@code dbutils.widgets.text(name, default, label)}, {@code dropdown(name, default, choices, label)}. */
    void onWidget(String kind, CallArgs args, Location at) {
        String name = args.text(0, "name");
        if (name == null) {
            return;
        }
        Eval defaultValue = args.arg(1, "defaultValue");
        List<String> choices = new ArrayList<>();
        Eval listed = args.arg(2, "choices");
        if (!kind.equals("text") && listed != null && listed.constant() instanceof ConstantValue.Sequence seq) {
            seq.elements().forEach(e -> choices.add(e.str()));
        }
        String label = args.text(kind.equals("text") ? 2 : 3, "label");
        Optional<ConstantValue> constant = Optional.ofNullable(defaultValue == null ? null : defaultValue.constant());
        ParameterRole role = constant.map(c -> role(name, c)).orElse(roleByName(name));
        PyType type = kind.equals("multiselect") ? new ListType(ScalarType.STR) : ScalarType.STR;
        state.addParameter(new Parameter(name, type, constant, ParameterKind.WIDGET, role, at, Optional.empty(),
                choices, label == null ? "" : label));
        constant.ifPresent(c -> state.sqlVariables.putIfAbsent(name, c.str()));
    }

    /** A Zeppelin form: {@code ${name=default}} in a paragraph or {@code z.input("name", "default")}. */
    void onForm(String name, String defaultValue, List<String> choices, Location at) {
        Optional<ConstantValue> constant = Optional.ofNullable(defaultValue).map(ConstantValue.Str::new);
        ParameterRole role = constant.map(c -> role(name, c)).orElse(roleByName(name));
        state.addParameter(new Parameter(name, ScalarType.STR, constant, ParameterKind.ZEPPELIN_FORM, role, at,
                Optional.empty(), choices, ""));
    }

    /**
     * {@code %%send_to_spark -i VAR -t str -n NAME}: the cluster session gets a string the notebook server computed,
     * so the job takes it as an option; its default is VAR's value when the server's cells make it a constant.
     */
    String onTransfer(String name, Optional<ConstantValue> localValue, Location at) {
        // a secret's value never becomes a default (it would show in --help, the README and the bundle)
        Optional<ConstantValue> constant = localValue.filter(c -> !(c instanceof ConstantValue.Template))
                .filter(c -> !looksSecret(name));
        ParameterRole role = constant.map(c -> role(name, c)).orElse(roleByName(name));
        state.addParameter(new Parameter(name, ScalarType.STR, constant, ParameterKind.SEND_TO_SPARK, role, at,
                Optional.of(name), List.of(), "copied from the notebook server by %%send_to_spark"));
        return name;
    }

    /** {@code sys.argv[n]}. */
    String onArgv(int index, Location at) {
        String name = "argv" + index;
        state.addParameter(new Parameter(name, ScalarType.STR, Optional.empty(), ParameterKind.ARGV, ParameterRole.VALUE,
                at, Optional.empty(), List.of(), "command-line argument " + index));
        return name;
    }

    /** {@code parser.add_argument("--input-path", type=int, default=..., help=..., choices=[...])}. */
    String onArgparse(CallArgs args, Location at) {
        String longest = null;
        for (Eval value : args.positional()) {
            String text = value.constant() == null ? null : value.constant().asString();
            if (text != null && (longest == null || text.startsWith("--") || !longest.startsWith("-"))) {
                if (longest == null || !longest.startsWith("--")) {
                    longest = text;
                }
            }
        }
        String dest = args.text(-1, "dest");
        String name = dest != null ? dest : longest == null ? null
                : longest.replaceFirst("^-+", "").replace('-', '_');
        if (name == null || name.isEmpty()) {
            return null;
        }
        Eval defaultValue = args.keyword("default");
        String action = args.text(-1, "action");
        PyType type = ScalarType.STR;
        Eval typeArg = args.keyword("type");
        if (typeArg != null && typeArg.qualname() != null) {
            type = switch (typeArg.qualname()) {
                case "builtins.int" -> ScalarType.INT;
                case "builtins.float" -> ScalarType.FLOAT;
                case "builtins.bool" -> ScalarType.BOOL;
                default -> ScalarType.STR;
            };
        }
        Optional<ConstantValue> constant = Optional.ofNullable(defaultValue == null ? null : defaultValue.constant());
        if ("store_true".equals(action) || "store_false".equals(action)) {
            type = ScalarType.BOOL;
            if (constant.isEmpty()) {
                constant = Optional.of(new ConstantValue.Bool("store_false".equals(action)));
            }
        } else if (typeArg == null && defaultValue != null && !defaultValue.type().isUnknown()
                && defaultValue.type() != ScalarType.NONE) {
            type = defaultValue.type();
        }
        List<String> choices = new ArrayList<>();
        Eval listed = args.keyword("choices");
        if (listed != null && listed.constant() instanceof ConstantValue.Sequence seq) {
            seq.elements().forEach(e -> choices.add(e.str()));
        }
        String help = args.text(-1, "help");
        ParameterRole role = constant.map(c -> role(name, c)).orElse(roleByName(name));
        state.addParameter(new Parameter(name, type, constant, ParameterKind.ARGPARSE, role, at, Optional.empty(),
                choices, help == null ? "" : help));
        return name;
    }

    /** The parameter's type, as far as it is known from where it is declared. */
    PyType typeOf(String parameter) {
        Parameter known = state.parameters.get(parameter);
        return known == null ? ScalarType.STR : known.type();
    }

    /** {@code x = <parameter value>}: the parameter's variable; {@code int(...)} around it gives its type. */
    void link(String parameter, String variable, PyType type) {
        Parameter known = state.parameters.get(parameter);
        if (known == null || known.variable().isPresent()) {
            return;
        }
        PyType refined = type.isUnknown() ? known.type() : type;
        Optional<ConstantValue> defaultValue = known.defaultValue().map(value -> converted(value, refined));
        ParameterRole role = known.role() == ParameterRole.VALUE && defaultValue.isPresent()
                ? role(known.name(), defaultValue.get()) : known.role();
        state.parameters.put(parameter, new Parameter(known.name(), refined, defaultValue, known.kind(), role,
                known.location(), Optional.of(variable), known.choices(), known.description()));
    }

    /** A text default as the type the notebook converts it to ({@code int(dbutils.widgets.get("weeks"))}). */
    private static ConstantValue converted(ConstantValue value, PyType type) {
        if (!(value instanceof ConstantValue.Str text)) {
            return value;
        }
        try {
            if (type == ScalarType.INT) {
                return new ConstantValue.Int(new java.math.BigInteger(text.value().strip()));
            }
            if (type == ScalarType.FLOAT) {
                return new ConstantValue.Float(Double.parseDouble(text.value().strip()));
            }
        } catch (NumberFormatException notANumber) {
            return value;
        }
        return value;
    }

    /** A default found later ({@code sys.argv[1] if len(sys.argv) > 1 else "x"}). */
    void defaultFor(String parameter, ConstantValue value) {
        Parameter known = state.parameters.get(parameter);
        if (known == null || known.defaultValue().isPresent()) {
            return;
        }
        ParameterRole role = known.role() == ParameterRole.VALUE ? role(known.name(), value) : known.role();
        state.parameters.put(parameter, new Parameter(known.name(), known.type(), Optional.of(value), known.kind(),
                role, known.location(), known.variable(), known.choices(), known.description()));
    }

    /** What a value is, from its text and its name. */
    static ParameterRole role(String name, ConstantValue value) {
        if (value instanceof ConstantValue.Bool) {
            return ParameterRole.FLAG;
        }
        if (value instanceof ConstantValue.Int || value instanceof ConstantValue.Float) {
            return hasWord(name, THRESHOLD_WORDS) ? ParameterRole.THRESHOLD : ParameterRole.VALUE;
        }
        if (value instanceof ConstantValue.Sequence seq) {
            if (!seq.elements().isEmpty() && seq.elements().stream().allMatch(e -> e instanceof ConstantValue.Str s
                    && DATE.matcher(s.value()).matches())) {
                return ParameterRole.DATE;
            }
            if (!seq.elements().isEmpty() && seq.elements().stream().allMatch(e -> e instanceof ConstantValue.Str s
                    && URI.matcher(s.value()).matches())) {
                return ParameterRole.PATH;
            }
            return ParameterRole.VALUE;
        }
        if (value instanceof ConstantValue.None) {
            return roleByName(name);
        }
        String text = value.asString();
        if (text == null) {
            return ParameterRole.VALUE;
        }
        if (URI.matcher(text).matches() || (hasWord(name, PATH_WORDS) && text.contains("/"))) {
            return ParameterRole.PATH;
        }
        if (DATE.matcher(text).matches()) {
            return ParameterRole.DATE;
        }
        if (TABLE.matcher(text).matches() && !FILE_EXTENSION.matcher(text).matches()) {
            return ParameterRole.TABLE;
        }
        if (hasWord(name, TABLE_WORDS) && text.matches("[A-Za-z_]\\w*")) {
            return ParameterRole.TABLE;
        }
        return ParameterRole.VALUE;
    }

    private static ParameterRole roleByName(String name) {
        if (hasWord(name, PATH_WORDS)) {
            return ParameterRole.PATH;
        }
        if (hasWord(name, TABLE_WORDS)) {
            return ParameterRole.TABLE;
        }
        if (hasWord(name, DATE_WORDS)) {
            return ParameterRole.DATE;
        }
        return ParameterRole.VALUE;
    }

    private static PyType typeOf(PyType inferred, ParameterRole role) {
        if (inferred == ScalarType.NONE) {
            return PyTypes.nullable(ScalarType.STR);
        }
        return inferred;
    }

    private static boolean hasWord(String name, Set<String> words) {
        for (String word : name.toUpperCase(Locale.ROOT).split("[_\\W]+")) {
            if (words.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksSecret(String name) {
        return name.toLowerCase(Locale.ROOT).matches(".*(password|passwd|pwd|secret|token|api_?key|access_?key"
                + "|account_?key|storage_?key|sas|credentials?)");
    }

    /** A literal: a constant, a negative number, or a list/tuple of literals. */
    private static boolean literal(PyExpr expr) {
        if (expr instanceof PyExpr.Literal) {
            return true;
        }
        if (expr instanceof PyExpr.UnaryOp u) {
            return u.operand() instanceof PyExpr.IntLit || u.operand() instanceof PyExpr.FloatLit;
        }
        if (expr instanceof PyExpr.ListExpr list) {
            return list.elements().stream().allMatch(ParameterFinder::literal);
        }
        if (expr instanceof PyExpr.TupleExpr tuple) {
            return tuple.elements().stream().allMatch(ParameterFinder::literal);
        }
        return false;
    }
}
