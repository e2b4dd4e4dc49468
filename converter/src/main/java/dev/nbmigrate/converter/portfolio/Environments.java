package dev.nbmigrate.converter.portfolio;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The deployment environments of a portfolio, dev, uat and prod, from its one {@code environments.properties}: every
 * module's bundle targets, the portfolio's job and pipelines take their workspace, root path, identity, secret
 * scope, Key Vault, storage account and cluster size from here, so the environments differ only where this file
 * says. Keys, per environment {@code <env>} ({@code dev}, {@code uat}, {@code prod}):
 *
 * <pre>
 * &lt;env&gt;.workspace-host          https://adb-1234567890123456.7.azuredatabricks.net
 * &lt;env&gt;.root-path               /Workspace/Shared/nbmigrate/dev   (where bundles deploy; the bundle name is appended)
 * &lt;env&gt;.run-as                  application id of the service principal jobs run as
 * &lt;env&gt;.secret-scope            Databricks secret scope backed by the environment's Key Vault
 * &lt;env&gt;.key-vault-resource-id   /subscriptions/.../providers/Microsoft.KeyVault/vaults/&lt;name&gt;
 * &lt;env&gt;.storage-account         ADLS Gen2 account of the environment's data (jobs get --storage-account)
 * &lt;env&gt;.node-type               VM size of the job clusters
 * &lt;env&gt;.workers                 number of workers of each job cluster
 * &lt;env&gt;.artifact-volume         optional: /Volumes/&lt;catalog&gt;/&lt;schema&gt;/&lt;volume&gt; the jars are uploaded to
 * </pre>
 */
public final class Environments {

    /** The environments, in promotion order. */
    public static final List<String> NAMES = List.of("dev", "uat", "prod");
    /** The file name, in the portfolio folder. */
    public static final String FILE = "environments.properties";

    private static final Pattern HOST = Pattern.compile("https://[A-Za-z0-9.-]+/?");
    private static final Pattern ACCOUNT = Pattern.compile("[a-z0-9]{3,24}");
    private static final Pattern SCOPE = Pattern.compile("[A-Za-z0-9_.-]{1,128}");
    private static final Pattern VAULT_ID = Pattern.compile(
            "/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.KeyVault/vaults/([A-Za-z0-9-]{3,24})");
    private static final Pattern WORKERS = Pattern.compile("[0-9]{1,4}");
    private static final Pattern ROOT_PATH = Pattern.compile("/[A-Za-z0-9/._@-]*");
    private static final Pattern APPLICATION = Pattern.compile("[A-Za-z0-9._@-]{1,128}");
    private static final Pattern NODE_TYPE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final Pattern VOLUME = Pattern.compile("/Volumes(/[A-Za-z0-9_-]+){3}(/[A-Za-z0-9._-]+)*");

    /** A key of every environment, what its value must look like, and whether it may be left out. */
    private record Key(String name, Predicate<String> valid, String expected, boolean optional) {
        Key(String name, Predicate<String> valid, String expected) {
            this(name, valid, expected, false);
        }
    }

    private static final List<Key> KEYS = List.of(
            new Key("workspace-host", v -> HOST.matcher(v).matches(), "https://<workspace>.azuredatabricks.net"),
            new Key("root-path", v -> ROOT_PATH.matcher(v).matches() && !v.contains(".."),
                    "an absolute workspace path of letters, digits, '/', '.', '_', '-', '@'"),
            new Key("run-as", v -> APPLICATION.matcher(v).matches(), "a service principal's application id"),
            new Key("secret-scope", v -> SCOPE.matcher(v).matches(), "a secret scope name"),
            new Key("key-vault-resource-id", v -> VAULT_ID.matcher(v).matches(),
                    "/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.KeyVault/vaults/<name>"),
            new Key("storage-account", v -> ACCOUNT.matcher(v).matches(), "3 to 24 lower case letters and digits"),
            new Key("node-type", v -> NODE_TYPE.matcher(v).matches(), "a VM size such as Standard_D4ds_v5"),
            new Key("workers", v -> WORKERS.matcher(v).matches(), "a whole number"),
            new Key("artifact-volume", v -> VOLUME.matcher(v).matches() && !v.contains(".."),
                    "a Unity Catalog volume path /Volumes/<catalog>/<schema>/<volume>", true));

    /**
     * One environment.
     *
     * @param name           dev, uat or prod
     * @param workspaceHost  the workspace URL
     * @param rootPath       where bundles deploy
     * @param runAs          the service principal jobs run as
     * @param secretScope    the Key Vault-backed secret scope
     * @param keyVaultId     the Key Vault's resource id
     * @param storageAccount the ADLS Gen2 account of the environment's data
     * @param nodeType       the job clusters' VM size
     * @param workers        the job clusters' worker count
     * @param artifactVolume the Unity Catalog volume the jars are uploaded to (each bundle in a folder of its own
     *                       there), or empty: the jars go to the workspace under {@code rootPath}
     */
    public record Environment(String name, String workspaceHost, String rootPath, String runAs, String secretScope,
            String keyVaultId, String storageAccount, String nodeType, int workers, String artifactVolume) {

        /** The bundle target mode: {@code development} for dev, else {@code production}. */
        public String mode() {
            return name.equals("dev") ? "development" : "production";
        }

        /** The Key Vault's name, the last segment of its resource id. */
        public String keyVaultName() {
            return keyVaultId.substring(keyVaultId.lastIndexOf('/') + 1);
        }

        /** The Key Vault's DNS name, {@code https://<name>.vault.azure.net/}. */
        public String keyVaultDns() {
            return "https://" + keyVaultName() + ".vault.azure.net/";
        }
    }

    private final List<Environment> environments;
    private final String text;

    private Environments(List<Environment> environments, String text) {
        this.environments = environments;
        this.text = text;
    }

    /** The environments, in promotion order (dev, uat, prod). */
    public List<Environment> all() {
        return environments;
    }

    /** The file's text, written back unchanged into the portfolio folder. */
    public String text() {
        return text;
    }

    /**
     * Parses the file's text.
     *
     * @throws BadEnvironmentsException listing every missing, unknown or malformed key
     */
    public static Environments parse(String text, String source) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new BadEnvironmentsException(source + ": " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        Set<String> known = new TreeSet<>();
        List<Environment> environments = new ArrayList<>();
        for (String env : NAMES) {
            List<String> values = new ArrayList<>();
            for (Key key : KEYS) {
                String name = env + "." + key.name();
                known.add(name);
                String value = properties.getProperty(name);
                if ((value == null || value.isBlank()) && key.optional()) {
                    value = "";
                } else if (value == null || value.isBlank()) {
                    problems.add("'" + name + "' is missing (expected " + key.expected() + ")");
                } else if (!key.valid().test(value.strip())) {
                    problems.add("'" + name + "' is '" + value.strip() + "', expected " + key.expected());
                }
                values.add(value == null ? "" : value.strip());
            }
            if (problems.isEmpty()) {
                environments.add(new Environment(env, values.get(0).replaceFirst("/$", ""), values.get(1),
                        values.get(2), values.get(3), values.get(4), values.get(5), values.get(6),
                        Integer.parseInt(values.get(7)), values.get(8).replaceFirst("/$", "")));
            }
        }
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            if (!known.contains(key)) {
                problems.add("unknown key '" + key + "' (known: <env>.<key> for env in " + NAMES + ", key in "
                        + KEYS.stream().map(Key::name).toList() + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new BadEnvironmentsException(source + ": " + String.join("; ", problems));
        }
        return new Environments(List.copyOf(environments), text);
    }

    /** An environments file that cannot be used; the message names every problem. */
    public static final class BadEnvironmentsException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        BadEnvironmentsException(String message) {
            super(message);
        }
    }
}
