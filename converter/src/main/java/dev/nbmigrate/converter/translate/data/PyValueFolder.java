package dev.nbmigrate.converter.translate.data;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.nbmigrate.converter.parse.python.ast.DictItem;
import dev.nbmigrate.converter.parse.python.ast.Keyword;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.parse.python.ast.UnaryOperator;

/**
 * Folds a Python expression into the {@link PyValue} it evaluates to, when that is known without running it:
 * literals, tuples, lists, dicts, negative numbers, {@code Row(a=1)}, {@code datetime.date(2024, 1, 1)},
 * {@code datetime.datetime(...)}, {@code datetime.timedelta(...)}, {@code Decimal('1.5')}, {@code bytearray(b'x')},
 * {@code float('nan')}, {@code [x] * n}, {@code zip(a, b)} of known lists, and names bound earlier to such values.
 * Anything else is not folded ({@link Optional#empty()}).
 */
public final class PyValueFolder {

    /** What the folder needs to know about the notebook around an expression. */
    public interface Context {
        /** The qualified name a callee stands for, e.g. {@code datetime.date} or {@code pyspark.sql.Row}. */
        Optional<String> qualifiedName(PyExpr callee);

        /** The value a plain name was bound to, if it is known. */
        Optional<PyValue> variable(String name);
    }

    private static final long MICROS_PER_SECOND = 1_000_000L;
    private static final Map<String, Long> TIMEDELTA_MICROS = Map.of(
            "weeks", 7 * 86_400 * MICROS_PER_SECOND,
            "days", 86_400 * MICROS_PER_SECOND,
            "hours", 3_600 * MICROS_PER_SECOND,
            "minutes", 60 * MICROS_PER_SECOND,
            "seconds", MICROS_PER_SECOND,
            "milliseconds", 1_000L,
            "microseconds", 1L);
    private static final List<String> TIMEDELTA_POSITIONS = List.of("days", "seconds", "microseconds", "milliseconds",
            "minutes", "hours", "weeks");

    /** The most items a folded {@code [x] * n} may have; longer lists are left to run time. */
    private static final int MAX_REPEAT = 10_000;

    private final Context context;
    private final Map<String, Function<PyExpr.Call, Optional<PyValue>>> constructors;

    public PyValueFolder(Context context) {
        this.context = context;
        this.constructors = Map.of(
                "pyspark.sql.Row", this::row,
                "pyspark.sql.types.Row", this::row,
                "datetime.date", this::date,
                "datetime.datetime", this::dateTime,
                "datetime.timedelta", this::timeDelta,
                "decimal.Decimal", this::decimal,
                "builtins.bytearray", this::bytes,
                "builtins.bytes", this::bytes,
                "builtins.zip", this::zip,
                "builtins.float", this::toFloat);
    }

    public Optional<PyValue> fold(PyExpr expr) {
        if (expr instanceof PyExpr.StrLit s) {
            return Optional.of(new PyValue.Str(s.value()));
        }
        if (expr instanceof PyExpr.IntLit i) {
            return Optional.of(new PyValue.Int(i.value()));
        }
        if (expr instanceof PyExpr.FloatLit f) {
            return Optional.of(new PyValue.Float(f.value()));
        }
        if (expr instanceof PyExpr.BoolLit b) {
            return Optional.of(new PyValue.Bool(b.value()));
        }
        if (expr instanceof PyExpr.NoneLit) {
            return Optional.of(new PyValue.None());
        }
        if (expr instanceof PyExpr.BytesLit b) {
            return Optional.of(new PyValue.Bytes(b.value()));
        }
        if (expr instanceof PyExpr.UnaryOp u && (u.op() == UnaryOperator.USUB || u.op() == UnaryOperator.UADD)) {
            return fold(u.operand()).flatMap(v -> u.op() == UnaryOperator.USUB ? negate(v) : Optional.of(v));
        }
        if (expr instanceof PyExpr.TupleExpr t) {
            return all(t.elements()).map(items -> new PyValue.Sequence(items, true));
        }
        if (expr instanceof PyExpr.ListExpr l) {
            return all(l.elements()).map(items -> new PyValue.Sequence(items, false));
        }
        if (expr instanceof PyExpr.DictExpr d) {
            return dict(d.items());
        }
        if (expr instanceof PyExpr.Name n) {
            return context.variable(n.id());
        }
        if (expr instanceof PyExpr.BinOp binOp && binOp.op() == dev.nbmigrate.converter.parse.python.ast.BinOperator.MULT) {
            return repeated(binOp);
        }
        if (expr instanceof PyExpr.Call call) {
            Optional<String> qualified = context.qualifiedName(call.func());
            if (qualified.isEmpty() && call.func() instanceof PyExpr.Name name && context.variable(name.id()).isEmpty()) {
                qualified = Optional.of("builtins." + name.id());
            }
            return qualified.map(constructors::get).flatMap(constructor -> constructor.apply(call));
        }
        return Optional.empty();
    }

    /** {@code [x] * n} and {@code n * [x]}: the list repeated (at most {@link #MAX_REPEAT} items). */
    private Optional<PyValue> repeated(PyExpr.BinOp binOp) {
        Optional<PyValue> left = fold(binOp.left());
        Optional<PyValue> right = fold(binOp.right());
        if (left.isEmpty() || right.isEmpty()) {
            return Optional.empty();
        }
        PyValue sequence = left.get() instanceof PyValue.Sequence ? left.get() : right.get();
        PyValue count = sequence == left.get() ? right.get() : left.get();
        if (!(sequence instanceof PyValue.Sequence items) || !(count instanceof PyValue.Int times)) {
            return Optional.empty();
        }
        long n = Math.max(0, times.value().min(BigInteger.valueOf(MAX_REPEAT)).longValue());
        if (n * items.items().size() > MAX_REPEAT) {
            return Optional.empty();
        }
        List<PyValue> result = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            result.addAll(items.items());
        }
        return Optional.of(new PyValue.Sequence(result, items.tuple()));
    }

    /** {@code zip(a, b, ...)} of known sequences: the list of tuples (Python 3's iterator, as a list). */
    private Optional<PyValue> zip(PyExpr.Call call) {
        if (!call.keywords().isEmpty()) {
            return Optional.empty();
        }
        Optional<List<PyValue>> arguments = all(call.args());
        if (arguments.isEmpty() || arguments.get().stream().anyMatch(v -> !(v instanceof PyValue.Sequence))) {
            return Optional.empty();
        }
        List<List<PyValue>> columns = arguments.get().stream().map(v -> ((PyValue.Sequence) v).items()).toList();
        int length = columns.stream().mapToInt(List::size).min().orElse(0);
        List<PyValue> rows = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            int row = i;
            rows.add(new PyValue.Sequence(columns.stream().map(c -> c.get(row)).toList(), true));
        }
        return Optional.of(new PyValue.Sequence(rows, false));
    }

    /** {@code float('nan')}, {@code float('inf')}, {@code float('-inf')}, {@code float('1.5')}, {@code float(2)}. */
    private Optional<PyValue> toFloat(PyExpr.Call call) {
        if (call.args().size() != 1 || !call.keywords().isEmpty()) {
            return Optional.empty();
        }
        Optional<PyValue> argument = fold(call.args().get(0));
        if (argument.isPresent() && argument.get() instanceof PyValue.Int number) {
            return Optional.of(new PyValue.Float(number.value().doubleValue()));
        }
        if (argument.isPresent() && argument.get() instanceof PyValue.Float number) {
            return argument;
        }
        if (argument.isPresent() && argument.get() instanceof PyValue.Str text) {
            String value = text.value().strip().toLowerCase(java.util.Locale.ROOT);
            String unsigned = value.startsWith("-") || value.startsWith("+") ? value.substring(1) : value;
            double sign = value.startsWith("-") ? -1 : 1;
            if (unsigned.equals("nan")) {
                return Optional.of(new PyValue.Float(Double.NaN));
            }
            if (unsigned.equals("inf") || unsigned.equals("infinity")) {
                return Optional.of(new PyValue.Float(sign * Double.POSITIVE_INFINITY));
            }
            if (unsigned.matches("[0-9_.e+-]+") && !unsigned.contains("__")) {
                try {
                    return Optional.of(new PyValue.Float(Double.parseDouble(value.replace("_", ""))));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private Optional<List<PyValue>> all(List<PyExpr> exprs) {
        List<PyValue> values = new ArrayList<>(exprs.size());
        for (PyExpr expr : exprs) {
            Optional<PyValue> value = fold(expr);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values.add(value.get());
        }
        return Optional.of(values);
    }

    private Optional<PyValue> dict(List<DictItem> items) {
        List<PyValue.Entry> entries = new ArrayList<>(items.size());
        for (DictItem item : items) {
            if (item.key() == null) {
                return Optional.empty();
            }
            Optional<PyValue> key = fold(item.key());
            Optional<PyValue> value = fold(item.value());
            if (key.isEmpty() || value.isEmpty()) {
                return Optional.empty();
            }
            entries.add(new PyValue.Entry(key.get(), value.get()));
        }
        return Optional.of(new PyValue.Dict(entries));
    }

    private static Optional<PyValue> negate(PyValue value) {
        if (value instanceof PyValue.Int i) {
            return Optional.of(new PyValue.Int(i.value().negate()));
        }
        if (value instanceof PyValue.Float f) {
            return Optional.of(new PyValue.Float(-f.value()));
        }
        return Optional.empty();
    }

    private Optional<PyValue> row(PyExpr.Call call) {
        if (!call.args().isEmpty()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        List<PyValue> values = new ArrayList<>();
        for (Keyword keyword : call.keywords()) {
            Optional<PyValue> value = keyword.isUnpacking() ? Optional.empty() : fold(keyword.value());
            if (value.isEmpty()) {
                return Optional.empty();
            }
            names.add(keyword.name());
            values.add(value.get());
        }
        return Optional.of(new PyValue.RowValue(names, values));
    }

    private Optional<PyValue> date(PyExpr.Call call) {
        return ints(call, 3, 3).map(v -> new PyValue.Date(LocalDate.of(v[0], v[1], v[2])));
    }

    private Optional<PyValue> dateTime(PyExpr.Call call) {
        return ints(call, 3, 7).map(v -> new PyValue.DateTime(
                LocalDateTime.of(v[0], v[1], v[2], v[3], v[4], v[5], v[6] * 1_000)));
    }

    /** Positional int arguments only, {@code min..max} of them; missing trailing ones are 0. */
    private Optional<int[]> ints(PyExpr.Call call, int min, int max) {
        if (!call.keywords().isEmpty() || call.args().size() < min || call.args().size() > max) {
            return Optional.empty();
        }
        int[] values = new int[7];
        for (int i = 0; i < call.args().size(); i++) {
            Optional<PyValue> value = fold(call.args().get(i));
            if (value.isEmpty() || !(value.get() instanceof PyValue.Int number) || number.value().bitLength() > 31) {
                return Optional.empty();
            }
            values[i] = number.value().intValueExact();
        }
        try {
            LocalDateTime.of(values[0], values[1], values[2], values[3], values[4], values[5], values[6] * 1_000);
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.of(values);
    }

    private Optional<PyValue> timeDelta(PyExpr.Call call) {
        BigInteger micros = BigInteger.ZERO;
        if (call.args().size() > TIMEDELTA_POSITIONS.size()) {
            return Optional.empty();
        }
        for (int i = 0; i < call.args().size(); i++) {
            Optional<BigInteger> part = timeDeltaPart(TIMEDELTA_POSITIONS.get(i), call.args().get(i));
            if (part.isEmpty()) {
                return Optional.empty();
            }
            micros = micros.add(part.get());
        }
        for (Keyword keyword : call.keywords()) {
            Optional<BigInteger> part = keyword.isUnpacking() ? Optional.empty() : timeDeltaPart(keyword.name(), keyword.value());
            if (part.isEmpty()) {
                return Optional.empty();
            }
            micros = micros.add(part.get());
        }
        BigInteger[] secondsAndMicros = micros.divideAndRemainder(BigInteger.valueOf(MICROS_PER_SECOND));
        return Optional.of(new PyValue.TimeDelta(Duration.ofSeconds(secondsAndMicros[0].longValueExact(),
                secondsAndMicros[1].longValueExact() * 1_000)));
    }

    private Optional<BigInteger> timeDeltaPart(String unit, PyExpr expr) {
        Long scale = TIMEDELTA_MICROS.get(unit);
        Optional<PyValue> value = fold(expr);
        if (scale == null || value.isEmpty() || !(value.get() instanceof PyValue.Int number)) {
            return Optional.empty();
        }
        return Optional.of(number.value().multiply(BigInteger.valueOf(scale)));
    }

    private Optional<PyValue> decimal(PyExpr.Call call) {
        if (call.args().size() != 1 || !call.keywords().isEmpty()) {
            return Optional.empty();
        }
        Optional<PyValue> argument = fold(call.args().get(0));
        if (argument.isPresent() && argument.get() instanceof PyValue.Str text) {
            try {
                return Optional.of(new PyValue.Decimal(new BigDecimal(text.value().strip())));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        if (argument.isPresent() && argument.get() instanceof PyValue.Int number) {
            return Optional.of(new PyValue.Decimal(new BigDecimal(number.value())));
        }
        return Optional.empty();
    }

    private Optional<PyValue> bytes(PyExpr.Call call) {
        if (call.args().size() != 1 || !call.keywords().isEmpty()) {
            return Optional.empty();
        }
        return fold(call.args().get(0)).filter(v -> v instanceof PyValue.Bytes);
    }
}
