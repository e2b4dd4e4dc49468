package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.parse.SourceRef;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.parse.python.ast.PyModule;
import dev.nbmigrate.converter.parse.python.ast.PyNodes;
import dev.nbmigrate.converter.parse.python.ast.PyStmt;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds secrets written into a notebook: by the configuration key they are set under
 * ({@code fs.azure.account.key.*}, {@code fs.azure.sas.*}, JDBC {@code password} options...), by the variable
 * they are assigned to ({@code STORAGE_KEY = "..."}), and by their own shape anywhere in any cell (connection
 * strings, SAS query strings, passwords in JDBC URLs, AWS access keys, private keys). Findings never carry the
 * value; the values are kept in the analysis state only to redact them from reports.
 */
final class SecretScanner {

    /** A configuration key and the kind of secret its value is. */
    private record KeyRule(Pattern key, SecretKind kind) {
    }

    private static final List<KeyRule> KEY_RULES = List.of(
            new KeyRule(Pattern.compile("(?i)(spark\\.hadoop\\.)?fs\\.azure\\.account\\.key\\..+"),
                    SecretKind.STORAGE_ACCOUNT_KEY),
            new KeyRule(Pattern.compile("(?i)(spark\\.hadoop\\.)?fs\\.azure\\.sas\\..+"), SecretKind.SAS_TOKEN),
            new KeyRule(Pattern.compile("(?i)sas|sas_?token"), SecretKind.SAS_TOKEN),
            new KeyRule(Pattern.compile("(?i)password|pwd|pw"), SecretKind.JDBC_PASSWORD),
            new KeyRule(Pattern.compile("(?i)(spark\\.hadoop\\.)?fs\\.azure\\.account\\.oauth2\\.client\\.secret(\\..+)?"),
                    SecretKind.CREDENTIAL),
            new KeyRule(Pattern.compile("(?i)(spark\\.hadoop\\.)?(dfs\\.adls|fs\\.adl)\\.oauth2\\.credential"),
                    SecretKind.CREDENTIAL),
            new KeyRule(Pattern.compile("(?i)(spark\\.hadoop\\.)?fs\\.s3[an]?\\.(secret\\.key|awsSecretAccessKey)"),
                    SecretKind.CREDENTIAL),
            new KeyRule(Pattern.compile("(?i).*[._-](password|pwd|pw|secret|secret\\.key|client\\.secret)"),
                    SecretKind.CREDENTIAL),
            new KeyRule(Pattern.compile("(?i).*(password|passwd|secret|secretkey|apikey|api[._-]key|accesstoken"
                    + "|access[._-]token|authtoken|auth[._-]token|sastoken|sas[._-]token|[._-]token|credentials?"
                    + "|(functions|subscription|api|access|secret|account|master|shared|host|app|client|private"
                    + "|storage|auth)[._-]?key)"),
                    SecretKind.CREDENTIAL));

    /** Variable names that hold secrets, with the kind. */
    private record NameRule(Pattern name, SecretKind kind) {
    }

    private static final List<NameRule> NAME_RULES = List.of(
            new NameRule(Pattern.compile("(?i).*(account|storage)_?key"), SecretKind.STORAGE_ACCOUNT_KEY),
            new NameRule(Pattern.compile("(?i).*sas(_?token)?"), SecretKind.SAS_TOKEN),
            new NameRule(Pattern.compile("(?i).*conn(ection)?_?str(ing)?"), SecretKind.CONNECTION_STRING),
            new NameRule(Pattern.compile("(?i).*(password|passwd|pwd|secret|api_?key|access_?key|secret_?key"
                    + "|private_?key|token|credentials?)|(.*_)?pw"), SecretKind.CREDENTIAL));

    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)<.*>|\\{.*}|\\$\\{.*}|%s|\\*+|x+|\\.+|"
            + "changeme|password|secret|todo|none|null|dummy|example|your[-_ ].*");

    private static final Pattern QUOTED = Pattern.compile("(\"|')(?<body>(?:\\\\.|(?!\\1).)*)\\1");

    private final AnalysisState state;
    private final IdentityHashMap<PyExpr, Location> literalLocations;

    SecretScanner(AnalysisState state, IdentityHashMap<PyExpr, Location> literalLocations) {
        this.state = state;
        this.literalLocations = literalLocations;
    }

    /** The kind of secret a configuration key holds, if it holds one. */
    static Optional<SecretKind> kindOfKey(String key) {
        for (KeyRule rule : KEY_RULES) {
            if (rule.key().matcher(key).matches()) {
                return Optional.of(rule.kind());
            }
        }
        return Optional.empty();
    }

    static boolean placeholder(String value) {
        return value.isBlank() || PLACEHOLDER.matcher(value.strip()).matches();
    }

    /** {@code x.set(key, value)}, {@code .config(...)}, {@code .option(...)}, {@code .setConf(...)}. */
    void onConfigCall(String method, CallArgs args, PyExpr call, Frame frame) {
        if (!frame.recording() || !List.of("set", "setConf", "config", "option", "setIfMissing", "set_conf")
                .contains(method)) {
            return;
        }
        String key = args.text(0, "key");
        Eval value = args.arg(1, "value");
        PyExpr valueExpr = args.argExpr(1, "value");
        if (key == null || value == null) {
            return;
        }
        kindOfKey(key).ifPresent(kind -> secretValue(kind, key, value, valueExpr, call, frame));
    }

    /** {@code .options(password="...")}, {@code properties={"password": "..."}}: keyword and dict entries. */
    void onKeywordSecrets(CallArgs args, PyExpr call, Frame frame) {
        if (!frame.recording()) {
            return;
        }
        for (int i = 0; i < args.keywordNames().size(); i++) {
            String name = args.keywordNames().get(i);
            Optional<SecretKind> kind = kindOfKey(name);
            if (kind.isPresent()) {
                secretValue(kind.get(), "option " + name, args.keywords().get(i), args.keywordExprs().get(i), call,
                        frame);
            }
        }
    }

    /** A dict display with a credential key: {@code {"user": "u", "password": "p"}}. */
    void onDict(PyExpr.DictExpr dict, List<Eval> keys, List<Eval> values, Frame frame) {
        if (!frame.recording()) {
            return;
        }
        for (int i = 0; i < keys.size(); i++) {
            Eval key = keys.get(i);
            String text = key == null || key.constant() == null ? null : key.constant().asString();
            if (text != null) {
                Optional<SecretKind> kind = kindOfKey(text);
                if (kind.isPresent()) {
                    secretValue(kind.get(), "\"" + text + "\" entry", values.get(i), dict.items().get(i).value(),
                            dict, frame);
                }
            }
        }
    }

    /** {@code NAME = "literal"} where the name says it holds a credential. */
    void onAssign(String name, PyExpr valueExpr, Eval value, Frame frame) {
        if (frame.recording() && valueExpr instanceof PyExpr.StrLit literal) {
            assignedLiteral(name, literal, frame.cell.location(literal.span()));
        }
    }

    /**
     * A literal assigned to a name that says it holds a credential, wherever the assignment is (top level, class
     * body, function body, tuple unpacking).
     */
    void assignedLiteral(String name, PyExpr.StrLit literal, Location at) {
        String text = literal.value();
        if (placeholder(text) || text.length() < 8 || !looksRandom(text)) {
            return;
        }
        for (NameRule rule : NAME_RULES) {
            if (rule.name().matcher(name).matches()) {
                if (rule.kind() == SecretKind.CONNECTION_STRING && !(text.contains("=") && text.contains(";"))) {
                    return;
                }
                state.addSecret(new SecretFinding(rule.kind(), at, "variable " + name, Optional.of(name),
                        Optional.of(literal)), text);
                return;
            }
        }
    }

    /** {@code SET key=value} in SQL. */
    void onSqlSet(String key, String value, Location at) {
        if (key == null || !usable(value)) {
            return;
        }
        kindOfKey(key).ifPresent(kind -> state.addSecret(new SecretFinding(kind, at, key, Optional.empty(),
                Optional.empty()), value));
    }

    /** The Spark settings of a {@code %%configure} cell. */
    void onSessionConf(Map<String, String> conf, SourceRef ref, List<String> lines) {
        for (Map.Entry<String, String> entry : conf.entrySet()) {
            Optional<SecretKind> kind = kindOfKey(entry.getKey());
            if (kind.isPresent() && usable(entry.getValue())) {
                int line = 0;
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains(entry.getKey())) {
                        line = i + 1;
                        break;
                    }
                }
                state.addSecret(new SecretFinding(kind.get(), ref.location(line, -1), entry.getKey(),
                        Optional.empty(), Optional.empty()), entry.getValue());
            }
        }
    }

    /**
     * Secret shapes in the raw text of any cell ({@link SecretShapes}); Python string literals holding them are
     * linked. Lines marked {@value SecretShapes#NOT_A_SECRET} are skipped.
     */
    void scanText(SourceRef ref, List<String> lines, PyModule module) {
        boolean python = module != null;
        boolean inKey = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (SecretShapes.marked(line)) {
                continue;
            }
            if (inKey || line.contains("PRIVATE KEY-----")) {
                inKey = privateKeyLine(ref, i, line, module, inKey);
            }
            List<String> found = new java.util.ArrayList<>();
            for (SecretShapes.Rule rule : SecretShapes.TEXT) {
                textRule(rule, ref, i, line, module, found);
            }
            if (!python) {
                for (SecretShapes.Rule rule : SecretShapes.PROSE) {
                    textRule(rule, ref, i, line, module, found);
                }
            }
            int row = i;
            SecretShapes.randomTokens(line, (token, column) -> {
                if (usable(token) && found.stream().noneMatch(v -> v.contains(token) || token.contains(v))) {
                    add(SecretKind.CREDENTIAL, ref.location(row + 1, column), "random-looking string", token, module);
                }
            });
        }
        if (module != null) {
            new PythonSecrets(this, ref, lines).scan(module);
            sourcePieces(lines, module);
        }
    }

    /**
     * A secret inside a literal whose source is not its value ({@code ("abc" "def")}, a literal split over lines):
     * the pieces of source text that hold part of it are secrets too, so that the source can be redacted.
     */
    private void sourcePieces(List<String> lines, PyModule module) {
        List<String> values = List.copyOf(state.secretValues);
        for (PyExpr.StrLit literal : PyNodes.findAll(module, PyExpr.StrLit.class)) {
            int from = Math.max(0, literal.span().line() - 1);
            int to = Math.min(lines.size(), literal.span().endLine() + 1);
            if (from >= to) {
                continue;
            }
            String source = String.join("\n", lines.subList(from, to));
            for (String value : values) {
                if (literal.value().contains(value) && !source.contains(value)) {
                    Matcher piece = QUOTED.matcher(source);
                    while (piece.find()) {
                        String part = SecretShapes.overlap(piece.group("body"), value);
                        if (part != null && usable(part)) {
                            state.secretValues.add(part);
                        }
                    }
                }
            }
        }
    }

    private void textRule(SecretShapes.Rule rule, SourceRef ref, int i, String line, PyModule module,
            List<String> found) {
        Matcher m = rule.pattern().matcher(line);
        while (m.find()) {
            String value = m.group("v");
            if (!usable(value)) {
                continue;
            }
            found.add(value);
            String context = rule.context() != null ? rule.context() : m.group("k");
            add(rule.kind(), ref.location(i + 1, m.start("v")), context, value, module);
        }
    }

    /** The body of a PEM private key, line by line; true while inside one. */
    private boolean privateKeyLine(SourceRef ref, int i, String line, PyModule module, boolean inKey) {
        if (line.contains("-----END")) {
            String body = line.substring(0, line.indexOf("-----END")).replaceAll("[\"'\\s]", "");
            if (body.length() >= 8) {
                add(SecretKind.CREDENTIAL, ref.location(i + 1, 0), "private key", body, module);
            }
            return false;
        }
        if (!inKey) {
            String after = line.substring(line.indexOf("PRIVATE KEY-----") + "PRIVATE KEY-----".length())
                    .replaceAll("[\"'\\s]|\\n", "");
            if (after.length() >= 8) {
                add(SecretKind.CREDENTIAL, ref.location(i + 1, 0), "private key", after, module);
            }
            return true;
        }
        String body = line.strip().replaceAll("^[\"']+|[\"']+$", "");
        if (body.length() >= 8) {
            add(SecretKind.CREDENTIAL, ref.location(i + 1, 0), "private key", body, module);
        }
        return true;
    }

    /** A value worth redacting: long enough not to wipe common text, not a placeholder or template, no name. */
    static boolean usable(String value) {
        if (value == null || value.length() < 4 || placeholder(value) || value.contains("{")
                || value.startsWith("$")) {
            return false;
        }
        boolean identifier = value.matches("[A-Za-z_][A-Za-z0-9_]*");
        return !identifier || value.chars().anyMatch(Character::isDigit);
    }

    /** Records a secret found in text, linked to the Python string literal holding it when there is one. */
    void add(SecretKind kind, Location at, String context, String value, PyModule module) {
        Optional<PyExpr.StrLit> literal = literalHolding(module, value);
        Optional<String> variable = literal.flatMap(l -> assignedName(module, l));
        state.addSecret(new SecretFinding(kind, at, context, variable, literal.map(l -> (PyExpr) l)), value);
    }

    /** Records a secret found in Python code, with the expression holding it and the values to redact. */
    void addPython(SecretKind kind, Location at, String context, Optional<String> variable, Optional<PyExpr> node,
            List<String> values) {
        SecretFinding finding = new SecretFinding(kind, at, context, variable, node);
        for (String value : values) {
            if (usable(value) && (value == values.get(0) || value.length() >= 6)) {
                state.addSecret(finding, value);
            }
        }
    }

    /** The kind of secret a variable or environment variable of this name holds, if its name says so. */
    static Optional<SecretKind> kindOfName(String name) {
        for (NameRule rule : NAME_RULES) {
            if (rule.name().matcher(name).matches()) {
                return Optional.of(rule.kind() == SecretKind.CONNECTION_STRING ? SecretKind.CONNECTION_STRING
                        : rule.kind());
            }
        }
        return kindOfKey(name);
    }

    private void secretValue(SecretKind kind, String context, Eval value, PyExpr valueExpr, PyExpr call, Frame frame) {
        ConstantValue constant = value.constant();
        if (!(constant instanceof ConstantValue.Str text) || !usable(text.value())) {
            return;
        }
        PyExpr literal = value.literal() != null ? value.literal() : valueExpr;
        Location at = literalLocations.get(literal);
        if (at == null) {
            at = frame.cell.location(valueExpr == null ? call.span() : valueExpr.span());
        }
        Optional<String> variable = valueExpr instanceof PyExpr.Name name ? Optional.of(name.id()) : Optional.empty();
        state.addSecret(new SecretFinding(kind, at, context, variable, Optional.ofNullable(literal)), text.value());
    }

    private static boolean looksRandom(String text) {
        if (text.contains(" ") || text.contains("://") && !text.contains("@")) {
            return false;
        }
        boolean digit = text.chars().anyMatch(Character::isDigit);
        boolean upper = text.chars().anyMatch(Character::isUpperCase);
        boolean lower = text.chars().anyMatch(Character::isLowerCase);
        boolean symbol = text.chars().anyMatch(c -> !Character.isLetterOrDigit(c) && c != '-' && c != '_' && c != '.');
        return digit || symbol || (upper && lower);
    }

    private static Optional<PyExpr.StrLit> literalHolding(PyModule module, String value) {
        if (module == null) {
            return Optional.empty();
        }
        for (PyExpr.StrLit literal : PyNodes.findAll(module, PyExpr.StrLit.class)) {
            if (literal.value().contains(value)) {
                return Optional.of(literal);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> assignedName(PyModule module, PyExpr.StrLit literal) {
        for (PyStmt.Assign assign : PyNodes.findAll(module, PyStmt.Assign.class)) {
            if (assign.value() == literal && assign.targets().size() == 1
                    && assign.targets().get(0) instanceof PyExpr.Name name) {
                return Optional.of(name.id());
            }
        }
        return Optional.empty();
    }
}
