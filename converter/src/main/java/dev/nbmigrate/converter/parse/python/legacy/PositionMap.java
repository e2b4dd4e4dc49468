package dev.nbmigrate.converter.parse.python.legacy;

import dev.nbmigrate.converter.parse.Span;
import java.util.List;

/**
 * Maps positions in modernised source back to the original cell source, through each rewrite pass. Text a
 * rewrite inserted maps to where it was inserted; everything else maps exactly.
 */
public final class PositionMap {

    private final SourceText original;
    private final List<SourceText> stages;
    private final List<TextEdits.OffsetMap> maps;

    /**
     * @param original the cell source
     * @param stages   the text after each pass, last = the modernised source
     * @param maps     for each pass, offsets in its output back to its input
     */
    PositionMap(SourceText original, List<SourceText> stages, List<TextEdits.OffsetMap> maps) {
        if (stages.size() != maps.size()) {
            throw new IllegalArgumentException(stages.size() + " stages, " + maps.size() + " maps");
        }
        this.original = original;
        this.stages = List.copyOf(stages);
        this.maps = List.copyOf(maps);
    }

    /** The map of an unchanged text. */
    public static PositionMap identity(String source) {
        SourceText text = new SourceText(source);
        return new PositionMap(text, List.of(), List.of());
    }

    /** Whether positions map to themselves. */
    public boolean isIdentity() {
        return maps.isEmpty();
    }

    /** The original 1-based line and 0-based column of a position in the modernised text, as {line, column}. */
    public int[] toOriginal(int line, int column) {
        if (isIdentity() || line <= 0) {
            return new int[] {line, column};
        }
        int offset = toOriginalOffset(stages.get(stages.size() - 1).offsetOf(line, column));
        return new int[] {original.lineOf(offset), original.columnOf(offset)};
    }

    /** The span in the original text. */
    public Span toOriginal(Span span) {
        if (isIdentity() || !span.isKnown()) {
            return span;
        }
        int[] start = toOriginal(span.line(), span.column());
        int[] end = toOriginal(span.endLine(), span.endColumn());
        if (end[0] < start[0] || end[0] == start[0] && end[1] < start[1]) {
            end = start;
        }
        return new Span(start[0], start[1], end[0], end[1]);
    }

    private int toOriginalOffset(int offset) {
        int result = offset;
        for (int i = maps.size() - 1; i >= 0; i--) {
            result = maps.get(i).toSource(result);
        }
        return result;
    }
}
