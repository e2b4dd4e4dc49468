package dev.nbmigrate.runtime;

import dev.nbmigrate.runtime.config.ConfigSchema;
import dev.nbmigrate.runtime.config.Help;
import dev.nbmigrate.runtime.config.Names;
import dev.nbmigrate.runtime.config.OptionSpec;
import dev.nbmigrate.runtime.logging.LogFormat;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.event.Level;

/**
 * The runtime's own options, accepted by every job besides its config record's. Bound like job options, with
 * environment variables {@code NBM_<NAME>} ({@code NBM_ENV}, {@code NBM_LOG_FORMAT}, ...). A job's config record
 * must not reuse these names (nor {@code config} and {@code help}); see {@link #reservedNames()}.
 *
 * @param env           the deployment environment whose path rules apply
 * @param localRoot     the folder lake URIs map to in the local environment
 * @param workingDir    the folder relative paths start from in the local environment (the notebook's folder)
 * @param pathsConfig   the path rules file
 * @param logFormat     the log layout
 * @param logLevel      the level of the job's and the runtime's loggers
 * @param runId         the run id in logs
 * @param stepRowCounts whether steps that return a Dataset log its row count
 * @param secretScope   the Databricks secret scope of secrets that name none
 * @param storageAccount the storage account the environment's lake data is on (lake URIs move there; others fail)
 */
public record RuntimeOptions(
        @Help("Deployment environment whose path rules apply: local, dev, uat, prod or one the paths config defines;"
                + " default local, and required on Databricks") String env,
        @Help("Folder lake URIs map to in the local environment; default ./lake") String localRoot,
        @Help("Folder relative paths (data/x.csv, ../data/x.csv) start from in the local environment, as the"
                + " notebook's own folder was; default the local root") String workingDir,
        @Help("Path rules file (properties); default the job jar's nbmigrate-paths.properties, if any")
        String pathsConfig,
        @Help("Log layout: text, json (one object per line) or platform (keep the platform's);"
                + " default text, platform on Databricks") LogFormat logFormat,
        @Help("Level of the job's and the runtime's loggers; default info; debug shows inspection output")
        Level logLevel,
        @Help("Run id in every log line; default a random UUID") String runId,
        @Help("Log the row count of every step that returns a Dataset (one extra Spark job per step)")
        boolean stepRowCounts,
        @Help("Databricks secret scope for secrets that name none; default the job name") String secretScope,
        @Help("Storage account of the environment's data: lake URIs move to it, paths on other accounts are refused"
                + " at start; default none (paths are taken as they are)") String storageAccount) {

    /** The environment variable prefix of runtime options. */
    public static final String ENV_PREFIX = "NBM";
    /** The environment variable naming a config file, like {@code --config}. */
    public static final String CONFIG_ENV = "NBM_CONFIG";

    static final ConfigSchema<RuntimeOptions> SCHEMA = ConfigSchema.of(RuntimeOptions.class, ENV_PREFIX);

    /** Option names (kebab case, without dashes) a job's config record must not use. */
    public static Set<String> reservedNames() {
        Set<String> names = new TreeSet<>();
        for (OptionSpec option : SCHEMA.options()) {
            names.add(Names.kebab(option.field()));
        }
        names.add("config");
        names.add("help");
        return names;
    }
}
