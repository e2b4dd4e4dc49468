package dev.nbmigrate.converter.parse.python;

import java.util.ArrayList;
import java.util.List;

/**
 * Test sources too large to write out: a case input {@code SOURCE-GEN: 'x = ' + '(' * 201 + '1\n'} is a sum of
 * Python string literals (with {@code \n} escapes), each optionally repeated ({@code * N}). Any other input is
 * returned unchanged.
 */
final class GeneratedSource {

    private static final String PREFIX = "SOURCE-GEN: ";

    private GeneratedSource() {
    }

    static String of(String input) {
        if (!input.startsWith(PREFIX)) {
            return input;
        }
        String expression = input.substring(PREFIX.length()).strip();
        StringBuilder out = new StringBuilder();
        for (String term : terms(expression)) {
            String[] parts = term.strip().split("\\s*\\*\\s*(?=\\d+$)");
            String literal = parts[0].strip();
            int times = parts.length > 1 ? Integer.parseInt(parts[1].strip()) : 1;
            out.append(unquote(literal).repeat(times));
        }
        return out.toString();
    }

    /** Splits on {@code +} outside quotes. */
    private static List<String> terms(String expression) {
        List<String> out = new ArrayList<>();
        StringBuilder term = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            if (c == '+' && !quoted) {
                out.add(term.toString());
                term.setLength(0);
            } else {
                term.append(c);
            }
        }
        out.add(term.toString());
        return out;
    }

    private static String unquote(String literal) {
        if (literal.length() < 2 || literal.charAt(0) != '\'' || literal.charAt(literal.length() - 1) != '\'') {
            throw new IllegalArgumentException("not a quoted string: " + literal);
        }
        return literal.substring(1, literal.length() - 1).replace("\\n", "\n").replace("\\t", "\t");
    }
}
