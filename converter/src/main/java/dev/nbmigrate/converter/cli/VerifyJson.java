package dev.nbmigrate.converter.cli;

import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.nbmigrate.converter.verify.ModuleBuild;
import dev.nbmigrate.converter.verify.VerifyResult;

/**
 * {@code nbmigrate verify --format json} (schema {@value #SCHEMA}, documented in the README): each module's build
 * outcome, test counts and time in the order asked, Maven's exit code, and Maven's last lines when it stopped before
 * building any module.
 */
final class VerifyJson {

    static final String SCHEMA = "nbmigrate-verify/1";

    private VerifyJson() {
    }

    static String render(VerifyResult result, boolean stoppedEarly, int exitCode) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("schema", SCHEMA);
        root.put("passed", result.passed());
        root.put("exitCode", exitCode);
        root.put("mavenExitCode", result.exitCode());
        ArrayNode modules = root.putArray("modules");
        for (ModuleBuild build : result.modules()) {
            ObjectNode node = modules.addObject();
            node.put("module", build.module());
            node.put("build", outcome(build.outcome()));
            node.put("passed", build.passed());
            ObjectNode tests = node.putObject("tests");
            tests.put("run", build.tests().run());
            tests.put("failures", build.tests().failures());
            tests.put("errors", build.tests().errors());
            tests.put("skipped", build.tests().skipped());
            node.put("millis", build.time().toMillis());
        }
        ArrayNode tail = root.putArray("mavenOutputTail");
        if (stoppedEarly) {
            result.outputTail().forEach(tail::add);
        }
        return JsonOutput.write(root);
    }

    /** {@code success}, {@code failure}, {@code skipped} or {@code notBuilt}. */
    static String outcome(ModuleBuild.Outcome outcome) {
        String[] words = outcome.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }
}
