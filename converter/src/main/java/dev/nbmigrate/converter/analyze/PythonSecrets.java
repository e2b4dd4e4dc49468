package dev.nbmigrate.converter.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.nbmigrate.converter.parse.SourceRef;
import dev.nbmigrate.converter.parse.python.ast.FStringPart;
import dev.nbmigrate.converter.parse.python.ast.Keyword;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.parse.python.ast.PyModule;
import dev.nbmigrate.converter.parse.python.ast.PyNodes;
import dev.nbmigrate.converter.parse.python.ast.PyStmt;

/**
 * Secrets the shape of the Python code gives away, whatever call they go to: a credential-named variable assigned a
 * concatenation or an f-string of literals, an environment variable read with a literal fallback
 * ({@code os.environ.get("DB_PASSWORD", "...")}, {@code os.getenv}), a credential-named keyword argument of any call
 * ({@code connect(password="...")}) and the default of a credential-named widget.
 */
final class PythonSecrets {

    private final SecretScanner scanner;
    private final SourceRef ref;
    private final List<String> lines;

    PythonSecrets(SecretScanner scanner, SourceRef ref, List<String> lines) {
        this.scanner = scanner;
        this.ref = ref;
        this.lines = lines;
    }

    void scan(PyModule module) {
        for (PyStmt.Assign assign : PyNodes.findAll(module, PyStmt.Assign.class)) {
            if (assign.targets().size() == 1 && assign.targets().get(0) instanceof PyExpr.Name name) {
                assigned(name.id(), assign.value());
            }
        }
        for (PyExpr.Call call : PyNodes.findAll(module, PyExpr.Call.class)) {
            environmentFallback(call, Optional.empty());
            for (Keyword keyword : call.keywords()) {
                if (keyword.name() != null && keyword.value() instanceof PyExpr.StrLit literal) {
                    SecretScanner.kindOfName(keyword.name()).ifPresent(kind -> literal(kind, "argument "
                            + keyword.name(), Optional.empty(), literal));
                }
            }
            String function = PyNodes.dottedName(call.func());
            if (function != null && function.startsWith("dbutils.widgets.") && call.args().size() >= 2
                    && call.args().get(0) instanceof PyExpr.StrLit widget
                    && call.args().get(1) instanceof PyExpr.StrLit value) {
                SecretScanner.kindOfName(widget.value()).ifPresent(kind -> literal(kind, "widget " + widget.value(),
                        Optional.empty(), value));
            }
        }
    }

    private void assigned(String name, PyExpr value) {
        Optional<SecretKind> kind = SecretScanner.kindOfName(name);
        if (value instanceof PyExpr.Call call) {
            environmentFallback(call, kind);
            return;
        }
        if (kind.isEmpty() || marked(value)) {
            return;
        }
        if (value instanceof PyExpr.BinOp concatenation) {
            List<PyExpr.StrLit> parts = new ArrayList<>();
            if (literals(concatenation, parts)) {
                List<String> values = new ArrayList<>(parts.stream().map(PyExpr.StrLit::value).toList());
                values.add(0, String.join("", values));
                if (SecretScanner.usable(values.get(0))) {
                    scanner.addPython(kind.get(), ref.location(value.span()), "variable " + name + " (concatenated)",
                            Optional.of(name), Optional.of(value), values);
                }
            }
        } else if (value instanceof PyExpr.FString fstring) {
            List<String> values = new ArrayList<>();
            for (FStringPart part : fstring.parts()) {
                if (part instanceof FStringPart.Literal text && SecretScanner.usable(text.text().strip())) {
                    values.add(text.text());
                }
            }
            if (!values.isEmpty()) {
                scanner.addPython(kind.get(), ref.location(value.span()), "variable " + name + " (f-string)",
                        Optional.of(name), Optional.empty(), values);
            }
        }
    }

    /** {@code os.environ.get("NAME", "fallback")}, {@code os.getenv("NAME", "fallback")}. */
    private void environmentFallback(PyExpr.Call call, Optional<SecretKind> byVariable) {
        String function = PyNodes.dottedName(call.func());
        if (function == null || !(function.endsWith("environ.get") || function.equals("getenv")
                || function.endsWith(".getenv")) || call.args().size() < 2
                || !(call.args().get(1) instanceof PyExpr.StrLit fallback)) {
            return;
        }
        Optional<SecretKind> kind = call.args().get(0) instanceof PyExpr.StrLit env
                ? SecretScanner.kindOfName(env.value()).or(() -> byVariable) : byVariable;
        kind.ifPresent(k -> literal(k, "fallback of an environment variable", Optional.empty(), fallback));
    }

    private void literal(SecretKind kind, String context, Optional<String> variable, PyExpr.StrLit literal) {
        if (!marked(literal) && SecretScanner.usable(literal.value())) {
            scanner.addPython(kind, ref.location(literal.span()), context, variable, Optional.of(literal),
                    List.of(literal.value()));
        }
    }

    private static boolean literals(PyExpr expr, List<PyExpr.StrLit> out) {
        if (expr instanceof PyExpr.StrLit literal) {
            out.add(literal);
            return true;
        }
        return expr instanceof PyExpr.BinOp op && op.op() == dev.nbmigrate.converter.parse.python.ast.BinOperator.ADD
                && literals(op.left(), out) && literals(op.right(), out);
    }

    private boolean marked(PyExpr expr) {
        int line = expr.span().line();
        return line >= 1 && line <= lines.size() && SecretShapes.marked(lines.get(line - 1));
    }
}
