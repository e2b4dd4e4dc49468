package dev.nbmigrate.runtime.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Splits a job's arguments the way Python's argparse does, against the options of one or more config schemas.
 *
 * <ul>
 *   <li>{@code --name value}, {@code --name=value}; names match in any of kebab, snake or camel case;</li>
 *   <li>booleans are flags: {@code --dry-run} is true, {@code --no-dry-run} is false, and
 *       {@code --dry-run=false} is accepted too;</li>
 *   <li>a repeated option: the last wins, and a list option collects all (each also split at commas);</li>
 *   <li>{@code --help} / {@code -h} asks for usage; {@code --config FILE} names a config file;</li>
 *   <li>{@code --} ends the options; a value may start with a dash only if it is a negative number.</li>
 * </ul>
 *
 * @param help       whether usage was asked for
 * @param configFile the {@code --config} file, if given
 * @param values     the texts given per option, in option order of appearance
 * @param problems   unknown options, missing values, stray arguments
 */
public record CommandLine(boolean help, Optional<String> configFile, Map<OptionSpec, RawValue> values,
                          List<String> problems) {

    /** The runtime's own name of the config file option. */
    public static final String CONFIG_OPTION = "--config";
    private static final List<String> HELP = List.of("--help", "-h");

    /** Parses {@code args} against {@code schemas}. */
    public static CommandLine parse(String[] args, List<ConfigSchema<?>> schemas) {
        boolean help = false;
        String configFile = null;
        Map<OptionSpec, List<String>> texts = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.length; i++) {
            String token = args[i];
            if (optionsEnded || !looksLikeOption(token)) {
                problems.add("unexpected argument '" + token + "'");
                continue;
            }
            if (token.equals("--")) {
                optionsEnded = true;
                continue;
            }
            int eq = token.indexOf('=');
            String name = eq < 0 ? token : token.substring(0, eq);
            String inline = eq < 0 ? null : token.substring(eq + 1);
            boolean nextIsValue = i + 1 < args.length && !looksLikeOption(args[i + 1]);
            if (HELP.contains(name)) {
                help = true;
                continue;
            }
            if (Names.normalize(name).equals("config") && name.startsWith("--")) {
                if (inline == null && !nextIsValue) {
                    problems.add("option '" + CONFIG_OPTION + "' needs a value");
                } else {
                    configFile = inline != null ? inline : args[++i];
                }
                continue;
            }
            Optional<OptionSpec> spec = find(name, schemas);
            if (spec.isEmpty()) {
                Optional<OptionSpec> negated = negatedFlag(name, schemas);
                if (negated.isPresent()) {
                    if (inline != null) {
                        problems.add("option '" + name + "' takes no value");
                    } else {
                        texts.computeIfAbsent(negated.get(), k -> new ArrayList<>()).add("false");
                    }
                    continue;
                }
                problems.add(unknown(name, schemas));
                if (inline == null && nextIsValue) {
                    i++;
                }
                continue;
            }
            OptionSpec option = spec.get();
            if (option.isSecret()) {
                problems.add("option '" + option.name() + "' is a secret and cannot be given on the command line"
                        + " (it is read from secret key '" + option.secret().value() + "')");
                if (inline == null && nextIsValue) {
                    i++;
                }
                continue;
            }
            String value;
            if (inline != null) {
                value = inline;
            } else if (option.isFlag()) {
                value = "true";
            } else if (nextIsValue) {
                value = args[++i];
            } else {
                problems.add("option '" + option.name() + "' needs a value");
                continue;
            }
            texts.computeIfAbsent(option, k -> new ArrayList<>()).add(value);
        }
        Map<OptionSpec, RawValue> values = new LinkedHashMap<>();
        texts.forEach((option, given) -> values.put(option, new RawValue(List.copyOf(given), true, Origin.COMMAND_LINE)));
        return new CommandLine(help, Optional.ofNullable(configFile), values, List.copyOf(problems));
    }

    /** The message for an unknown option or key, with the nearest known name if one is close. */
    static String unknown(String name, List<ConfigSchema<?>> schemas) {
        List<String> known = new ArrayList<>();
        for (ConfigSchema<?> schema : schemas) {
            known.addAll(schema.names());
        }
        known.add(CONFIG_OPTION);
        known.add("--help");
        String hint = Suggest.nearest(name, known).map(s -> "; did you mean '" + s + "'?").orElse("");
        return "unknown option '" + name + "'" + hint;
    }

    static Optional<OptionSpec> find(String name, List<ConfigSchema<?>> schemas) {
        for (ConfigSchema<?> schema : schemas) {
            Optional<OptionSpec> found = schema.find(name);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<OptionSpec> negatedFlag(String name, List<ConfigSchema<?>> schemas) {
        if (!name.startsWith("--no-") && !name.startsWith("--no_")) {
            return Optional.empty();
        }
        return find("--" + name.substring(5), schemas).filter(OptionSpec::isFlag);
    }

    private static boolean looksLikeOption(String token) {
        if (!token.startsWith("-") || token.equals("-")) {
            return false;
        }
        return !token.matches("-\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    }
}
