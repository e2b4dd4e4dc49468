package dev.nbmigrate.converter.read;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.nbmigrate.converter.cells.CellClassifier;

/**
 * A bounded, seeded fuzz test of the notebook reader and the cell classifier: mutations of real notebooks (bytes
 * flipped, inserted, deleted, truncated; JSON fragments and magics spliced in) either read and classify or are
 * refused with a {@link NotebookReadException} (a diagnostic); any other exception fails, naming seed and round.
 * Same seed, same inputs; stops after a fixed number of rounds or 20 seconds.
 */
class ReaderFuzzTest {

    private static final long SEED = 20261207L;
    private static final int ROUNDS = 1500;
    private static final long BUDGET_NANOS = 20_000_000_000L;
    private static final String[] SPLICES = {"{", "}", "[", "]", "\"", ",", ":", "null", "true", "-1e999",
        "\"cells\":", "\"source\":", "\"cell_type\":\"code\"", "\"metadata\":{}", "\\u0000", "\\ud800", "%%sql\\n",
        "%%configure -f\\n{", "%%local\\n", "%run ", "# MAGIC %sql\\n", "# COMMAND ----------\\n", "\uFEFF", "\u0000",
        "\u2028", "%%", "!", "%%sql -o x -n -1\\n", "\"nbformat\": 3", "\"worksheets\": [", "\"paragraphs\": ["};

    @Test
    void mutatedNotebooksReadOrAreRefusedWithADiagnostic(@TempDir Path dir) throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        for (Path folder : List.of(Path.of("src/test/resources/notebooks"), Path.of("../legacy-notebooks"))) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).filter(f -> f.toString().matches(
                        ".*\\.(ipynb|py|zpln|json)$") && !f.toString().endsWith(".expect.json")).sorted().toList()) {
                    byte[] bytes = Files.readAllBytes(file);
                    if (bytes.length < 400_000) {
                        seeds.add(bytes);
                    }
                }
            }
        }
        Random random = new Random(SEED);
        Path file = dir.resolve("fuzz.ipynb");
        long start = System.nanoTime();
        for (int round = 0; round < ROUNDS && System.nanoTime() - start < BUDGET_NANOS; round++) {
            byte[] input = mutate(seeds.get(random.nextInt(seeds.size())), random);
            Files.write(file, input);
            try {
                Notebook notebook = new NotebookReader().read(file, "fuzz.ipynb");
                CellClassifier.classify(notebook);
            } catch (NotebookReadException refused) {
                // a diagnostic: fine
            } catch (RuntimeException | StackOverflowError e) {
                Files.write(Path.of("target/fuzz-failure.ipynb"), input);
                fail("seed " + SEED + ", round " + round + " (input in target/fuzz-failure.ipynb): " + e, e);
            }
        }
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original;
        int edits = 1 + random.nextInt(6);
        for (int i = 0; i < edits; i++) {
            int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
            switch (random.nextInt(5)) {
                case 0 -> {
                    if (bytes.length > 0) {
                        bytes = bytes.clone();
                        bytes[at] = (byte) random.nextInt(256);
                    }
                }
                case 1 -> bytes = splice(bytes, at, SPLICES[random.nextInt(SPLICES.length)].getBytes(
                        StandardCharsets.UTF_8));
                case 2 -> {
                    int length = Math.min(bytes.length - at, 1 + random.nextInt(64));
                    byte[] out = new byte[bytes.length - length];
                    System.arraycopy(bytes, 0, out, 0, at);
                    System.arraycopy(bytes, at + length, out, at, bytes.length - at - length);
                    bytes = out;
                }
                case 3 -> bytes = java.util.Arrays.copyOf(bytes, at);
                default -> {
                    int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
                    int length = Math.min(bytes.length - from, random.nextInt(200));
                    byte[] chunk = java.util.Arrays.copyOfRange(bytes, from, from + length);
                    bytes = splice(bytes, at, chunk);
                }
            }
        }
        return bytes;
    }

    private static byte[] splice(byte[] bytes, int at, byte[] insert) {
        byte[] out = new byte[bytes.length + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at, out, at + insert.length, bytes.length - at);
        return out;
    }
}
