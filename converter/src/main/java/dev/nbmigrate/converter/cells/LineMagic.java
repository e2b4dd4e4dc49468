package dev.nbmigrate.converter.cells;

/**
 * An IPython escape inside Python code: a line magic ({@code %matplotlib inline}, {@code %pip install x},
 * {@code %run ./utils.ipynb}), a shell command ({@code !hdfs dfs -ls}), or a help request ({@code df?}). The
 * classifier takes these out of the code (the lines are blanked, or become {@code pass} when nested, so the rest
 * keeps its line numbers and stays valid Python) and records them here.
 */
public sealed interface LineMagic permits MatplotlibMagic, PackageInstallMagic, RunScriptMagic, TimeMagic,
        LoadExtensionMagic, EnvMagic, MatplotMagic, ShellCommand, HelpRequest, GenericLineMagic {

    /** Where it is and how it was written. */
    LineSpan span();
}
