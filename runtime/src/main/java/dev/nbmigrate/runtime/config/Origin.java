package dev.nbmigrate.runtime.config;

/**
 * Where a bound option value came from, in precedence order: command line, environment, config file, declared
 * default. Error messages name it.
 *
 * @param kind   the kind of source
 * @param detail the variable or file name, or empty
 */
public record Origin(Kind kind, String detail) {

    /** The kinds of source, highest precedence first. */
    public enum Kind { COMMAND_LINE, ENVIRONMENT, CONFIG_FILE, DEFAULT, SECRET_STORE, ABSENT }

    /** The command line. */
    public static final Origin COMMAND_LINE = new Origin(Kind.COMMAND_LINE, "");
    /** The declared default. */
    public static final Origin DEFAULT = new Origin(Kind.DEFAULT, "");
    /** Not given and no default. */
    public static final Origin ABSENT = new Origin(Kind.ABSENT, "");

    /** The environment variable {@code name}. */
    public static Origin environment(String name) {
        return new Origin(Kind.ENVIRONMENT, name);
    }

    /** The config file {@code file}. */
    public static Origin configFile(String file) {
        return new Origin(Kind.CONFIG_FILE, file);
    }

    /** The secret store location described by {@code where}. */
    public static Origin secretStore(String where) {
        return new Origin(Kind.SECRET_STORE, where);
    }

    /** How a problem with option {@code optionName} from this origin starts: {@code option '--x' (environment variable X)}. */
    public String prefix(String optionName) {
        return switch (kind) {
            case COMMAND_LINE, ABSENT -> "option '" + optionName + "'";
            case ENVIRONMENT -> "option '" + optionName + "' (environment variable " + detail + ")";
            case CONFIG_FILE -> "option '" + optionName + "' (config file " + detail + ")";
            case DEFAULT -> "option '" + optionName + "' (default)";
            case SECRET_STORE -> "secret '" + optionName + "' (" + detail + ")";
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case COMMAND_LINE -> "command line";
            case ENVIRONMENT -> "environment variable " + detail;
            case CONFIG_FILE -> "config file " + detail;
            case DEFAULT -> "default";
            case SECRET_STORE -> detail;
            case ABSENT -> "not set";
        };
    }
}
