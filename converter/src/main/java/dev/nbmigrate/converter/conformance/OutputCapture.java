package dev.nbmigrate.converter.conformance;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import scala.Console$;

/**
 * Sends everything printed to standard output (from Java's {@code System.out} and from Scala's
 * {@code Console.out}, which Spark's {@code show()} and {@code printSchema()} use) to an {@link ExampleOutput}
 * while a program runs.
 */
final class OutputCapture {

    /** Code that runs under capture. */
    @FunctionalInterface
    interface Body {
        void run() throws Exception;
    }

    private OutputCapture() {
    }

    static void capture(ExampleOutput output, Body body) throws Exception {
        PrintStream stream = new PrintStream(new ForwardingStream(output), true, StandardCharsets.UTF_8);
        PrintStream previous = System.out;
        Exception[] failure = new Exception[1];
        System.setOut(stream);
        try {
            Console$.MODULE$.withOut(stream, () -> {
                try {
                    body.run();
                } catch (Exception e) {
                    failure[0] = e;
                }
                return null;
            });
        } finally {
            stream.flush();
            System.setOut(previous);
        }
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    /** Writes each byte straight to the output of the example running at that moment. */
    private static final class ForwardingStream extends OutputStream {
        private final ExampleOutput output;

        ForwardingStream(ExampleOutput output) {
            this.output = output;
        }

        @Override
        public void write(int b) {
            output.print(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            output.print(bytes, offset, length);
        }
    }
}
