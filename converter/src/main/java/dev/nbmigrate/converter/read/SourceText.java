package dev.nbmigrate.converter.read;

import java.util.List;

/** Line handling shared by the readers: one definition of what a line is. */
final class SourceText {

    private SourceText() {
    }

    /** Replaces {@code \r\n} and lone {@code \r} by {@code \n}, as Python's own tokenizer does. */
    static String normalizeLineEnds(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The lines of a normalised text; a trailing {@code \n} ends the last line (no empty line after it). */
    static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return List.of(body.split("\n", -1));
    }

    /** The number of lines {@link #lines} returns, without splitting. */
    static int lineCount(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int count = 1;
        for (int i = 0; i < text.length() - 1; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }
}
