package dev.nbmigrate.converter.api;

import dev.nbmigrate.converter.types.FunctionKind;
import dev.nbmigrate.converter.types.FunctionType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.UnknownType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test notation for call arguments: Python literals ({@code 'a'}, {@code 5}, {@code 2.5}, {@code True},
 * {@code None}, {@code [1, 'b']}), a type for a non-literal value ({@code Column}, {@code list[str]}),
 * {@code *T} for a starred argument, {@code lambda/N} for a function of arity N; keywords as {@code k=spec}.
 */
final class ArgSpec {

    private ArgSpec() {
    }

    static List<Arg> positional(String text) {
        List<Arg> result = new ArrayList<>();
        for (String part : split(text)) {
            if (!isKeyword(part)) {
                result.add(arg(part));
            }
        }
        return result;
    }

    static Map<String, Arg> keywords(String text) {
        Map<String, Arg> result = new LinkedHashMap<>();
        for (String part : split(text)) {
            if (isKeyword(part)) {
                int eq = part.indexOf('=');
                result.put(part.substring(0, eq).strip(), arg(part.substring(eq + 1).strip()));
            }
        }
        return result;
    }

    private static boolean isKeyword(String part) {
        return part.matches("[A-Za-z_][A-Za-z0-9_]*=.*");
    }

    private static List<String> split(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        return PyParams.splitTopLevel(text).stream().map(String::strip).toList();
    }

    static Arg arg(String spec) {
        if (spec.startsWith("*")) {
            return Arg.starred(PyTypes.parse(spec.substring(1)));
        }
        if (spec.startsWith("lambda/")) {
            return Arg.of(new FunctionType(Integer.parseInt(spec.substring(7)), FunctionKind.LAMBDA,
                    UnknownType.UNKNOWN));
        }
        if (spec.startsWith("[") && spec.endsWith("]")) {
            return Arg.listLiteral(split(spec.substring(1, spec.length() - 1)).stream().map(ArgSpec::arg).toList());
        }
        if (spec.startsWith("(") && spec.endsWith(")")) {
            return Arg.tupleLiteral(split(spec.substring(1, spec.length() - 1)).stream().map(ArgSpec::arg).toList());
        }
        if (spec.startsWith("'") || spec.matches("-?\\d.*") || spec.equals("None") || spec.equals("True")
                || spec.equals("False")) {
            return PyParams.parseLiteral(spec);
        }
        return Arg.of(PyTypes.parse(spec));
    }
}
