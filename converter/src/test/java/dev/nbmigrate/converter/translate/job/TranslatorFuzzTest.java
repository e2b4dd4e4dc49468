package dev.nbmigrate.converter.translate.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.nbmigrate.converter.model.JobModel;
import dev.nbmigrate.converter.model.Target;
import dev.nbmigrate.converter.testing.TestNotebooks;

/**
 * A bounded, seeded fuzz test of analysis and translation: notebooks made of the code cells of the project's own
 * notebooks, mutated line by line and token by token (lines dropped, repeated, swapped and re-indented; names
 * exchanged; Python constructs and stray tokens spliced in; cells cut short). Each one translates to a job model
 * whose gaps are diagnostics; any exception fails, naming the seed and round and keeping the input in
 * {@code target/}. Same seed, same notebooks; stops after a fixed number of rounds or 30 seconds.
 */
class TranslatorFuzzTest {

    private static final long SEED = 20261207L;
    private static final int ROUNDS = 400;
    private static final long BUDGET_NANOS = 30_000_000_000L;
    private static final Pattern NAME = Pattern.compile("\\b[A-Za-z_][A-Za-z_0-9]*\\b");

    /** Python that the translator meets in real notebooks, some of it unusual, some of it broken on purpose. */
    private static final String[] SNIPPETS = {
        "lambda x: x", "lambda *a, **k: (a, k)", "[x for x in range(3) if x]", "{k: v for k, v in d.items()}",
        "f\"{x!r:>{w}}\"", "x[1:2:3]", "x[::-1]", "x[-1]", "x[a, b]", "*rest", "**kw", "yield x", "await x",
        "not x", "x if y else z", "x @ y", "x := 1", "global x", "nonlocal x", "del x", "assert x, 'msg'",
        "with open(p) as f:\n    f.read()", "try:\n    x = 1\nexcept Exception as e:\n    raise\nelse:\n    pass\nfinally:\n    pass",
        "class A(object):\n    def m(self):\n        return self", "@udf('int')\ndef g(v):\n    return v",
        "async def h():\n    pass", "for i, (a, b) in enumerate(zip(xs, ys)):\n    continue",
        "while True:\n    break", "print x", "print >>sys.stderr, x", "exec 'x = 1'", "u'\\u00e9'", "b'\\x00'",
        "0x1F", "1_000", "1e-3", "3j", "None", "...", "(", ")", "]", "}", ":", "\\", "'", "\"\"\"", "#", "\t",
        "\\u000a", "spark.sql(f\"SELECT {x}\")", "df.rdd.map(lambda r: r[0])", "sc.parallelize([1, 2])",
        "df.toPandas()", "display(df)", "dbutils.widgets.get('x')", "%sql SELECT 1", "!ls", "%%local", "?df",
        "df.groupBy('a').agg({'b': 'sum'})", "F.col('a').cast('int')", "Row(**d)", "x, *y = z", "a = b = c",
        "x += 1", "x[0] = 1", "x.y = 2", "import os, sys as s", "from . import x", "from pyspark.sql.functions import *",
    };

    @TempDir
    Path dir;

    @Test
    void mutatedNotebooksTranslateWithDiagnosticsNeverExceptions() throws IOException {
        List<String> seeds = codeCells();
        assertThat(seeds).hasSizeGreaterThan(20);
        List<String> names = new ArrayList<>();
        seeds.forEach(cell -> {
            Matcher m = NAME.matcher(cell);
            while (m.find() && names.size() < 5000) {
                names.add(m.group());
            }
        });
        Random random = new Random(SEED);
        JobTranslator translator = new JobTranslator();
        long start = System.nanoTime();
        int translated = 0;
        for (int round = 0; round < ROUNDS && System.nanoTime() - start < BUDGET_NANOS; round++) {
            List<String> cells = new ArrayList<>();
            int count = 1 + random.nextInt(6);
            for (int c = 0; c < count; c++) {
                cells.add(mutate(seeds.get(random.nextInt(seeds.size())), names, random));
            }
            Path file = TestNotebooks.pyspark3(dir.resolve("fuzz_" + round + ".ipynb"), cells.toArray(String[]::new));
            try {
                JobModel model = translator.translate(file, Target.DBR_17_3);
                assertThat(model.cells()).hasSize(cells.size());
                translated++;
            } catch (RuntimeException | StackOverflowError | IOException e) {
                Path kept = Path.of("target/translator-fuzz-failure.ipynb");
                Files.copy(file, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                fail("seed " + SEED + ", round " + round + " (input in " + kept + "): " + e, e);
            } finally {
                Files.deleteIfExists(file);
            }
        }
        assertThat(translated).as("rounds run within the budget").isGreaterThan(20);
    }

    /** The code cells of the legacy notebooks and of the test notebooks, as text. */
    private static List<String> codeCells() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> cells = new ArrayList<>();
        for (Path folder : List.of(Path.of("../legacy-notebooks"), Path.of("src/test/resources/notebooks"))) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList()) {
                    JsonNode root;
                    try {
                        root = json.readTree(Files.readString(file, StandardCharsets.UTF_8));
                    } catch (IOException unreadable) {
                        continue; // the broken notebooks the reader tests use
                    }
                    for (JsonNode cell : root.path("cells")) {
                        if (cell.path("cell_type").asText().equals("code")) {
                            JsonNode source = cell.path("source");
                            StringBuilder text = new StringBuilder();
                            if (source.isArray()) {
                                source.forEach(line -> text.append(line.asText()));
                            } else {
                                text.append(source.asText());
                            }
                            if (!text.toString().isBlank()) {
                                cells.add(text.toString());
                            }
                        }
                    }
                }
            }
        }
        return cells;
    }

    private static String mutate(String cell, List<String> names, Random random) {
        List<String> lines = new ArrayList<>(List.of(cell.split("\n", -1)));
        int edits = random.nextInt(5);
        for (int i = 0; i < edits && !lines.isEmpty(); i++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(8)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
                case 2 -> {
                    int other = random.nextInt(lines.size());
                    String line = lines.get(at);
                    lines.set(at, lines.get(other));
                    lines.set(other, line);
                }
                case 3 -> lines.set(at, " ".repeat(random.nextInt(3) * 4) + lines.get(at).strip());
                case 4 -> lines.set(at, renamed(lines.get(at), names, random));
                case 5 -> lines.add(at, SNIPPETS[random.nextInt(SNIPPETS.length)]);
                case 6 -> {
                    String line = lines.get(at);
                    int col = line.isEmpty() ? 0 : random.nextInt(line.length());
                    lines.set(at, line.substring(0, col) + SNIPPETS[random.nextInt(SNIPPETS.length)] + line.substring(col));
                }
                default -> {
                    String line = lines.get(at);
                    lines.set(at, line.substring(0, line.isEmpty() ? 0 : random.nextInt(line.length())));
                }
            }
        }
        return String.join("\n", lines);
    }

    private static String renamed(String line, List<String> names, Random random) {
        Matcher m = NAME.matcher(line);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return line;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        return line.substring(0, span[0]) + names.get(random.nextInt(names.size())) + line.substring(span[1]);
    }
}
