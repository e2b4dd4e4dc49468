package dev.nbmigrate.converter.conformance;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects what each example of a running {@link ConformanceProgram} prints: text written to standard output
 * (Spark's {@code show()} and {@code printSchema()}) and values shown by Python's interactive display hook
 * ({@link #display(Object)}, rendered as PySpark's {@code repr}).
 */
public final class ExampleOutput {

    private final PythonRepr repr;
    private final Map<Integer, ByteArrayOutputStream> printed = new TreeMap<>();
    private int current;

    public ExampleOutput(PythonRepr repr) {
        this.repr = repr;
    }

    /** Starts example {@code number} (1-based): what follows is printed by it. */
    public void example(int number) {
        current = number;
    }

    /** The value of an expression statement, printed as the Python prompt would (nothing for {@code None}). */
    public void display(Object value) {
        if (value != null) {
            print(repr.value(value, null) + "\n");
        }
    }

    /** Text the current example printed. */
    void print(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        print(bytes, 0, bytes.length);
    }

    /** UTF-8 bytes the current example wrote to standard output. */
    void print(byte[] bytes, int offset, int length) {
        printed.computeIfAbsent(current, n -> new ByteArrayOutputStream()).write(bytes, offset, length);
    }

    /** What example {@code number} printed (empty when nothing). */
    public String printedBy(int number) {
        ByteArrayOutputStream text = printed.get(number);
        return text == null ? "" : text.toString(StandardCharsets.UTF_8);
    }

    /** The example that ran last. */
    public int currentExample() {
        return current;
    }
}
