package dev.nbmigrate.converter.read;

/**
 * The kernels (and notebook platforms) nbmigrate knows, with the language their plain cells are written in and
 * the context those cells run in.
 */
public enum KernelKind {
    /** sparkmagic's {@code pysparkkernel} ("PySpark"): Python 2 on old HDInsight 3.x clusters, Python 3 later. */
    PYSPARK(Language.PYTHON, ExecutionContext.LIVY, true),
    /** sparkmagic's {@code pyspark3kernel} ("PySpark3"). */
    PYSPARK3(Language.PYTHON, ExecutionContext.LIVY, true),
    /** sparkmagic's {@code sparkkernel} ("Spark"): Scala. */
    SPARK(Language.SCALA, ExecutionContext.LIVY, true),
    /** sparkmagic's {@code sparkrkernel} ("SparkR"). */
    SPARKR(Language.R, ExecutionContext.LIVY, true),
    /** Plain IPython ({@code python3}, {@code python2}), usually with {@code findspark} or a local session. */
    IPYTHON(Language.PYTHON, ExecutionContext.NOTEBOOK_SERVER, false),
    /** Azure Synapse {@code synapse_pyspark}. */
    SYNAPSE_PYSPARK(Language.PYTHON, ExecutionContext.SYNAPSE, false),
    /** A Databricks notebook (source export, or {@code .ipynb} exported by Databricks). */
    DATABRICKS(Language.PYTHON, ExecutionContext.DATABRICKS, false),
    /** A Zeppelin note: the language is the default interpreter's, each paragraph may choose another. */
    ZEPPELIN(Language.SCALA, ExecutionContext.LIVY, false),
    /** Not recognised: language guessed from the content, Spark globals assumed (see diagnostic NBM002). */
    UNKNOWN(Language.UNKNOWN, ExecutionContext.ASSUMED_SPARK, false);

    private final Language defaultLanguage;
    private final ExecutionContext context;
    private final boolean sparkmagic;

    KernelKind(Language defaultLanguage, ExecutionContext context, boolean sparkmagic) {
        this.defaultLanguage = defaultLanguage;
        this.context = context;
        this.sparkmagic = sparkmagic;
    }

    /** The language of this kernel's plain cells when nothing more specific is known. */
    public Language defaultLanguage() {
        return defaultLanguage;
    }

    /** Where this kernel's plain cells run. */
    public ExecutionContext context() {
        return context;
    }

    /** True for the sparkmagic wrapper kernels, where {@code %%sql}, {@code %%local}, {@code %%configure}... apply. */
    public boolean sparkmagic() {
        return sparkmagic;
    }
}
