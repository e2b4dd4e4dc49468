package dev.nbmigrate.converter.translate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.lang.model.SourceVersion;

import dev.nbmigrate.converter.translate.data.PyValue;
import dev.nbmigrate.converter.types.PyType;

/**
 * The Python names a notebook has bound so far, with the Java name and type each has in the translated code.
 * A name re-bound to a value of another Java type gets a new Java name ({@code df2}), so every Java variable
 * keeps one type. Nested scopes (lambda bodies) see the names of their parents and share their Java names.
 */
public final class Scope {

    /**
     * One bound name.
     *
     * @param javaName the Java variable, or the name a module or class is known by
     * @param javaType the Java variable's declared type; {@code null} when the name has no Java variable
     * @param type its type in the lattice
     * @param constant the value it was bound to when that is a known constant
     */
    public record Symbol(String javaName, String javaType, PyType type, Optional<PyValue> constant) {

        public boolean isVariable() {
            return javaType != null;
        }

        /** Whether the name stands for a Java expression rather than a variable ({@code config.runDate()}). */
        public boolean isExpression() {
            return !SourceVersion.isName(javaName);
        }
    }

    /** The result of binding a name to a value: the symbol, and whether its Java variable must be declared. */
    public record Binding(Symbol symbol, boolean declares) {
    }

    private final Scope parent;
    private final Map<String, Symbol> symbols = new LinkedHashMap<>();
    /** Names whose Java variable was declared in a block that has ended (see {@link #block}). */
    private final Set<String> ended = new HashSet<>();
    /** The names declared in each block being translated, innermost first. */
    private final java.util.Deque<Set<String>> openBlocks = new java.util.ArrayDeque<>();
    private final Set<String> javaNames;
    private final Map<String, Integer> counters;
    private final java.util.List<java.util.function.Function<String, Optional<PyType>>> starModules =
            new java.util.ArrayList<>();

    public Scope() {
        this(null, new HashSet<>(), new HashMap<>());
    }

    private Scope(Scope parent, Set<String> javaNames, Map<String, Integer> counters) {
        this.parent = parent;
        this.javaNames = javaNames;
        this.counters = counters;
    }

    /**
     * Translates the body of a Java block ({@code if}, loop, {@code try}) with {@code body}: a Java variable declared
     * in it ends with the block, while Python's name lives on, so the next assignment of such a name after the block
     * declares its variable again.
     */
    public <T> T block(java.util.function.Supplier<T> body) {
        openBlocks.push(new HashSet<>());
        try {
            return body.get();
        } finally {
            ended.addAll(openBlocks.pop());
        }
    }

    /** A nested scope sharing this one's Java names (a lambda body in the same method). */
    public Scope child() {
        return new Scope(this, javaNames, counters);
    }

    public Optional<Symbol> lookup(String name) {
        Symbol symbol = symbols.get(name);
        if (symbol != null) {
            return Optional.of(symbol);
        }
        if (parent != null) {
            return parent.lookup(name);
        }
        // names a star import brought, the module imported last first (as Python rebinds them)
        for (int i = starModules.size() - 1; i >= 0; i--) {
            Optional<PyType> member = starModules.get(i).apply(name);
            if (member.isPresent()) {
                return Optional.of(new Symbol(name, null, member.get(), Optional.empty()));
            }
        }
        return Optional.empty();
    }

    /**
     * A star import ({@code from pyspark.sql.functions import *}): from now on a name not bound otherwise is looked up
     * in {@code members} (the module's members by name), as if it had been imported by itself.
     */
    public void starImport(java.util.function.Function<String, Optional<PyType>> members) {
        if (parent != null) {
            parent.starImport(members);
            return;
        }
        starModules.add(members);
    }

    /** Binds a name that has no Java variable of its own: a module, a class, an API member, a global. */
    public void bindName(String name, String javaName, PyType type) {
        symbols.put(name, new Symbol(javaName, null, type, Optional.empty()));
    }

    /** Binds a name to an existing Java expression name (a predefined global such as {@code spark}). */
    public void bindGlobal(String name, String javaName, String javaType, PyType type) {
        reserve(javaName);
        symbols.put(name, new Symbol(javaName, javaType, type, Optional.empty()));
    }

    /**
     * Binds a name to a Java expression that reads its value ({@code config.runDate()}); assigning the name later
     * makes a new variable.
     */
    public void bindExpression(String name, String javaExpression, String javaType, PyType type) {
        symbols.put(name, new Symbol(javaExpression, javaType, type, Optional.empty()));
    }

    /** Reserves a Java name so that no variable takes it ({@code ctx}, {@code out}). */
    public void reserve(String javaName) {
        javaNames.add(javaName);
    }

    /** Binds a lambda parameter in this (child) scope. */
    public Symbol parameter(String name, String javaType, PyType type) {
        Symbol symbol = new Symbol(freshName(name), javaType, type, Optional.empty());
        symbols.put(name, symbol);
        return symbol;
    }

    /**
     * Binds {@code name} to a value of Java type {@code javaType}: the same variable when the name already holds one
     * of that Java type (an assignment), else a new variable with a fresh legal Java name (a declaration).
     */
    public Binding assign(String name, PyType type, String javaType, Optional<PyValue> constant) {
        Symbol existing = symbols.get(name);
        if (existing != null && ended.remove(name)) {
            // its Java variable ended with the block that declared it: declare it again, under the same Java name
            Symbol again = new Symbol(existing.javaName(), javaType, type, constant);
            symbols.put(name, again);
            declared(name);
            return new Binding(again, true);
        }
        if (existing != null && javaType.equals(existing.javaType()) && !existing.isExpression()) {
            Symbol updated = new Symbol(existing.javaName(), javaType, type, constant);
            symbols.put(name, updated);
            return new Binding(updated, false);
        }
        Symbol symbol = new Symbol(freshName(name), javaType, type, constant);
        symbols.put(name, symbol);
        declared(name);
        return new Binding(symbol, true);
    }

    private void declared(String name) {
        if (!openBlocks.isEmpty()) {
            openBlocks.peek().add(name);
        }
    }

    /**
     * A Java name no variable of the method has yet, reserved, for a helper variable with no Python name of its
     * own (the entry of a loop over {@code d.items()}).
     */
    public String freshJavaName(String base) {
        return freshName(base);
    }

    private String freshName(String pythonName) {
        String base = legal(pythonName);
        String candidate = base;
        while (javaNames.contains(candidate)) {
            candidate = base + (counters.merge(base, 1, Integer::sum) + 1);
        }
        javaNames.add(candidate);
        return candidate;
    }

    /** The Java spelling of a Python name (camelCase, never a keyword); see {@link JavaNames}. */
    static String legal(String name) {
        return JavaNames.variable(name);
    }
}
