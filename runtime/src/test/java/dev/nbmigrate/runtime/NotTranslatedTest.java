package dev.nbmigrate.runtime;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NotTranslatedTest {

    @Test
    void aPlaceholderStandingForATypedValueFailsTheRunWithItsCodeAndPlace() {
        assertThatThrownBy(() -> {
            List<String> names = NotTranslated.fail("NBM219", "sales.ipynb cell 3, line 2", "replace is not translated");
            names.size();
        }).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageStartingWith("NBM219 (sales.ipynb cell 3, line 2): replace is not translated");
    }

    @Test
    void aPlaceholderStatementFailsTheRunToo() {
        assertThatThrownBy(() -> NotTranslated.fail("NBM201", "cell 7", "no Java for boto3.client"))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("port it by hand");
    }
}
