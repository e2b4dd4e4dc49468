package dev.nbmigrate.converter.check;

import java.util.List;
import java.util.Map;

/**
 * What compiling a set of units gave: the class files by binary name (empty when any unit had an error) and
 * the errors, in the order javac reported them.
 */
public record CompileResult(Map<String, byte[]> classes, List<CompileError> errors) {

    public CompileResult {
        classes = Map.copyOf(classes);
        errors = List.copyOf(errors);
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }

    /** A class loader over the compiled classes, delegating everything else to {@code parent}. */
    public ClassLoader classLoader(ClassLoader parent) {
        if (!succeeded()) {
            throw new IllegalStateException("compilation failed: " + errors);
        }
        return new InMemoryClassLoader(classes, parent);
    }

    private static final class InMemoryClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        InMemoryClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super(parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
