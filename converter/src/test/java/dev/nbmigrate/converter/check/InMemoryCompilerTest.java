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

    @Test
    void aWarningOfTheModulesLintsIsAnErrorOfItsUnitAndThePomHasTheSameLints() throws Exception {
        JavaSource raw = new JavaSource("gen.Raw", """
                package gen;
                public class Raw {
                    java.util.List<String> names() {
                        java.util.List list = new java.util.ArrayList();
                        return list;
                    }
                    long same(long x) {
                        return (long) x;
                    }
                }
                """);
        CompileResult result = new InMemoryCompiler().compile(java.util.List.of(raw));
        assertThat(result.errors()).as("rawtypes and unchecked, as the module's -Werror build would refuse")
                .isNotEmpty().allSatisfy(e -> assertThat(e.line()).isBetween(4L, 5L));
        String pom = java.nio.file.Files.readString(java.nio.file.Path.of("../templates/pom.xml.ftl"));
        assertThat(pom).contains("<arg>" + InMemoryCompiler.LINT + "</arg>").contains("<arg>-Werror</arg>");
    }
}
