package dev.nbmigrate.converter.translate;

import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.lang.model.SourceVersion;

import com.github.javaparser.ast.stmt.ReturnStmt;

import dev.nbmigrate.converter.model.JavaCase;
import dev.nbmigrate.converter.parse.SourceRef;
import dev.nbmigrate.converter.parse.python.ast.PyStmt;
import dev.nbmigrate.converter.types.PyType;

/**
 * What one notebook's translation knows about its Python functions: each {@code def} seen (by the Java name its
 * scope symbol carries), the Java methods made from it so far, the UDFs bound to names, the names taken in the
 * generated class, and the function bodies being translated right now (innermost last). One per
 * {@link TranslationContext}; {@link FunctionTranslator} and {@link UdfTranslator} do the translating.
 */
public final class FunctionRegistry {

    /**
     * A {@code def} statement: the scope its globals are read from at call time, the cell it is in, and the Java
     * name its methods share.
     */
    record Definition(PyStmt.FunctionDef def, Scope globals, SourceRef cell, String javaName,
                      Map<String, Specialization> specializations) {
    }

    /**
     * A value a helper method reads from its caller instead of a Python global: a parameter before the
     * declared ones, passed at every call site.
     *
     * @param pythonName the global's Python name ({@code spark}), or a context name ({@code ctx}, {@code out})
     * @param parameter the parameter's Java name in the helper
     */
    record Capture(String pythonName, String parameter, String javaType, PyType type) {
    }

    /** One Java method made from a def for one list of parameter types. */
    record Specialization(String methodName, List<Capture> captures, PyType returns) {
    }

    /** A UDF bound to a Python name, as {@link UdfTranslator} translated it. */
    record UdfBinding(String pythonName, int arity, UdfTranslator.Form form, String javaName,
                      List<String> parameterCasts) {
    }

    /** A function body being translated: where its captures and return statements go. */
    static final class Frame {
        final Scope scope;
        final Scope globals;
        final boolean capturesVariables;
        final List<Capture> captures = new ArrayList<>();
        final List<PyType> returns = new ArrayList<>();
        final List<ReturnStmt> returnStatements = new ArrayList<>();
        final String description;
        /** For a generator def (one with {@code yield}): the Java list its yields add to; null otherwise. */
        String yielded;
        /** The types of the values a generator def yields. */
        final List<PyType> yields = new ArrayList<>();

        Frame(Scope scope, Scope globals, boolean capturesVariables, String description) {
            this.scope = scope;
            this.globals = globals;
            this.capturesVariables = capturesVariables;
            this.description = description;
        }

        Optional<Capture> capture(String pythonName) {
            return captures.stream().filter(c -> c.pythonName().equals(pythonName)).findFirst();
        }
    }

    /** Names a helper method may not take: a member method would hide the static import of the same name. */
    private static final Set<String> RESERVED_METHODS = reservedMethods();

    private final Map<String, Definition> definitions = new HashMap<>();
    private final Map<String, UdfBinding> udfs = new HashMap<>();
    private final Set<String> memberNames = new HashSet<>();
    private final Deque<Frame> frames = new ArrayDeque<>();

    private static Set<String> reservedMethods() {
        Set<String> names = Arrays.stream(org.apache.spark.sql.functions.class.getMethods()).map(Method::getName)
                .collect(Collectors.toCollection(HashSet::new));
        Arrays.stream(Object.class.getMethods()).map(Method::getName).forEach(names::add);
        names.addAll(List.of("run", "main", "clone", "finalize", "spark", "ctx", "out"));
        return names;
    }

    void define(Definition definition) {
        definitions.put(definition.javaName(), definition);
    }

    Optional<Definition> definition(String javaName) {
        return Optional.ofNullable(definitions.get(javaName));
    }

    void bindUdf(String key, UdfBinding binding) {
        udfs.put(key, binding);
    }

    Optional<UdfBinding> udf(String key) {
        return Optional.ofNullable(udfs.get(key));
    }

    /** A free method name for a Python function name: camelCase, no Java keyword, no functions.* name. */
    String methodName(String pythonName) {
        String base = camelCase(pythonName);
        if (RESERVED_METHODS.contains(base)) {
            base = base + "Fn";
        }
        return claim(base);
    }

    /** A free field name in UPPER_SNAKE_CASE for a UDF made from {@code pythonName}. */
    String udfFieldName(String pythonName) {
        String upper = JavaCase.upperSnake(Scope.legal(pythonName));
        if (!upper.endsWith("UDF")) {
            upper = upper + "_UDF";
        }
        return claim(upper);
    }

    private String claim(String base) {
        String candidate = base;
        int n = 2;
        while (memberNames.contains(candidate)) {
            candidate = base + n++;
        }
        memberNames.add(candidate);
        return candidate;
    }

    static String camelCase(String pythonName) {
        String name = Scope.legal(JavaCase.camel(pythonName));
        return !name.isEmpty() && SourceVersion.isName(name) ? name : "fn" + name;
    }

    void push(Frame frame) {
        frames.push(frame);
    }

    void pop() {
        frames.pop();
    }

    /** The innermost function body being translated, if any. */
    Optional<Frame> current() {
        return Optional.ofNullable(frames.peek());
    }

    /** True while the body of this definition is being translated (a recursive call). */
    boolean translating(String description) {
        return frames.stream().anyMatch(f -> f.description.equals(description));
    }
}
