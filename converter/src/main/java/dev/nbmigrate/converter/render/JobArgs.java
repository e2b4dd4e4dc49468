package dev.nbmigrate.converter.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.nbmigrate.runtime.config.Names;

/**
 * Job options as a list of command-line tokens ({@code --input-path x}, {@code --input_path=x}, {@code --dry-run}),
 * read with the runtime's naming rules: what an option is set to, and the list without it or with another value.
 */
final class JobArgs {

    private final List<String> tokens;

    JobArgs(List<String> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    List<String> tokens() {
        return tokens;
    }

    /** The value the tokens give option {@code field} (a record component name), the last one winning. */
    Optional<String> valueOf(String field) {
        String wanted = Names.normalize(Names.kebab(field));
        String value = null;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (!token.startsWith("--")) {
                continue;
            }
            int eq = token.indexOf('=');
            String name = eq < 0 ? token : token.substring(0, eq);
            if (!Names.normalize(name).equals(wanted)) {
                continue;
            }
            if (eq >= 0) {
                value = token.substring(eq + 1);
            } else if (i + 1 < tokens.size() && !tokens.get(i + 1).startsWith("--")) {
                value = tokens.get(i + 1);
            } else {
                value = "true";
            }
        }
        return Optional.ofNullable(value);
    }

    /** The tokens without option {@code field}. */
    JobArgs without(String field) {
        String wanted = Names.normalize(Names.kebab(field));
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (token.startsWith("--")) {
                int eq = token.indexOf('=');
                String name = eq < 0 ? token : token.substring(0, eq);
                if (Names.normalize(name).equals(wanted)) {
                    if (eq < 0 && i + 1 < tokens.size() && !tokens.get(i + 1).startsWith("--")) {
                        i++;
                    }
                    continue;
                }
            }
            kept.add(token);
        }
        return new JobArgs(kept);
    }

    /** The tokens with option {@code option} (e.g. {@code --lookback-days}) set to {@code value} instead. */
    JobArgs with(String field, String option, String value) {
        List<String> more = new ArrayList<>(without(field).tokens);
        more.add(option + "=" + value);
        return new JobArgs(more);
    }
}
