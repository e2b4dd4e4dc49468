package dev.nbmigrate.runtime.paths;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The storage account an environment (dev, uat, prod) keeps its data in, and the check that a job's paths belong to
 * it. Given {@code --storage-account contosofoodlakeuat}:
 *
 * <ul>
 *   <li>{@link #rehome} moves a Blob or ADLS Gen2 URI of any other account to the environment's account over ADLS
 *       Gen2, keeping container and path: {@code wasbs://waste@contosofoodlake.blob.core.windows.net/raw/} becomes
 *       {@code abfss://waste@contosofoodlakeuat.dfs.core.windows.net/raw/};</li>
 *   <li>{@link #check} rejects a resolved location on another account (an explicit {@code <env>.map} rule pointing
 *       uat at the production account, an {@code adl://} Gen1 URI), so a job started in uat cannot touch production
 *       data.</li>
 * </ul>
 *
 * <p>Locations that are not lake URIs ({@code dbfs:/}, {@code /mnt/}, tables) are not the account's business and
 * pass both steps unchanged.
 */
public final class EnvironmentStorage {

    private static final java.util.regex.Pattern CONTAINER_URI = java.util.regex.Pattern.compile(
            "(?i)^(wasbs?|abfss?)://([^@/]+)@([^/.]+)(\\.[^/]*)?(/.*)?$");
    private static final java.util.regex.Pattern ACCOUNT = java.util.regex.Pattern.compile("[a-z0-9]{3,24}");

    private final String environment;
    private final String account;

    private EnvironmentStorage(String environment, String account) {
        this.environment = environment;
        this.account = account;
    }

    /**
     * The storage of {@code environment} in account {@code account}.
     *
     * @throws IllegalArgumentException if {@code account} is not a valid Azure storage account name (3 to 24 lower
     *                                  case letters and digits)
     */
    public static EnvironmentStorage of(String environment, String account) {
        if (account == null || !ACCOUNT.matcher(account).matches()) {
            throw new IllegalArgumentException("storage account '" + account + "' of environment '" + environment
                    + "' is not a storage account name (3 to 24 lower case letters and digits)");
        }
        return new EnvironmentStorage(environment, account);
    }

    /** The account name. */
    public String account() {
        return account;
    }

    /** {@code location} moved to this environment's account, when it is a Blob or ADLS Gen2 URI of another one. */
    public String rehome(String location) {
        Matcher m = CONTAINER_URI.matcher(location);
        if (!m.matches() || m.group(3).toLowerCase(Locale.ROOT).equals(account)) {
            return location;
        }
        return "abfss://" + m.group(2) + "@" + account + ".dfs.core.windows.net" + (m.group(5) == null ? "/"
                : m.group(5));
    }

    /**
     * Rejects a resolved location that is on another storage account than the environment's.
     *
     * @throws PathResolutionException naming the location's account and the environment's
     */
    public void check(String original, String resolved) {
        Optional<String> other = accountOf(resolved).filter(a -> !a.equals(account));
        if (other.isPresent()) {
            throw new PathResolutionException("path '" + original + "'"
                    + (original.equals(resolved) ? "" : " (resolved to '" + resolved + "')")
                    + " does not belong to environment '" + environment + "': it is on storage account '"
                    + other.get() + "', and the environment's account is '" + account + "' (--storage-account);"
                    + " fix the '" + environment + ".map' rule of the paths config or the environment's account");
        }
    }

    /** The storage account a lake URI names, lower case; empty for other locations. */
    static Optional<String> accountOf(String location) {
        Matcher m = CONTAINER_URI.matcher(location);
        if (m.matches()) {
            return Optional.of(m.group(3).toLowerCase(Locale.ROOT));
        }
        if (StorageScheme.labelOf(location).equals(StorageScheme.ADL.label())) {
            String rest = location.substring("adl://".length());
            int end = rest.indexOf('.');
            return Optional.of((end < 0 ? rest : rest.substring(0, end)).toLowerCase(Locale.ROOT));
        }
        return Optional.empty();
    }
}
