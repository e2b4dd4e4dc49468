package dev.nbmigrate.converter.conformance;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Compares printed output with a doctest's expected output the way Python's {@code doctest.OutputChecker}
 * does, for the option flags the corpus uses: {@code NORMALIZE_WHITESPACE} (runs of white space compare
 * equal) and {@code ELLIPSIS} ({@code ...} in the expected text matches any text). {@code <BLANKLINE>}
 * in the expected text stands for an empty line, as in doctest.
 */
public final class DoctestOutputChecker {

    private static final Pattern BLANKLINE = Pattern.compile("(?m)^<BLANKLINE>[ \\t]*$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String ELLIPSIS_MARKER = "...";

    private final boolean normalizeWhitespace;
    private final boolean ellipsis;

    public DoctestOutputChecker(boolean normalizeWhitespace, boolean ellipsis) {
        this.normalizeWhitespace = normalizeWhitespace;
        this.ellipsis = ellipsis;
    }

    /** A checker for the option flags of one record, e.g. {@code ["ELLIPSIS", "NORMALIZE_WHITESPACE"]}. */
    public static DoctestOutputChecker forFlags(List<String> optionFlags) {
        return new DoctestOutputChecker(optionFlags.contains("NORMALIZE_WHITESPACE"), optionFlags.contains("ELLIPSIS"));
    }

    /** Whether {@code got} (what was printed) is accepted for {@code want} (what the doctest expects). */
    public boolean matches(String want, String got) {
        if (want.equals(got)) {
            return true;
        }
        String expected = BLANKLINE.matcher(want).replaceAll("");
        String actual = got;
        if (expected.equals(actual)) {
            return true;
        }
        if (normalizeWhitespace) {
            expected = WHITESPACE.matcher(expected.strip()).replaceAll(" ");
            actual = WHITESPACE.matcher(actual.strip()).replaceAll(" ");
            if (expected.equals(actual)) {
                return true;
            }
        }
        return ellipsis && expected.contains(ELLIPSIS_MARKER) && ellipsisMatches(expected, actual);
    }

    /** doctest's {@code _ellipsis_match}: the pieces between markers appear in order, ends anchored. */
    static boolean ellipsisMatches(String want, String got) {
        String[] pieces = want.split(Pattern.quote(ELLIPSIS_MARKER), -1);
        String first = pieces[0];
        String last = pieces[pieces.length - 1];
        int start = 0;
        int end = got.length();
        if (!first.isEmpty()) {
            if (!got.startsWith(first)) {
                return false;
            }
            start = first.length();
        }
        if (!last.isEmpty()) {
            if (!got.endsWith(last)) {
                return false;
            }
            end -= last.length();
        }
        if (start > end) {
            return false;
        }
        for (int i = 1; i < pieces.length - 1; i++) {
            int found = got.indexOf(pieces[i], start);
            if (found < 0 || found + pieces[i].length() > end) {
                return false;
            }
            start = found + pieces[i].length();
        }
        return true;
    }
}
