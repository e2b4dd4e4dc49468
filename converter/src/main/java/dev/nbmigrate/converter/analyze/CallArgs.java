package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.parse.python.ast.PyExpr;

import java.util.List;

/**
 * The evaluated arguments of one call: positional ones in order (a {@code *xs} argument marked starred), then
 * keyword ones ({@code **kw} is not kept, only noted).
 */
record CallArgs(List<PyExpr> positionalExprs, List<Eval> positional, List<String> keywordNames,
                List<PyExpr> keywordExprs, List<Eval> keywords, boolean starred, boolean doubleStarred) {

    CallArgs {
        positionalExprs = List.copyOf(positionalExprs);
        positional = List.copyOf(positional);
        keywordNames = List.copyOf(keywordNames);
        keywordExprs = List.copyOf(keywordExprs);
        keywords = List.copyOf(keywords);
    }

    int size() {
        return positional.size();
    }

    /** The positional argument {@code index}, else the keyword {@code name}; null when neither is given. */
    Eval arg(int index, String name) {
        if (index >= 0 && index < positional.size() && !(positionalExprs.get(index) instanceof PyExpr.Starred)) {
            return positional.get(index);
        }
        return keyword(name);
    }

    /** The expression of {@link #arg}. */
    PyExpr argExpr(int index, String name) {
        if (index >= 0 && index < positional.size() && !(positionalExprs.get(index) instanceof PyExpr.Starred)) {
            return positionalExprs.get(index);
        }
        int at = name == null ? -1 : keywordNames.indexOf(name);
        return at < 0 ? null : keywordExprs.get(at);
    }

    Eval keyword(String name) {
        int at = name == null ? -1 : keywordNames.indexOf(name);
        return at < 0 ? null : keywords.get(at);
    }

    /** The constant text of an argument, or null. */
    String text(int index, String name) {
        Eval value = arg(index, name);
        return value == null || value.constant() == null ? null : value.constant().asString();
    }
}
