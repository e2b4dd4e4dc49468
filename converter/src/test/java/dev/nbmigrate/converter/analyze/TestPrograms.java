package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.read.Notebook;

/** In-memory notebooks for tests of other packages (the report). */
public final class TestPrograms {

    private TestPrograms() {
    }

    /** A PySpark3 notebook named {@code name} with one code cell per source. */
    public static Notebook notebook(String name, String... sources) {
        Notebooks builder = Notebooks.on(Notebooks.PYSPARK3, name);
        for (String source : sources) {
            builder.code(source);
        }
        return builder.notebook();
    }
}
