package dev.nbmigrate.converter.parse.python.legacy;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.parse.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Pass 2 of {@link Py2Modernizer}: statement rewrites on the output of pass 1, and the findings only it can make. */
final class Py2StatementPass {
    /** Operators after which a word {@code print} cannot be a print statement. */
    private static final Set<String> NOT_AFTER_PRINT = Set.of("=", ".", ")", "]", "}", ",", ":", ";", "+=", "-=",
            "*=", "/=", "%=", "&=", "|=", "^=", "**=", "//=", ">>=", "<<=", "==", "!=", "<", ">", "<=", ">=", "|",
            "&", "^", "**", "/", "//", "%", "@");

    private final SourceText original;
    private final SourceText text;
    private final TextEdits.OffsetMap toOriginal;
    private final List<Rewrite> rewrites;
    private final TextEdits edits;
    private final List<LexToken> sig = new ArrayList<>();
    private final Set<String> futures = new TreeSet<>();
    final Set<String> declaredFutures = new TreeSet<>();
    final List<Finding> findings = new ArrayList<>();

    Py2StatementPass(SourceText original, TextEdits.Applied pass1, Set<String> inheritedFutures, List<Rewrite> rewrites) {
        this.original = original;
        this.text = pass1.text();
        this.toOriginal = pass1.map();
        this.rewrites = rewrites;
        this.edits = new TextEdits(text);
        this.futures.addAll(inheritedFutures);
        for (LexToken token : LegacyLexer.tokenize(text)) {
            if (!token.isTrivia()) {
                sig.add(token);
            }
        }
    }

    TextEdits.Applied run() {
        collectFutureImports();
        futures.addAll(declaredFutures);
        for (int i = 0; i < sig.size(); i++) {
            LexToken token = sig.get(i);
            if (token.kind() != LexToken.Kind.NAME) {
                continue;
            }
            if (token.text().equals("lambda")) {
                rewriteLambda(i);
            } else if (isStatementStart(i)) {
                switch (token.text()) {
                    case "print":
                        rewritePrint(i);
                        break;
                    case "exec":
                        rewriteExec(i);
                        break;
                    case "except":
                        rewriteExcept(i);
                        break;
                    case "raise":
                        rewriteRaise(i);
                        break;
                    case "def":
                        rewriteDef(i);
                        break;
                    default:
                        break;
                }
            }
        }
        return edits.apply();
    }

    private void collectFutureImports() {
        for (int i = 0; i + 2 < sig.size(); i++) {
            if (isStatementStart(i) && sig.get(i).isName("from") && sig.get(i + 1).isName("__future__")
                    && sig.get(i + 2).isName("import")) {
                for (int j = i + 3; j < statementEnd(i); j++) {
                    LexToken token = sig.get(j);
                    boolean alias = j > 0 && sig.get(j - 1).isName("as");
                    if (token.kind() == LexToken.Kind.NAME && !token.text().equals("as") && !alias) {
                        declaredFutures.add(token.text());
                    }
                }
            }
        }
    }

    private boolean isStatementStart(int i) {
        if (i == 0) {
            return true;
        }
        LexToken previous = sig.get(i - 1);
        return previous.kind() == LexToken.Kind.NEWLINE
                || previous.depth() == 0 && (previous.isOp(";") || previous.isOp(":"));
    }

    /** The index of the token that ends the simple statement starting at {@code i}. */
    private int statementEnd(int i) {
        int j = i;
        while (!sig.get(j).endsStatement()) {
            j++;
        }
        return j;
    }

    /** The index of the bracket closing the one at {@code open}, or -1. */
    private int matching(int open) {
        int depth = sig.get(open).depth();
        for (int j = open + 1; j < sig.size(); j++) {
            LexToken token = sig.get(j);
            if (token.depth() == depth && token.kind() == LexToken.Kind.OP && ")]}".contains(token.text())) {
                return j;
            }
            if (token.kind() == LexToken.Kind.END) {
                return -1;
            }
        }
        return -1;
    }

    /** Indices of commas at {@code depth} in {@code [from, to)}. */
    private List<Integer> commas(int from, int to, int depth) {
        List<Integer> out = new ArrayList<>();
        for (int j = from; j < to; j++) {
            if (sig.get(j).isOp(",") && sig.get(j).depth() == depth) {
                out.add(j);
            }
        }
        return out;
    }

    private void rewritePrint(int i) {
        LexToken print = sig.get(i);
        if (futures.contains("print_function")) {
            return;
        }
        int end = statementEnd(i);
        if (end == i + 1) {
            apply(Rewrite.Kind.PRINT_STATEMENT, print, new int[] {print.start(), print.end()}, "print()");
            return;
        }
        LexToken next = sig.get(i + 1);
        if (next.kind() == LexToken.Kind.OP && NOT_AFTER_PRINT.contains(next.text())) {
            return;
        }
        if (next.isOp("(") && matching(i + 1) == end - 1) {
            if (!commas(i + 2, end - 1, next.depth() + 1).isEmpty()) {
                findings.add(new Finding(Code.NBM307, originalSpan(print.start(), sig.get(end - 1).end()),
                        "print (...) with a comma printed a tuple in Python 2; Python 3 prints the items"));
            }
            return;
        }
        String file = null;
        int argsFirst = i + 1;
        if (next.isOp(">>")) {
            List<Integer> commas = commas(i + 2, end, print.depth());
            int fileEnd = commas.isEmpty() ? end : commas.get(0);
            if (fileEnd == i + 2) {
                return;
            }
            file = text.slice(sig.get(i + 2).start(), sig.get(fileEnd - 1).end());
            argsFirst = commas.isEmpty() ? end : fileEnd + 1;
        }
        LexToken last = sig.get(end - 1);
        boolean trailingComma = argsFirst < end && last.isOp(",") && last.depth() == print.depth();
        int argsLast = trailingComma ? end - 2 : end - 1;
        List<String> keywords = new ArrayList<>();
        if (trailingComma) {
            keywords.add("end=\" \"");
        }
        if (file != null) {
            keywords.add("file=" + file);
        }
        String kw = String.join(", ", keywords);
        if (argsFirst > argsLast) {
            apply(Rewrite.Kind.PRINT_STATEMENT, print, new int[] {print.end(), last.end()}, "(" + kw + ")");
            return;
        }
        LexToken firstArg = sig.get(argsFirst);
        LexToken lastArg = sig.get(argsLast);
        String close = trailingComma ? ", " + kw + ")" : (kw.isEmpty() ? ")" : ", " + kw + ")");
        int closeEnd = trailingComma ? last.end() : lastArg.end();
        apply(Rewrite.Kind.PRINT_STATEMENT, print, new int[] {print.end(), firstArg.start(), lastArg.end(), closeEnd},
                "(", close);
    }

    private void rewriteExec(int i) {
        LexToken exec = sig.get(i);
        int end = statementEnd(i);
        if (end == i + 1) {
            return;
        }
        LexToken next = sig.get(i + 1);
        if (next.kind() == LexToken.Kind.OP && !next.isOp("(") || next.isOp("(") && matching(i + 1) == end - 1) {
            return;
        }
        int in = -1;
        for (int j = i + 2; j < end; j++) {
            if (sig.get(j).isName("in") && sig.get(j).depth() == exec.depth()) {
                in = j;
                break;
            }
        }
        LexToken last = sig.get(end - 1);
        if (in < 0) {
            apply(Rewrite.Kind.EXEC_STATEMENT, exec, new int[] {exec.end(), next.start(), last.end(), last.end()},
                    "(", ")");
        } else {
            apply(Rewrite.Kind.EXEC_STATEMENT, exec, new int[] {exec.end(), next.start(), sig.get(in - 1).end(),
                sig.get(in).end(), last.end(), last.end()}, "(", ",", ")");
        }
    }

    private void rewriteExcept(int i) {
        LexToken except = sig.get(i);
        int colon = i + 1;
        while (colon < sig.size() && !(sig.get(colon).isOp(":") && sig.get(colon).depth() == except.depth())
                && !sig.get(colon).endsStatement()) {
            colon++;
        }
        List<Integer> commas = commas(i + 1, colon, except.depth());
        if (commas.size() != 1 || commas.get(0) == i + 1 || sig.get(commas.get(0) + 1).isOp("(")) {
            return;
        }
        LexToken comma = sig.get(commas.get(0));
        apply(Rewrite.Kind.EXCEPT_COMMA, except, new int[] {comma.start(), comma.end()}, " as");
    }

    private void rewriteRaise(int i) {
        LexToken raise = sig.get(i);
        int end = statementEnd(i);
        List<Integer> commas = commas(i + 1, end, raise.depth());
        if (commas.isEmpty() || commas.size() > 2 || commas.get(0) == i + 1 || commas.get(commas.size() - 1) == end - 1) {
            return;
        }
        int c1 = commas.get(0);
        LexToken last = sig.get(end - 1);
        if (commas.size() == 1) {
            LexToken value = sig.get(c1 + 1);
            if (value.isOp("(") && matching(c1 + 1) == end - 1) {
                apply(Rewrite.Kind.RAISE_COMMA, raise, new int[] {sig.get(c1).start(), value.start()}, "");
            } else {
                apply(Rewrite.Kind.RAISE_COMMA, raise, new int[] {sig.get(c1).start(), value.start(), last.end(),
                    last.end()}, "(", ")");
            }
        } else {
            int c2 = commas.get(1);
            apply(Rewrite.Kind.RAISE_COMMA, raise, new int[] {sig.get(c1).start(), sig.get(c1 + 1).start(),
                sig.get(c2).start(), sig.get(c2 + 1).start(), last.end(), last.end()},
                    "(", ").with_traceback(", ")");
        }
    }

    private void rewriteDef(int i) {
        if (i + 2 >= sig.size() || sig.get(i + 1).kind() != LexToken.Kind.NAME || !sig.get(i + 2).isOp("(")) {
            return;
        }
        int open = i + 2;
        int close = matching(open);
        if (close < 0) {
            return;
        }
        List<TupleParam> tuples = tupleParams(open + 1, close, sig.get(open).depth() + 1);
        if (tuples.isEmpty()) {
            return;
        }
        int colon = close + 1;
        while (colon < sig.size() && !(sig.get(colon).isOp(":") && sig.get(colon).depth() == sig.get(i).depth())
                && !sig.get(colon).endsStatement()) {
            colon++;
        }
        if (colon + 1 >= sig.size() || !sig.get(colon).isOp(":")) {
            return;
        }
        List<String> unpacks = new ArrayList<>();
        for (TupleParam tuple : tuples) {
            unpacks.add(tuple.pattern + " = " + tuple.name);
        }
        LexToken bodyFirst = sig.get(colon + 1);
        String insertion;
        int at;
        if (bodyFirst.kind() == LexToken.Kind.NEWLINE) {
            if (colon + 2 >= sig.size() || sig.get(colon + 2).kind() == LexToken.Kind.END) {
                return;
            }
            LexToken statement = sig.get(colon + 2);
            String indent = text.slice(text.lineStart(text.lineOf(statement.start())), statement.start());
            insertion = String.join("; ", unpacks) + "\n" + indent;
            at = statement.start();
        } else {
            insertion = String.join("; ", unpacks) + "; ";
            at = bodyFirst.start();
        }
        for (TupleParam tuple : tuples) {
            if (!edits.replace(sig.get(tuple.open).start(), sig.get(tuple.close).end(), tuple.name)) {
                return;
            }
            rewrites.add(new Rewrite(Rewrite.Kind.TUPLE_PARAMETER, originalLine(sig.get(tuple.open).start())));
        }
        edits.insert(at, insertion);
    }

    private void rewriteLambda(int i) {
        LexToken lambda = sig.get(i);
        int colon = i + 1;
        while (colon < sig.size() && !(sig.get(colon).isOp(":") && sig.get(colon).depth() == lambda.depth())
                && !sig.get(colon).endsStatement()) {
            colon++;
        }
        if (colon >= sig.size() || !sig.get(colon).isOp(":")) {
            return;
        }
        List<TupleParam> tuples = tupleParams(i + 1, colon, lambda.depth());
        if (tuples.isEmpty()) {
            return;
        }
        int bodyEnd = colon + 1;
        while (bodyEnd < sig.size()) {
            LexToken token = sig.get(bodyEnd);
            boolean atLambdaLevel = token.depth() == lambda.depth();
            if (token.endsStatement() || token.depth() < lambda.depth()
                    || atLambdaLevel && (token.isOp(",") || token.isName("for"))) {
                break;
            }
            bodyEnd++;
        }
        Map<String, String> replacements = new LinkedHashMap<>();
        for (TupleParam tuple : tuples) {
            tuple.paths.forEach((name, path) -> replacements.put(name, tuple.name + path));
        }
        for (TupleParam tuple : tuples) {
            if (!edits.replace(sig.get(tuple.open).start(), sig.get(tuple.close).end(), tuple.name)) {
                return;
            }
            rewrites.add(new Rewrite(Rewrite.Kind.TUPLE_PARAMETER, originalLine(sig.get(tuple.open).start())));
        }
        for (int j = colon + 1; j < bodyEnd; j++) {
            LexToken token = sig.get(j);
            String replacement = replacements.get(token.text());
            boolean attribute = sig.get(j - 1).isOp(".");
            boolean keywordArgument = token.depth() > lambda.depth() && sig.get(j + 1).isOp("=");
            if (token.kind() == LexToken.Kind.NAME && replacement != null && !attribute && !keywordArgument) {
                edits.replace(token.start(), token.end(), replacement);
            }
        }
    }

    /** A parenthesised parameter: its bracket indices, its text, a new name and each name's index path. */
    private static final class TupleParam {
        int open;
        int close;
        String pattern;
        String name;
        final Map<String, String> paths = new LinkedHashMap<>();
    }

    /** The tuple parameters among the parameters in {@code [from, to)}, whose commas are at {@code depth}. */
    private List<TupleParam> tupleParams(int from, int to, int depth) {
        List<TupleParam> out = new ArrayList<>();
        Set<String> taken = new TreeSet<>();
        for (int j = from; j < to; j++) {
            if (sig.get(j).kind() == LexToken.Kind.NAME && sig.get(j).depth() == depth) {
                taken.add(sig.get(j).text());
            }
        }
        int start = from;
        while (start < to) {
            LexToken first = sig.get(start);
            int next = start;
            if (first.isOp("(") && first.depth() == depth) {
                int close = matching(start);
                if (close < 0 || close >= to) {
                    return List.of();
                }
                TupleParam tuple = new TupleParam();
                tuple.open = start;
                tuple.close = close;
                tuple.pattern = text.slice(first.start(), sig.get(close).end());
                indexPaths(start, close, tuple.paths);
                String name = String.join("_", tuple.paths.keySet());
                while (taken.contains(name)) {
                    name = name + "_";
                }
                taken.add(name);
                tuple.name = name;
                out.add(tuple);
                next = close;
            }
            while (next < to && !(sig.get(next).isOp(",") && sig.get(next).depth() == depth)) {
                next++;
            }
            start = next + 1;
        }
        return out;
    }

    /** Fills {@code name -> "[i][j]"} for the names of the tuple between brackets {@code open} and {@code close}. */
    private void indexPaths(int open, int close, Map<String, String> paths) {
        List<Integer> indices = new ArrayList<>();
        indices.add(0);
        for (int j = open + 1; j < close; j++) {
            LexToken token = sig.get(j);
            if (token.isOp("(")) {
                indices.add(0);
            } else if (token.isOp(")")) {
                indices.remove(indices.size() - 1);
            } else if (token.isOp(",")) {
                indices.set(indices.size() - 1, indices.get(indices.size() - 1) + 1);
            } else if (token.kind() == LexToken.Kind.NAME) {
                StringBuilder path = new StringBuilder();
                for (int index : indices) {
                    path.append('[').append(index).append(']');
                }
                paths.put(token.text(), path.toString());
            }
        }
    }

    /**
     * Applies replacements of the ranges {@code ranges[2k], ranges[2k+1]} by {@code replacements[k]}, all or
     * none, and records the rewrite.
     */
    private void apply(Rewrite.Kind kind, LexToken at, int[] ranges, String... replacements) {
        List<TextEdits.Edit> group = new ArrayList<>();
        for (int k = 0; k < replacements.length; k++) {
            group.add(new TextEdits.Edit(ranges[2 * k], ranges[2 * k + 1], replacements[k]));
        }
        if (edits.replaceAll(group)) {
            rewrites.add(new Rewrite(kind, originalLine(at.start())));
        }
    }

    private int originalLine(int offset) {
        return original.lineOf(toOriginal.toSource(offset));
    }

    private Span originalSpan(int start, int end) {
        int s = toOriginal.toSource(start);
        int e = toOriginal.toSource(end);
        return new Span(original.lineOf(s), original.columnOf(s), original.lineOf(e), original.columnOf(e));
    }
}
