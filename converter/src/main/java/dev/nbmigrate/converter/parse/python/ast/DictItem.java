package dev.nbmigrate.converter.parse.python.ast;

import java.util.Objects;

/**
 * One entry of a dict display: {@code key: value}, or {@code **value} when {@code key} is null. Not a node of
 * its own: {@link PyExpr.DictExpr#children()} lists keys and values directly.
 */
public record DictItem(PyExpr key, PyExpr value) {

    public DictItem {
        Objects.requireNonNull(value, "value");
    }

    /** Whether this entry is a {@code **mapping} unpacking. */
    public boolean isUnpacking() {
        return key == null;
    }
}
