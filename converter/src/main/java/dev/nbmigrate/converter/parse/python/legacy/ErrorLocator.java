package dev.nbmigrate.converter.parse.python.legacy;

import java.util.ArrayList;
import java.util.List;

/**
 * Moves the few syntax errors that GraalPy positions differently from CPython to CPython's place, using the
 * tolerant tokenizer: {@code expected ':'} (and other forced tokens) belong at the end of the last token before
 * the one GraalPy points at; {@code unexpected indent} belongs to the first line indented without reason, where
 * GraalPy names the line before it.
 */
public final class ErrorLocator {

    private ErrorLocator() {
    }

    /**
     * CPython's position for an error GraalPy reported at {@code line} (1-based) and {@code column} (0-based, -1 if
     * unknown) in {@code source}: {line, column}, with column -1 when unknown.
     */
    public static int[] relocate(String source, String message, int line, int column) {
        SourceText text = new SourceText(source);
        List<LexToken> tokens = significant(text);
        if (message.startsWith("expected '")) {
            int at = column < 0 ? text.lineStart(line + 1) - 1 : text.offsetOf(line, column);
            LexToken before = null;
            for (LexToken token : tokens) {
                if (token.start() >= at && token.kind() != LexToken.Kind.NEWLINE || token.kind() == LexToken.Kind.END) {
                    break;
                }
                if (token.kind() != LexToken.Kind.NEWLINE) {
                    before = token;
                }
            }
            if (before != null) {
                return new int[] {text.lineOf(before.end()), text.columnOf(before.end())};
            }
        } else if (message.equals("unexpected indent")) {
            int[] found = firstUnexpectedIndent(text, tokens);
            if (found != null) {
                return found;
            }
        }
        return new int[] {line, column};
    }

    private static List<LexToken> significant(SourceText text) {
        List<LexToken> out = new ArrayList<>();
        for (LexToken token : LegacyLexer.tokenize(text)) {
            if (!token.isTrivia()) {
                out.add(token);
            }
        }
        return out;
    }

    /** The first logical line indented deeper than its block without a {@code :} before it: {line, column}. */
    private static int[] firstUnexpectedIndent(SourceText text, List<LexToken> tokens) {
        List<Integer> stack = new ArrayList<>();
        stack.add(0);
        boolean opensBlock = false;
        boolean lineStart = true;
        LexToken previous = null;
        for (LexToken token : tokens) {
            if (token.kind() == LexToken.Kind.END) {
                break;
            }
            if (token.kind() == LexToken.Kind.NEWLINE) {
                opensBlock = previous != null && previous.isOp(":");
                lineStart = true;
                previous = token;
                continue;
            }
            if (lineStart) {
                int indent = text.columnOf(token.start());
                int top = stack.get(stack.size() - 1);
                if (indent > top) {
                    if (!opensBlock) {
                        // CPython's offset is the indentation's width: its last character.
                        return new int[] {text.lineOf(token.start()), indent - 1};
                    }
                    stack.add(indent);
                } else {
                    while (stack.size() > 1 && stack.get(stack.size() - 1) > indent) {
                        stack.remove(stack.size() - 1);
                    }
                }
                lineStart = false;
            }
            previous = token;
        }
        return null;
    }
}
