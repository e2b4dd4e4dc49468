package dev.nbmigrate.runtime.paths;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;

/**
 * Maps the storage locations a job names to where they are in the current environment, so one job reads a local
 * folder on a laptop and the lake in production. Steps, in order:
 *
 * <ol>
 *   <li>a lake URI without account ({@code wasbs:///data/x}, the legacy cluster's default storage) is completed
 *       with {@code default-storage} from the rules;</li>
 *   <li>the environment's longest matching prefix rewrite ({@code <env>.map.<name>}) is applied once;</li>
 *   <li>in {@code local} only, a relative path ({@code data/x.csv}, {@code ./x}, {@code ../data/x.csv}) is taken
 *       from the working directory, the notebook's folder: {@code --working-dir}, else the local root;</li>
 *   <li>a scheme the environment allows passes through unchanged;</li>
 *   <li>in {@code local} only, lake URIs, {@code dbfs:/} and {@code /mnt/} map to folders under the local root:
 *       {@code wasbs://sales@contosolake.blob.core.windows.net/daily/} to {@code <root>/sales/daily/},
 *       {@code adl://contosolake.azuredatalakestore.net/raw/} to {@code <root>/contosolake/raw/},
 *       {@code dbfs:/FileStore/x} to {@code <root>/FileStore/x}, {@code /mnt/sales/x} and
 *       {@code dbfs:/mnt/sales/x} to {@code <root>/mnt/sales/x};</li>
 *   <li>anything else is a {@link PathResolutionException} naming the rule that would map it.</li>
 * </ol>
 *
 * <p>With an {@link EnvironmentStorage} (option {@code --storage-account}, not in {@code local}), a lake URI that no
 * prefix rewrite changed is moved to the environment's account (step 2), and any lake URI the steps give that is on
 * another account is rejected: the job's paths must belong to its environment.
 *
 * <p>Built-in allowed schemes: {@code local} allows {@code file}; {@code dev}, {@code uat} and {@code prod} allow
 * {@code wasb},
 * {@code wasbs}, {@code abfs}, {@code abfss}, {@code dbfs} and {@code mnt} (not {@code adl}, retired, nor
 * {@code file}, a driver-local path on a cluster). An {@code <env>.allow} rule replaces the list.
 */
public final class PathResolver {
    /** The environment whose lake URIs map to local folders. */
    public static final String LOCAL = "local";
    /** The local root used when none is configured, relative to the working directory. */
    public static final String DEFAULT_LOCAL_ROOT = "lake";

    private static final List<String> CLUSTER_SCHEMES = List.of("wasb", "wasbs", "abfs", "abfss", "dbfs", "mnt");
    private static final Map<String, List<String>> BUILT_IN_ALLOW = Map.of(
            LOCAL, List.of("file"), "dev", CLUSTER_SCHEMES, "uat", CLUSTER_SCHEMES, "prod", CLUSTER_SCHEMES);

    private static final java.util.regex.Pattern CONTAINER_URI = java.util.regex.Pattern.compile(
            "(?i)^[a-z]+://([^@/]+)@([^/.]+)(\\.[^/]*)?(/.*)?$");
    private static final java.util.regex.Pattern ACCOUNT_URI = java.util.regex.Pattern.compile(
            "(?i)^adl://([^/.@]+)(\\.[^/]*)?(/.*)?$");
    private static final java.util.regex.Pattern NO_ACCOUNT_URI = java.util.regex.Pattern.compile(
            "(?i)^(wasbs?|abfss?)://(/.*)?$");
    private static final java.util.regex.Pattern PREFIX = java.util.regex.Pattern.compile(
            "^([A-Za-z][A-Za-z0-9+.-]*:(//[^/]*)?/?)");

    /** How each scheme maps under the local root: location to the path below the root (starting with '/'). */
    private static final Map<StorageScheme, Function<String, String>> LOCAL_LAYOUT = Map.of(
            StorageScheme.WASB, PathResolver::containerLayout,
            StorageScheme.WASBS, PathResolver::containerLayout,
            StorageScheme.ABFS, PathResolver::containerLayout,
            StorageScheme.ABFSS, PathResolver::containerLayout,
            StorageScheme.ADL, PathResolver::accountLayout,
            StorageScheme.DBFS, location -> "/" + location.substring("dbfs:".length()).replaceFirst("^/+", ""),
            StorageScheme.MOUNT, location -> location);

    private final String environment;
    private final PathRules rules;
    private final List<String> allowed;
    private final List<PathRules.Rewrite> rewrites;
    private final String localRoot;
    private final EnvironmentStorage storage;
    private final String workingDir;

    private PathResolver(String environment, PathRules rules, List<String> allowed, List<PathRules.Rewrite> rewrites,
                         String localRoot, EnvironmentStorage storage, String workingDir) {
        this.storage = storage;
        this.workingDir = workingDir;
        this.environment = environment;
        this.rules = rules;
        this.allowed = allowed;
        this.rewrites = rewrites;
        this.localRoot = localRoot;
    }

    /**
     * The resolver of {@code environment}.
     *
     * @param localRoot the local root given on the command line or in the environment, overriding
     *                  {@code local.root}; null for none
     * @throws IllegalArgumentException if the environment is neither built in nor defined by the rules
     */
    public static PathResolver create(String environment, PathRules rules, String localRoot) {
        return create(environment, rules, localRoot, null);
    }

    /**
     * The resolver of {@code environment} whose lake data is on {@code storageAccount}.
     *
     * @param storageAccount the environment's storage account, or null for none
     * @throws IllegalArgumentException if the environment is unknown, if the account name is not valid, or if an
     *                                  account is given for the local environment
     */
    public static PathResolver create(String environment, PathRules rules, String localRoot, String storageAccount) {
        return create(environment, rules, localRoot, storageAccount, null);
    }

    /**
     * The resolver of {@code environment}, whose relative paths are taken from {@code workingDir} in the local
     * environment (a notebook read {@code data/x.csv} from its own folder).
     *
     * @param workingDir the folder relative paths start from, in the local environment only; null for the local root
     * @throws IllegalArgumentException as {@link #create(String, PathRules, String, String)}, and if a working
     *                                  directory is given for another environment than the local one
     */
    public static PathResolver create(String environment, PathRules rules, String localRoot, String storageAccount,
                                      String workingDir) {
        Optional<PathRules.EnvironmentRules> own = Optional.ofNullable(rules.environments().get(environment));
        if (own.isEmpty() && !BUILT_IN_ALLOW.containsKey(environment)) {
            TreeSet<String> known = new TreeSet<>(BUILT_IN_ALLOW.keySet());
            known.addAll(rules.environments().keySet());
            throw new IllegalArgumentException("unknown environment '" + environment + "' (known: "
                    + String.join(", ", known) + "); define it in the paths config with '" + environment
                    + ".allow' or '" + environment + ".map.<name>'");
        }
        List<String> allowed = own.flatMap(PathRules.EnvironmentRules::allow)
                .orElse(BUILT_IN_ALLOW.getOrDefault(environment, List.of()));
        List<PathRules.Rewrite> rewrites = new ArrayList<>(own.map(e -> e.rewrites().values()).orElse(List.of()));
        rewrites.sort(java.util.Comparator.comparingInt((PathRules.Rewrite r) -> r.from().length()).reversed()
                .thenComparing(PathRules.Rewrite::name));
        String root = null;
        if (environment.equals(LOCAL)) {
            String configured = localRoot != null ? localRoot
                    : rules.localRoot() != null ? rules.localRoot() : DEFAULT_LOCAL_ROOT;
            root = stripTrailingSlash(Path.of(configured).toAbsolutePath().normalize().toString().replace('\\', '/'));
        }
        if (storageAccount != null && environment.equals(LOCAL)) {
            throw new IllegalArgumentException("the local environment maps lake URIs to folders and has no storage"
                    + " account; drop --storage-account or choose another --env");
        }
        if (workingDir != null && !environment.equals(LOCAL)) {
            throw new IllegalArgumentException("a working directory applies to the local environment only (relative"
                    + " paths on a cluster are the cluster's); drop --working-dir or use --env local");
        }
        EnvironmentStorage storage = storageAccount == null ? null : EnvironmentStorage.of(environment, storageAccount);
        String cwd = root == null ? null : workingDir == null ? root
                : stripTrailingSlash(Path.of(workingDir).toAbsolutePath().normalize().toString().replace('\\', '/'));
        return new PathResolver(environment, rules, List.copyOf(allowed), List.copyOf(rewrites), root, storage, cwd);
    }

    /** The environment name. */
    public String environment() {
        return environment;
    }

    /** The environment's storage account, when one was given. */
    public Optional<String> storageAccount() {
        return Optional.ofNullable(storage).map(EnvironmentStorage::account);
    }

    /** The absolute local root lake URIs map under, in the local environment only. */
    public Optional<String> localRoot() {
        return Optional.ofNullable(localRoot);
    }

    /** The absolute folder relative paths are taken from, in the local environment only. */
    public Optional<String> workingDir() {
        return Optional.ofNullable(workingDir);
    }

    /**
     * Where {@code location} is in this environment.
     *
     * @throws PathResolutionException if no rule maps it
     */
    public String resolve(String location) {
        if (location == null || location.isBlank()) {
            throw new PathResolutionException("cannot resolve an empty path in environment '" + environment + "'");
        }
        String completed = completeDefaultStorage(location);
        String rewritten = rewrite(completed);
        if (storage != null) {
            if (rewritten.equals(completed)) {
                rewritten = storage.rehome(rewritten);
            }
            storage.check(location, rewritten);
        }
        String scheme = StorageScheme.labelOf(rewritten);
        if (workingDir != null && RelativePath.isRelative(rewritten)) {
            return RelativePath.under(workingDir, rewritten);
        }
        if (allowed.contains(scheme)) {
            return rewritten;
        }
        Optional<StorageScheme> known = StorageScheme.fromLabel(scheme);
        if (localRoot != null && known.isPresent() && LOCAL_LAYOUT.containsKey(known.get())) {
            return underLocalRoot(rewritten, known.get());
        }
        throw unmapped(location, rewritten, scheme);
    }

    private String completeDefaultStorage(String location) {
        Matcher m = NO_ACCOUNT_URI.matcher(location);
        if (!m.matches()) {
            return location;
        }
        if (rules.defaultStorage() == null) {
            throw new PathResolutionException("cannot resolve '" + location + "' in environment '" + environment
                    + "': it names the legacy cluster's default storage, which is not configured; set"
                    + " 'default-storage = " + m.group(1).toLowerCase(java.util.Locale.ROOT)
                    + "://<container>@<account>.blob.core.windows.net/' in the paths config");
        }
        String path = m.group(2) == null ? "" : m.group(2);
        return stripTrailingSlash(rules.defaultStorage()) + path;
    }

    private String rewrite(String location) {
        for (PathRules.Rewrite rule : rewrites) {
            if (location.startsWith(rule.from())) {
                return rule.to() + location.substring(rule.from().length());
            }
        }
        return location;
    }

    private String underLocalRoot(String location, StorageScheme scheme) {
        String below = LOCAL_LAYOUT.get(scheme).apply(location);
        for (String segment : below.split("/")) {
            if (segment.equals("..")) {
                throw new PathResolutionException("cannot resolve '" + location + "' in environment '" + environment
                        + "': '..' would leave the local root " + localRoot);
            }
        }
        String collapsed = below.replaceAll("/{2,}", "/");
        return localRoot + collapsed;
    }

    private static String containerLayout(String location) {
        Matcher m = CONTAINER_URI.matcher(location);
        if (!m.matches()) {
            String scheme = StorageScheme.labelOf(location);
            throw new PathResolutionException("malformed " + scheme + " URI '" + location + "': expected "
                    + scheme + "://<container>@<account>.<host>/<path>");
        }
        return "/" + m.group(1) + (m.group(4) == null ? "" : m.group(4));
    }

    private static String accountLayout(String location) {
        Matcher m = ACCOUNT_URI.matcher(location);
        if (!m.matches()) {
            throw new PathResolutionException("malformed adl URI '" + location
                    + "': expected adl://<account>.azuredatalakestore.net/<path>");
        }
        return "/" + m.group(1) + (m.group(3) == null ? "" : m.group(3));
    }

    private PathResolutionException unmapped(String original, String location, String scheme) {
        Matcher m = PREFIX.matcher(location);
        String prefix = m.find() ? m.group(1) : location.startsWith("/mnt/") ? "/mnt/" : location;
        String shown = original.equals(location) ? "'" + original + "'" : "'" + original + "' (rewritten to '"
                + location + "')";
        String reason = localRoot != null
                ? "scheme '" + scheme + "' has no local mapping"
                : "scheme '" + scheme + "' is not allowed there (allowed: " + String.join(", ", allowed) + ")";
        return new PathResolutionException("cannot resolve " + shown + " in environment '" + environment + "': "
                + reason + "; add a rule like '" + environment + ".map.<name> = " + prefix + " => <target>' or list"
                + " the scheme in '" + environment + ".allow' in the paths config (" + rules.source() + ")");
    }

    private static String stripTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
