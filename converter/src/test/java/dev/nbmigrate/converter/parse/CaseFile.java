package dev.nbmigrate.converter.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a test case file from the test classpath: free text, then cases, each starting with a line
 * {@code === name}, whose input runs to the first line {@code --- label}; each label's text runs to the next label
 * line or the next case. Input keeps its final newline; label texts lose their trailing blank lines.
 */
public final class CaseFile {

    /** One case: its name, its input and its labelled expectations. */
    public record Case(String name, String input, Map<String, String> expected) {
        public String expected(String label) {
            String text = expected.get(label);
            if (text == null) {
                throw new IllegalArgumentException("case '" + name + "' has no '--- " + label + "' section");
            }
            return text;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private CaseFile() {
    }

    public static List<Case> load(String resource) {
        String text;
        try (InputStream in = CaseFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] chunks = text.split("\n=== ", -1);
        List<Case> cases = new ArrayList<>();
        for (int i = 1; i < chunks.length; i++) {
            String chunk = chunks[i];
            int nameEnd = chunk.indexOf('\n');
            String name = chunk.substring(0, nameEnd);
            String rest = chunk.substring(nameEnd + 1);
            int firstLabel = labelAt(rest, 0);
            if (firstLabel < 0) {
                throw new IllegalArgumentException("case '" + name + "' has no '--- label' line");
            }
            String input = rest.substring(0, firstLabel);
            Map<String, String> expected = new LinkedHashMap<>();
            int at = firstLabel;
            while (at >= 0) {
                int labelEnd = rest.indexOf('\n', at);
                String label = rest.substring(at + 4, labelEnd < 0 ? rest.length() : labelEnd).trim();
                int next = labelEnd < 0 ? -1 : labelAt(rest, labelEnd + 1);
                String body = labelEnd < 0 ? "" : rest.substring(labelEnd + 1, next < 0 ? rest.length() : next);
                expected.put(label, body.stripTrailing());
                at = next;
            }
            cases.add(new Case(name, input, expected));
        }
        return cases;
    }

    /** The offset of the next line starting with {@code "--- "} at or after {@code from} (a line start), or -1. */
    private static int labelAt(String text, int from) {
        int lineStart = from;
        while (lineStart < text.length()) {
            if (text.startsWith("--- ", lineStart)) {
                return lineStart;
            }
            int newline = text.indexOf('\n', lineStart);
            if (newline < 0) {
                return -1;
            }
            lineStart = newline + 1;
        }
        return -1;
    }
}
