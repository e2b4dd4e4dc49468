package dev.nbmigrate.runtime.config;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Renders {@code --help} text from config schemas: names, types, defaults, rules, help text, variables. */
public final class Usage {
    private static final String NL = System.lineSeparator();

    private Usage() {
    }

    /**
     * The usage text of job {@code jobName}.
     *
     * @param jobOptions     the job's config schema
     * @param runtimeOptions the runtime's own options
     * @param secretWhere    where a secret option is read from, in words
     */
    public static String render(String jobName, ConfigSchema<?> jobOptions, ConfigSchema<?> runtimeOptions,
                                Function<OptionSpec, String> secretWhere) {
        StringBuilder out = new StringBuilder();
        out.append("Usage: ").append(jobName).append(" [options]").append(NL).append(NL);
        out.append("Job options (command line > environment > config file > default):").append(NL);
        List<OptionSpec> secrets = new ArrayList<>();
        for (OptionSpec option : jobOptions.options()) {
            if (option.isSecret()) {
                secrets.add(option);
            } else {
                option(out, option);
            }
        }
        if (!secrets.isEmpty()) {
            out.append(NL).append("Secrets (never on the command line or in a config file):").append(NL);
            for (OptionSpec secret : secrets) {
                out.append("  ").append(secret.key()).append(NL);
                out.append("      ").append(sentence(secret.help())).append(secretWhere.apply(secret)).append('.')
                        .append(NL);
            }
        }
        out.append(NL).append("Runtime options:").append(NL);
        for (OptionSpec option : runtimeOptions.options()) {
            option(out, option);
        }
        out.append("  ").append(CommandLine.CONFIG_OPTION).append(" <file>").append(NL)
                .append("      A .json or .properties file of option values, keys as option names without dashes."
                        + " Env NBM_CONFIG.").append(NL);
        out.append("  -h, --help").append(NL).append("      Print this help and exit.").append(NL);
        out.append(NL).append("Names match in kebab, snake or camel case (--lookback-days, --lookback_days)."
                + " Booleans: --flag sets true, --no-flag false, --flag=false too. Lists: comma-separated or"
                + " repeated.").append(NL);
        return out.toString();
    }

    private static void option(StringBuilder out, OptionSpec option) {
        out.append("  ");
        for (String alias : option.aliases()) {
            out.append(alias).append(", ");
        }
        if (option.isFlag()) {
            out.append(option.name()).append(", --no-").append(option.key());
        } else {
            String placeholder = "<" + option.type().placeholder() + ">";
            out.append(option.name()).append(' ').append(placeholder);
            if (option.list()) {
                out.append("[,...]");
            }
        }
        out.append(NL).append("      ").append(sentence(option.help()));
        List<String> facts = new ArrayList<>();
        if (option.required()) {
            facts.add("Required");
        }
        if (option.defaultText() != null) {
            facts.add("Default " + (option.defaultText().isEmpty() ? "''" : option.defaultText()));
        }
        for (Constraint constraint : option.constraints()) {
            String text = constraint.describe();
            facts.add(Character.toUpperCase(text.charAt(0)) + text.substring(1));
        }
        facts.add("Env " + option.envVar());
        out.append(String.join(". ", facts)).append('.').append(NL);
    }

    private static String sentence(String help) {
        if (help.isBlank()) {
            return "";
        }
        String trimmed = help.strip();
        return trimmed.endsWith(".") ? trimmed + " " : trimmed + ". ";
    }
}
