package dev.nbmigrate.converter.translate;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.type.PrimitiveType;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.parse.python.ast.BinOperator;
import dev.nbmigrate.converter.parse.python.ast.Keyword;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.translate.data.PyValue;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.ScalarType;

/**
 * Python's {@code datetime} module on the driver as {@code java.time}: {@code date} is {@link java.time.LocalDate},
 * {@code datetime} {@link java.time.LocalDateTime}, {@code timedelta} {@link java.time.Duration}. Constructors,
 * {@code strptime}/{@code strftime} (formats through the {@link StrftimeDirective} table), {@code today()}/{@code
 * now()}, arithmetic with timedeltas, and the accessors notebooks use ({@code weekday()}, {@code .days}, ...).
 */
final class DateTimeCalls {

    private static final String LOCAL_DATE = "java.time.LocalDate";
    private static final String LOCAL_DATE_TIME = "java.time.LocalDateTime";
    private static final String DURATION = "java.time.Duration";
    private static final String FORMATTER = "java.time.format.DateTimeFormatter";

    /** timedelta keywords and the Duration factory or plus-method of each unit. */
    private static final Map<String, String> DURATION_UNITS = Map.of(
            "weeks", "Weeks", "days", "Days", "hours", "Hours", "minutes", "Minutes", "seconds", "Seconds",
            "milliseconds", "Millis", "microseconds", "Micros");
    private static final List<String> DURATION_POSITIONS = List.of("days", "seconds", "microseconds", "milliseconds",
            "minutes", "hours", "weeks");

    /** Attributes of date and datetime values and their java.time getters. */
    private static final Map<String, String> FIELDS = Map.of(
            "year", "getYear", "month", "getMonthValue", "day", "getDayOfMonth", "hour", "getHour",
            "minute", "getMinute", "second", "getSecond");

    private final TranslationContext context;
    private final ExprTranslator expressions;

    DateTimeCalls(TranslationContext context, ExprTranslator expressions) {
        this.context = context;
        this.expressions = expressions;
    }

    /** A call of a {@code datetime} module member: constructors and class methods. */
    Optional<TExpr> qualified(String qualified, PyExpr.Call call) {
        return switch (qualified) {
            case "datetime.date" -> Optional.of(construct(call, 3, 3, ScalarType.DATE));
            case "datetime.datetime" -> Optional.of(construct(call, 3, 7, ScalarType.DATETIME));
            case "datetime.timedelta" -> Optional.of(timedelta(call));
            case "datetime.date.today" -> Optional.of(now(LOCAL_DATE, ScalarType.DATE));
            case "datetime.datetime.now", "datetime.datetime.today" -> Optional.of(now(LOCAL_DATE_TIME, ScalarType.DATETIME));
            case "datetime.datetime.utcnow" -> Optional.of(TExpr.of(new MethodCallExpr(type(LOCAL_DATE_TIME), "now",
                    new NodeList<>(new FieldAccessExpr(type("java.time.ZoneOffset"), "UTC"))), ScalarType.DATETIME));
            case "datetime.date.fromisoformat" -> Optional.of(TExpr.of(new MethodCallExpr(type(LOCAL_DATE), "parse",
                    new NodeList<>(argument(call, 0).java())), ScalarType.DATE));
            case "datetime.datetime.fromisoformat" -> Optional.of(TExpr.of(new MethodCallExpr(type(LOCAL_DATE_TIME),
                    "parse", new NodeList<>(argument(call, 0).java())), ScalarType.DATETIME));
            case "datetime.datetime.strptime" -> Optional.of(strptime(call));
            default -> qualified.startsWith("datetime.")
                    ? throwing(call, qualified, "datetime member " + qualified.substring("datetime.".length())
                    + " is not translated")
                    : Optional.empty();
        };
    }

    private static Optional<TExpr> throwing(PyExpr node, String api, String message) {
        throw new Untranslatable(Code.NBM235, node.span(), message, dev.nbmigrate.converter.diag.Subject.api(api));
    }

    /** A method of a date, datetime or timedelta value. */
    Optional<TExpr> method(TExpr receiver, String name, PyExpr.Call call) {
        PyType type = PyTypes.strip(receiver.type());
        Expression self = ExprTranslator.enclosed(receiver.java());
        if (type == ScalarType.TIMEDELTA) {
            if (name.equals("total_seconds")) {
                return Optional.of(TExpr.of(new BinaryExpr(new CastExpr(PrimitiveType.doubleType(),
                        new MethodCallExpr(self, "toNanos")), new DoubleLiteralExpr("1e9"), BinaryExpr.Operator.DIVIDE),
                        ScalarType.FLOAT));
            }
            return Optional.empty();
        }
        if (type != ScalarType.DATE && type != ScalarType.DATETIME) {
            return Optional.empty();
        }
        return switch (name) {
            case "strftime" -> Optional.of(TExpr.of(new MethodCallExpr(self, "format",
                    new NodeList<>(formatter(call, 0, false).java())), ScalarType.STR));
            case "isoformat" -> Optional.of(type == ScalarType.DATE
                    ? TExpr.of(new MethodCallExpr(self, "toString"), ScalarType.STR)
                    : TExpr.of(new MethodCallExpr(self, "format", new NodeList<>(new FieldAccessExpr(type(FORMATTER),
                            "ISO_LOCAL_DATE_TIME"))), ScalarType.STR));
            case "weekday" -> Optional.of(TExpr.of(new BinaryExpr(dayOfWeek(self), new IntegerLiteralExpr("1"),
                    BinaryExpr.Operator.MINUS), ScalarType.INT));
            case "isoweekday" -> Optional.of(TExpr.of(dayOfWeek(self), ScalarType.INT));
            case "date" -> Optional.of(TExpr.of(toDate(receiver.java()), ScalarType.DATE));
            default -> Optional.empty();
        };
    }

    /** {@code d.year}, {@code td.days}, ...: an attribute of a date, datetime or timedelta value. */
    Optional<TExpr> attribute(TExpr receiver, String name) {
        PyType type = PyTypes.strip(receiver.type());
        Expression self = ExprTranslator.enclosed(receiver.java());
        if (type == ScalarType.TIMEDELTA && name.equals("days")) {
            if (receiver.java() instanceof MethodCallExpr call && call.getNameAsString().equals("ofDays")
                    && call.getScope().map(s -> s.toString().equals("Duration")).orElse(false)
                    && call.getArgument(0) instanceof MethodCallExpr between && between.getNameAsString().equals("between")) {
                // (e - s).days of two dates: the days between them.
                return Optional.of(TExpr.of(between, ScalarType.INT));
            }
            // Python's days floor (timedelta(hours=-1).days == -1); Duration.toDays truncates.
            return Optional.of(TExpr.of(new MethodCallExpr(new NameExpr("Math"), "floorDiv", new NodeList<>(
                    new MethodCallExpr(self, "getSeconds"), new LongLiteralExpr("86_400L"))), ScalarType.INT));
        }
        if (type == ScalarType.TIMEDELTA && name.equals("seconds")) {
            return Optional.of(TExpr.of(new MethodCallExpr(new NameExpr("Math"), "floorMod", new NodeList<>(
                    new MethodCallExpr(self, "getSeconds"), new LongLiteralExpr("86_400L"))), ScalarType.INT));
        }
        String getter = FIELDS.get(name);
        if (getter != null && (type == ScalarType.DATETIME || type == ScalarType.DATE && DATE_FIELDS.contains(name))) {
            return Optional.of(TExpr.of(new MethodCallExpr(self, getter), ScalarType.INT));
        }
        return Optional.empty();
    }

    private static final java.util.Set<String> DATE_FIELDS = java.util.Set.of("year", "month", "day");

    /** {@code date ± timedelta}, {@code date - date}, {@code timedelta ± timedelta}, {@code timedelta * int}. */
    Optional<TExpr> binary(PyExpr.BinOp binOp, TExpr left, TExpr right) {
        PyType lt = PyTypes.strip(left.type());
        PyType rt = PyTypes.strip(right.type());
        boolean add = binOp.op() == BinOperator.ADD;
        boolean sub = binOp.op() == BinOperator.SUB;
        Expression self = ExprTranslator.enclosed(left.java());
        if ((lt == ScalarType.DATE || lt == ScalarType.DATETIME) && rt == ScalarType.TIMEDELTA && (add || sub)) {
            Optional<Map.Entry<String, Expression>> unit = singleUnit(binOp.right());
            if (unit.isPresent()) {
                // d - timedelta(days=n) is d.minusDays(n).
                return Optional.of(TExpr.of(new MethodCallExpr(self, (add ? "plus" : "minus") + unit.get().getKey(),
                        new NodeList<>(unit.get().getValue())), lt));
            }
            if (lt == ScalarType.DATE) {
                // A date moves by whole days of the timedelta (Python ignores its seconds).
                return Optional.of(TExpr.of(new MethodCallExpr(self, add ? "plusDays" : "minusDays", new NodeList<>(
                        new MethodCallExpr(ExprTranslator.enclosed(right.java()), "toDays"))), lt));
            }
            return Optional.of(TExpr.of(new MethodCallExpr(self, add ? "plus" : "minus", new NodeList<>(right.java())), lt));
        }
        if (lt == ScalarType.DATE && rt == ScalarType.DATE && sub) {
            Expression days = new MethodCallExpr(new FieldAccessExpr(type("java.time.temporal.ChronoUnit"), "DAYS"),
                    "between", new NodeList<>(right.java(), left.java()));
            return Optional.of(TExpr.of(new MethodCallExpr(type(DURATION), "ofDays", new NodeList<>(days)), ScalarType.TIMEDELTA));
        }
        if (lt == ScalarType.DATETIME && rt == ScalarType.DATETIME && sub) {
            return Optional.of(TExpr.of(new MethodCallExpr(type(DURATION), "between", new NodeList<>(right.java(), left.java())),
                    ScalarType.TIMEDELTA));
        }
        if (lt == ScalarType.TIMEDELTA && rt == ScalarType.TIMEDELTA && (add || sub)) {
            return Optional.of(TExpr.of(new MethodCallExpr(self, add ? "plus" : "minus", new NodeList<>(right.java())),
                    ScalarType.TIMEDELTA));
        }
        if (lt == ScalarType.TIMEDELTA && rt == ScalarType.INT && binOp.op() == BinOperator.MULT) {
            return Optional.of(TExpr.of(new MethodCallExpr(self, "multipliedBy", new NodeList<>(right.java())),
                    ScalarType.TIMEDELTA));
        }
        if (lt == ScalarType.DATE || lt == ScalarType.DATETIME || lt == ScalarType.TIMEDELTA
                || rt == ScalarType.DATE || rt == ScalarType.DATETIME || rt == ScalarType.TIMEDELTA) {
            throw new Untranslatable(Code.NBM236, binOp.span(), "the operator " + binOp.op() + " on " + lt.display()
                    + " and " + rt.display() + " is not translated");
        }
        return Optional.empty();
    }

    /** {@code timedelta(days=n)} (or weeks, hours, ... alone): the unit's java.time method suffix and the amount. */
    private Optional<Map.Entry<String, Expression>> singleUnit(PyExpr expr) {
        if (!(expr instanceof PyExpr.Call call) || !expressions.qualifiedName(call.func()).map("datetime.timedelta"::equals)
                .orElse(false) || call.args().size() + call.keywords().size() != 1) {
            return Optional.empty();
        }
        String unit = call.args().isEmpty() ? call.keywords().get(0).name() : "days";
        PyExpr amount = call.args().isEmpty() ? call.keywords().get(0).value() : call.args().get(0);
        if (unit == null || !DURATION_UNITS.containsKey(unit) || unit.equals("milliseconds") || unit.equals("microseconds")) {
            return Optional.empty();
        }
        TExpr value = expressions.translate(amount);
        if (PyTypes.strip(value.type()) != ScalarType.INT) {
            return Optional.empty();
        }
        return Optional.of(Map.entry(DURATION_UNITS.get(unit), value.java()));
    }

    private TExpr construct(PyExpr.Call call, int min, int max, ScalarType type) {
        if (!call.keywords().isEmpty() || call.args().size() < min || call.args().size() > max) {
            throw new Untranslatable(Code.NBM237, call.span(), type.display() + "(...) with keywords or " + call.args().size()
                    + " arguments is not translated");
        }
        NodeList<Expression> args = new NodeList<>();
        for (PyExpr arg : call.args()) {
            args.add(intArgument(expressions.translate(arg), arg));
        }
        if (type == ScalarType.DATE || args.size() == 3) {
            Expression date = new MethodCallExpr(type(LOCAL_DATE), "of", args);
            return TExpr.of(type == ScalarType.DATE ? date : new MethodCallExpr(date, "atStartOfDay"), type);
        }
        if (args.size() == 4) {
            args.add(new IntegerLiteralExpr("0"));
        }
        if (args.size() == 7) {
            // microseconds to the nanoseconds LocalDateTime.of takes
            args.set(6, new BinaryExpr(ExprTranslator.enclosed(args.get(6)), new IntegerLiteralExpr("1_000"),
                    BinaryExpr.Operator.MULTIPLY));
        }
        return TExpr.of(new MethodCallExpr(type(LOCAL_DATE_TIME), "of", args), type);
    }

    /** An int argument of a java.time factory, which takes {@code int}s: literals as they are, variables narrowed. */
    private static Expression intArgument(TExpr value, PyExpr node) {
        if (PyTypes.strip(value.type()) != ScalarType.INT) {
            throw new Untranslatable(Code.NBM236, node.span(), "a date field must be an int, not " + value.type().display());
        }
        if (value.java() instanceof IntegerLiteralExpr) {
            return value.java();
        }
        return new MethodCallExpr(new NameExpr("Math"), "toIntExact", new NodeList<>(value.java()));
    }

    private TExpr timedelta(PyExpr.Call call) {
        Expression duration = null;
        for (int i = 0; i < call.args().size() + call.keywords().size(); i++) {
            String unit;
            PyExpr amount;
            if (i < call.args().size()) {
                if (i >= DURATION_POSITIONS.size()) {
                    throw new Untranslatable(Code.NBM237, call.span(), "timedelta takes at most 7 arguments");
                }
                unit = DURATION_POSITIONS.get(i);
                amount = call.args().get(i);
            } else {
                Keyword keyword = call.keywords().get(i - call.args().size());
                unit = keyword.name();
                amount = keyword.value();
            }
            String suffix = unit == null ? null : DURATION_UNITS.get(unit);
            if (suffix == null) {
                throw new Untranslatable(Code.NBM237, call.span(), "timedelta argument " + unit + " is not translated");
            }
            TExpr value = expressions.translate(amount);
            if (PyTypes.strip(value.type()) != ScalarType.INT) {
                throw new Untranslatable(Code.NBM236, amount.span(), "a timedelta of " + value.type().display()
                        + " " + unit + " is not translated (only int amounts)");
            }
            Expression amountJava = value.java();
            if (suffix.equals("Weeks")) {
                suffix = "Days";
                amountJava = new BinaryExpr(new IntegerLiteralExpr("7"), ExprTranslator.enclosed(amountJava), BinaryExpr.Operator.MULTIPLY);
            }
            if (suffix.equals("Micros")) {
                suffix = "Nanos";
                amountJava = new BinaryExpr(ExprTranslator.enclosed(amountJava), new IntegerLiteralExpr("1_000"), BinaryExpr.Operator.MULTIPLY);
            }
            duration = duration == null ? new MethodCallExpr(type(DURATION), "of" + suffix, new NodeList<>(amountJava))
                    : new MethodCallExpr(duration, "plus" + suffix, new NodeList<>(amountJava));
        }
        return TExpr.of(duration == null ? new FieldAccessExpr(type(DURATION), "ZERO") : duration, ScalarType.TIMEDELTA);
    }

    private TExpr now(String javaClass, ScalarType type) {
        return TExpr.of(new MethodCallExpr(type(javaClass), "now"), type);
    }

    /** {@code datetime.strptime(s, fmt)}: a LocalDateTime, parsed as a LocalDate when the format has no time. */
    private TExpr strptime(PyExpr.Call call) {
        TExpr text = argument(call, 0);
        Formatter formatter = formatter(call, 1, true);
        if (formatter.pattern().hasTime()) {
            return TExpr.of(new MethodCallExpr(type(LOCAL_DATE_TIME), "parse", new NodeList<>(text.java(), formatter.java())),
                    ScalarType.DATETIME);
        }
        Expression date = new MethodCallExpr(type(LOCAL_DATE), "parse", new NodeList<>(text.java(), formatter.java()));
        return TExpr.of(new MethodCallExpr(date, "atStartOfDay"), ScalarType.DATETIME);
    }

    /** {@code .date()} of a datetime; of {@code X.atStartOfDay()} it is {@code X} itself. */
    private static Expression toDate(Expression dateTime) {
        if (dateTime instanceof MethodCallExpr call && call.getNameAsString().equals("atStartOfDay")
                && call.getArguments().isEmpty() && call.getScope().isPresent()) {
            return call.getScope().get();
        }
        return new MethodCallExpr(ExprTranslator.enclosed(dateTime), "toLocalDate");
    }

    private static Expression dayOfWeek(Expression self) {
        return new MethodCallExpr(new MethodCallExpr(self, "getDayOfWeek"), "getValue");
    }

    private record Formatter(Expression java, DatePattern pattern) {
    }

    /** The DateTimeFormatter for the constant format at argument {@code index} of the call. */
    private Formatter formatter(PyExpr.Call call, int index, boolean parsing) {
        PyExpr format = index < call.args().size() ? call.args().get(index) : null;
        if (format == null) {
            throw new Untranslatable(Code.NBM250, call.span(), "the date format argument is missing");
        }
        Optional<PyValue> value = expressions.fold(format);
        if (value.isEmpty() || !(value.get() instanceof PyValue.Str text)) {
            throw new Untranslatable(Code.NBM250, format.span(), "the date format is not a constant string");
        }
        DatePattern.Result result = DatePattern.of(text.value(), parsing);
        DatePattern pattern = result.pattern().orElseThrow(() -> new Untranslatable(Code.NBM250, format.span(),
                "the date format '" + text.value() + "': " + result.error()));
        NodeList<Expression> args = new NodeList<>(new StringLiteralExpr().setString(pattern.pattern()));
        if (pattern.needsLocale()) {
            args.add(new FieldAccessExpr(type("java.util.Locale"), "ENGLISH"));
        }
        return new Formatter(new MethodCallExpr(type(FORMATTER), "ofPattern", args), pattern);
    }

    private TExpr argument(PyExpr.Call call, int index) {
        if (index >= call.args().size()) {
            throw new Untranslatable(Code.NBM237, call.span(), "the call needs at least " + (index + 1) + " positional arguments");
        }
        return expressions.translate(call.args().get(index));
    }

    private NameExpr type(String qualified) {
        return new NameExpr(context.imports().use(qualified));
    }

    static boolean isTemporal(PyType type) {
        PyType stripped = PyTypes.strip(type);
        return stripped == ScalarType.DATE || stripped == ScalarType.DATETIME || stripped == ScalarType.TIMEDELTA;
    }
}
