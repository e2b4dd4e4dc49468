package dev.nbmigrate.converter.parse.python.legacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Rewrites Python 2 syntax to Python 3 on the token stream, so strings and comments are never touched and every
 * line keeps its number (only a tuple parameter of a {@code def} with a block body adds a line, and the
 * {@link PositionMap} maps it back).
 *
 * <p>Pass 1 rewrites single tokens: {@code <>}, backticks, {@code 10L}, {@code 0777}, {@code ur"..."} and tab
 * indentation (expanded to Python 2's tab stops of 8). Pass 2 rewrites statements on the result:
 * {@code print x, y} / {@code print >>f, x} / {@code print}, {@code exec code in ns}, {@code except E, e},
 * {@code raise E, V[, T]}, and tuple parameters of {@code def} and {@code lambda}. A {@code print} is left alone
 * when {@code print_function} is imported from {@code __future__} (in the cell or inherited).
 *
 * <p>Semantic hazards that need the syntax tree are found afterwards by {@link Py2HazardScanner}; this class only
 * reports {@code print (a, b)}, which it alone can tell from a call.
 */
public final class Py2Modernizer {

    /** Rewrites {@code source}; {@code inheritedFutures} are {@code __future__} features imported by earlier cells. */
    public ModernizedSource modernize(String source, Set<String> inheritedFutures) {
        SourceText original = new SourceText(source);
        List<Rewrite> rewrites = new ArrayList<>();

        TextEdits.Applied pass1 = new Py2TokenPass(original, rewrites).run();
        Py2StatementPass statements = new Py2StatementPass(original, pass1, inheritedFutures, rewrites);
        TextEdits.Applied pass2 = statements.run();

        rewrites.sort(Comparator.comparingInt(Rewrite::line).thenComparing(Rewrite::kind));
        List<Finding> findings = new ArrayList<>(statements.findings);
        findings.sort(null);
        PositionMap positions = new PositionMap(original, List.of(pass1.text(), pass2.text()),
                List.of(pass1.map(), pass2.map()));
        return new ModernizedSource(pass2.text().toString(), rewrites, findings, statements.declaredFutures, positions);
    }
}
