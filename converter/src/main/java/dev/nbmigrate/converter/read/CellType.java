package dev.nbmigrate.converter.read;

/**
 * The type a cell has in its file. Databricks commands and Zeppelin paragraphs are always {@link #CODE}: whether
 * they hold Markdown ({@code %md}) or SQL is decided by the classifier. nbformat 3 {@code heading} cells become
 * {@link #MARKDOWN} with the heading's {@code #} marks.
 */
public enum CellType {
    CODE,
    MARKDOWN,
    RAW
}
