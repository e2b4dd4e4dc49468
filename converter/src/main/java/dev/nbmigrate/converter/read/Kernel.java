package dev.nbmigrate.converter.read;

import java.util.Objects;
import java.util.SortedSet;

/**
 * The kernel a notebook was written for, as decided by the reader from {@code kernelspec}, {@code language_info},
 * platform metadata and the content.
 *
 * @param kind          the kernel nbmigrate recognised ({@link KernelKind#UNKNOWN} if none)
 * @param name          the kernel's name as saved ({@code kernelspec.name}), or the platform's name; may be empty
 * @param displayName   {@code kernelspec.display_name} as saved; may be empty
 * @param language      the language of the notebook's plain code cells
 * @param pythonVersion the Python of the notebook's Python code (a Zeppelin note may hold Python paragraphs under a
 *                      Scala default), {@link PythonVersion#NOT_PYTHON} when it has none
 * @param context       where the notebook's plain cells ran (for Zeppelin: the default interpreter's context)
 * @param basis         how this was decided, in words, for reports (e.g. "kernelspec.name 'pysparkkernel';
 *                      Python 2 from language_info.codemirror_mode.version 2")
 */
public record Kernel(KernelKind kind, String name, String displayName, Language language, PythonVersion pythonVersion,
                     ExecutionContext context, String basis) {

    public Kernel {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(pythonVersion, "pythonVersion");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(basis, "basis");
    }

    /** The names plain cells can use without defining them, e.g. {@code spark}, {@code sc}, {@code sqlContext}. */
    public SortedSet<String> predefinedGlobals() {
        return context.predefinedGlobals(language);
    }

    /** True for the sparkmagic kernels. */
    public boolean sparkmagic() {
        return kind.sparkmagic();
    }
}
