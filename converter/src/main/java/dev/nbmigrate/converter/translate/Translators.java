package dev.nbmigrate.converter.translate;

import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** Finds the registered {@link NotebookTranslator} (Java {@link ServiceLoader}). */
public final class Translators {

    private Translators() {
    }

    /**
     * The one translator registered on the class path of {@code loader}.
     *
     * @throws IllegalStateException when none or more than one is registered; the message says how to fix it
     */
    public static NotebookTranslator load(ClassLoader loader) {
        List<NotebookTranslator> found = ServiceLoader.load(NotebookTranslator.class, loader).stream()
                .map(ServiceLoader.Provider::get).toList();
        if (found.isEmpty()) {
            throw new IllegalStateException("no notebook translator is registered: this build of nbmigrate cannot"
                    + " translate notebooks yet (a translator registers itself in META-INF/services/"
                    + NotebookTranslator.class.getName() + ")");
        }
        if (found.size() > 1) {
            throw new IllegalStateException("more than one notebook translator is registered ("
                    + found.stream().map(t -> t.getClass().getName()).sorted().collect(Collectors.joining(", "))
                    + "); keep one in META-INF/services/" + NotebookTranslator.class.getName());
        }
        return found.get(0);
    }
}
