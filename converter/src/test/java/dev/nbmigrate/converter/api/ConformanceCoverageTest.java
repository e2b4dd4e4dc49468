package dev.nbmigrate.converter.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

import dev.nbmigrate.converter.testing.SharedFolder;

/**
 * The catalog against the conformance corpus (PySpark 3.5.5's own doctests, read at test time from
 * {@code shared/conformance} beside the repository): every API a doctest documents or calls is classified as
 * supported, and every keyword argument the examples pass to a documented function is a known parameter.
 */
class ConformanceCoverageTest {

    private static final String CORPUS = "conformance/pyspark-3.5.5-doctests.dev.jsonl";
    private static final ApiCatalog CATALOG = ApiCatalog.standard();
    private static final Map<String, String> OWNERS = Map.of(
            "pyspark.sql.functions", "pyspark.sql.functions",
            "pyspark.sql.dataframe", "pyspark.sql.DataFrame",
            "pyspark.sql.column", "pyspark.sql.Column",
            "pyspark.sql.group", "pyspark.sql.GroupedData",
            "pyspark.sql.window", "pyspark.sql.Window");

    private static List<JsonNode> records() throws IOException {
        Path corpus = SharedFolder.require(CORPUS);
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                records.add(json.readTree(line));
            }
        }
        return records;
    }

    private static boolean acceptable(ApiSupport s) {
        if (s.status() != SupportStatus.UNSUPPORTED) {
            return true;
        }
        // Members the Java API of this Spark version lacks, where the table says so (e.g. _joinAsOf on 4.0).
        return s.code().map(c -> c.id().equals("NBM214")).orElse(false) && CATALOG.sparkVersion().major() >= 4;
    }

    @Test
    void everyFunctionTheDoctestsUseIsSupported() throws IOException {
        TreeSet<String> unsupported = new TreeSet<>();
        int checked = 0;
        for (JsonNode record : records()) {
            Iterator<String> names = record.path("functions_used").fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                checked++;
                ApiSupport s = CATALOG.classify("pyspark.sql.functions", name);
                if (!acceptable(s)) {
                    unsupported.add(s.describe());
                }
            }
        }
        assertThat(checked).isGreaterThan(200);
        assertThat(unsupported).isEmpty();
    }

    @Test
    void everyDocumentedApiIsSupported() throws IOException {
        TreeSet<String> unsupported = new TreeSet<>();
        for (JsonNode record : records()) {
            String owner = OWNERS.get(record.path("module").asText());
            assertThat(owner).as(record.path("module").asText()).isNotNull();
            String qualname = record.path("qualname").asText();
            String member = qualname.substring(qualname.lastIndexOf('.') + 1);
            ApiSupport s = CATALOG.classify(qualname.contains(".") ? classOf(qualname) : owner, member);
            if (!acceptable(s)) {
                unsupported.add(s.describe());
            }
        }
        assertThat(unsupported).isEmpty();
    }

    private static String classOf(String qualname) {
        String cls = qualname.substring(0, qualname.indexOf('.'));
        return CATALOG.apiClass(cls).orElseThrow().displayName();
    }

    /** {@code name(... keyword=} for a documented function: the keyword must be one of its parameters. */
    @Test
    void keywordArgumentsOfTheExamplesAreKnownParameters() throws IOException {
        Pattern call = Pattern.compile("(?:\\bsf\\.|\\bF\\.|\\bfunc\\.|\\.|\\b)([a-z_][A-Za-z_0-9]*)\\(");
        Pattern keyword = Pattern.compile("^\\s*([A-Za-z_][A-Za-z_0-9]*)=(?!=)");
        TreeSet<String> unknown = new TreeSet<>();
        int checked = 0;
        for (JsonNode record : records()) {
            for (JsonNode example : record.path("examples")) {
                String source = example.path("source").asText();
                Matcher m = call.matcher(source);
                while (m.find()) {
                    String name = m.group(1);
                    List<String> keywords = keywordsOfCall(source, m.end(), keyword);
                    Optional<PyParams> params = paramsOf(name, source.charAt(m.start()) == '.'
                            && !source.startsWith("sf.", m.start() - 2));
                    if (params.isEmpty() || keywords.isEmpty()) {
                        continue;
                    }
                    for (String k : keywords) {
                        checked++;
                        boolean known = params.get().get(k).isPresent() || params.get().varKeyword().isPresent();
                        if (!known) {
                            unknown.add(name + "(" + k + "=)");
                        }
                    }
                }
            }
        }
        assertThat(checked).isPositive();
        assertThat(unknown).isEmpty();
    }

    /** The parameters of {@code name} as a function or as a DataFrame/Column method, when the table has them. */
    private static Optional<PyParams> paramsOf(String name, boolean method) {
        if (!method) {
            return CATALOG.classify("pyspark.sql.functions", name).params();
        }
        for (String owner : List.of("pyspark.sql.DataFrame", "pyspark.sql.Column", "pyspark.sql.GroupedData")) {
            Optional<PyParams> p = CATALOG.classify(owner, name).params();
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    /** The keyword names of the call whose argument list starts at {@code from} (nested calls skipped). */
    private static List<String> keywordsOfCall(String source, int from, Pattern keyword) {
        List<String> result = new ArrayList<>();
        int depth = 0;
        int argStart = from;
        char quote = 0;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == ',' || c == ')')) {
                Matcher k = keyword.matcher(source.substring(argStart, i));
                if (k.find()) {
                    result.add(k.group(1));
                }
                if (c == ')') {
                    break;
                }
                argStart = i + 1;
            }
        }
        return result;
    }
}
