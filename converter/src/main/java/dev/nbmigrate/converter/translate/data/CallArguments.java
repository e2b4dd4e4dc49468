package dev.nbmigrate.converter.translate.data;

import java.util.Optional;

import dev.nbmigrate.converter.parse.python.ast.Keyword;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;

/** Reads a call's argument the way Python binds it: by position if given there, else by keyword. */
public final class CallArguments {

    private CallArguments() {
    }

    public static Optional<PyExpr> argument(PyExpr.Call call, int position, String keyword) {
        if (position < call.args().size()) {
            return Optional.of(call.args().get(position));
        }
        return Optional.ofNullable(call.keyword(keyword)).map(Keyword::value);
    }
}
