package dev.nbmigrate.converter.parse.python.legacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Non-overlapping replacements of code-point ranges of one {@link SourceText}, applied at once. Applying them
 * yields the new text and an {@link OffsetMap} from offsets in the new text back to the old one. An edit that
 * overlaps one added before it is refused ({@link #replace} returns false), so a rewrite never garbles another.
 */
final class TextEdits {

    /** Replace {@code [start, end)} with {@code replacement}; {@code start == end} inserts. */
    record Edit(int start, int end, String replacement) {
        int replacementLength() {
            return replacement.codePointCount(0, replacement.length());
        }
    }

    private final SourceText source;
    private final List<Edit> edits = new ArrayList<>();

    TextEdits(SourceText source) {
        this.source = source;
    }

    boolean replace(int start, int end, String replacement) {
        if (start < 0 || end < start || end > source.length()) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
        Edit candidate = new Edit(start, end, replacement);
        for (Edit edit : edits) {
            if (conflicts(candidate, edit)) {
                return false;
            }
        }
        edits.add(new Edit(start, end, replacement));
        return true;
    }

    /**
     * Whether two edits touch the same text. Insertions at one point do not conflict: they apply in the order
     * they were added.
     */
    private static boolean conflicts(Edit a, Edit b) {
        boolean aInserts = a.start == a.end;
        boolean bInserts = b.start == b.end;
        if (aInserts && bInserts) {
            return false;
        }
        if (aInserts) {
            return b.start < a.start && a.start < b.end;
        }
        if (bInserts) {
            return a.start < b.start && b.start < a.end;
        }
        return a.start < b.end && b.start < a.end;
    }

    /** Adds all the edits, or none if any conflicts with an edit already added or with another of them. */
    boolean replaceAll(List<Edit> group) {
        for (int i = 0; i < group.size(); i++) {
            Edit candidate = group.get(i);
            if (candidate.start < 0 || candidate.end < candidate.start || candidate.end > source.length()) {
                throw new IllegalArgumentException("bad range " + candidate.start + ".." + candidate.end);
            }
            for (Edit edit : edits) {
                if (conflicts(candidate, edit)) {
                    return false;
                }
            }
            for (int j = 0; j < i; j++) {
                if (conflicts(candidate, group.get(j))) {
                    return false;
                }
            }
        }
        edits.addAll(group);
        return true;
    }

    boolean insert(int at, String text) {
        return replace(at, at, text);
    }

    boolean isEmpty() {
        return edits.isEmpty();
    }

    /** The edited text and the map of its offsets back to the source's. */
    Applied apply() {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (Edit edit : sorted) {
            out.append(source.slice(last, edit.start)).append(edit.replacement);
            last = edit.end;
        }
        out.append(source.slice(last, source.length()));
        return new Applied(new SourceText(out.toString()), new OffsetMap(sorted));
    }

    record Applied(SourceText text, OffsetMap map) {
    }

    /** Maps an offset in the edited text to the source: text inside a replacement maps to its start. */
    static final class OffsetMap {
        private final List<Edit> edits;

        OffsetMap(List<Edit> sortedEdits) {
            this.edits = List.copyOf(sortedEdits);
        }

        static OffsetMap identity() {
            return new OffsetMap(List.of());
        }

        int toSource(int offset) {
            int delta = 0;
            for (Edit edit : edits) {
                int outStart = edit.start + delta;
                int outEnd = outStart + edit.replacementLength();
                if (offset < outStart) {
                    break;
                }
                if (offset < outEnd) {
                    return edit.start;
                }
                delta += edit.replacementLength() - (edit.end - edit.start);
            }
            return offset - delta;
        }
    }
}
