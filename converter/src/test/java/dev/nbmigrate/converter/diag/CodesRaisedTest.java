package dev.nbmigrate.converter.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every diagnostic code is raised by a rule and by a test, and every code raised is documented, both ways:
 * <ul>
 *   <li>each {@link Code} is named by a rule: a main source outside {@code Code.java}, or a main resource table
 *       such as {@code pyspark-api.tsv} (a code no rule names cannot be raised: retire it);</li>
 *   <li>each {@link Code} is named by a test source or test fixture (an assertion or expected finding of it);</li>
 *   <li>every {@code NBMxxx} a main source, resource or template names is a {@link Code}, and so documented:
 *       {@code docs/diagnostics.md} is generated from {@link Code} ({@code DiagnosticsDocTest} keeps it so).</li>
 * </ul>
 */
class CodesRaisedTest {

    private static final Pattern CODE = Pattern.compile("\\bNBM\\d{3}\\b");
    /** In Java, a code is raised as {@code Code.NBMxxx} or named in a string; comments may name ranges. */
    private static final Pattern JAVA_CODE = Pattern.compile("(?<=Code\\.|\")NBM\\d{3}\\b");
    private static final Path MAIN = Path.of("src/main");
    private static final Path TEST = Path.of("src/test");
    private static final Path TEMPLATES = Path.of("../templates");
    private static final Path CODE_TABLE = MAIN.resolve("java/dev/nbmigrate/converter/diag/Code.java");
    private static final Path THIS_TEST = TEST.resolve("java/dev/nbmigrate/converter/diag/CodesRaisedTest.java");

    private static final Set<String> DEFINED = Arrays.stream(Code.values()).map(Code::id)
            .collect(Collectors.toCollection(TreeSet::new));

    private static Set<String> namedByRules;
    private static Set<String> namedByTests;

    @BeforeAll
    static void scan() {
        assertThat(CODE_TABLE).as("run from the converter module").isRegularFile();
        namedByRules = codesIn(Stream.of(MAIN, TEMPLATES), Set.of(CODE_TABLE), JAVA_CODE);
        namedByTests = codesIn(Stream.of(TEST), Set.of(THIS_TEST), CODE);
    }

    @Test
    void everyCodeIsRaisedByARule() {
        Set<String> unraised = new TreeSet<>(DEFINED);
        unraised.removeAll(namedByRules);
        assertThat(unraised).as("codes no rule raises: retire them from Code (ids are never reused)").isEmpty();
    }

    @Test
    void everyCodeIsRaisedByATest() {
        Set<String> untested = new TreeSet<>(DEFINED);
        untested.removeAll(namedByTests);
        assertThat(untested).as("codes no test raises: add a fixture that expects each (see"
                + " src/test/resources/translation/findings.txt)").isEmpty();
    }

    @Test
    void everyCodeRaisedIsDocumented() {
        Set<String> undocumented = new TreeSet<>(namedByRules);
        undocumented.removeAll(DEFINED);
        assertThat(undocumented).as("codes named in the converter that are not in Code (so not in"
                + " docs/diagnostics.md)").isEmpty();
    }

    /** The codes named in the files under {@code roots}; in Java sources as {@code javaCode} finds them. */
    private static Set<String> codesIn(Stream<Path> roots, Set<Path> skipped, Pattern javaCode) {
        Set<String> codes = new TreeSet<>();
        roots.filter(Files::isDirectory).forEach(root -> {
            try (Stream<Path> files = Files.walk(root)) {
                List<Path> found = files.filter(Files::isRegularFile).filter(f -> !skipped.contains(f)).sorted()
                        .toList();
                for (Path file : found) {
                    Matcher matcher = (file.toString().endsWith(".java") ? javaCode : CODE).matcher(text(file));
                    while (matcher.find()) {
                        codes.add(matcher.group());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return codes;
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    @Test
    void theScanFindsCodesTheWayTheyAreWritten() {
        assertThat(CODE.matcher("Code.NBM219, \"NBM402\", TODO(NBM220): x").results().map(m -> m.group()).toList())
                .isEqualTo(List.of("NBM219", "NBM402", "NBM220"));
        assertThat(CODE.matcher("NBM2190 xNBM219").find()).isFalse();
        assertThat(JAVA_CODE.matcher("Code.NBM219, \"NBM402\", // NBM260-NBM269").results().map(m -> m.group())
                .toList()).isEqualTo(List.of("NBM219", "NBM402"));
    }
}
