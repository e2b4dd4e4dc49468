package dev.nbmigrate.converter.analyze;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The global names of one namespace at one point of the notebook (before or after a cell), sorted by name.
 * Immutable. Cells of sparkmagic's {@code %%local} run in the notebook server's Python and have their own
 * namespace; every other cell shares the kernel's.
 */
public final class SymbolTable {

    private static final SymbolTable EMPTY = new SymbolTable(new TreeMap<>());

    private final SortedMap<String, Symbol> symbols;

    private SymbolTable(SortedMap<String, Symbol> symbols) {
        this.symbols = Collections.unmodifiableSortedMap(symbols);
    }

    static SymbolTable of(Map<String, Symbol> symbols) {
        return symbols.isEmpty() ? EMPTY : new SymbolTable(new TreeMap<>(symbols));
    }

    public static SymbolTable empty() {
        return EMPTY;
    }

    /** The symbol bound to {@code name}, if any. */
    public Optional<Symbol> lookup(String name) {
        return Optional.ofNullable(symbols.get(name));
    }

    /** Every symbol, sorted by name. */
    public Collection<Symbol> symbols() {
        return symbols.values();
    }

    /** The names, sorted. */
    public java.util.Set<String> names() {
        return symbols.keySet();
    }

    public int size() {
        return symbols.size();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SymbolTable that && symbols.equals(that.symbols);
    }

    @Override
    public int hashCode() {
        return symbols.hashCode();
    }

    @Override
    public String toString() {
        return "SymbolTable" + symbols.keySet();
    }
}
