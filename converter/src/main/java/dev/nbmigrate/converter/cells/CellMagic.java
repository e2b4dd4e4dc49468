package dev.nbmigrate.converter.cells;

/**
 * A cell magic with its options parsed: what the first line of a cell told the kernel or platform to do with the
 * rest of it. sparkmagic, IPython, Databricks and Zeppelin syntaxes map onto the same records (a Databricks
 * {@code %sql} and a Zeppelin {@code %livy2.sql} are both a {@link SqlMagic}).
 */
public sealed interface CellMagic permits SqlMagic, SparkMagic, ConfigureMagic, LocalMagic, InfoMagic,
        LogsMagic, HelpMagic, CleanupMagic, DeleteMagic, SendToSparkMagic, PrettyMagic, LanguageMagic,
        MarkdownMagic, RunNotebookMagic, ShellMagic, FsMagic, TimingMagic, CaptureMagic, WriteFileMagic,
        DisplayMagic, UnknownMagic {

    /** The magic's line as written. */
    MagicHeader header();
}
