package dev.nbmigrate.converter.api;

import dev.nbmigrate.converter.types.DictType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A PySpark member's parameter list, in the API table's spelling: Python's own, plus an optional tag after a
 * name, e.g. {@code path, schema:call=None, sep:option=None, **options} or {@code *cols, ascending=True}. A bare
 * {@code *} makes the parameters after it keyword-only. Defaults are Python literals: {@code None},
 * {@code True}/{@code False}, numbers, quoted strings, {@code {}} and {@code []}.
 */
public record PyParams(List<PyParam> params) {

    /** The parameter list of a member that takes no arguments. */
    public static final PyParams NONE = new PyParams(List.of());

    public PyParams {
        params = List.copyOf(params);
        java.util.Set<String> seen = new java.util.HashSet<>();
        boolean varPositional = false;
        boolean varKeyword = false;
        for (PyParam p : params) {
            if (!seen.add(p.name())) {
                throw new IllegalArgumentException("duplicate parameter '" + p.name() + "'");
            }
            if (varKeyword) {
                throw new IllegalArgumentException("parameter '" + p.name() + "' after **kwargs");
            }
            if (p.kind() == PyParam.Kind.VAR_POSITIONAL) {
                if (varPositional) {
                    throw new IllegalArgumentException("two *args parameters");
                }
                varPositional = true;
            }
            varKeyword |= p.kind() == PyParam.Kind.VAR_KEYWORD;
        }
    }

    /**
     * Reads a parameter list.
     *
     * @throws IllegalArgumentException naming the part that is not a parameter
     */
    public static PyParams parse(String text) {
        List<PyParam> result = new ArrayList<>();
        if (text.isBlank()) {
            return new PyParams(result);
        }
        boolean keywordOnly = false;
        for (String part : splitTopLevel(text)) {
            String item = part.strip();
            if (item.equals("*")) {
                keywordOnly = true;
                continue;
            }
            PyParam.Kind kind = PyParam.Kind.PLAIN;
            if (item.startsWith("**")) {
                kind = PyParam.Kind.VAR_KEYWORD;
                item = item.substring(2);
            } else if (item.startsWith("*")) {
                kind = PyParam.Kind.VAR_POSITIONAL;
                item = item.substring(1);
            }
            Optional<Arg> defaultValue = Optional.empty();
            int eq = item.indexOf('=');
            if (eq >= 0) {
                defaultValue = Optional.of(parseLiteral(item.substring(eq + 1).strip()));
                item = item.substring(0, eq).strip();
            }
            ParamTag tag = ParamTag.ARG;
            int colon = item.indexOf(':');
            if (colon >= 0) {
                tag = ParamTag.byLabel(item.substring(colon + 1).strip());
                item = item.substring(0, colon).strip();
            }
            if (!item.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("not a parameter name: '" + item + "' in '" + text + "'");
            }
            result.add(new PyParam(item, kind, keywordOnly, tag, defaultValue));
            if (kind == PyParam.Kind.VAR_POSITIONAL) {
                keywordOnly = true;
            }
        }
        return new PyParams(result);
    }

    /** The parameter called {@code name}. */
    public Optional<PyParam> get(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The {@code *args} parameter, if any. */
    public Optional<PyParam> varPositional() {
        return params.stream().filter(p -> p.kind() == PyParam.Kind.VAR_POSITIONAL).findFirst();
    }

    /** The {@code **kwargs} parameter, if any. */
    public Optional<PyParam> varKeyword() {
        return params.stream().filter(p -> p.kind() == PyParam.Kind.VAR_KEYWORD).findFirst();
    }

    /**
     * Binds a call's arguments to the parameters as Python does: positional arguments in order (the rest to
     * {@code *args}), keywords by name (unknown ones to {@code **kwargs}). Problems (too many arguments, unknown
     * or repeated keywords, missing required parameters) are reported in the binding, never thrown.
     */
    public Binding bind(List<Arg> positional, Map<String, Arg> keywords) {
        Map<String, Arg> given = new LinkedHashMap<>();
        List<Arg> varargs = new ArrayList<>();
        Map<String, Arg> extra = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        int index = 0;
        for (Arg arg : positional) {
            while (index < params.size() && (params.get(index).keywordOnly()
                    && params.get(index).kind() != PyParam.Kind.VAR_POSITIONAL
                    || params.get(index).kind() == PyParam.Kind.VAR_KEYWORD)) {
                index++;
            }
            if (index >= params.size()) {
                problems.add("too many positional arguments: at most " + positionalCapacity() + " accepted, "
                        + positional.size() + " given");
                break;
            }
            PyParam p = params.get(index);
            if (p.kind() == PyParam.Kind.VAR_POSITIONAL) {
                varargs.add(arg);
            } else {
                given.put(p.name(), arg);
                index++;
            }
        }
        for (Map.Entry<String, Arg> kw : keywords.entrySet()) {
            Optional<PyParam> p = get(kw.getKey()).filter(q -> q.kind() == PyParam.Kind.PLAIN);
            if (p.isPresent()) {
                if (given.containsKey(kw.getKey())) {
                    problems.add("multiple values for argument '" + kw.getKey() + "'");
                } else {
                    given.put(kw.getKey(), kw.getValue());
                }
            } else if (varKeyword().isPresent()) {
                extra.put(kw.getKey(), kw.getValue());
            } else {
                problems.add("unexpected keyword argument '" + kw.getKey() + "'");
            }
        }
        for (PyParam p : params) {
            if (!p.optional() && !given.containsKey(p.name())) {
                problems.add("missing required argument '" + p.name() + "'");
            }
        }
        return new Binding(this, given, varargs, extra, problems);
    }

    private String positionalCapacity() {
        return varPositional().isPresent() ? "any number of"
                : String.valueOf(params.stream().filter(p -> !p.keywordOnly() && p.kind() == PyParam.Kind.PLAIN)
                        .count());
    }

    /** The table spelling, e.g. {@code other, on=None, how=None}. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        boolean inKeywordOnly = false;
        for (PyParam p : params) {
            if (p.kind() == PyParam.Kind.PLAIN && p.keywordOnly() && !inKeywordOnly) {
                parts.add("*");
            }
            inKeywordOnly |= p.keywordOnly() || p.kind() == PyParam.Kind.VAR_POSITIONAL;
            String prefix = switch (p.kind()) {
                case VAR_POSITIONAL -> "*";
                case VAR_KEYWORD -> "**";
                case PLAIN -> "";
            };
            String tag = p.tag() == ParamTag.ARG ? "" : ":" + p.tag().label();
            parts.add(prefix + p.name() + tag + p.defaultValue().map(d -> "=" + d.describe()).orElse(""));
        }
        return String.join(", ", parts);
    }

    /** Splits on commas outside quotes and brackets. */
    static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        StringBuilder current = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[' || c == '{' || c == '(') {
                depth++;
            } else if (c == ']' || c == '}' || c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        if (quote != 0 || depth != 0) {
            throw new IllegalArgumentException("unbalanced quotes or brackets in '" + text + "'");
        }
        parts.add(current.toString());
        return parts;
    }

    /** Reads a default value: a Python literal. */
    static Arg parseLiteral(String text) {
        switch (text) {
            case "None":
                return Arg.none();
            case "True":
                return Arg.boolLiteral(true);
            case "False":
                return Arg.boolLiteral(false);
            case "{}":
                return Arg.dictLiteral(new DictType(dev.nbmigrate.converter.types.ScalarType.STR,
                        dev.nbmigrate.converter.types.ScalarType.STR));
            case "[]":
                return Arg.listLiteral(List.of());
            default:
                break;
        }
        if (text.length() >= 2 && (text.startsWith("'") && text.endsWith("'")
                || text.startsWith("\"") && text.endsWith("\""))) {
            return Arg.strLiteral(text.substring(1, text.length() - 1));
        }
        if (text.matches("-?\\d+")) {
            return Arg.intLiteral(Long.parseLong(text));
        }
        if (text.matches("-?\\d+\\.\\d*([eE]-?\\d+)?")) {
            return Arg.floatLiteral(Double.parseDouble(text));
        }
        if (text.matches("\\[.*]")) {
            List<Arg> elements = splitTopLevel(text.substring(1, text.length() - 1)).stream()
                    .map(String::strip).filter(s -> !s.isEmpty()).map(PyParams::parseLiteral)
                    .collect(Collectors.toList());
            return Arg.listLiteral(elements);
        }
        throw new IllegalArgumentException("not a Python literal default: '" + text + "'");
    }
}
