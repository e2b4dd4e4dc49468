package dev.nbmigrate.converter.render;

import com.palantir.javaformat.java.Formatter;
import com.palantir.javaformat.java.FormatterException;
import com.palantir.javaformat.java.ImportOrderer;
import com.palantir.javaformat.java.JavaFormatterOptions;
import com.palantir.javaformat.java.RemoveUnusedImports;
import java.util.Optional;

/**
 * Prints a generated Java file as palantir-java-format lays it out, the formatter every generated module's build
 * checks its sources with (the spotless plugin's {@code palantirJavaFormat} step, same version, pinned in the parent
 * pom). The formatter's steps are the check's, in its order: imports ordered, unused imports removed, the source
 * formatted; so a file written by {@code convert} is what the check expects, and the check fails only on drift.
 *
 * <p>The formatter leaves long string literals and comments as they are: {@link LongLines} breaks them before
 * formatting, and the formatter keeps those breaks (a concatenation of shorter literals, comment lines it does not
 * fill). When the formatter indents the pieces deeper than {@link LongLines} did and a line ends up longer than
 * {@link LongLines#WIDTH}, the rendered text is broken again at a narrower width and formatted again, a few times at
 * most. One formatter for the whole process: it holds no state between files and is safe for several threads.
 */
public final class JavaFormat {

    /** The formatter's style, as the spotless step is configured in every module's pom. */
    public static final JavaFormatterOptions.Style STYLE = JavaFormatterOptions.Style.PALANTIR;
    /** How much narrower each new try breaks the rendered text: the formatter's continuation indent. */
    private static final int NARROWER = 8;
    private static final int TRIES = 4;

    private static final JavaFormatterOptions OPTIONS =
            JavaFormatterOptions.builder().style(STYLE).build();

    private JavaFormat() {}

    /** The one formatter, made on first use (so that a JVM that cannot run it fails in {@link #print}, not here). */
    private static final class Holder {
        static final Formatter FORMATTER = Formatter.createFormatter(OPTIONS);
    }

    /** A printed file: its text, and why it is not formatted when the formatter refused it. */
    public record Printed(String text, Optional<String> problem) {}

    /**
     * {@code rendered}, a generated Java file that parses, with its long lines broken and formatted as the module's
     * formatter check wants it; when the formatter refuses it, the text with its long lines broken and the
     * formatter's message.
     */
    public static Printed print(String rendered) {
        String wrapped = LongLines.wrap(rendered);
        try {
            String printed = format(wrapped);
            for (int i = 1; i < TRIES && longest(printed) > LongLines.WIDTH; i++) {
                printed = format(LongLines.wrap(rendered, LongLines.WIDTH - i * NARROWER));
            }
            return new Printed(printed, Optional.empty());
        } catch (FormatterException e) {
            return new Printed(wrapped, Optional.of(e.diagnostics().isEmpty() ? String.valueOf(e.getMessage())
                    : e.diagnostics().get(0).toString()));
        } catch (LinkageError e) { // a JVM started without the formatter's --add-exports of javac's packages
            return new Printed(wrapped, Optional.of("the formatter cannot run in this JVM (" + e
                    + "): start it with the formatter.jvm.exports of the project pom, as ./nbmigrate does"));
        }
    }

    /**
     * {@code java} as the module's formatter check wants it.
     *
     * @throws FormatterException when javac's parser (which the formatter uses) rejects the text
     */
    public static String format(String java) throws FormatterException {
        String ordered = ImportOrderer.reorderImports(java, STYLE);
        return Holder.FORMATTER.formatSource(RemoveUnusedImports.removeUnusedImports(ordered));
    }

    private static int longest(String text) {
        int longest = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                longest = Math.max(longest, i - start);
                start = i + 1;
            }
        }
        return longest;
    }
}
