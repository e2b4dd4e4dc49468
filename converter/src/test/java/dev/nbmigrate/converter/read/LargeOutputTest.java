package dev.nbmigrate.converter.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Huge outputs are streamed past, not loaded: a notebook with a 50 MB base64 image reads with a few megabytes of
 * allocation, and large text outputs are truncated with their full length recorded. The files are generated here.
 */
class LargeOutputTest {

    private static final long IMAGE_CHARS = 50L * 1024 * 1024;

    @Test
    void fiftyMegabyteImageIsSkippedWithoutLoadingIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big_plot.ipynb");
        writeNotebookWithImage(file, IMAGE_CHARS);
        assertThat(Files.size(file)).isGreaterThan(IMAGE_CHARS);

        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertThat(threads.isThreadAllocatedMemorySupported()).isTrue();
        // A first read loads and initialises the reader's classes, which is not what is measured.
        NotebookFixtures.read("pyspark3_sales.ipynb");
        long before = threads.getCurrentThreadAllocatedBytes();
        Notebook notebook = new NotebookReader().read(file, "big_plot.ipynb");
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        // Reading the image as a string would allocate at least twice its size (UTF-16 chars); streaming past it
        // takes a few buffers (about 32 KiB when measured).
        assertThat(allocated).isLessThan(4L * 1024 * 1024);
        DisplayOutput plot = (DisplayOutput) notebook.cell(1).outputs().get(0);
        Payload image = plot.payload("image/png").orElseThrow();
        assertThat(image.kind()).isEqualTo(Payload.Kind.BINARY);
        assertThat(image.text()).isEmpty();
        assertThat(image.size()).isBetween(IMAGE_CHARS + 2, IMAGE_CHARS + 64);
        assertThat(plot.payload("text/plain")).map(Payload::text).contains("<Figure size 640x480 with 1 Axes>");
        assertThat(notebook.cell(2).source()).isEqualTo("df.show()");
        // The image is one long line, so the file lines after it are as in a small notebook.
        assertThat(notebook.cell(1).lines().firstFileLine()).isEqualTo(20);
        assertThat(notebook.cell(2).lines().firstFileLine()).isEqualTo(29);
    }

    @Test
    void longTextOutputIsTruncatedWithItsLengthKept(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("chatty.ipynb");
        StringBuilder lines = new StringBuilder();
        int count = 20_000;
        for (int i = 0; i < count; i++) {
            lines.append(i == 0 ? "" : ",").append("\"row ").append(String.format("%05d", i)).append("\\n\"");
        }
        Files.writeString(file, "{\"cells\": [{\"cell_type\": \"code\", \"execution_count\": 1, \"metadata\": {},"
                + " \"source\": \"df.show(20000)\", \"outputs\": [{\"output_type\": \"stream\", \"name\": \"stdout\","
                + " \"text\": [" + lines + "]}]}], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 2}");

        Notebook notebook = new NotebookReader(1000).read(file, "chatty.ipynb");

        Payload text = ((StreamOutput) notebook.cell(1).outputs().get(0)).text();
        assertThat(text.size()).isEqualTo(count * 10L);
        assertThat(text.text()).hasSize(1000).startsWith("row 00000\nrow 00001\n");
        assertThat(text.truncated()).isTrue();
    }

    private static void writeNotebookWithImage(Path file, long imageChars) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("""
                    {
                     "cells": [
                      {
                       "cell_type": "code",
                       "execution_count": 1,
                       "metadata": {},
                       "outputs": [
                        {
                         "data": {
                          "image/png": \"""");
            char[] block = new char[64 * 1024];
            for (int i = 0; i < block.length; i++) {
                block[i] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".charAt(i % 64);
            }
            for (long written = 0; written < imageChars; written += block.length) {
                out.write(block, 0, (int) Math.min(block.length, imageChars - written));
            }
            out.write("""
                    ",
                          "text/plain": [
                           "<Figure size 640x480 with 1 Axes>"
                          ]
                         },
                         "metadata": {},
                         "output_type": "display_data"
                        }
                       ],
                       "source": [
                        "df.toPandas().plot()"
                       ]
                      },
                      {
                       "cell_type": "code",
                       "execution_count": 2,
                       "metadata": {},
                       "outputs": [],
                       "source": [
                        "df.show()"
                       ]
                      }
                     ],
                     "metadata": {"kernelspec": {"name": "pyspark3kernel", "display_name": "PySpark3"}},
                     "nbformat": 4,
                     "nbformat_minor": 4
                    }
                    """);
        }
    }
}
