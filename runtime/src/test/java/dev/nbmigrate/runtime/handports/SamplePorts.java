package dev.nbmigrate.runtime.handports;

import dev.nbmigrate.runtime.NotTranslated;

/** Hand-port points as the converter writes them: one default method per step, failing the run. */
public interface SamplePorts {

    default long cell3Line2(long covers) {
        NotTranslated.fail("NBM219", "sample.ipynb cell 3, line 2", "dict.iteritems is not translated");
        return 0L;
    }

    default void cell5Line1() {
        NotTranslated.fail("NBM201", "sample.ipynb cell 5, line 1", "no PySpark API member x");
    }
}
