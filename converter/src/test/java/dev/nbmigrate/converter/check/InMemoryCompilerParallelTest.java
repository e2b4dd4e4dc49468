package dev.nbmigrate.converter.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** One compiler used by several threads at once. */
class InMemoryCompilerParallelTest {

    @Test
    void compilationsOnSeveralThreadsEachGetTheirOwnClassesAndErrors() throws Exception {
        InMemoryCompiler compiler = new InMemoryCompiler();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<CompileResult>> results = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                int n = i;
                String body = n % 3 == 2 ? "return undefinedName;" : "return org.apache.spark.sql.functions.lit("
                        + n + ").toString();";
                results.add(pool.submit(() -> compiler.compile(List.of(new JavaSource("gen.Unit" + n,
                        "package gen;\npublic final class Unit" + n + " {\n    public String get() {\n        " + body
                                + "\n    }\n}\n")))));
            }
            for (int i = 0; i < 9; i++) {
                CompileResult result = results.get(i).get();
                if (i % 3 == 2) {
                    assertThat(result.errors()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(4));
                    assertThat(result.classes()).isEmpty();
                } else {
                    assertThat(result.errors()).isEmpty();
                    assertThat(result.classes()).containsOnlyKeys("gen.Unit" + i);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
