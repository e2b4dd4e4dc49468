package dev.nbmigrate.converter.parse.python;

/** Which Python a cell is written in, as far as the parser is told or finds out. */
public enum PythonDialect {
    /** Python 3 (3.12 grammar): parsed as is. */
    PYTHON3,
    /** Python 2: legacy syntax is rewritten first, and Python 2 semantic hazards are reported. */
    PYTHON2,
    /**
     * Unknown: parsed as Python 3; if that fails and rewriting Python 2 syntax makes it parse, treated as
     * Python 2. Code valid in both is taken as Python 3 (pass {@link #PYTHON2} when the kernel says so).
     */
    DETECT
}
