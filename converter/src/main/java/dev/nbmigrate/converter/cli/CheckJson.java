package dev.nbmigrate.converter.cli;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.nbmigrate.converter.convert.NotebookResult;
import dev.nbmigrate.converter.convert.OutputCheck;

/**
 * {@code nbmigrate check --format json} (schema {@value #SCHEMA}, documented in the README): whether the output
 * folder is up to date, each module regenerated, each differing file with its change and unified diff (sorted by
 * path), and what could not be regenerated. The same folder and converter give the same bytes.
 */
final class CheckJson {

    static final String SCHEMA = "nbmigrate-check/1";

    private CheckJson() {
    }

    static String render(String out, OutputCheck.Result result, int exitCode) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("schema", SCHEMA);
        root.put("out", out);
        root.put("upToDate", result.clean());
        root.put("exitCode", exitCode);
        ArrayNode modules = root.putArray("modules");
        for (NotebookResult regenerated : result.regenerated()) {
            ObjectNode node = modules.addObject();
            node.put("module", regenerated.module());
            node.put("notebook", regenerated.notebook());
            node.put("version", regenerated.version());
        }
        ArrayNode differences = root.putArray("differences");
        for (String diff : result.differences()) {
            Header header = Header.of(diff);
            ObjectNode node = differences.addObject();
            node.put("path", header.path());
            node.put("change", header.change());
            node.put("diff", diff);
        }
        ArrayNode problems = root.putArray("problems");
        result.problems().forEach(problems::add);
        return JsonOutput.write(root);
    }

    /** A file's path and change, read from its unified diff's {@code ---}/{@code +++} lines. */
    record Header(String path, String change) {

        private static final String NONE = "/dev/null";

        static Header of(String diff) {
            List<String> lines = diff.lines().limit(2).toList();
            String from = lines.isEmpty() ? NONE : strip(lines.get(0), "--- ", "a/");
            String to = lines.size() < 2 ? NONE : strip(lines.get(1), "+++ ", "b/");
            if (from.equals(NONE)) {
                return new Header(to, "added");
            }
            return to.equals(NONE) ? new Header(from, "removed") : new Header(to, "changed");
        }

        private static String strip(String line, String marker, String side) {
            String name = line.startsWith(marker) ? line.substring(marker.length()) : line;
            return name.startsWith(side) ? name.substring(side.length()) : name;
        }
    }
}
