package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.read.ExecutionContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One Python namespace during analysis: a notebook's globals (one per execution context), a function's locals,
 * a class body or a comprehension, chained to the enclosing one. Mutable; used by one analysis only.
 */
final class Scope {

    enum Kind { MODULE, FUNCTION, CLASS, COMPREHENSION }

    /** A name's symbol (as reported) and value (as analysed). */
    record Binding(Symbol symbol, Eval value) {
    }

    private final Scope parent;
    private final Kind kind;
    private final ExecutionContext context;
    private final Map<String, Binding> names = new LinkedHashMap<>();
    private final Set<String> globalNames = new HashSet<>();
    /** PySpark modules imported with {@code *}, whose members are looked up on demand. */
    private final List<String> starModules = new ArrayList<>();
    /** Names bound or unbound here since the last {@link #snapshot}. */
    private final Set<String> changed = new HashSet<>();
    /** The last table {@link #snapshot} returned; null before the first. */
    private SymbolTable lastSnapshot;
    /** True once an unknown module was imported with {@code *} or a {@code %run} was not followed. */
    private boolean openEnded;

    Scope(Scope parent, Kind kind, ExecutionContext context) {
        this.parent = parent;
        this.kind = kind;
        this.context = context;
    }

    static Scope module(ExecutionContext context) {
        return new Scope(null, Kind.MODULE, context);
    }

    Scope child(Kind childKind) {
        return new Scope(this, childKind, context);
    }

    Scope parent() {
        return parent;
    }

    Kind kind() {
        return kind;
    }

    ExecutionContext context() {
        return context;
    }

    /** The module scope this scope belongs to. */
    Scope module() {
        Scope scope = this;
        while (scope.parent != null) {
            scope = scope.parent;
        }
        return scope;
    }

    /** The binding visible from here (class scopes are skipped from nested functions, as in Python). */
    Binding lookup(String name) {
        Binding own = names.get(name);
        if (own != null) {
            return own;
        }
        for (Scope scope = parent; scope != null; scope = scope.parent) {
            if (scope.kind == Kind.CLASS) {
                continue;
            }
            Binding found = scope.names.get(name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    Binding local(String name) {
        return names.get(name);
    }

    /** Binds in this scope, or in the module scope when the name is declared {@code global} here. */
    void bind(String name, Binding binding) {
        Scope target = globalNames.contains(name) && parent != null ? module() : this;
        target.names.put(name, binding);
        target.changed.add(name);
    }

    void unbind(String name) {
        names.remove(name);
        changed.add(name);
    }

    /**
     * The symbols bound here now. After the first, a table records only the names changed since the previous
     * one, so taking one per cell costs what the cells change, not the namespace's size each time.
     */
    SymbolTable snapshot() {
        if (lastSnapshot == null) {
            Map<String, Symbol> symbols = new HashMap<>();
            names.forEach((name, binding) -> symbols.put(name, binding.symbol()));
            lastSnapshot = SymbolTable.of(symbols);
        } else if (!changed.isEmpty()) {
            Map<String, Symbol> changes = new HashMap<>();
            for (String name : changed) {
                Binding binding = names.get(name);
                changes.put(name, binding == null ? null : binding.symbol());
            }
            lastSnapshot = SymbolTable.withChanges(lastSnapshot, changes);
        }
        changed.clear();
        return lastSnapshot;
    }

    void declareGlobal(String name) {
        globalNames.add(name);
    }

    Map<String, Binding> bindings() {
        return java.util.Collections.unmodifiableMap(names);
    }

    void addStarModule(String module) {
        starModules.add(module);
    }

    List<String> starModules() {
        return starModules;
    }

    void markOpenEnded() {
        openEnded = true;
    }

    boolean openEnded() {
        return openEnded;
    }
}
