package dev.nbmigrate.converter.render;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import dev.nbmigrate.converter.render.ModuleViews.ConfigView;
import dev.nbmigrate.converter.render.ModuleViews.JobView;

/**
 * The imports a generated Java file may have, by the file's view: the renderer renders with all of them, then keeps
 * those the parsed unit uses.
 */
final class JavaImports {

    private static final String RUNTIME = "dev.nbmigrate.runtime.";
    private static final SortedSet<String> JOB_IMPORTS = new TreeSet<>(List.of(RUNTIME + "JobContext",
            RUNTIME + "SparkJob", RUNTIME + "SparkSettings"));
    static final SortedSet<String> CONFIG_IMPORTS = new TreeSet<>(List.of(RUNTIME + "config.Alias",
            RUNTIME + "config.Default", RUNTIME + "config.Help", RUNTIME + "config.OneOf", RUNTIME + "config.Pattern",
            RUNTIME + "config.Range", RUNTIME + "config.Required", RUNTIME + "config.Schemes",
            RUNTIME + "config.SecretRef", RUNTIME + "secrets.Secret", "java.math.BigDecimal", "java.time.Duration",
            "java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime", "java.util.List"));
    private static final SortedSet<String> TEST_IMPORTS = new TreeSet<>(List.of(
            "static " + RUNTIME + "testkit.DatasetAssert.assertThatDataset", "static " + RUNTIME + "testkit.Rows.row",
            "static org.apache.spark.sql.functions.col", "static org.assertj.core.api.Assertions.assertThat",
            "static org.assertj.core.api.Assertions.assertThatThrownBy",
            "static org.junit.jupiter.api.Assumptions.assumeTrue", RUNTIME + "EnvVars",
            RUNTIME + "HandPorts", RUNTIME + "config.ConfigException", RUNTIME + "paths.PathResolver",
            RUNTIME + "paths.PathRules", RUNTIME + "testkit.SparkTest", "java.util.List", "java.util.Optional", "java.io.IOException", "java.io.UncheckedIOException",
            "java.net.URISyntaxException", "java.net.URL", "java.nio.file.Files", "java.nio.file.Path",
            "java.util.stream.Stream", "org.apache.spark.sql.Dataset", "org.apache.spark.sql.Row",
            "org.apache.spark.sql.SparkSession", "org.junit.jupiter.api.BeforeAll", "org.junit.jupiter.api.DisplayName",
            "org.junit.jupiter.api.Nested", "org.junit.jupiter.api.Test", "org.junit.jupiter.api.TestInstance",
            "org.junit.jupiter.api.io.TempDir"));
    private static final SortedSet<String> LOCAL_RUN_IMPORTS = new TreeSet<>(List.of(RUNTIME + "EnvVars",
            RUNTIME + "config.ConfigException", RUNTIME + "paths.PathResolver", RUNTIME + "paths.PathRules",
            "java.util.Arrays", "org.apache.spark.sql.SparkSession"));
    private static final SortedSet<String> HAND_PORTS_IMPORTS = new TreeSet<>(List.of(RUNTIME + "JobContext",
            RUNTIME + "NotTranslated"));

    private JavaImports() {
    }

    static SortedSet<String> candidates(Object view) {
        if (view instanceof JobView job) {
            SortedSet<String> all = new TreeSet<>(JOB_IMPORTS);
            job.staticImports().forEach(i -> all.add("static " + i));
            all.addAll(job.imports());
            return all;
        }
        if (view instanceof ConfigView) {
            return CONFIG_IMPORTS;
        }
        if (view instanceof ModuleViews.LocalRunView) {
            return LOCAL_RUN_IMPORTS;
        }
        if (view instanceof ModuleViews.HandPortsView ports) {
            SortedSet<String> all = new TreeSet<>(HAND_PORTS_IMPORTS);
            all.addAll(ports.imports());
            return all;
        }
        return TEST_IMPORTS;
    }

    static List<List<String>> split(SortedSet<String> imports) {
        List<String> statics = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        for (String name : imports) {
            if (name.startsWith("static ")) {
                statics.add(name.substring("static ".length()));
            } else {
                plain.add(name);
            }
        }
        return List.of(statics, plain);
    }
}
