package dev.nbmigrate.converter.cells;

/** Which tool's syntax a magic was written in, i.e. who interpreted it when the notebook ran. */
public enum MagicSyntax {
    /** sparkmagic's kernel magics: {@code %%sql}, {@code %%configure}, {@code %%local}... */
    SPARKMAGIC,
    /** IPython's own magics: {@code %%time}, {@code %%bash}, {@code %matplotlib}, {@code %pip}... */
    IPYTHON,
    /** Databricks notebook magics: {@code %sql}, {@code %md}, {@code %run}, {@code %fs}... */
    DATABRICKS,
    /** Azure Synapse notebook magics: {@code %%pyspark}, {@code %%spark}, {@code %%sql}, {@code %%configure}... */
    SYNAPSE,
    /** Zeppelin interpreter prefixes: {@code %livy2.pyspark}, {@code %livy2.sql}, {@code %md}... */
    ZEPPELIN
}
