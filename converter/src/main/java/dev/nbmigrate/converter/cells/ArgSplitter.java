package dev.nbmigrate.converter.cells;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a magic's argument line into words as IPython does ({@code shlex} in POSIX mode): whitespace separates
 * words, single quotes keep everything literally, double quotes and backslashes escape.
 */
final class ArgSplitter {

    /** The words, or the reason the line cannot be split. */
    record Result(List<String> words, String error) {
        boolean ok() {
            return error == null;
        }
    }

    private ArgSplitter() {
    }

    static Result split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else if (c == '\\' && i + 1 < line.length() && "\"\\$`\n".indexOf(line.charAt(i + 1)) >= 0) {
                    word.append(line.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                inWord = true;
                if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == '\\' && i + 1 < line.length()) {
                    word.append(line.charAt(++i));
                } else {
                    word.append(c);
                }
            }
        }
        if (quote != 0) {
            return new Result(List.of(), "no closing quotation");
        }
        if (inWord) {
            words.add(word.toString());
        }
        return new Result(List.copyOf(words), null);
    }
}
