package dev.nbmigrate.converter.cli;

import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** How every {@code --format json} report is printed: two-space indent, {@code \n} line ends, a final newline. */
final class JsonOutput {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonOutput() {
    }

    static String write(ObjectNode root) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The error for a {@code --format} that is neither {@code text} nor {@code json}, or empty when it is one. */
    static java.util.Optional<String> formatProblem(String command, String format) {
        return format.equals("text") || format.equals("json") ? java.util.Optional.empty()
                : java.util.Optional.of("nbmigrate " + command + ": --format must be text or json, not " + format);
    }
}
