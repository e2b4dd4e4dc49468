package dev.nbmigrate.converter.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No public signature of the parse stage shows a GraalPy, Spark or Scala type: other stages cannot depend on them. */
class ApiBoundaryTest {

    private static final List<String> FORBIDDEN = List.of("com.oracle.", "org.graalvm.", "org.apache.spark.", "scala.",
            "org.antlr.");

    @Test
    void publicSignaturesUseOnlyOurOwnAndJdkTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(Span.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> leaks = new ArrayList<>();
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("dev/nbmigrate/converter/parse"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name, false, getClass().getClassLoader()));
            }
        }
        assertThat(classes).hasSizeGreaterThan(50);
        for (Class<?> type : classes) {
            if (!Modifier.isPublic(type.getModifiers())) {
                continue;
            }
            for (Method method : type.getMethods()) {
                if (method.getDeclaringClass() == type) {
                    check(leaks, type + "." + method.getName(), method.toGenericString());
                }
            }
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    check(leaks, type + "." + component.getName(), component.getGenericType().getTypeName());
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    private static void check(List<String> leaks, String where, String signature) {
        for (String prefix : FORBIDDEN) {
            if (signature.contains(prefix)) {
                leaks.add(where + ": " + signature);
            }
        }
    }
}
