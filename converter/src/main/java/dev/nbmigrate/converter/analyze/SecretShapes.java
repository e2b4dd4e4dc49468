package dev.nbmigrate.converter.analyze;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a secret looks like in any text, whatever the code around it: credentials inside URLs and connection strings,
 * SQL {@code OPTIONS}, known token formats (Azure storage keys and SAS, AWS keys, bearer tokens and JWTs, GitHub and
 * Databricks personal access tokens, Slack and Google API keys), base64 of a credential, and, for formats nobody
 * listed, random-looking strings (Shannon entropy). A line holding {@value #NOT_A_SECRET} is never searched: the way
 * to mark a false positive.
 */
final class SecretShapes {

    /** Put on a line (in a comment) to say its strings are not secrets. */
    static final String NOT_A_SECRET = "nbmigrate: not-a-secret";

    /** A shape of secret in any text; group {@code v} is the secret value; {@code k}, when present, names it. */
    record Rule(Pattern pattern, SecretKind kind, String context) {
    }

    private static Rule rule(String regex, SecretKind kind, String context) {
        return new Rule(Pattern.compile(regex), kind, context);
    }

    /** Shapes searched in every line of every cell (code, SQL, Markdown). */
    static final List<Rule> TEXT = List.of(
            rule("(?<k>fs\\.azure\\.account\\.key\\.[\\w.-]+)[\"']?\\s*[=:,]\\s*[\"']?"
                    + "(?<v>[A-Za-z0-9+/]{30,}={0,2})", SecretKind.STORAGE_ACCOUNT_KEY, null),
            rule("(?i)AccountKey=(?<v>[A-Za-z0-9+/]{20,}={0,2})", SecretKind.CONNECTION_STRING,
                    "storage connection string (AccountKey)"),
            rule("(?i)SharedAccessKey=(?<v>[A-Za-z0-9+/=]{20,})", SecretKind.CONNECTION_STRING,
                    "connection string (SharedAccessKey)"),
            rule("(?:[?&]|\\b)(?<v>(?:sv|ss|srt|sp|se|st|spr|sr|sip)=[^\\s'\"&]+(?:&[a-z]{2,5}=[^\\s'\"&]+)*&sig="
                    + "[^\\s'\"&]+)", SecretKind.SAS_TOKEN, "SAS query string"),
            rule("(?i)(?:[?&;]|\\b)sig=(?<v>[^\\s'\"&;]{8,})", SecretKind.SAS_TOKEN, "SAS signature"),
            rule("(?i)jdbc:[a-z0-9]+:[^\\s'\"]*?[;?&](?:password|pwd)=(?<v>[^;&\\s'\"]+)", SecretKind.JDBC_PASSWORD,
                    "password in a JDBC URL"),
            rule("(?i)jdbc:[a-z0-9]+://[^/\\s:@'\"]+:(?<v>[^@/\\s'\"]+)@", SecretKind.JDBC_PASSWORD,
                    "password in a JDBC URL"),
            rule("(?i)\\b[a-z][a-z0-9+.-]*://[^/\\s:@'\"{}]+:(?<v>[^@/\\s'\"]+)@", SecretKind.CREDENTIAL,
                    "password in a URL"),
            rule("(?i)(?:server|data source)=[^'\"]*?;\\s*(?:password|pwd)=(?<v>[^;'\"]+)",
                    SecretKind.CONNECTION_STRING, "connection string (Password)"),
            rule("(?i)(?:^|[;?&\\s\"'(,-])(?:password|passwd|pwd)=(?<v>[^;&\\s'\")]+)", SecretKind.CREDENTIAL,
                    "password in a URL or connection string"),
            rule("(?i)[?&;](?:[\\w.-]*[_-])?(?:pw|secret|api_?key|apikey|access_?key|key|token|access_?token"
                    + "|auth|signature|client_?secret|code)=(?<v>[^&;\\s'\"#]{4,})", SecretKind.CREDENTIAL,
                    "credential in a query string"),
            rule("(?i)[\"'](?:[\\w.-]*[._-])?(?:password|passwd|pwd|secret|client_secret|api_?key|access_?key"
                    + "|secret_?key|token|access_?token|sas_?token|(?:functions|subscription|account|master|shared"
                    + "|host|app|client|private|storage|auth)[._-]?key)[\"']\\s*[=:]\\s*[\"'](?<v>[^\"'\\s]{4,})[\"']",
                    SecretKind.CREDENTIAL, "credential entry"),
            rule("(?:\\s|^)(?:-u|--user)\\s+[\"']?[^:\\s'\"]+:(?<v>[^\\s'\"@]{4,})", SecretKind.CREDENTIAL,
                    "password of a command line"),
            rule("(?i)(?:(?<![\"'\\w])(?:password|passwd|pwd)\\s+|(?<=[(,]\\s{0,20})(?:password|passwd|pwd)\\s*=\\s*)"
                    + "(['\"])(?<v>[^'\"\\s,]{4,})\\1", SecretKind.JDBC_PASSWORD, "password option"),
            rule("(?i)\\bBearer\\s+(?<v>[A-Za-z0-9._~+/=-]{16,})", SecretKind.CREDENTIAL, "bearer token"),
            rule("(?<v>\\beyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,})", SecretKind.CREDENTIAL,
                    "JSON web token"),
            rule("(?<v>\\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}))", SecretKind.CREDENTIAL,
                    "GitHub token"),
            rule("(?<v>\\bdapi[0-9a-f]{32}(?:-\\d+)?)\\b", SecretKind.CREDENTIAL, "Databricks personal access token"),
            rule("\\b(?<v>(?:AKIA|ASIA)[0-9A-Z]{16})\\b", SecretKind.CREDENTIAL, "AWS access key id"),
            rule("(?i)aws_?secret_?access_?key[\"']?\\s*[=:,]\\s*[\"']?(?<v>[A-Za-z0-9/+=]{40})",
                    SecretKind.CREDENTIAL, "AWS secret access key"),
            rule("(?<![A-Za-z0-9+/])(?<v>[A-Za-z0-9+/]{86}==)", SecretKind.STORAGE_ACCOUNT_KEY,
                    "Azure storage key"),
            rule("(?<v>\\bxox[abposr]-[A-Za-z0-9-]{10,})", SecretKind.CREDENTIAL, "Slack token"),
            rule("(?<v>\\bAIza[0-9A-Za-z_-]{35})", SecretKind.CREDENTIAL, "Google API key"),
            rule("(?<v>-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----)", SecretKind.CREDENTIAL,
                    "private key"));

    /** Shapes searched outside Python code only (Markdown, SQL, raw text): {@code secret: value} in prose. */
    static final List<Rule> PROSE = List.of(
            rule("(?i)(?<![\"'\\w])(?:password|passwd|pwd)\\s*=\\s*(['\"])(?<v>[^'\"\\s,]{4,})\\1",
                    SecretKind.JDBC_PASSWORD, "password option"),
            rule("(?i)\\b(?:password|passwd|pwd|secret|api[_-]?key|access[_-]?key|token)(?:\\s*[:=]|\\s+is)\\s*[`'\"]?"
                    + "(?<v>[^\\s`'\",;)]{6,})", SecretKind.CREDENTIAL, "credential in text"),
            rule("(?i)[\\w.]*(?:password|passwd|pwd|pw|secret|api_?key|access_?key|token|credentials?)\\s*"
                    + "(?:=|<-|:=)\\s*(['\"])(?<v>[^'\"\\s]{4,})\\1", SecretKind.CREDENTIAL,
                    "credential assigned in code"));

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9+/=_~.\\-]{20,}");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]{12,}={0,2}");
    private static final Pattern LOWER_WORD = Pattern.compile("[a-z]{7,}|[A-Z]{7,}");
    private static final Pattern DECODED_CREDENTIAL = Pattern.compile("(?i)[^:\\s]{1,64}:\\S{4,}|.*(password|passwd|"
            + "secret|token|key)\\s*[=:].*");

    private SecretShapes() {
    }

    /**
     * The part of {@code piece} that is part of {@code secret}: the whole piece when the secret contains it, else
     * the longest end of the piece that starts the secret or start of the piece that ends it; null when none.
     */
    static String overlap(String piece, String secret) {
        if (piece.isEmpty()) {
            return null;
        }
        if (secret.contains(piece)) {
            return piece;
        }
        for (int length = Math.min(piece.length(), secret.length()) - 1; length > 0; length--) {
            if (secret.startsWith(piece.substring(piece.length() - length))) {
                return piece.substring(piece.length() - length);
            }
            if (secret.endsWith(piece.substring(0, length))) {
                return piece.substring(0, length);
            }
        }
        return null;
    }

    /** Whether the line says its strings are not secrets. */
    static boolean marked(String line) {
        return line.toLowerCase(Locale.ROOT).contains(NOT_A_SECRET);
    }

    /** Random-looking tokens of the line (unknown formats), and base64 of a credential: each match is a value. */
    static void randomTokens(String line, java.util.function.BiConsumer<String, Integer> found) {
        Matcher m = TOKEN.matcher(line);
        while (m.find()) {
            String token = m.group();
            if (base64Credential(token) || highEntropy(token)) {
                found.accept(token, m.start());
            }
        }
    }

    /** A base64 text whose decoded bytes are a credential: {@code user:password}, {@code password=...}. */
    static boolean base64Credential(String token) {
        if (!BASE64.matcher(token).matches() || token.length() % 4 != 0) {
            return false;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            return false;
        }
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        if (text.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
            return false;
        }
        return DECODED_CREDENTIAL.matcher(text).matches();
    }

    /**
     * A token of 20+ characters that mixes upper case, lower case and digits the way random text does: Shannon
     * entropy of at least 3.7 bits a character, no word-like run of letters, not a path, URL or dotted name.
     */
    static boolean highEntropy(String token) {
        if (token.length() < 20 || token.contains("//") || token.startsWith("/") || token.startsWith(".")
                || token.contains("..") || LOWER_WORD.matcher(token).find()) {
            return false;
        }
        long upper = token.chars().filter(Character::isUpperCase).count();
        long lower = token.chars().filter(Character::isLowerCase).count();
        long digits = token.chars().filter(Character::isDigit).count();
        if (upper < 2 || lower < 2 || digits < 2) {
            return false;
        }
        return entropy(token) >= 3.7;
    }

    /** Shannon entropy in bits per character. */
    static double entropy(String text) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        text.chars().forEach(c -> counts.merge(c, 1, Integer::sum));
        double bits = 0;
        for (int count : counts.values()) {
            double p = (double) count / text.length();
            bits -= p * (Math.log(p) / Math.log(2));
        }
        return bits;
    }
}
