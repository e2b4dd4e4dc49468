package dev.nbmigrate.converter.translate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.nbmigrate.converter.model.JobModel;
import dev.nbmigrate.converter.model.Target;

class TranslatorsTest {

    @TempDir
    Path dir;

    /** A registered translator for the lookup test (a real one would translate). */
    public static final class First implements NotebookTranslator {
        @Override
        public JobModel translate(Path notebook, Target target) throws IOException {
            throw new IOException(notebook + ": not translated by this test translator");
        }
    }

    /** Another one. */
    public static final class Second implements NotebookTranslator {
        @Override
        public JobModel translate(Path notebook, Target target) throws IOException {
            throw new IOException(notebook + ": not translated by this test translator");
        }
    }

    private ClassLoader registering(String... classes) throws IOException {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(services.resolve(NotebookTranslator.class.getName()), String.join("\n", classes) + "\n");
        // The parent hides the converter's own registration, so that only the ones written here are seen.
        ClassLoader withoutServices = new ClassLoader(getClass().getClassLoader()) {
            @Override
            public java.util.Enumeration<URL> getResources(String name) throws IOException {
                return name.startsWith("META-INF/services/") ? java.util.Collections.emptyEnumeration()
                        : super.getResources(name);
            }
        };
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, withoutServices);
    }

    @Test
    void exactlyOneRegisteredTranslatorIsFound() throws IOException {
        NotebookTranslator found = Translators.load(registering(First.class.getName()));

        org.assertj.core.api.Assertions.assertThat(found).isInstanceOf(First.class);
    }

    @Test
    void theConverterRegistersTheJobTranslator() {
        org.assertj.core.api.Assertions.assertThat(Translators.load(getClass().getClassLoader()))
                .isInstanceOf(dev.nbmigrate.converter.translate.job.JobTranslator.class);
    }

    @Test
    void noneOrSeveralIsAClearError() throws IOException {
        assertThatThrownBy(() -> Translators.load(new URLClassLoader(new URL[0], null)))
                .hasMessageStartingWith("no notebook translator is registered: this build of nbmigrate cannot translate");
        ClassLoader two = registering(First.class.getName(), Second.class.getName());
        assertThatThrownBy(() -> Translators.load(two)).hasMessage("more than one notebook translator is registered ("
                + First.class.getName() + ", " + Second.class.getName() + "); keep one in META-INF/services/"
                + NotebookTranslator.class.getName());
    }
}
