package dev.nbmigrate.converter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.MethodCallExpr;

import dev.nbmigrate.converter.translate.job.JobTranslator;

/**
 * Text copied from a notebook cannot become code or markup in what convert writes: unicode escapes in comments and
 * Javadoc, a Windows path in a comment, HTML in Markdown headings, {@code --} in the file name (an XML comment).
 */
class InjectionTest {

    @Test
    void notebookTextStaysTextInEveryGeneratedFile(@TempDir Path project) throws IOException {
        Path notebooks = Files.createDirectories(project.resolve("notebooks"));
        SecretLeakTest.writeNotebook(notebooks.resolve("a--b.ipynb"), List.of(
                "md:# Title \\u002a/ evil <script>alert(1)</script>",
                "df = spark.range(3) # \\u000a System.exit(5); //\npath = r\"D:\\data\\users.csv\"\nprint(path)",
                "md:## Step \\u000a System.exit(6); <img src=x onerror=alert(2)> */ x",
                "df2 = spark.range(2)  # */ \\u002a/ \\\\u000d System.exit(7);\ndf2.show()"));

        CliRunner.Run run = CliRunner.run(project, new JobTranslator(), "convert", "notebooks", "--out", "out");

        assertThat(run.out()).as(run.all()).contains("1 written");
        Path module = project.resolve("out/a-b");
        Path job;
        try (Stream<Path> files = Files.walk(module)) {
            job = files.filter(f -> f.getFileName().toString().endsWith("Job.java")).findFirst().orElseThrow();
        }
        String java = Files.readString(job);
        CompilationUnit unit = StaticJavaParser.parse(java.replace("\\\\u", "\\\\\\\\u"));
        assertThat(unit.findAll(MethodCallExpr.class)).noneMatch(call -> call.toString().startsWith("System.exit"));
        assertThat(java).doesNotContainPattern("(?<!\\\\)(\\\\\\\\)*\\\\u000a").doesNotContain("\\users.csv\"\n");
        assertThat(Files.readString(module.resolve("README.md"))).doesNotContain("<script>").doesNotContain("<img");
        assertThat(Files.readString(module.resolve("MIGRATION.md"))).doesNotContain("<script>");
        String pom = Files.readString(module.resolve("pom.xml"));
        assertThat(pom.substring(pom.indexOf("<!--") + 4, pom.indexOf("-->"))).doesNotContain("--");
    }
}
