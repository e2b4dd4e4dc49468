package dev.nbmigrate.converter.cells;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.nbmigrate.converter.diag.Code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Parses the JSON body of {@code %%configure} into a {@link LivySessionConfig}. Problems (not JSON, not an object,
 * a setting of the wrong type, a key Livy does not define) are reported at the cell line they are on.
 */
final class LivyConfigParser {

    /** Jackson must not quote the cell in its messages: settings may hold passwords. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

    /** Jackson's {@code [Source: ...; line: 2, column: 1]}, replaced by the position alone. */
    private static final Pattern SOURCE_POSITION =
            Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]", Pattern.DOTALL);

    /** How each Livy session setting is typed. */
    private enum Kind { TEXT, NUMBER, LIST, MAP }

    private static final Map<String, Kind> SETTINGS = Map.ofEntries(
            Map.entry("driverMemory", Kind.TEXT),
            Map.entry("driverCores", Kind.NUMBER),
            Map.entry("executorMemory", Kind.TEXT),
            Map.entry("executorCores", Kind.NUMBER),
            Map.entry("numExecutors", Kind.NUMBER),
            Map.entry("conf", Kind.MAP),
            Map.entry("jars", Kind.LIST),
            Map.entry("pyFiles", Kind.LIST),
            Map.entry("files", Kind.LIST),
            Map.entry("archives", Kind.LIST),
            Map.entry("queue", Kind.TEXT),
            Map.entry("name", Kind.TEXT),
            Map.entry("proxyUser", Kind.TEXT),
            Map.entry("kind", Kind.TEXT),
            Map.entry("heartbeatTimeoutInSecond", Kind.NUMBER));

    private LivyConfigParser() {
    }

    static Optional<LivySessionConfig> parse(MagicCall call) {
        if (call.body().isBlank()) {
            call.bad("no session settings in the cell (a JSON object is expected)");
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(call.body());
        } catch (JsonProcessingException notJson) {
            JsonLocation where = notJson.getLocation();
            int line = where == null ? call.header().line() : where.getLineNr();
            String reason = notJson instanceof JsonEOFException
                    ? "the JSON ends before its object, list or string is closed"
                    : SOURCE_POSITION.matcher(String.valueOf(notJson.getOriginalMessage()))
                    .replaceAll("line $1, column $2").lines().findFirst().orElse("").strip();
            call.findings().add(Code.NBM010, line,
                    where == null ? 0 : Math.max(0, where.getColumnNr()),
                    call.header().text() + ": could not parse the session settings as JSON: " + reason);
            return Optional.empty();
        }
        if (!root.isObject()) {
            call.bad("the session settings must be a JSON object, not " + root.getNodeType().name().toLowerCase(Locale.ROOT));
            return Optional.empty();
        }
        Builder builder = new Builder();
        root.fields().forEachRemaining(field -> builder.set(call, field.getKey(), field.getValue()));
        return Optional.of(builder.build());
    }

    /** Collects the settings while checking their types. */
    private static final class Builder {
        private final Map<String, String> texts = new TreeMap<>();
        private final Map<String, Integer> numbers = new TreeMap<>();
        private final Map<String, List<String>> lists = new TreeMap<>();
        private final TreeMap<String, String> conf = new TreeMap<>();
        private final TreeMap<String, String> other = new TreeMap<>();

        void set(MagicCall call, String key, JsonNode value) {
            Kind kind = SETTINGS.get(key);
            if (kind == null) {
                call.bad("\"" + key + "\" is not a Livy session setting");
                other.put(key, value.toString());
                return;
            }
            switch (kind) {
                case TEXT -> {
                    if (value.isValueNode() && !value.isNull()) {
                        texts.put(key, value.asText());
                    } else {
                        wrongType(call, key, "a string", value);
                    }
                }
                case NUMBER -> {
                    if (value.canConvertToInt() && value.isIntegralNumber()) {
                        numbers.put(key, value.asInt());
                    } else if (value.isTextual() && value.asText().strip().matches("\\d{1,9}")) {
                        numbers.put(key, Integer.parseInt(value.asText().strip()));
                    } else {
                        wrongType(call, key, "a whole number", value);
                    }
                }
                case LIST -> {
                    List<String> items = new ArrayList<>();
                    if (value.isArray()) {
                        value.forEach(item -> items.add(item.isTextual() ? item.asText() : item.toString()));
                        lists.put(key, items);
                    } else {
                        wrongType(call, key, "a list", value);
                    }
                }
                case MAP -> {
                    if (value.isObject()) {
                        value.fields().forEachRemaining(entry -> conf.put(entry.getKey(),
                                entry.getValue().isValueNode() ? entry.getValue().asText()
                                        : entry.getValue().toString()));
                    } else {
                        wrongType(call, key, "a JSON object", value);
                    }
                }
            }
        }

        private void wrongType(MagicCall call, String key, String expected, JsonNode value) {
            call.bad("\"" + key + "\" must be " + expected + ", not " + value);
            other.put(key, value.toString());
        }

        LivySessionConfig build() {
            return new LivySessionConfig(text("driverMemory"), number("driverCores"), text("executorMemory"),
                    number("executorCores"), number("numExecutors"), conf, list("jars"), list("pyFiles"),
                    list("files"), list("archives"), text("queue"), text("name"), text("proxyUser"), text("kind"),
                    number("heartbeatTimeoutInSecond"), other);
        }

        private Optional<String> text(String key) {
            return Optional.ofNullable(texts.get(key));
        }

        private Optional<Integer> number(String key) {
            return Optional.ofNullable(numbers.get(key));
        }

        private List<String> list(String key) {
            return lists.getOrDefault(key, List.of());
        }
    }
}
