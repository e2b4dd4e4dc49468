package dev.nbmigrate.converter.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

class BatchCompilerTest {

    private static final InMemoryCompiler COMPILER = new InMemoryCompiler();

    private static JavaSource supplier(String pkg, String name, String body) {
        return new JavaSource(pkg + "." + name, "package " + pkg + ";\n"
                + "public final class " + name + " implements java.util.function.Supplier<String> {\n"
                + "    @Override\n"
                + "    public String get() {\n"
                + "        " + body + "\n"
                + "    }\n"
                + "}\n");
    }

    @Test
    void eachModuleGetsItsOwnClassesFromOneTask() throws Exception {
        List<List<JavaSource>> modules = List.of(
                List.of(supplier("a", "Job", "return new Helper().name();"),
                        new JavaSource("a.Helper", "package a;\nclass Helper { String name() { return \"a\"; } }\n")),
                List.of(supplier("b", "Job", "return org.apache.spark.sql.types.StructType.fromDDL(\"x INT\")"
                        + ".simpleString();")));

        List<CompileResult> results = new BatchCompiler(COMPILER).compileEach(modules);

        assertThat(results).hasSize(2).allSatisfy(r -> assertThat(r.succeeded()).isTrue());
        assertThat(results.get(0).classes()).containsOnlyKeys("a.Job", "a.Helper");
        assertThat(results.get(1).classes()).containsOnlyKeys("b.Job");
        assertThat(get(results.get(0), "a.Job")).isEqualTo("a");
        assertThat(get(results.get(1), "b.Job")).isEqualTo("struct<x:int>");
        // The same bytes as a compilation of the module alone.
        assertThat(results.get(1).classes().get("b.Job")).isEqualTo(COMPILER.compile(modules.get(1)).classes()
                .get("b.Job"));
    }

    @Test
    void aModuleThatDoesNotCompileFailsAloneWithTheErrorsOfItsOwnCompilation() throws Exception {
        List<List<JavaSource>> modules = List.of(
                List.of(supplier("a", "Job", "return \"a\";")),
                List.of(supplier("b", "Job", "return undefinedB;")),
                List.of(supplier("c", "Job", "return \"c\";")),
                List.of(supplier("d", "Job", "return undefinedD + missing();")));

        List<CompileResult> results = new BatchCompiler(COMPILER).compileEach(modules);

        assertThat(results.get(0).succeeded()).isTrue();
        assertThat(results.get(2).succeeded()).isTrue();
        assertThat(get(results.get(0), "a.Job")).isEqualTo("a");
        assertThat(get(results.get(2), "c.Job")).isEqualTo("c");
        for (int failing : List.of(1, 3)) {
            CompileResult alone = COMPILER.compile(modules.get(failing));
            assertThat(results.get(failing).succeeded()).isFalse();
            assertThat(results.get(failing).classes()).isEmpty();
            assertThat(results.get(failing).errors()).isEqualTo(alone.errors()).isNotEmpty();
        }
        assertThat(results.get(3).errors()).hasSize(2)
                .allSatisfy(e -> assertThat(e.className()).isEqualTo("d.Job"));
    }

    @Test
    void modulesDeclaringTheSameClassAreCompiledInDifferentTasks() throws Exception {
        List<List<JavaSource>> modules = List.of(
                List.of(supplier("same", "Job", "return \"first\";")),
                List.of(supplier("other", "Job", "return \"other\";")),
                List.of(supplier("same", "Job", "return \"second\";")));

        assertThat(BatchCompiler.withoutClashes(modules)).containsExactly(List.of(0, 1), List.of(2));
        List<CompileResult> results = new BatchCompiler(COMPILER).compileEach(modules);

        assertThat(get(results.get(0), "same.Job")).isEqualTo("first");
        assertThat(get(results.get(1), "other.Job")).isEqualTo("other");
        assertThat(get(results.get(2), "same.Job")).isEqualTo("second");
    }

    @Test
    void noModulesGiveNoResults() {
        assertThat(new BatchCompiler(COMPILER).compileEach(List.of())).isEmpty();
    }

    private String get(CompileResult result, String className) throws Exception {
        @SuppressWarnings("unchecked")
        Supplier<String> supplier = (Supplier<String>) result.classLoader(getClass().getClassLoader())
                .loadClass(className).getDeclaredConstructor().newInstance();
        return supplier.get();
    }
}
