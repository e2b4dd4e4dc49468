package dev.nbmigrate.converter.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

class InMemoryCompilerTest {

    private static final InMemoryCompiler COMPILER = new InMemoryCompiler();

    @Test
    void compilesAgainstSparkAndLoadsTheClass() throws Exception {
        JavaSource source = new JavaSource("gen.Names", """
                package gen;

                import org.apache.spark.sql.types.StructType;

                public final class Names implements java.util.function.Supplier<String> {
                    @Override
                    public String get() {
                        return StructType.fromDDL("price DECIMAL(10,2)").simpleString();
                    }
                }
                """);

        CompileResult result = COMPILER.compile(List.of(source));

        assertThat(result.errors()).isEmpty();
        assertThat(result.classes()).containsKey("gen.Names");
        @SuppressWarnings("unchecked")
        Supplier<String> names = (Supplier<String>) result.classLoader(getClass().getClassLoader())
                .loadClass("gen.Names").getDeclaredConstructor().newInstance();
        assertThat(names.get()).isEqualTo("struct<price:decimal(10,2)>");
    }

    @Test
    void reportsErrorsWithClassLineAndColumnAndReturnsNoClasses() {
        JavaSource ok = new JavaSource("gen.Ok", "package gen;\npublic class Ok {}\n");
        JavaSource broken = new JavaSource("gen.Broken", """
                package gen;
                public class Broken {
                    long total() {
                        return undefinedVariable + 1;
                    }
                }
                """);

        CompileResult result = COMPILER.compile(List.of(ok, broken));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.classes()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.className()).isEqualTo("gen.Broken");
            assertThat(error.line()).isEqualTo(4);
            assertThat(error.column()).isEqualTo(16);
            assertThat(error.message()).contains("cannot find symbol").contains("undefinedVariable");
        });
    }
}
