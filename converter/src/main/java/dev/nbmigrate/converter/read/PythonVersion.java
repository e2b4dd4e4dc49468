package dev.nbmigrate.converter.read;

/** Which Python a notebook's Python code was written for; decided once per notebook by the reader. */
public enum PythonVersion {
    PYTHON_2,
    PYTHON_3,
    /** The kernel does not run Python (Scala or R kernels). */
    NOT_PYTHON
}
