package dev.nbmigrate.converter.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The read stage: turns a notebook file into a {@link Notebook}, whatever its format. The format is decided by
 * the content, not the file name: a JSON object with {@code cells}/{@code worksheets} is Jupyter, with
 * {@code paragraphs} Zeppelin; a first line {@code # Databricks notebook source} is a Databricks source export.
 *
 * <p>JSON is read in one streaming pass: binary outputs (images of any size) are skipped without being held in
 * memory, text outputs are kept up to {@link #TEXT_LIMIT} characters each. Readable-but-odd input becomes
 * diagnostics in {@link Notebook#diagnostics()}; unreadable input throws {@link NotebookReadException}.
 *
 * <pre>{@code
 * Notebook notebook = NotebookReader.read(Path.of("legacy/daily_sales.ipynb"));
 * notebook.kernel().kind();          // PYSPARK
 * notebook.cell(3).lines().fileLine(2);  // the file line of the third cell's second line
 * }</pre>
 */
public final class NotebookReader {

    /** Characters of text kept per output payload; the full length is recorded. */
    public static final int TEXT_LIMIT = 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(NotebookReader.class);
    private static final int SNIFF_BYTES = 8192;

    private final int textLimit;

    /** A reader keeping up to {@link #TEXT_LIMIT} characters per text output. */
    public NotebookReader() {
        this(TEXT_LIMIT);
    }

    /** A reader keeping up to {@code textLimit} characters per text output. */
    public NotebookReader(int textLimit) {
        if (textLimit < 0) {
            throw new IllegalArgumentException("textLimit must not be negative: " + textLimit);
        }
        this.textLimit = textLimit;
    }

    /** Reads a notebook, named in findings by the path as given. */
    public static Notebook read(Path file) throws NotebookReadException {
        return new NotebookReader().read(file, file.toString());
    }

    /**
     * A FIFO, socket or device given as a notebook would block reading or never end: it is refused before it is
     * opened, as a folder is.
     */
    private static void refuseSpecialFile(Path file, String name) throws NotebookReadException {
        java.nio.file.attribute.BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
        } catch (IOException e) {
            return;
        }
        if (attributes.isDirectory()) {
            throw new NotebookReadException(name, 0, 0, "a folder, not a notebook file", null);
        }
        if (!attributes.isRegularFile()) {
            throw new NotebookReadException(name, 0, 0, "not a regular file (a FIFO, socket or device): nbmigrate "
                    + "reads notebook files only", null);
        }
    }

    /**
     * Reads a notebook.
     *
     * @param file the notebook file
     * @param name how findings and errors name the notebook (usually the path as the user gave it)
     */
    public Notebook read(Path file, String name) throws NotebookReadException {
        LOG.debug("Reading notebook {}", name);
        refuseSpecialFile(file, name);
        try (InputStream input = new BufferedInputStream(Files.newInputStream(file), SNIFF_BYTES)) {
            input.mark(SNIFF_BYTES);
            byte[] head = input.readNBytes(SNIFF_BYTES);
            input.reset();
            Notebook notebook = switch (FormatSniffer.sniff(name, head)) {
                case JSON -> new JsonNotebookReader(name, textLimit).read(input);
                case DATABRICKS_SOURCE -> DatabricksSourceReader.read(name,
                        TextDecoding.utf8(name, input.readAllBytes()), String.valueOf(file.getFileName()));
            };
            LOG.debug("Read {}: {} {}, {} cells, kernel {}", name, notebook.format(), notebook.formatVersion(),
                    notebook.cells().size(), notebook.kernel().kind());
            return notebook;
        } catch (JsonProcessingException malformed) {
            throw JsonSupport.unreadable(name, malformed);
        } catch (CharConversionException badText) {
            throw JsonSupport.unreadable(name, badText);
        } catch (NoSuchFileException missing) {
            throw new NotebookReadException(name, 0, 0, "no such file", missing);
        } catch (AccessDeniedException denied) {
            throw new NotebookReadException(name, 0, 0, "permission denied", denied);
        } catch (IOException io) {
            throw new NotebookReadException(name, 0, 0, "cannot read the file: " + io.getMessage(), io);
        }
    }

    /** Decides the format from the first bytes of a file. */
    static final class FormatSniffer {

        enum Kind { JSON, DATABRICKS_SOURCE }

        private FormatSniffer() {
        }

        static Kind sniff(String name, byte[] head) throws NotebookReadException {
            if (head.length == 0) {
                throw new NotebookReadException(name, "the file is empty");
            }
            if (utf16or32(head)) {
                return Kind.JSON;
            }
            int start = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                    && (head[2] & 0xFF) == 0xBF ? 3 : 0;
            int first = start;
            while (first < head.length && Character.isWhitespace(head[first])) {
                first++;
            }
            if (first == head.length) {
                throw new NotebookReadException(name, "the file holds only whitespace");
            }
            if (head[first] == '{' || head[first] == '[' || head[first] == '"') {
                return Kind.JSON;
            }
            String text = new String(head, start, head.length - start, StandardCharsets.UTF_8);
            int newline = text.indexOf('\n');
            String firstLine = newline < 0 ? text : text.substring(0, newline);
            if (DatabricksSourceReader.isHeader(firstLine)) {
                return Kind.DATABRICKS_SOURCE;
            }
            throw new NotebookReadException(name, "not a notebook: " + describe(head, first)
                    + "; nbmigrate reads Jupyter (.ipynb) and Zeppelin (note.json, .zpln) JSON, and Databricks "
                    + "source exports starting with \"# Databricks notebook source\"");
        }

        private static boolean utf16or32(byte[] head) {
            int b0 = head[0] & 0xFF;
            int b1 = head.length > 1 ? head[1] & 0xFF : -1;
            return (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE) || b0 == 0 || b1 == 0;
        }

        private static String describe(byte[] head, int first) {
            if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
                return "the file is a zip archive (a Databricks .dbc archive? export notebooks as source files)";
            }
            if (head[first] == '<') {
                return "the file is HTML or XML";
            }
            for (int i = first; i < Math.min(head.length, first + 512); i++) {
                int b = head[i] & 0xFF;
                if (b < 0x09 || (b > 0x0D && b < 0x20)) {
                    return "the file is binary";
                }
            }
            return "the file is text without a notebook structure";
        }
    }
}
