package dev.nbmigrate.converter.parse.python.ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Builds a node's {@link PyNode#children()} list from its fields: nodes, lists of nodes, or nulls (skipped). */
final class Children {

    private Children() {
    }

    static List<PyNode> of(Object... parts) {
        List<PyNode> out = new ArrayList<>();
        for (Object part : parts) {
            add(out, part);
        }
        return Collections.unmodifiableList(out);
    }

    private static void add(List<PyNode> out, Object part) {
        if (part == null) {
            return;
        }
        if (part instanceof PyNode node) {
            out.add(node);
        } else if (part instanceof DictItem item) {
            add(out, item.key());
            add(out, item.value());
        } else if (part instanceof List<?> list) {
            for (Object element : list) {
                add(out, element);
            }
        } else {
            throw new IllegalArgumentException("not a node: " + part.getClass());
        }
    }

    /** An immutable copy of a list that may be null (treated as empty). */
    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
