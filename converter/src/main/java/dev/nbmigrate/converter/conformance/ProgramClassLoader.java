package dev.nbmigrate.converter.conformance;

/**
 * The class loader Spark's local executor is created under (its parent for the classes of tasks), which finds the
 * classes of the program running at the moment: a program is compiled in memory, so the lambdas it gives Spark
 * (RDD functions, UDFs) can only be deserialized for its tasks through this loader.
 */
final class ProgramClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private volatile ClassLoader program;

    ProgramClassLoader(ClassLoader parent) {
        super(parent);
    }

    /** Makes the classes of {@code loader} (a compiled program's) visible to tasks; null forgets them. */
    void use(ClassLoader loader) {
        program = loader;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        ClassLoader current = program;
        if (current == null) {
            throw new ClassNotFoundException(name);
        }
        return current.loadClass(name);
    }
}
