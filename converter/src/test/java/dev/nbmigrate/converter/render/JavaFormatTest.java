package dev.nbmigrate.converter.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.nbmigrate.converter.check.JavaUnits;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JavaFormatTest {

    /** Deep nesting, a long literal inside it, imports out of order and one unused, a long comment. */
    private static final String RENDERED = """
            package p;

            import java.util.Map;
            import java.util.List;
            import java.util.Set;

            class C {
                List<String> m(Map<String, String> conf) {
                    if (conf.isEmpty()) {
                        for (String key : conf.keySet()) {
                            if (key.startsWith("spark.")) {
                                // a comment line that goes on and on about what this statement does, far past the width a reviewer reads
                                System.out.println(String.join(", ", List.of(key, "a very long message for the log, much longer than one line of generated Java may be in this project, with more words after it")));
                            }
                        }
                    }
                    return List.of(conf.get("a"),     conf.get("b"));
                }
            }
            """;

    @Test
    void thePrintedFileIsWhatTheModulesFormatterCheckWantsAndNoLineIsLongerThanTheWidth() throws Exception {
        JavaFormat.Printed printed = JavaFormat.print(RENDERED);

        assertThat(printed.problem()).isEmpty();
        // spotless's check formats the file again and compares: a printed file must not change
        assertThat(JavaFormat.format(printed.text())).isEqualTo(printed.text());
        assertThat(printed.text().lines()).allSatisfy(line ->
                assertThat(line.length()).isLessThanOrEqualTo(LongLines.WIDTH));
        assertThat(printed.text()).contains("import java.util.List;\nimport java.util.Map;\n\nclass C {")
                .doesNotContain("java.util.Set")
                .contains("return List.of(conf.get(\"a\"), conf.get(\"b\"));");
        // the same string values, once the literals split in pieces are joined again
        assertThat(strings(printed.text())).isEqualTo(strings(RENDERED));
    }

    @Test
    void aFileTheFormatterRefusesIsKeptWithItsLongLinesBrokenAndTheReason() {
        String notJava = "class C {\n    void m() {\n        int x = ;\n    }\n}\n";

        JavaFormat.Printed printed = JavaFormat.print(notJava);

        assertThat(printed.problem()).isPresent();
        assertThat(printed.text()).isEqualTo(LongLines.wrap(notJava));
        assertThat(RenderDiagnostics.formatting(printed, "src/main/java/p/C.java", "nb.ipynb"))
                .hasValueSatisfying(d -> {
                    assertThat(d.code().id()).isEqualTo("NBM530");
                    assertThat(d.message()).startsWith("src/main/java/p/C.java: ");
                });
        assertThat(RenderDiagnostics.formatting(JavaFormat.print("class C {}\n"), "C.java", "nb.ipynb")).isEmpty();
    }

    private static String strings(String java) {
        CompilationUnit unit = JavaUnits.parse(java).unit().orElseThrow();
        return unit.findAll(StringLiteralExpr.class).stream().map(StringLiteralExpr::asString)
                .collect(Collectors.joining());
    }
}
