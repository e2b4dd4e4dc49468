package dev.nbmigrate.converter.parse.python.legacy;

import java.util.List;

/** Pass 1 of {@link Py2Modernizer}: token-local rewrites on the original text. */
final class Py2TokenPass {
    private final SourceText text;
    private final List<Rewrite> rewrites;
    private final TextEdits edits;

    Py2TokenPass(SourceText text, List<Rewrite> rewrites) {
        this.text = text;
        this.rewrites = rewrites;
        this.edits = new TextEdits(text);
    }

    TextEdits.Applied run() {
        List<LexToken> tokens = LegacyLexer.tokenize(text);
        boolean backtickOpen = false;
        boolean atLineStart = true;
        for (LexToken token : tokens) {
            if (token.isTrivia()) {
                continue;
            }
            if (atLineStart && token.kind() != LexToken.Kind.NEWLINE && token.kind() != LexToken.Kind.END) {
                expandTabs(token);
            }
            atLineStart = token.kind() == LexToken.Kind.NEWLINE;
            if (token.kind() == LexToken.Kind.NEWLINE) {
                backtickOpen = false;
            } else if (token.isOp("<>")) {
                replace(token, "!=", Rewrite.Kind.DIAMOND_NOT_EQUAL);
            } else if (token.isOp("`")) {
                replace(token, backtickOpen ? ")" : "repr(", Rewrite.Kind.BACKTICK_REPR);
                backtickOpen = !backtickOpen;
            } else if (token.kind() == LexToken.Kind.NUMBER) {
                rewriteNumber(token);
            } else if (token.kind() == LexToken.Kind.STRING) {
                rewriteUrString(token);
            }
        }
        return edits.apply();
    }

    private void expandTabs(LexToken first) {
        int lineStart = text.lineStart(text.lineOf(first.start()));
        String indent = text.slice(lineStart, first.start());
        if (indent.indexOf('\t') < 0 || !indent.isBlank()) {
            return;
        }
        int column = 0;
        for (int i = 0; i < indent.length(); i++) {
            char c = indent.charAt(i);
            column = c == '\t' ? (column / 8 + 1) * 8 : c == '\f' ? 0 : column + 1;
        }
        if (edits.replace(lineStart, first.start(), " ".repeat(column))) {
            rewrites.add(new Rewrite(Rewrite.Kind.TAB_INDENTATION, text.lineOf(first.start())));
        }
    }

    private void rewriteNumber(LexToken token) {
        String number = token.text();
        boolean isLong = number.endsWith("L") || number.endsWith("l");
        String digits = isLong ? number.substring(0, number.length() - 1) : number;
        boolean isOctal = digits.length() > 1 && digits.charAt(0) == '0' && digits.chars().allMatch(c -> c >= '0' && c <= '7')
                && digits.chars().anyMatch(c -> c != '0');
        if (isOctal) {
            digits = "0o" + digits.substring(1);
            replace(token, digits, Rewrite.Kind.OCTAL_LITERAL);
            if (isLong) {
                rewrites.add(new Rewrite(Rewrite.Kind.LONG_LITERAL, text.lineOf(token.start())));
            }
        } else if (isLong && !digits.isEmpty()) {
            replace(token, digits, Rewrite.Kind.LONG_LITERAL);
        }
    }

    /**
     * {@code ur'...'} does not exist in Python 3. Without {@code \\u} escapes it equals {@code r'...'};
     * with them (Python 2 decoded those even in raw strings) it becomes a plain literal of the same value.
     */
    private void rewriteUrString(LexToken token) {
        String literal = token.text();
        int quoteAt = 0;
        while (quoteAt < literal.length() && literal.charAt(quoteAt) != '\'' && literal.charAt(quoteAt) != '"') {
            quoteAt++;
        }
        String prefix = literal.substring(0, quoteAt).toLowerCase(java.util.Locale.ROOT);
        if (!(prefix.equals("ur") || prefix.equals("ru"))) {
            return;
        }
        String rest = literal.substring(quoteAt);
        String rPrefix = literal.substring(0, quoteAt).replaceAll("[uU]", "");
        String rewritten = UrStrings.hasUnicodeEscape(rest) ? UrStrings.toPlainLiteral(rest) : rPrefix + rest;
        replace(token, rewritten, Rewrite.Kind.UR_STRING_PREFIX);
    }

    private void replace(LexToken token, String replacement, Rewrite.Kind kind) {
        if (edits.replace(token.start(), token.end(), replacement)) {
            rewrites.add(new Rewrite(kind, text.lineOf(token.start())));
        }
    }
}
