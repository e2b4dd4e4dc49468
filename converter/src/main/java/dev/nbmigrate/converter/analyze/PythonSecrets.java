package dev.nbmigrate.converter.analyze;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

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
 * ({@code connect(password="...")}), the default of a credential-named widget, a literal stored under a credential
 * name ({@code os.environ["CLIENT_SECRET"] = "..."}, {@code props.setProperty("password", "...")}), a literal formatted
 * into a credential's place of a template ({@link FormatTemplates}) and the {@code user:password} given to a base64
 * encoder.
 */
final class PythonSecrets {

    /** Methods that store a value under a key: {@code set}, {@code setProperty}, {@code option}, {@code put}... */
    private static final Pattern SETTER = Pattern.compile("set|setConf|setIfMissing|set_conf|config|option"
            + "|setProperty|put|setdefault|add_?header|addHeader|setHeader");
    private static final Pattern BASE64_ENCODERS = Pattern.compile("(.*\\.)?(b64encode|standard_b64encode"
            + "|urlsafe_b64encode|encodebytes|encodestring)");
    private static final Pattern USER_PASSWORD = Pattern.compile("[^:\\s]{1,64}:\\S{4,}");

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
            for (PyExpr target : assign.targets()) {
                assignedTo(target, assign.value());
            }
        }
        for (PyStmt.AnnAssign assign : PyNodes.findAll(module, PyStmt.AnnAssign.class)) {
            if (assign.target() instanceof PyExpr.Name name && assign.value() != null) {
                assigned(name.id(), assign.value());
            }
        }
        for (PyExpr.StrLit literal : PyNodes.findAll(module, PyExpr.StrLit.class)) {
            if (!marked(literal)) {
                for (SecretShapes.Rule rule : SecretShapes.PROSE) {
                    java.util.regex.Matcher m = rule.pattern().matcher(literal.value());
                    while (m.find()) {
                        if (SecretScanner.usable(m.group("v"))) {
                            // linked to the literal holding it, so the translator puts a secret reference there
                            scanner.add(rule.kind(), ref.location(literal.span()), "credential in a string",
                                    m.group("v"), module);
                        }
                    }
                }
            }
        }
        for (PyExpr.BinOp op : PyNodes.findAll(module, PyExpr.BinOp.class)) {
            if (op.op() == dev.nbmigrate.converter.parse.python.ast.BinOperator.MOD
                    && op.left() instanceof PyExpr.StrLit template) {
                List<PyExpr> values = op.right() instanceof PyExpr.TupleExpr tuple ? tuple.elements()
                        : List.of(op.right());
                FormatTemplates.Slots slots = FormatTemplates.percentSlots(template.value());
                templateArguments(slots, values);
                if (op.right() instanceof PyExpr.DictExpr dict) {
                    for (var item : dict.items()) {
                        if (item.key() instanceof PyExpr.StrLit key && slots.named().contains(key.value())
                                && item.value() instanceof PyExpr.StrLit value) {
                            literal(SecretKind.CREDENTIAL, "value formatted into a credential", Optional.empty(),
                                    value);
                        }
                    }
                }
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
            optionDefault(call);
            authArguments(call);
            settingWithComputedKey(call);
            formatArguments(call);
            encodedCredential(call);
            String function = PyNodes.dottedName(call.func());
            if (function != null && function.startsWith("dbutils.widgets.") && call.args().size() >= 2
                    && call.args().get(0) instanceof PyExpr.StrLit widget
                    && call.args().get(1) instanceof PyExpr.StrLit value) {
                SecretScanner.kindOfName(widget.value()).ifPresent(kind -> literal(kind, "widget " + widget.value(),
                        Optional.empty(), value));
            }
        }
    }

    /** {@code name = v}, {@code a, b = v1, v2}, {@code x["password"] = v}, {@code cfg.password = v}. */
    private void assignedTo(PyExpr target, PyExpr value) {
        if (target instanceof PyExpr.Name name) {
            assigned(name.id(), value);
        } else if (target instanceof PyExpr.TupleExpr names && value instanceof PyExpr.TupleExpr values
                && names.elements().size() == values.elements().size()) {
            for (int i = 0; i < names.elements().size(); i++) {
                assignedTo(names.elements().get(i), values.elements().get(i));
            }
        } else if (value instanceof PyExpr.StrLit literal) {
            entryName(target).ifPresent(entry -> SecretScanner.kindOfName(entry)
                    .ifPresent(kind -> literal(kind, "entry " + entry, Optional.empty(), literal)));
        }
    }

    private void assigned(String name, PyExpr value) {
        Optional<SecretKind> kind = SecretScanner.kindOfName(name);
        if (value instanceof PyExpr.StrLit literal && !marked(literal)) {
            scanner.assignedLiteral(name, literal, ref.location(literal.span()));
            return;
        }
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

    /**
     * {@code auth=("user", "password")}, {@code HTTPBasicAuth("user", "password")},
     * {@code ClientSecretCredential(tenant, client, "secret")}: the password or secret.
     */
    private void authArguments(PyExpr.Call call) {
        for (Keyword keyword : call.keywords()) {
            if ("auth".equals(keyword.name()) && keyword.value() instanceof PyExpr.TupleExpr pair
                    && pair.elements().size() == 2 && pair.elements().get(1) instanceof PyExpr.StrLit password) {
                literal(SecretKind.CREDENTIAL, "password of auth=(user, password)", Optional.empty(), password);
            }
        }
        String function = PyNodes.dottedName(call.func());
        if (function == null) {
            return;
        }
        if ((function.endsWith("BasicAuth") || function.endsWith("DigestAuth")) && call.args().size() == 2
                && call.args().get(1) instanceof PyExpr.StrLit password) {
            literal(SecretKind.CREDENTIAL, "password of " + function, Optional.empty(), password);
        }
        if (function.endsWith("ClientSecretCredential") && call.args().size() >= 3
                && call.args().get(2) instanceof PyExpr.StrLit secret) {
            literal(SecretKind.CREDENTIAL, "client secret of " + function, Optional.empty(), secret);
        }
    }

    /**
     * {@code spark.conf.set(f"fs.azure.account.key.{account}...", "...")}, {@code props.setProperty("password",
     * "...")}, {@code headers.put("token", "...")}: a setter given a credential key and a literal value.
     */
    private void settingWithComputedKey(PyExpr.Call call) {
        if (!(call.func() instanceof PyExpr.Attribute attribute) || !SETTER.matcher(attribute.attr()).matches()
                || call.args().size() != 2
                || !(call.args().get(1) instanceof PyExpr.StrLit value)) {
            return;
        }
        String key = keyText(call.args().get(0));
        if (key != null) {
            SecretScanner.kindOfKey(key).ifPresent(kind -> literal(kind, key, Optional.empty(), value));
        }
    }

    /**
     * {@code "...password={}".format("...")} and {@code "...pwd=%s" % "..."}: an argument that lands right after a
     * credential key, or in the password place of a URL's user info.
     */
    private void formatArguments(PyExpr.Call call) {
        if (call.func() instanceof PyExpr.Attribute attribute && "format".equals(attribute.attr())
                && attribute.value() instanceof PyExpr.StrLit template) {
            FormatTemplates.Slots slots = FormatTemplates.braceSlots(template.value());
            templateArguments(slots, call.args());
            for (Keyword keyword : call.keywords()) {
                if (keyword.name() != null && slots.named().contains(keyword.name())
                        && keyword.value() instanceof PyExpr.StrLit value) {
                    literal(SecretKind.CREDENTIAL, "value formatted into a credential", Optional.empty(), value);
                }
            }
        }
    }

    private void templateArguments(FormatTemplates.Slots slots, List<PyExpr> values) {
        for (int index : slots.positions()) {
            if (index < values.size() && values.get(index) instanceof PyExpr.StrLit value) {
                literal(SecretKind.CREDENTIAL, "value formatted into a credential", Optional.empty(), value);
            }
        }
    }

    /**
     * {@code parser.add_argument("--password", default="...")}, {@code click.option("--token", default="...")}: the
     * default of an option whose name says credential.
     */
    private void optionDefault(PyExpr.Call call) {
        if (call.args().isEmpty()) {
            return;
        }
        for (PyExpr arg : call.args()) {
            if (arg instanceof PyExpr.StrLit option && option.value().startsWith("-")) {
                Optional<SecretKind> kind = SecretScanner.kindOfName(option.value().replaceFirst("^-+", "")
                        .replace('-', '_'));
                for (Keyword keyword : call.keywords()) {
                    if ("default".equals(keyword.name()) && keyword.value() instanceof PyExpr.StrLit value) {
                        kind.ifPresent(k -> literal(k, "default of option " + option.value(), Optional.empty(), value));
                    }
                }
            }
        }
    }

    /** {@code base64.b64encode(b"user:password")}: the credentials of a basic authentication header. */
    private void encodedCredential(PyExpr.Call call) {
        String function = PyNodes.dottedName(call.func());
        if (function == null || !BASE64_ENCODERS.matcher(function).matches() || call.args().isEmpty()) {
            return;
        }
        PyExpr argument = call.args().get(0);
        if (argument instanceof PyExpr.Call encode && encode.func() instanceof PyExpr.Attribute attribute
                && "encode".equals(attribute.attr())) {
            argument = attribute.value();
        }
        String text = argument instanceof PyExpr.StrLit s ? s.value()
                : argument instanceof PyExpr.BytesLit b ? new String(b.value(), StandardCharsets.ISO_8859_1) : null;
        if (text != null && USER_PASSWORD.matcher(text).matches() && !marked(argument)) {
            String password = text.substring(text.indexOf(':') + 1);
            if (SecretScanner.usable(password)) {
                scanner.addPython(SecretKind.CREDENTIAL, ref.location(argument.span()), "credentials encoded in "
                        + "base64", Optional.empty(), Optional.of(argument), List.of(text, password));
            }
        }
    }

    /** The key of {@code x["password"] = ...} or the attribute of {@code cfg.password = ...}. */
    private static Optional<String> entryName(PyExpr target) {
        if (target instanceof PyExpr.Subscript subscript && subscript.slice() instanceof PyExpr.StrLit key) {
            return Optional.of(key.value());
        }
        return target instanceof PyExpr.Attribute attribute ? Optional.of(attribute.attr()) : Optional.empty();
    }

    /** The text of a key: a literal, or an f-string / concatenation with each computed part as {@code x}. */
    private static String keyText(PyExpr key) {
        if (key instanceof PyExpr.StrLit literal) {
            return literal.value();
        }
        if (key instanceof PyExpr.FString fstring) {
            StringBuilder text = new StringBuilder();
            for (FStringPart part : fstring.parts()) {
                text.append(part instanceof FStringPart.Literal l ? l.text() : "x");
            }
            return text.toString();
        }
        if (key instanceof PyExpr.BinOp op && op.op() == dev.nbmigrate.converter.parse.python.ast.BinOperator.ADD) {
            String left = keyText(op.left());
            String right = keyText(op.right());
            return (left == null ? "x" : left) + (right == null ? "x" : right);
        }
        return null;
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
