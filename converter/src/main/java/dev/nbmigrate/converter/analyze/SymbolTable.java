package dev.nbmigrate.converter.analyze;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The global names of one namespace at one point of the notebook (before or after a cell), sorted by name.
 * Immutable. Cells of sparkmagic's {@code %%local} run in the notebook server's Python and have their own
 * namespace; every other cell shares the kernel's.
 *
 * <p>Analysis takes a table before and after every cell; copying the whole namespace each time made analysis
 * quadratic in the notebook's size. A table taken after another one of the same namespace therefore records only
 * the names that changed since ({@link #withChanges}), and builds its sorted map the first time it is read (then
 * keeps it): taking a table costs what the cell changed, reading one costs the namespace's size, once.
 */
public final class SymbolTable {

    private static final SymbolTable EMPTY = new SymbolTable(new TreeMap<>());

    /** The names, once built; null until then. */
    private SortedMap<String, Symbol> symbols;
    /** Until built: the table this one changes, and the changes (a null symbol: the name was removed). */
    private SymbolTable base;
    private Map<String, Symbol> changes;

    private SymbolTable(SortedMap<String, Symbol> symbols) {
        this.symbols = Collections.unmodifiableSortedMap(symbols);
    }

    private SymbolTable(SymbolTable base, Map<String, Symbol> changes) {
        this.base = base;
        this.changes = changes;
    }

    static SymbolTable of(Map<String, Symbol> symbols) {
        return symbols.isEmpty() ? EMPTY : new SymbolTable(new TreeMap<>(symbols));
    }

    /**
     * {@code base} with {@code changes} applied (a null symbol removes the name); {@code base} itself when there
     * is no change. Costs the number of changes: the map is built when first read.
     */
    static SymbolTable withChanges(SymbolTable base, Map<String, Symbol> changes) {
        if (changes.isEmpty()) {
            return base;
        }
        return new SymbolTable(base, new HashMap<>(changes));
    }

    public static SymbolTable empty() {
        return EMPTY;
    }

    private synchronized SortedMap<String, Symbol> map() {
        if (symbols != null) {
            return symbols;
        }
        // Walk back (without recursion: the chain is as long as the notebook) to the nearest built table.
        Deque<Map<String, Symbol>> pending = new ArrayDeque<>();
        SymbolTable table = this;
        SortedMap<String, Symbol> start;
        while (true) {
            synchronized (table) {
                if (table.symbols != null) {
                    start = table.symbols;
                    break;
                }
                pending.push(table.changes);
                table = table.base;
            }
        }
        TreeMap<String, Symbol> built = new TreeMap<>(start);
        for (Map<String, Symbol> change : pending) {
            change.forEach((name, symbol) -> {
                if (symbol == null) {
                    built.remove(name);
                } else {
                    built.put(name, symbol);
                }
            });
        }
        symbols = Collections.unmodifiableSortedMap(built);
        base = null;
        changes = null;
        return symbols;
    }

    /** The symbol bound to {@code name}, if any. */
    public Optional<Symbol> lookup(String name) {
        return Optional.ofNullable(map().get(name));
    }

    /** Every symbol, sorted by name. */
    public Collection<Symbol> symbols() {
        return map().values();
    }

    /** The names, sorted. */
    public java.util.Set<String> names() {
        return map().keySet();
    }

    public int size() {
        return map().size();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SymbolTable that && map().equals(that.map());
    }

    @Override
    public int hashCode() {
        return map().hashCode();
    }

    @Override
    public String toString() {
        return "SymbolTable" + map().keySet();
    }
}
