package dev.nbmigrate.converter.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class DiagnosticsDocTest {

    private static final Path DOC = Path.of("../docs/diagnostics.md");

    @Test
    void committedTableIsTheRenderingOfTheCodeTable() throws IOException {
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/diagnostics.md is out of date; regenerate it from the repository root with:%n"
                        + "./nbmigrate explain --markdown > docs/diagnostics.md")
                .isEqualTo(DiagnosticsDoc.render());
    }

    @Test
    void everyCodeHasItsRowWithSeverityAndSuggestion() {
        String doc = DiagnosticsDoc.render();
        for (Code code : Code.values()) {
            assertThat(doc).contains("| " + code.id() + " | " + code.severity().label() + " | ");
            assertThat(code.suggestion()).as(code.id() + " suggestion").isNotBlank();
            assertThat(code.title()).as(code.id() + " title").isNotBlank();
            assertThat(code.id()).matches("NBM[0-5][0-9]{2}");
        }
    }
}
