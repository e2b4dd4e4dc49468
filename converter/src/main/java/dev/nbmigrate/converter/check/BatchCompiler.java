package dev.nbmigrate.converter.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles the units of many modules with as few javac tasks as it can, each module's result the same as if it had
 * been compiled alone. A javac task reads the symbols of the class path (Spark, Scala, the JDK) it needs once, so
 * one task for a batch of modules costs much less than one per module.
 *
 * <p>Each module keeps its own outcome: modules whose class names clash go to different tasks; a module with an
 * error in the shared task is compiled again alone, so its errors (and their order) are exactly those of a
 * compilation of its own; the modules without errors are compiled again together when the shared task failed
 * (javac writes no classes after an error). A task that crashes javac falls back to one task per module.
 */
public final class BatchCompiler {

    private final InMemoryCompiler compiler;

    public BatchCompiler(InMemoryCompiler compiler) {
        this.compiler = compiler;
    }

    /**
     * Compiles each module's units.
     *
     * @param modules the units of each module
     * @return each module's result, in the order of {@code modules}
     */
    public List<CompileResult> compileEach(List<List<JavaSource>> modules) {
        CompileResult[] results = new CompileResult[modules.size()];
        for (List<Integer> group : withoutClashes(modules)) {
            compileGroup(modules, group, results);
        }
        return List.of(results);
    }

    /** Splits the modules into groups in which no two modules declare the same class (first fit, in order). */
    static List<List<Integer>> withoutClashes(List<List<JavaSource>> modules) {
        List<List<Integer>> groups = new ArrayList<>();
        List<Set<String>> names = new ArrayList<>();
        for (int i = 0; i < modules.size(); i++) {
            Set<String> mine = new HashSet<>();
            modules.get(i).forEach(source -> mine.add(source.className()));
            int fit = 0;
            while (fit < groups.size() && names.get(fit).stream().anyMatch(mine::contains)) {
                fit++;
            }
            if (fit == groups.size()) {
                groups.add(new ArrayList<>());
                names.add(new HashSet<>());
            }
            groups.get(fit).add(i);
            names.get(fit).addAll(mine);
        }
        return groups;
    }

    private void compileGroup(List<List<JavaSource>> modules, List<Integer> group, CompileResult[] results) {
        List<Integer> pending = group;
        while (!pending.isEmpty()) {
            if (pending.size() == 1) {
                results[pending.get(0)] = compiler.compile(modules.get(pending.get(0)));
                return;
            }
            InMemoryCompiler.Attempt attempt;
            try {
                attempt = compiler.compileTogether(pending.stream().map(modules::get).toList());
            } catch (RuntimeException e) {
                // javac itself failed on the batch: each module alone shows which one it was.
                pending.forEach(i -> results[i] = compiler.compile(modules.get(i)));
                return;
            }
            if (attempt.ok() && attempt.errors().isEmpty()) {
                for (int k = 0; k < pending.size(); k++) {
                    results[pending.get(k)] = new CompileResult(attempt.classes().getOrDefault(k, Map.of()), List.of());
                }
                return;
            }
            List<Integer> clean = new ArrayList<>();
            for (int k = 0; k < pending.size(); k++) {
                int module = pending.get(k);
                if (attempt.errors().containsKey(k)) {
                    results[module] = compiler.compile(modules.get(module));
                } else {
                    clean.add(module);
                }
            }
            if (clean.size() == pending.size()) {
                // The task failed with no error in any unit: no module can be trusted with the others.
                clean.forEach(i -> results[i] = compiler.compile(modules.get(i)));
                return;
            }
            pending = clean;
        }
    }
}
