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
            new KeyRule(Pattern.compile("(?i)password|pwd"), SecretKind.JDBC_PASSWORD),
            new KeyRule(Pattern.compile("(?i)(spark\\.hadoop\\.)?fs\\.azure\\.account\\.oauth2\\.client\\.secret(\\..+)?"),
                    SecretKind.CREDENTIAL),
            new KeyRule(Pattern.compile("(?i)(spark\\.hadoop\\.)?(dfs\\.adls|fs\\.adl)\\.oauth2\\.credential"),
                    SecretKind.CREDENTIAL),
            new KeyRule(Pattern.compile("(?i)(spark\\.hadoop\\.)?fs\\.s3[an]?\\.(secret\\.key|awsSecretAccessKey)"),
                    SecretKind.CREDENTIAL),
            new KeyRule(Pattern.compile("(?i).*[._](password|secret|secret\\.key|client\\.secret)"),
                    SecretKind.CREDENTIAL));

    /** A shape of secret in any text; group {@code v} is the secret value. */
    private record TextRule(Pattern pattern, SecretKind kind, String context) {
    }

    private static final List<TextRule> TEXT_RULES = List.of(
            new TextRule(Pattern.compile("(?<k>fs\\.azure\\.account\\.key\\.[\\w.-]+)[\"']?\\s*[=:,]\\s*[\"']?"
                    + "(?<v>[A-Za-z0-9+/]{30,}={0,2})"), SecretKind.STORAGE_ACCOUNT_KEY, null),
            new TextRule(Pattern.compile("(?i)AccountKey=(?<v>[A-Za-z0-9+/]{20,}={0,2})"),
                    SecretKind.CONNECTION_STRING, "storage connection string (AccountKey)"),
            new TextRule(Pattern.compile("(?i)SharedAccessKey=(?<v>[A-Za-z0-9+/=]{20,})"),
                    SecretKind.CONNECTION_STRING, "connection string (SharedAccessKey)"),
            new TextRule(Pattern.compile("(?<v>(?:[?&]|\\b)(?:sv|ss|srt|sp|se|st|spr|sr|sip)=[^\\s'\"&]+"
                    + "(?:&[a-z]{2,5}=[^\\s'\"&]+)*&sig=[^\\s'\"&]+)"), SecretKind.SAS_TOKEN, "SAS query string"),
            new TextRule(Pattern.compile("(?i)jdbc:[a-z0-9]+:[^\\s'\"]*?[;?&](?:password|pwd)=(?<v>[^;&\\s'\"]+)"),
                    SecretKind.JDBC_PASSWORD, "password in a JDBC URL"),
            new TextRule(Pattern.compile("(?i)jdbc:[a-z0-9]+://[^/\\s:@'\"]+:(?<v>[^@/\\s'\"]+)@"),
                    SecretKind.JDBC_PASSWORD, "password in a JDBC URL"),
            new TextRule(Pattern.compile("(?i)(?:server|data source)=[^'\"]*?;\\s*(?:password|pwd)=(?<v>[^;'\"]+)"),
                    SecretKind.CONNECTION_STRING, "connection string (Password)"),
            new TextRule(Pattern.compile("\\b(?<v>AKIA[0-9A-Z]{16})\\b"), SecretKind.CREDENTIAL, "AWS access key id"),
            new TextRule(Pattern.compile("(?<v>-----BEGIN (?:RSA |EC |DSA |OPENSSH )?PRIVATE KEY-----)"),
                    SecretKind.CREDENTIAL, "private key"));

    /** Variable names that hold secrets, with the kind. */
    private record NameRule(Pattern name, SecretKind kind) {
    }

    private static final List<NameRule> NAME_RULES = List.of(
            new NameRule(Pattern.compile("(?i).*(account|storage)_?key"), SecretKind.STORAGE_ACCOUNT_KEY),
            new NameRule(Pattern.compile("(?i).*sas(_?token)?"), SecretKind.SAS_TOKEN),
            new NameRule(Pattern.compile("(?i).*conn(ection)?_?str(ing)?"), SecretKind.CONNECTION_STRING),
            new NameRule(Pattern.compile("(?i).*(password|passwd|pwd|secret|api_?key|access_?key|secret_?key"
                    + "|private_?key|token|credentials?)"), SecretKind.CREDENTIAL));

    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)<.*>|\\{.*}|\\$\\{.*}|%s|\\*+|x+|\\.+|"
            + "changeme|password|secret|todo|none|null|dummy|example|your[-_ ].*");

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
        if (!frame.recording() || !(valueExpr instanceof PyExpr.StrLit literal)) {
            return;
        }
        String text = literal.value();
        if (placeholder(text) || text.length() < 8 || !looksRandom(text)) {
            return;
        }
        for (NameRule rule : NAME_RULES) {
            if (rule.name().matcher(name).matches()) {
                if (rule.kind() == SecretKind.CONNECTION_STRING && !(text.contains("=") && text.contains(";"))) {
                    return;
                }
                state.addSecret(new SecretFinding(rule.kind(), frame.cell.location(literal.span()), "variable " + name,
                        Optional.of(name), Optional.of(literal)), text);
                return;
            }
        }
    }

    /** {@code SET key=value} in SQL. */
    void onSqlSet(String key, String value, Location at) {
        if (key == null || value == null || placeholder(value)) {
            return;
        }
        kindOfKey(key).ifPresent(kind -> state.addSecret(new SecretFinding(kind, at, key, Optional.empty(),
                Optional.empty()), value));
    }

    /** The Spark settings of a {@code %%configure} cell. */
    void onSessionConf(Map<String, String> conf, SourceRef ref, List<String> lines) {
        for (Map.Entry<String, String> entry : conf.entrySet()) {
            Optional<SecretKind> kind = kindOfKey(entry.getKey());
            if (kind.isPresent() && !placeholder(entry.getValue())) {
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

    /** Secret shapes in the raw text of any cell; Python string literals holding them are linked. */
    void scanText(SourceRef ref, List<String> lines, PyModule module) {
        for (int i = 0; i < lines.size(); i++) {
            for (TextRule rule : TEXT_RULES) {
                Matcher m = rule.pattern().matcher(lines.get(i));
                while (m.find()) {
                    String value = m.group("v");
                    if (placeholder(value) || value.contains("{")) {
                        continue;
                    }
                    String context = rule.context() != null ? rule.context() : m.group("k");
                    Optional<PyExpr.StrLit> literal = literalHolding(module, value);
                    Optional<String> variable = literal.flatMap(l -> assignedName(module, l));
                    state.addSecret(new SecretFinding(rule.kind(), ref.location(i + 1, m.start("v")), context,
                            variable, literal.map(l -> (PyExpr) l)), value);
                }
            }
        }
    }

    private void secretValue(SecretKind kind, String context, Eval value, PyExpr valueExpr, PyExpr call, Frame frame) {
        ConstantValue constant = value.constant();
        if (!(constant instanceof ConstantValue.Str text) || placeholder(text.value())) {
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
