package dev.nbmigrate.converter.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The job arguments as the exec plugin's one command line. */
class ModuleRunnerTest {

    @Test
    void argumentsWithSpacesOrQuotesAreQuotedWithTheOtherQuote() {
        assertThat(ModuleRunner.commandLine(List.of("--run-date", "2024-01-31", "--label", "two words", "--q=it's",
                "--say=\"hi\"", ""))).isEqualTo("--run-date 2024-01-31 --label \"two words\" \"--q=it's\" '--say=\"hi\"' \"\"");
        assertThat(ModuleRunner.commandLine(List.of())).isEmpty();
    }

    @Test
    void anArgumentWithBothQuotesIsRefused() {
        assertThatThrownBy(() -> ModuleRunner.commandLine(List.of("it's \"x\"")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pass it in a config file (--config FILE) instead");
    }
}
