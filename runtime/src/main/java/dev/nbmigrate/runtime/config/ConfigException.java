package dev.nbmigrate.runtime.config;

import java.util.List;

/**
 * Bad input to a job: unknown, missing, ill-typed or invalid options, an unreadable config file, an unknown
 * environment or an unmappable path. Carries every problem found, so one run reports all of them. On the command
 * line the job prints the message and exits with status 2; on Databricks it is thrown.
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String jobName;
    private final List<String> problems;

    /** A failure listing {@code problems} (at least one) of job {@code jobName}. */
    public ConfigException(String jobName, List<String> problems) {
        super(format(jobName, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ConfigException needs at least one problem");
        }
        this.jobName = jobName;
        this.problems = List.copyOf(problems);
    }

    /** The job whose configuration was rejected. */
    public String jobName() {
        return jobName;
    }

    /** Every problem, one sentence each, in the order found (options first, in declaration order). */
    public List<String> problems() {
        return problems;
    }

    private static String format(String jobName, List<String> problems) {
        StringBuilder out = new StringBuilder("invalid configuration for job '").append(jobName).append("' (")
                .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append("):");
        for (String problem : problems) {
            out.append(System.lineSeparator()).append("  - ").append(problem);
        }
        return out.toString();
    }
}
