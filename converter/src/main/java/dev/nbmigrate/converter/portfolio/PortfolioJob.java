package dev.nbmigrate.converter.portfolio;

import java.util.List;
import java.util.Objects;

/**
 * One job module of the portfolio, as its {@code migration.json} records it.
 *
 * @param module     the module (folder) name, {@code food-waste-costing}
 * @param version    the module version
 * @param target     the Databricks target id, {@code dbr-17.3}
 * @param source     the notebook it was converted from
 * @param mainClass  the job's main class
 * @param jar        the jar file name the module's build makes
 * @param options    the job's options that are not secrets, with their defaults
 * @param secretKeys the secret keys the job reads from its secret scope (names, never values)
 * @param inputs     what the job reads
 * @param outputs    what the job writes
 */
public record PortfolioJob(String module, String version, String target, String source, String mainClass, String jar,
        List<JobOption> options, List<String> secretKeys, List<DataRef> inputs, List<DataRef> outputs) {

    /**
     * A job option.
     *
     * @param option       the option, {@code --out-table}
     * @param defaultValue its default, or {@code null} when it has none
     */
    public record JobOption(String option, String defaultValue) {
    }

    /**
     * Data a job reads or writes.
     *
     * @param format   {@code table}, {@code parquet}, {@code csv}, ...
     * @param location the table name or path
     */
    public record DataRef(String format, String location) {
    }

    public PortfolioJob {
        Objects.requireNonNull(module, "module");
        options = List.copyOf(options);
        secretKeys = List.copyOf(secretKeys);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    /** The task key in the multi-task job and the Data Factory activity name: {@code food_waste_costing}. */
    public String taskKey() {
        return module.replace('-', '_');
    }
}
