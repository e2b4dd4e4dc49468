package dev.nbmigrate.converter.translate.sql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Changes to a text, each replacing a char range {@code [start, end)} (an insertion when empty), applied together
 * so that everything outside the ranges keeps its bytes: the user's layout and comments survive a rewrite.
 */
final class TextEdits {

    private record Edit(int start, int end, String replacement, int order) {
    }

    private final String text;
    private final List<Edit> edits = new ArrayList<>();

    TextEdits(String text) {
        this.text = text;
    }

    void replace(int start, int end, String replacement) {
        if (start < 0 || end < start || end > text.length()) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ") in " + text.length() + " chars");
        }
        edits.add(new Edit(start, end, replacement, edits.size()));
    }

    void insert(int at, String insertion) {
        replace(at, at, insertion);
    }

    /**
     * Removes {@code [start, end)} and the blanks before it, so that a clause on a line of its own leaves no empty
     * line and a clause inside a line leaves one space between its neighbours.
     */
    void removeWithLeadingBlanks(int start, int end) {
        int from = start;
        while (from > 0 && Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        replace(from, end, "");
    }

    boolean isEmpty() {
        return edits.isEmpty();
    }

    /** The text with every edit applied; insertions at a range's start go before its replacement. */
    String apply() {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(e -> e.end() - e.start())
                .thenComparingInt(Edit::order));
        StringBuilder out = new StringBuilder(text.length() + 64);
        int cursor = 0;
        for (Edit edit : sorted) {
            if (edit.start() < cursor) {
                throw new IllegalStateException("overlapping edits at " + edit.start());
            }
            out.append(text, cursor, edit.start()).append(edit.replacement());
            cursor = edit.end();
        }
        return out.append(text, cursor, text.length()).toString();
    }
}
