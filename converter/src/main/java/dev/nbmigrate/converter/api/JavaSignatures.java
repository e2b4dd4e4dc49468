package dev.nbmigrate.converter.api;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.util.StringJoiner;

/** Renders Java members as source declares them, for tests, messages and diagnostics. */
public final class JavaSignatures {

    private JavaSignatures() {
    }

    /**
     * {@code Dataset.select(String, String...)}, {@code functions.max(Column)}, {@code new VectorAssembler()}:
     * named after {@code owner}, the class it was looked up on (not where it happens to be declared, which
     * differs between Spark versions).
     */
    public static String of(Class<?> owner, Executable member) {
        Class<?>[] types = member.getParameterTypes();
        StringJoiner params = new StringJoiner(", ", "(", ")");
        for (int i = 0; i < types.length; i++) {
            if (member.isVarArgs() && i == types.length - 1) {
                params.add(typeName(types[i].getComponentType()) + "...");
            } else {
                params.add(typeName(types[i]));
            }
        }
        String ownerName = typeName(owner);
        if (member instanceof Constructor<?>) {
            return "new " + ownerName + params;
        }
        return ownerName + "." + member.getName() + params;
    }

    /** A type's simple source name: {@code Column}, {@code String[]}, {@code Seq}, {@code SparkSession.Builder}. */
    public static String typeName(Class<?> type) {
        if (type.isArray()) {
            return typeName(type.getComponentType()) + "[]";
        }
        String name = type.getName();
        return name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
    }
}
