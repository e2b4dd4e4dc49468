package dev.nbmigrate.converter.read;

/**
 * The language a piece of notebook content is written in: a kernel's default language, or a classified cell's.
 * Python 2 versus 3 is not a language here but a {@link PythonVersion} of the kernel.
 */
public enum Language {
    PYTHON,
    SCALA,
    R,
    SQL,
    /** Shell commands ({@code %sh}, {@code %%bash}, {@code !cmd}). */
    SHELL,
    MARKDOWN,
    /** JSON, e.g. the body of {@code %%configure}. */
    JSON,
    /** Text that is not code: raw cells, display-only magics such as {@code %%html}. */
    TEXT,
    /** Not decided: no metadata and no evidence in the content. */
    UNKNOWN
}
