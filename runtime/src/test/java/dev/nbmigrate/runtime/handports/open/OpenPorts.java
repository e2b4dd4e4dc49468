package dev.nbmigrate.runtime.handports.open;

/** Hand-port points no team has implemented yet (no {@code manual} package). */
public interface OpenPorts {

    default void cell1Line1() {
        throw new UnsupportedOperationException("NBM219 (open.ipynb cell 1, line 1): not translated");
    }
}
