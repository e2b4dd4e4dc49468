package dev.nbmigrate.converter.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class TemplateRendererTest {

    @TempDir
    Path templates;

    public record Field(String name, long count, boolean required) {
    }

    private TemplateRenderer renderer(String name, String text) throws Exception {
        Files.writeString(templates.resolve(name), text);
        return new TemplateRenderer(templates);
    }

    @Test
    void rendersRecordComponentsAsPropertiesWithFixedFormats() throws Exception {
        TemplateRenderer renderer = renderer("fields.ftl",
                "<#list fields as f>${f.name}=${f.count} ${f.required}\n</#list>");

        String text = renderer.render("fields.ftl", Map.of("fields", List.of(new Field("rows", 1234567, true))));

        assertThat(text).isEqualTo("rows=1234567 true\n");
    }

    @Test
    void brokenUserTemplateNamesFileLineAndColumn() throws Exception {
        TemplateRenderer renderer = renderer("Job.java.ftl", "line one\nclass ${name?} {\n");

        assertThatThrownBy(() -> renderer.render("Job.java.ftl", Map.of()))
                .isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("template " + templates.resolve("Job.java.ftl") + ", line 2");
    }

    @Test
    void userTemplatesCannotInstantiateClassesNorReachTheJavaApi() throws Exception {
        TemplateRenderer execute = renderer("Job.java.ftl",
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
        assertThatThrownBy(() -> execute.render("Job.java.ftl", Map.of()))
                .isInstanceOf(TemplateException.class).hasMessageContaining("Execute");
        TemplateRenderer objectConstructor = renderer("README.md.ftl",
                "<#assign oc = \"freemarker.template.utility.ObjectConstructor\"?new()>${oc(\"java.io.File\", \"/\")}");
        assertThatThrownBy(() -> objectConstructor.render("README.md.ftl", Map.of()))
                .isInstanceOf(TemplateException.class);
        TemplateRenderer api = renderer("x.ftl", "${fields?api.getClass().getName()}");
        assertThatThrownBy(() -> api.render("x.ftl", Map.of("fields", List.of(new Field("rows", 1, true)))))
                .isInstanceOf(TemplateException.class);
    }

    @Test
    void missingValueIsAnErrorNotAnEmptyString() throws Exception {
        TemplateRenderer renderer = renderer("x.ftl", "a\nvalue: ${missing}\n");

        assertThatThrownBy(() -> renderer.render("x.ftl", Map.of()))
                .isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("template " + templates.resolve("x.ftl") + ", line 2, column 10: ")
                .hasMessageEndingWith("has evaluated to null or missing: missing");
    }

    @Test
    void unknownTemplateAndBadFolderAreClearErrors() throws Exception {
        assertThatThrownBy(() -> new TemplateRenderer(templates).render("nope.ftl", Map.of()))
                .hasMessage("template nope.ftl (built-in) not found");
        assertThatThrownBy(() -> new TemplateRenderer(templates.resolve("absent")))
                .hasMessage("--templates " + templates.resolve("absent") + ": not a folder");
    }

    @Test
    void hashDependsOnTheTemplatesUsedOnly() throws Exception {
        TemplateRenderer first = renderer("a.ftl", "A ${x}");
        first.render("a.ftl", Map.of("x", 1));
        TemplateRenderer same = new TemplateRenderer(templates);
        same.render("a.ftl", Map.of("x", 2));
        TemplateRenderer changed = renderer("a.ftl", "B ${x}");
        changed.render("a.ftl", Map.of("x", 1));

        assertThat(first.templateHash()).hasSize(64).isEqualTo(same.templateHash()).isNotEqualTo(changed.templateHash());
    }
}
