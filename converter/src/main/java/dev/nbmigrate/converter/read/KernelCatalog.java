package dev.nbmigrate.converter.read;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The tables that identify a Jupyter kernel from what notebooks save: {@code kernelspec.name},
 * {@code kernelspec.display_name} and {@code language_info.name}.
 */
final class KernelCatalog {

    /**
     * A known kernel.
     *
     * @param kind   the kernel
     * @param python the Python version the kernel implies, or null when it must be decided from
     *               {@code language_info} or the code (sparkmagic's {@code pysparkkernel} was Python 2 on
     *               HDInsight 3.x and Python 3 later)
     */
    record Entry(KernelKind kind, PythonVersion python) {
    }

    private static final Map<String, Entry> BY_NAME = Map.of(
            "pysparkkernel", new Entry(KernelKind.PYSPARK, null),
            "pyspark3kernel", new Entry(KernelKind.PYSPARK3, PythonVersion.PYTHON_3),
            "sparkkernel", new Entry(KernelKind.SPARK, PythonVersion.NOT_PYTHON),
            "sparkrkernel", new Entry(KernelKind.SPARKR, PythonVersion.NOT_PYTHON),
            "python3", new Entry(KernelKind.IPYTHON, PythonVersion.PYTHON_3),
            "python2", new Entry(KernelKind.IPYTHON, PythonVersion.PYTHON_2),
            "python", new Entry(KernelKind.IPYTHON, null),
            "synapse_pyspark", new Entry(KernelKind.SYNAPSE_PYSPARK, PythonVersion.PYTHON_3));

    /** Display names as sparkmagic, ipykernel and Synapse save them, compared in lower case. */
    private static final Map<String, Entry> BY_DISPLAY_NAME = Map.of(
            "pyspark", new Entry(KernelKind.PYSPARK, null),
            "pyspark3", new Entry(KernelKind.PYSPARK3, PythonVersion.PYTHON_3),
            "spark", new Entry(KernelKind.SPARK, PythonVersion.NOT_PYTHON),
            "sparkr", new Entry(KernelKind.SPARKR, PythonVersion.NOT_PYTHON),
            "python 3", new Entry(KernelKind.IPYTHON, PythonVersion.PYTHON_3),
            "python 3 (ipykernel)", new Entry(KernelKind.IPYTHON, PythonVersion.PYTHON_3),
            "python 2", new Entry(KernelKind.IPYTHON, PythonVersion.PYTHON_2),
            "synapse pyspark", new Entry(KernelKind.SYNAPSE_PYSPARK, PythonVersion.PYTHON_3));

    /** {@code language_info.name} values that only sparkmagic kernels save. */
    private static final Map<String, Entry> BY_LANGUAGE_INFO = Map.of(
            "pyspark", new Entry(KernelKind.PYSPARK, null),
            "pyspark3", new Entry(KernelKind.PYSPARK3, PythonVersion.PYTHON_3),
            "sparkr", new Entry(KernelKind.SPARKR, PythonVersion.NOT_PYTHON));

    /** Languages named by {@code language_info.name} or {@code kernelspec.language} of unknown kernels. */
    private static final Map<String, Language> LANGUAGES = Map.of(
            "python", Language.PYTHON,
            "python2", Language.PYTHON,
            "python3", Language.PYTHON,
            "pyspark", Language.PYTHON,
            "pyspark3", Language.PYTHON,
            "scala", Language.SCALA,
            "r", Language.R,
            "sparkr", Language.R,
            "sql", Language.SQL);

    private KernelCatalog() {
    }

    /**
     * The kernel of that {@code kernelspec.name}; SageMaker Studio saves sparkmagic's names with its image's ARN
     * after {@code __} ({@code pysparkkernel__SAGEMAKER_INTERNAL__arn...}), which is read as the name before it.
     */
    static Optional<Entry> byName(String name) {
        Entry entry = BY_NAME.get(name);
        int suffix = name.indexOf("__");
        if (entry == null && suffix > 0) {
            entry = BY_NAME.get(name.substring(0, suffix));
        }
        return Optional.ofNullable(entry);
    }

    static Optional<Entry> byDisplayName(String displayName) {
        return Optional.ofNullable(BY_DISPLAY_NAME.get(displayName.strip().toLowerCase(Locale.ROOT)));
    }

    static Optional<Entry> byLanguageInfo(String languageName) {
        return Optional.ofNullable(BY_LANGUAGE_INFO.get(languageName.strip().toLowerCase(Locale.ROOT)));
    }

    static Optional<Language> language(String name) {
        return Optional.ofNullable(LANGUAGES.get(name.strip().toLowerCase(Locale.ROOT)));
    }
}
