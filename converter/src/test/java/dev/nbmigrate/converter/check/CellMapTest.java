package dev.nbmigrate.converter.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CellMapTest {

    private static final String UNIT = """
            class Job {
                int run() {
                    return a() + b();
                }

                int a() {
                    // cell 3
                    int x = 1;

                    // cell 4: a heading
                    return x;

                }

                int b() {
                    return 2;
                }
            }
            """;

    @Test
    void blocksRunFromTheirMarkerToTheNextOrTheMethodEnd() {
        var unit = JavaUnits.parse(UNIT).unit().orElseThrow();
        CellMap map = CellMap.of(UNIT, JavaUnits.methodBodies(unit, Set.of("a", "b")));

        assertThat(map.blocks()).containsExactly(new CellMap.Block(3, 7, 8), new CellMap.Block(4, 10, 11));
        assertThat(map.cellAt(8)).contains(3);
        assertThat(map.cellAt(11)).contains(4);
        assertThat(map.cellAt(12)).isEmpty();
        assertThat(map.cellAt(3)).isEmpty();
        assertThat(JavaUnits.methodAt(unit, 16)).contains("b");
    }

    @Test
    void aSyntaxErrorHasItsLine() {
        JavaUnits.Parsed parsed = JavaUnits.parse("class A {\n  void f() {\n    int x = ;\n  }\n}\n");

        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.problems()).isNotEmpty();
        assertThat(parsed.problems().get(0).line()).isEqualTo(3);
    }

    @Test
    void usedImportsAreThoseWhoseNamesOccur() {
        var unit = JavaUnits.parse("""
                import static java.lang.Math.max;
                import static java.lang.Math.min;
                import java.util.List;
                import java.util.Map;
                import java.util.concurrent.*;
                @Deprecated class A { List<String> x; int y = max(1, 2); }
                """).unit().orElseThrow();

        assertThat(JavaUnits.usedImports(unit, List.of("static java.lang.Math.max", "static java.lang.Math.min",
                "java.util.List", "java.util.Map", "java.util.concurrent.*")))
                .containsExactly("java.util.List", "java.util.concurrent.*", "static java.lang.Math.max");
    }
}
