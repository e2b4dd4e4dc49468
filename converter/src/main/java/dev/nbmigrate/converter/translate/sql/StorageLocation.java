package dev.nbmigrate.converter.translate.sql;

import java.util.Objects;

/**
 * A storage location a rewritten statement names ({@code LOCATION '...'} of a table, partition or database): its
 * value ({@code uri}, unescaped) and the char range {@code [start, end)} of its quoted literal, quotes included, in
 * {@link Rewrite#sql()}. A caller routing paths through the job's path resolver replaces that range with a literal
 * of the resolved path.
 */
public record StorageLocation(String uri, int start, int end) {

    public StorageLocation {
        Objects.requireNonNull(uri, "uri");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }
}
