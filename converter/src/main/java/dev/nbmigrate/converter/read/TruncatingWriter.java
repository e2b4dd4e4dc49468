package dev.nbmigrate.converter.read;

import java.io.Writer;

/** A writer that keeps the first {@code limit} characters written to it and counts all of them. */
final class TruncatingWriter extends Writer {

    private final int limit;
    private final StringBuilder kept = new StringBuilder();
    private long length;

    TruncatingWriter(int limit) {
        this.limit = limit;
    }

    @Override
    public void write(char[] buffer, int offset, int count) {
        int room = limit - kept.length();
        if (room > 0) {
            kept.append(buffer, offset, Math.min(room, count));
        }
        length += count;
    }

    @Override
    public void write(String text, int offset, int count) {
        int room = limit - kept.length();
        if (room > 0) {
            kept.append(text, offset, offset + Math.min(room, count));
        }
        length += count;
    }

    void append(String text) {
        write(text, 0, text.length());
    }

    /** The characters kept: all of them when no more than the limit were written. */
    String kept() {
        return kept.toString();
    }

    /** The number of characters written. */
    long length() {
        return length;
    }

    @Override
    public void flush() {
        // nothing buffered
    }

    @Override
    public void close() {
        // nothing to release
    }
}
