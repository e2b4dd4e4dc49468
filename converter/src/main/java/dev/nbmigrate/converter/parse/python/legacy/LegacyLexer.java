package dev.nbmigrate.converter.parse.python.legacy;

import java.util.ArrayList;
import java.util.List;

/**
 * A tolerant tokenizer for Python 2 and 3 source, enough to rewrite legacy syntax without touching strings or
 * comments: names, numbers (with Python 2 {@code L} suffixes), strings (any prefix, including {@code ur},
 * triple-quoted, raw), comments, operators (including {@code <>} and the backtick), bracket depth and logical
 * line ends. It never fails: an unterminated string runs to the end of its line (or of the text, if
 * triple-quoted), an unknown character is an {@code ERROR} token.
 */
final class LegacyLexer {

    private static final String[] OPERATORS = {
        "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "<>", "+=",
        "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "+", "-", "*", "/", "%", "&", "|", "^", "~", "<", ">", "(",
        ")", "[", "]", "{", "}", ",", ":", ";", ".", "=", "@", "`",
    };

    private final SourceText text;
    private final List<LexToken> tokens = new ArrayList<>();
    private int pos;
    private int depth;
    private boolean lineHasCode;

    private LegacyLexer(SourceText text) {
        this.text = text;
    }

    static List<LexToken> tokenize(SourceText text) {
        LegacyLexer lexer = new LegacyLexer(text);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (pos < text.length()) {
            int cp = text.at(pos);
            if (cp == ' ' || cp == '\t' || cp == '\f') {
                pos++;
            } else if (cp == '\\' && isLineBreak(pos + 1)) {
                pos = afterLineBreak(pos + 1);
            } else if (cp == '\n' || cp == '\r') {
                int end = afterLineBreak(pos);
                boolean logical = depth == 0 && lineHasCode;
                add(logical ? LexToken.Kind.NEWLINE : LexToken.Kind.NL, pos, end);
                if (logical) {
                    lineHasCode = false;
                }
                pos = end;
            } else if (cp == '#') {
                int end = pos;
                while (end < text.length() && !isLineBreak(end)) {
                    end++;
                }
                add(LexToken.Kind.COMMENT, pos, end);
                pos = end;
            } else {
                lineHasCode = true;
                lexCode(cp);
            }
        }
        if (lineHasCode) {
            add(LexToken.Kind.NEWLINE, pos, pos);
        }
        add(LexToken.Kind.END, pos, pos);
    }

    private void lexCode(int cp) {
        if (isIdentifierStart(cp)) {
            int end = pos + 1;
            while (end < text.length() && isIdentifierPart(text.at(end))) {
                end++;
            }
            int quote = text.at(end);
            if ((quote == '\'' || quote == '"') && end - pos <= 2 && isStringPrefix(pos, end)) {
                lexString(end);
            } else {
                add(LexToken.Kind.NAME, pos, end);
                pos = end;
            }
        } else if (cp == '\'' || cp == '"') {
            lexString(pos);
        } else if (isDigit(cp) || cp == '.' && isDigit(text.at(pos + 1))) {
            lexNumber();
        } else {
            lexOperator();
        }
    }

    private boolean isStringPrefix(int start, int end) {
        for (int i = start; i < end; i++) {
            if ("rRuUbBfF".indexOf(text.at(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A string starting with its prefix at {@code pos} and its opening quote at {@code quoteAt}. */
    private void lexString(int quoteAt) {
        int quote = text.at(quoteAt);
        boolean triple = text.at(quoteAt + 1) == quote && text.at(quoteAt + 2) == quote;
        int i = quoteAt + (triple ? 3 : 1);
        while (i < text.length()) {
            int c = text.at(i);
            if (c == '\\') {
                i += isLineBreak(i + 1) ? afterLineBreak(i + 1) - i : 2;
            } else if (c == quote && (!triple || text.at(i + 1) == quote && text.at(i + 2) == quote)) {
                i += triple ? 3 : 1;
                break;
            } else if (!triple && isLineBreak(i)) {
                break;
            } else {
                i++;
            }
        }
        int end = Math.min(i, text.length());
        add(LexToken.Kind.STRING, pos, end);
        pos = end;
    }

    private void lexNumber() {
        int i = pos;
        if (text.at(i) == '0' && "xXoObB".indexOf(text.at(i + 1)) >= 0 && text.at(i + 1) != -1) {
            i += 2;
            while (isIdentifierPart(text.at(i))) {
                i++;
            }
        } else {
            while (isDigit(text.at(i)) || text.at(i) == '_' || text.at(i) == '.') {
                i++;
            }
            if ((text.at(i) == 'e' || text.at(i) == 'E')
                    && (isDigit(text.at(i + 1)) || (text.at(i + 1) == '+' || text.at(i + 1) == '-') && isDigit(text.at(i + 2)))) {
                i += 2;
                while (isDigit(text.at(i)) || text.at(i) == '_') {
                    i++;
                }
            }
            if ("jJlL".indexOf(text.at(i)) >= 0 && text.at(i) != -1) {
                i++;
            }
        }
        add(LexToken.Kind.NUMBER, pos, i);
        pos = i;
    }

    private void lexOperator() {
        for (String op : OPERATORS) {
            if (matches(op)) {
                int end = pos + op.length();
                if ("([{".contains(op)) {
                    add(LexToken.Kind.OP, pos, end);
                    depth++;
                } else if (")]}".contains(op)) {
                    depth = Math.max(0, depth - 1);
                    add(LexToken.Kind.OP, pos, end);
                } else {
                    add(LexToken.Kind.OP, pos, end);
                }
                pos = end;
                return;
            }
        }
        add(LexToken.Kind.ERROR, pos, pos + 1);
        pos++;
    }

    private boolean matches(String op) {
        for (int i = 0; i < op.length(); i++) {
            if (text.at(pos + i) != op.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void add(LexToken.Kind kind, int start, int end) {
        tokens.add(new LexToken(kind, text.slice(start, end), start, end, depth));
    }

    private boolean isLineBreak(int offset) {
        int cp = text.at(offset);
        return cp == '\n' || cp == '\r';
    }

    private int afterLineBreak(int offset) {
        if (text.at(offset) == '\r' && text.at(offset + 1) == '\n') {
            return offset + 2;
        }
        return offset + 1;
    }

    private static boolean isDigit(int cp) {
        return cp >= '0' && cp <= '9';
    }

    private static boolean isIdentifierStart(int cp) {
        return cp == '_' || cp >= 0 && Character.isUnicodeIdentifierStart(cp);
    }

    private static boolean isIdentifierPart(int cp) {
        return cp >= 0 && (cp == '_' || Character.isUnicodeIdentifierPart(cp)) && !Character.isIdentifierIgnorable(cp);
    }
}
