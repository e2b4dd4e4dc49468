package dev.nbmigrate.converter.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.model.JobModel;
import dev.nbmigrate.converter.model.JobSection;
import dev.nbmigrate.converter.model.Target;
import dev.nbmigrate.converter.testing.TestNotebooks;
import dev.nbmigrate.converter.translate.job.JobTranslator;

/**
 * Translation as input/output pairs a reviewer reads: each file of {@code src/test/resources/translation/} holds
 * cases, each a PySpark3 notebook (its cells after {@code # --- cell}) and the Java the job gets (fields, section
 * bodies, helper methods) with the findings reported ({@code # --- java}, {@code # --- findings}). Cases are separated by {@code # === name}.
 * Run with {@code -Dnbmigrate.fixtures.update=true} to rewrite the expected parts after a deliberate change, then
 * review the diff.
 */
class TranslationFixturesTest {

    private static final Path FOLDER = Path.of("src/test/resources/translation");
    private static final boolean UPDATE = Boolean.getBoolean("nbmigrate.fixtures.update");
    private static final String CASE = "# === ";
    private static final String CELL = "# --- cell";
    private static final String JAVA = "# --- java";
    private static final String FINDINGS = "# --- findings";

    @TempDir
    static Path dir;

    /** One case: its name, its cells, and the expected Java and findings. */
    private record Case(String name, List<String> cells, String java, String findings) {
        String text() {
            StringBuilder text = new StringBuilder(CASE).append(name).append('\n');
            cells.forEach(cell -> text.append(CELL).append('\n').append(cell).append('\n'));
            text.append(JAVA).append('\n').append(java);
            text.append(FINDINGS).append('\n').append(findings);
            return text.toString();
        }
    }

    @TestFactory
    Stream<DynamicTest> eachCaseTranslatesToItsJava() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                List<Case> cases = parse(Files.readString(file, StandardCharsets.UTF_8));
                List<Case> actual = new ArrayList<>();
                for (Case c : cases) {
                    actual.add(translate(file, c));
                }
                if (UPDATE) {
                    StringBuilder text = new StringBuilder();
                    actual.forEach(c -> text.append(c.text()).append('\n'));
                    Files.writeString(file, text.toString().stripTrailing() + "\n", StandardCharsets.UTF_8);
                }
                for (int i = 0; i < cases.size(); i++) {
                    Case expected = cases.get(i);
                    Case got = actual.get(i);
                    tests.add(DynamicTest.dynamicTest(file.getFileName() + ": " + expected.name(), () -> {
                        assertThat(got.java()).as("Java of " + expected.name()).isEqualTo(expected.java());
                        assertThat(got.findings()).as("findings of " + expected.name()).isEqualTo(expected.findings());
                    }));
                }
            }
        }
        assertThat(tests).as("cases in " + FOLDER).isNotEmpty();
        return tests.stream();
    }

    private static Case translate(Path file, Case c) throws IOException {
        String name = file.getFileName().toString().replace(".txt", "") + "_" + c.name().replaceAll("\\W+", "_")
                + ".ipynb";
        Path notebook = TestNotebooks.write(dir.resolve(name), TestNotebooks.PYSPARK3, c.cells());
        JobModel model = new JobTranslator().translate(notebook, Target.DBR_17_3);
        StringBuilder body = new StringBuilder();
        model.fields().forEach(f -> body.append(f).append('\n'));
        for (JobSection section : model.sections()) {
            body.append(section.body());
        }
        model.helpers().forEach(h -> body.append('\n').append(h).append('\n'));
        StringBuilder findings = new StringBuilder();
        for (Diagnostic d : model.diagnostics()) {
            findings.append(d.code().id()).append(' ').append(d.severity().name().toLowerCase(java.util.Locale.ROOT))
                    .append(" cell ").append(d.location().cell()).append(" line ").append(d.location().line())
                    .append(": ").append(d.message()).append('\n');
        }
        // messages name the notebook by its path: the temporary folder is not part of what a case expects
        String folder = dir.toString() + java.io.File.separator;
        return new Case(c.name(), c.cells(), body.toString().replace(folder, ""),
                findings.toString().replace(folder, ""));
    }

    private static List<Case> parse(String text) {
        List<Case> cases = new ArrayList<>();
        for (String block : text.split("(?m)^(?=" + CASE + ")")) {
            if (block.isBlank()) {
                continue;
            }
            String name = block.substring(CASE.length(), block.indexOf('\n')).strip();
            String body = block.substring(block.indexOf('\n') + 1);
            int javaAt = body.indexOf(JAVA + "\n");
            int findingsAt = body.indexOf(FINDINGS + "\n");
            if (javaAt < 0 || findingsAt < javaAt) {
                throw new IllegalArgumentException("case " + name + ": needs " + JAVA + " then " + FINDINGS);
            }
            List<String> cells = new ArrayList<>();
            for (String cell : body.substring(0, javaAt).split("(?m)^" + CELL + "\n")) {
                if (!cell.isEmpty()) {
                    cells.add(cell.endsWith("\n") ? cell.substring(0, cell.length() - 1) : cell);
                }
            }
            // the blank line that separates cases is not part of the findings
            String findings = body.substring(findingsAt + FINDINGS.length() + 1).stripTrailing();
            cases.add(new Case(name, cells, body.substring(javaAt + JAVA.length() + 1, findingsAt),
                    findings.isEmpty() ? "" : findings + "\n"));
        }
        return cases;
    }
}
