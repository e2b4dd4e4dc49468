package dev.nbmigrate.converter.escape;

/** Escaping for Markdown (GitHub flavour): text in a paragraph, heading or table cell, and inline code spans. */
public final class Markdown {

    private Markdown() {
    }

    /**
     * Text that renders as itself in a paragraph, a heading or one table cell: on one line, no raw HTML ({@code <}
     * and {@code >} as entities), and the characters that start emphasis, links, code or cells escaped.
     */
    public static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        String flat = Control.flatten(value);
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            switch (c) {
                case '\\', '|', '`', '*', '[', ']' -> out.append('\\').append(c);
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString().strip();
    }

    /**
     * Markdown we wrote ourselves (a diagnostic's title or suggestion, with its code spans) for one table cell: on
     * one line, pipes escaped. Never for text from a notebook: that is {@link #text}.
     */
    public static String cell(String trustedMarkdown) {
        return Control.flatten(trustedMarkdown).replace("|", "\\|").strip();
    }

    /**
     * An inline code span holding {@code value} verbatim (on one line): fenced with one backtick more than the
     * longest run of backticks inside, padded with a space when it starts or ends with a backtick.
     */
    public static String code(String value) {
        String flat = Control.flatten(value);
        int longest = 0;
        int run = 0;
        for (int i = 0; i < flat.length(); i++) {
            run = flat.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = flat.startsWith("`") || flat.endsWith("`") || flat.isBlank() && !flat.isEmpty();
        return fence + (pad ? " " : "") + flat + (pad ? " " : "") + fence;
    }
}
