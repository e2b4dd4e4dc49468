package dev.nbmigrate.converter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Structural rules of the sources, read from the files themselves (the working folder is the converter module, as
 * Maven runs tests): every package documents itself, the translate stage does not reach into the assess command,
 * and no source cites a design document that is not in the repository. {@code docs/architecture.md} describes the
 * packages and the pipeline these rules keep in shape.
 */
class LayeringTest {

    private static final Path CONVERTER = Path.of("src/main/java");
    private static final Path RUNTIME = Path.of("../runtime/src/main/java");
    private static final Path TRANSLATE = CONVERTER.resolve("dev/nbmigrate/converter/translate");
    private static final String ASSESS = "dev.nbmigrate.converter.assess";

    /**
     * Known imports of the assess package in the translate stage, by file (relative to {@code src/main/java}, forward
     * slashes) and imported name. This is debt to remove, not a permission: translation should not depend on a
     * command beside the pipeline. {@code JobTranslator} builds the analyser's {@code %run} lookup from
     * {@code FileRunTargets}, which belongs in a stage package ({@code analyze} or {@code read}). Do not add entries;
     * remove an entry together with its import.
     */
    private static final Map<String, Set<String>> KNOWN_ASSESS_IMPORTS = Map.of(
            "dev/nbmigrate/converter/translate/job/JobTranslator.java", Set.of(ASSESS + ".FileRunTargets"));

    private static final Pattern ASSESS_REFERENCE = Pattern.compile(
            "\\b" + Pattern.quote(ASSESS) + "\\.((?:[a-z_][\\w$]*\\.)*(?:[A-Z][\\w$]*|\\*))");
    private static final String LIST = System.lineSeparator() + "  ";
    private static final Pattern DESIGN_CITATION = Pattern.compile("DESIGN\\.md|DESIGN section");

    @Test
    void sourceFoldersAreWhereThisTestExpectsThem() {
        assertThat(CONVERTER.resolve("dev/nbmigrate/converter")).as("run from the converter module").isDirectory();
        assertThat(RUNTIME.resolve("dev/nbmigrate/runtime")).as("the runtime module beside it").isDirectory();
        assertThat(TRANSLATE).isDirectory();
    }

    @Test
    void everyPackageHasPackageInfo() {
        List<String> missing = new ArrayList<>();
        for (Path root : List.of(CONVERTER, RUNTIME)) {
            for (Path folder : packageFolders(root)) {
                if (!Files.isRegularFile(folder.resolve("package-info.java"))) {
                    missing.add(display(folder));
                }
            }
        }
        assertThat(missing)
                .as("packages without a package-info.java saying what the package owns, what it reads and hands"
                        + " on, and its entry classes (see docs/architecture.md):%n  %s", String.join(LIST, missing))
                .isEmpty();
    }

    @Test
    void translateDoesNotDependOnAssessBeyondTheKnownDebt() {
        Map<String, Set<String>> found = new TreeMap<>();
        for (Path file : javaFiles(TRANSLATE)) {
            Set<String> names = assessReferences(read(file));
            if (!names.isEmpty()) {
                found.put(CONVERTER.relativize(file).toString().replace('\\', '/'), names);
            }
        }
        List<String> violations = new ArrayList<>();
        found.forEach((file, names) -> names.stream()
                .filter(name -> !KNOWN_ASSESS_IMPORTS.getOrDefault(file, Set.of()).contains(name))
                .forEach(name -> violations.add(file + " uses " + name)));
        assertThat(violations)
                .as("sources under translate/ that use %s (the assess command); move what they need into a stage"
                        + " package instead:%n  %s", ASSESS, String.join(LIST, violations))
                .isEmpty();

        List<String> stale = new ArrayList<>();
        KNOWN_ASSESS_IMPORTS.forEach((file, names) -> names.stream()
                .filter(name -> !found.getOrDefault(file, Set.of()).contains(name))
                .forEach(name -> stale.add(file + " no longer uses " + name)));
        assertThat(stale)
                .as("debt paid: remove these entries from LayeringTest.KNOWN_ASSESS_IMPORTS:%n  %s",
                        String.join(LIST, stale))
                .isEmpty();
    }

    /** Lines a main class outside {@code translate/} and {@code render/} may have: "about 500". */
    private static final int MAX_CLASS_LINES = 550;

    /**
     * Known classes over {@link #MAX_CLASS_LINES} outside translate and render, by file name: debt, not permission.
     * {@code SstConverter} is one visitor of GraalPy's tree; {@code PyExpr} is the sealed expression tree.
     */
    private static final Set<String> KNOWN_LARGE = Set.of("SstConverter.java", "PyExpr.java");

    @Test
    void mainClassesOutsideTranslateAndRenderStaySmall() {
        Path render = CONVERTER.resolve("dev/nbmigrate/converter/render");
        List<String> large = new ArrayList<>();
        for (Path file : javaFiles(CONVERTER)) {
            long lines = read(file).lines().count();
            if (!file.startsWith(TRANSLATE) && !file.startsWith(render) && lines > MAX_CLASS_LINES
                    && !KNOWN_LARGE.contains(file.getFileName().toString())) {
                large.add(display(file) + " (" + lines + " lines)");
            }
        }
        assertThat(large)
                .as("classes over %d lines: split them into classes with one job each:%n  %s", MAX_CLASS_LINES,
                        String.join(LIST, large))
                .isEmpty();
    }

    @Test
    void noSourceCitesADocumentOutsideTheRepository() {
        List<String> citing = new ArrayList<>();
        for (Path root : List.of(CONVERTER, RUNTIME)) {
            for (Path file : javaFiles(root)) {
                List<String> lines = read(file).lines().toList();
                for (int i = 0; i < lines.size(); i++) {
                    if (DESIGN_CITATION.matcher(lines.get(i)).find()) {
                        citing.add(display(file) + ":" + (i + 1));
                    }
                }
            }
        }
        assertThat(citing)
                .as("sources citing DESIGN.md, which is not in the repository; state the fact itself or cite a file"
                        + " that is (README.md, docs/architecture.md, docs/diagnostics.md):%n  %s",
                        String.join(LIST, citing))
                .isEmpty();
    }

    /** Names from the assess package that a source imports or writes fully qualified in its code. */
    private static Set<String> assessReferences(String source) {
        Set<String> names = new TreeSet<>();
        for (String line : source.lines().toList()) {
            String code = line.strip();
            if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")) {
                continue;
            }
            Matcher matcher = ASSESS_REFERENCE.matcher(code);
            while (matcher.find()) {
                names.add(ASSESS + "." + matcher.group(1));
            }
        }
        return names;
    }

    /** Folders under {@code root} that hold Java sources other than a package-info.java, sorted. */
    private static Set<Path> packageFolders(Path root) {
        Set<Path> folders = new TreeSet<>();
        for (Path file : javaFiles(root)) {
            if (!file.getFileName().toString().equals("package-info.java")) {
                folders.add(file.getParent());
            }
        }
        return folders;
    }

    private static List<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String display(Path path) {
        return path.normalize().toString().replace('\\', '/');
    }
}
