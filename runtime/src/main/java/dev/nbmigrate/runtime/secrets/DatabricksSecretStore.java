package dev.nbmigrate.runtime.secrets;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;

/**
 * Secrets from Databricks secret scopes, through {@code dbutils.secrets.get(scope, key)}. The dbutils classes are on
 * the cluster's classpath only, so they are reached by reflection from {@value #HOLDER}; there is no compile
 * dependency. A missing scope or key is an empty result; dbutils being absent is an {@link IllegalStateException}.
 */
public final class DatabricksSecretStore implements SecretStore {
    /** The Scala object that holds the cluster's dbutils. */
    public static final String HOLDER = "com.databricks.dbutils_v1.DBUtilsHolder";

    private final ClassLoader loader;

    /** A store that finds dbutils through {@code loader}. */
    public DatabricksSecretStore(ClassLoader loader) {
        this.loader = loader;
    }

    @Override
    public Optional<String> get(String scope, String key) {
        Object secrets;
        try {
            Class<?> holder = Class.forName(HOLDER, true, loader);
            Object dbutils = invoke(holder, null, "dbutils");
            secrets = invoke(dbutils.getClass(), dbutils, "secrets");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("dbutils is not on the classpath (" + HOLDER + " not found)", e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot reach dbutils.secrets: " + e, e);
        }
        try {
            Object value = invoke(secrets.getClass(), secrets, "get", scope, key);
            return Optional.ofNullable((String) value);
        } catch (InvocationTargetException e) {
            // dbutils answers a missing scope or key with an exception; the message never holds a value.
            return Optional.empty();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot call dbutils.secrets.get: " + e, e);
        }
    }

    @Override
    public String describe(String scope, String key) {
        return "Databricks secret scope '" + scope + "', key '" + key + "'";
    }

    /** Calls a public method by name, looking through public interfaces when the runtime class is not public. */
    private static Object invoke(Class<?> type, Object target, String name, Object... args)
            throws ReflectiveOperationException {
        Class<?>[] types = new Class<?>[args.length];
        java.util.Arrays.fill(types, String.class);
        Method method = accessible(type, name, types);
        return method.invoke(target, args);
    }

    private static Method accessible(Class<?> type, String name, Class<?>[] types) throws NoSuchMethodException {
        Method method = type.getMethod(name, types);
        if (Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
            return method;
        }
        for (Class<?> face : type.getInterfaces()) {
            try {
                return accessible(face, name, types);
            } catch (NoSuchMethodException ignored) {
                // try the next interface
            }
        }
        if (type.getSuperclass() != null) {
            return accessible(type.getSuperclass(), name, types);
        }
        throw new NoSuchMethodException(type.getName() + "." + name);
    }
}
