package dev.nbmigrate.converter.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;

class LongLinesTest {

    private static final String LONG_CLASS = """
            package p;

            /**
             * A Javadoc line that goes on and on about what this class does, far past the width a reviewer reads comfortably.
             */
            class C {
                void m(Object output) {
                    // a comment line that goes on and on about what this statement does, far past the width a reviewer reads
                    assertThatDataset(output.filter(col("supplier_id").cast("string").equalTo("SUP01").and(col("month").cast("string").equalTo("2024-01"))).select(col("supplier_id"), col("month"))).containsRow("SUP01", 12L, 3.5, "a value");
                    String message = "a long message for the log that is longer than one line of generated Java may be in this project";
                    String sql = \"""
                        SELECT s.supplier_name, d.month, COUNT(*) AS deliveries, SUM(CASE WHEN d.is_delivered THEN 1 ELSE 0 END) AS delivered
                          FROM deliveries_v d
                        \""";
                }
            }
            """;

    @Test
    void noLineIsLongerThanTheWidthAndTheCodeMeansTheSame() {
        String wrapped = LongLines.wrap(LONG_CLASS);
        assertThat(wrapped.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(LongLines.WIDTH));
        CompilationUnit before = dev.nbmigrate.converter.check.JavaUnits.parse(LONG_CLASS).unit().orElseThrow();
        CompilationUnit after = dev.nbmigrate.converter.check.JavaUnits.parse(wrapped).unit().orElseThrow();
        assertThat(after.findAll(TextBlockLiteralExpr.class).get(0).asString())
                .isEqualTo(before.findAll(TextBlockLiteralExpr.class).get(0).asString());
        assertThat(wrapped).contains("\"a long message for the log that is longer than one line of generated Java may be in this \" +");
        // the same statements, once the strings split in two are joined again
        assertThat(after.findAll(StringLiteralExpr.class).stream().map(StringLiteralExpr::asString)
                .reduce("", String::concat))
                .isEqualTo(before.findAll(StringLiteralExpr.class).stream().map(StringLiteralExpr::asString)
                        .reduce("", String::concat));
        assertThat(after.findAll(com.github.javaparser.ast.expr.MethodCallExpr.class)).hasSameSizeAs(
                before.findAll(com.github.javaparser.ast.expr.MethodCallExpr.class));
    }

    @Test
    void theCodeAfterATextBlockIsBrokenAndTheDelimiterStays() {
        String text = "class C {\n    void f() {\n        spark.sql(\"\"\"\n            SELECT * FROM %s WHERE a = :from\n"
                + "            \"\"\".formatted(config.salesTable(), config.sitesTable()), Map.of(\"trainFrom\","
                + " config.trainFrom(), \"trainTo\", config.trainTo()));\n    }\n}\n";

        String wrapped = LongLines.wrap(text);

        assertThat(wrapped.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(LongLines.WIDTH));
        assertThat(wrapped).contains("\n            \"\"\".formatted(config.salesTable(), config.sitesTable()),");
        assertThat(dev.nbmigrate.converter.check.JavaUnits.parse(wrapped).unit().orElseThrow().toString())
                .isEqualTo(dev.nbmigrate.converter.check.JavaUnits.parse(text).unit().orElseThrow().toString());
    }

    @Test
    void shortLinesAreLeftAlone() {
        String text = "class C {\n    int x = 1; // short\n}\n";
        assertThat(LongLines.wrap(text)).isEqualTo(text);
        assertThat(LongLines.wrap(LongLines.wrap(LONG_CLASS))).isEqualTo(LongLines.wrap(LONG_CLASS));
    }

    /** The committed generated modules: every Java line, main and test, fits in the width. */
    @Test
    void generatedJavaHasNoLineOverTheWidth() throws IOException {
        Path generated = Path.of("..", "generated");
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(generated)) {
            tooLong = files.filter(f -> f.toString().endsWith(".java")).sorted().flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream().filter(l -> l.length() > LongLines.WIDTH)
                            .map(l -> generated.relativize(f) + ": " + l);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertThat(tooLong).isEmpty();
    }
}
