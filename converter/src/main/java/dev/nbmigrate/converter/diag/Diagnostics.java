package dev.nbmigrate.converter.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects the findings of one notebook's run through the stages; stages add, never throw. */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void add(Code code, Location location, String message) {
        items.add(Diagnostic.of(code, location, message));
    }

    public void addAll(Iterable<Diagnostic> diagnostics) {
        diagnostics.forEach(items::add);
    }

    /** All findings, sorted by location then code: the order reports print them in. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(items);
        Collections.sort(copy);
        return List.copyOf(copy);
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    public int size() {
        return items.size();
    }
}
