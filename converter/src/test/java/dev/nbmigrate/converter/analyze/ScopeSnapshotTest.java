package dev.nbmigrate.converter.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.read.ExecutionContext;
import dev.nbmigrate.converter.types.ScalarType;

/** Per-cell symbol tables record only what changed, yet each reads as the whole namespace at its point. */
class ScopeSnapshotTest {

    private static Scope.Binding binding(String name, ScalarType type) {
        return new Scope.Binding(new Symbol(name, type, SymbolKind.VARIABLE, new Location("t.ipynb", 1, 1, 1), "",
                Optional.empty()), Eval.of(type));
    }

    @Test
    void eachTableIsTheNamespaceWhenItWasTakenWhateverChangedLater() {
        Scope scope = Scope.module(ExecutionContext.values()[0]);
        scope.bind("a", binding("a", ScalarType.INT));
        SymbolTable first = scope.snapshot();
        scope.bind("b", binding("b", ScalarType.INT));
        scope.bind("a", binding("a", ScalarType.STR));
        SymbolTable second = scope.snapshot();
        SymbolTable unchanged = scope.snapshot();
        scope.unbind("b");
        Scope function = scope.child(Scope.Kind.FUNCTION);
        function.declareGlobal("c");
        function.bind("c", binding("c", ScalarType.INT));
        SymbolTable third = scope.snapshot();

        assertThat(unchanged).isSameAs(second);
        assertThat(third.names()).containsExactly("a", "c");
        assertThat(third.lookup("a").orElseThrow().type()).isEqualTo(ScalarType.STR);
        assertThat(second.names()).containsExactly("a", "b");
        assertThat(second.lookup("a").orElseThrow().type()).isEqualTo(ScalarType.STR);
        assertThat(first.names()).containsExactly("a");
        assertThat(first.lookup("a").orElseThrow().type()).isEqualTo(ScalarType.INT);
        assertThat(first).isEqualTo(SymbolTable.of(java.util.Map.of("a", first.lookup("a").orElseThrow())));
    }

    @Test
    void aLongChainIsReadWithoutRecursion() {
        Scope scope = Scope.module(ExecutionContext.values()[0]);
        SymbolTable last = null;
        for (int i = 0; i < 100_000; i++) {
            scope.bind("v" + i, binding("v" + i, ScalarType.INT));
            last = scope.snapshot();
        }
        assertThat(last.size()).isEqualTo(100_000);
    }
}
