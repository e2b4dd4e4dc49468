package dev.nbmigrate.converter.api;

import dev.nbmigrate.converter.types.DictType;
import dev.nbmigrate.converter.types.JavaObjectType;
import dev.nbmigrate.converter.types.ListType;
import dev.nbmigrate.converter.types.MlKind;
import dev.nbmigrate.converter.types.MlType;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.converter.types.SparkObject;
import dev.nbmigrate.converter.types.SqlDataType;
import dev.nbmigrate.converter.types.TupleType;
import dev.nbmigrate.converter.types.UnknownType;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the Java types of Spark's API back onto the lattice: what the analyser sees as the type of a call's
 * result. Type variables are resolved against the receiver's class ({@code Dataset<T>} with {@code T = Row} for
 * a DataFrame, {@code M} to the concrete model class for an ML estimator's {@code fit}).
 */
final class JavaToPy {

    private static final Map<String, PyType> SIMPLE = Map.ofEntries(
            Map.entry("void", ScalarType.NONE),
            Map.entry("java.lang.Void", ScalarType.NONE),
            Map.entry("scala.runtime.BoxedUnit", ScalarType.NONE),
            Map.entry("boolean", ScalarType.BOOL),
            Map.entry("java.lang.Boolean", ScalarType.BOOL),
            Map.entry("long", ScalarType.INT),
            Map.entry("int", ScalarType.INT),
            Map.entry("short", ScalarType.INT),
            Map.entry("byte", ScalarType.INT),
            Map.entry("java.lang.Long", ScalarType.INT),
            Map.entry("java.lang.Integer", ScalarType.INT),
            Map.entry("java.lang.Short", ScalarType.INT),
            Map.entry("java.lang.Byte", ScalarType.INT),
            Map.entry("double", ScalarType.FLOAT),
            Map.entry("float", ScalarType.FLOAT),
            Map.entry("java.lang.Double", ScalarType.FLOAT),
            Map.entry("java.lang.Float", ScalarType.FLOAT),
            Map.entry("java.lang.String", ScalarType.STR),
            Map.entry("[B", ScalarType.BYTES),
            Map.entry("java.math.BigDecimal", ScalarType.DECIMAL),
            Map.entry("java.time.LocalDate", ScalarType.DATE),
            Map.entry("java.sql.Date", ScalarType.DATE),
            Map.entry("java.time.LocalDateTime", ScalarType.DATETIME),
            Map.entry("java.time.Instant", ScalarType.DATETIME),
            Map.entry("java.sql.Timestamp", ScalarType.DATETIME),
            Map.entry("java.time.Duration", ScalarType.TIMEDELTA),
            Map.entry("java.lang.Object", UnknownType.UNKNOWN));

    private static final List<String> SEQUENCES = List.of("java.util.List", "java.util.Collection",
            "java.lang.Iterable", "java.util.Set", "scala.collection.immutable.Seq", "scala.collection.Seq",
            "scala.collection.Iterable");

    private JavaToPy() {
    }

    /**
     * The lattice type of a value of Java type {@code type} returned by a member of {@code receiver}.
     *
     * @param receiverType the receiver's lattice type (a DataFrame binds {@code Dataset}'s {@code T} to Row)
     */
    static PyType map(Type type, Class<?> receiver, PyType receiverType) {
        return map(type, bindings(receiver, receiverType), 0);
    }

    private static PyType map(Type type, Map<TypeVariable<?>, Type> bindings, int depth) {
        if (depth > 8) {
            return UnknownType.UNKNOWN;
        }
        if (type instanceof TypeVariable<?> variable) {
            Type bound = bindings.get(variable);
            return bound == null ? UnknownType.UNKNOWN : map(bound, bindings, depth + 1);
        }
        if (type instanceof WildcardType wildcard) {
            return map(wildcard.getUpperBounds()[0], bindings, depth + 1);
        }
        if (type instanceof GenericArrayType array) {
            return new ListType(map(array.getGenericComponentType(), bindings, depth + 1));
        }
        if (type instanceof ParameterizedType parameterized) {
            return parameterized(parameterized, bindings, depth);
        }
        if (type instanceof Class<?> cls) {
            return plain(cls);
        }
        return UnknownType.UNKNOWN;
    }

    private static PyType parameterized(ParameterizedType type, Map<TypeVariable<?>, Type> bindings, int depth) {
        Class<?> raw = (Class<?>) type.getRawType();
        Type[] args = type.getActualTypeArguments();
        String name = raw.getName();
        if (name.equals("org.apache.spark.sql.Dataset")) {
            // PySpark has no typed Datasets: spark.range(n) is a DataFrame (the translator adds toDF()).
            return SparkObject.DATAFRAME;
        }
        if (SEQUENCES.contains(name) && args.length == 1) {
            return new ListType(map(args[0], bindings, depth + 1));
        }
        if ((name.equals("java.util.Map") || name.startsWith("scala.collection.") && name.endsWith(".Map"))
                && args.length == 2) {
            return new DictType(map(args[0], bindings, depth + 1), map(args[1], bindings, depth + 1));
        }
        if (name.equals("scala.Tuple2") || name.equals("scala.Tuple3")) {
            return new TupleType(java.util.Arrays.stream(args).map(a -> map(a, bindings, depth + 1)).toList(),
                    false);
        }
        return plain(raw);
    }

    /** The lattice type of a non-generic Java class. */
    static PyType plain(Class<?> cls) {
        PyType simple = SIMPLE.get(cls.getName());
        if (simple != null) {
            return simple;
        }
        if (cls.isArray()) {
            return new ListType(plain(cls.getComponentType()));
        }
        if (cls.getName().equals("org.apache.spark.sql.Dataset")) {
            return SparkObject.DATAFRAME;
        }
        Optional<SparkObject> spark = SparkObject.byJavaClass(cls.getName());
        if (spark.isPresent()) {
            return spark.get();
        }
        if (cls.getName().startsWith("org.apache.spark.sql.types.") && isA(cls, "org.apache.spark.sql.types.DataType")) {
            return cls.getSimpleName().equals("DataType") ? SqlDataType.ANY
                    : SqlDataType.of(cls.getSimpleName().replace("$", ""));
        }
        Optional<MlKind> kind = mlKind(cls);
        if (kind.isPresent()) {
            return new MlType(kind.get(), cls.getName());
        }
        if (SEQUENCES.contains(cls.getName())) {
            return new ListType(UnknownType.UNKNOWN);
        }
        return new JavaObjectType(cls.getName());
    }

    /** The ML kind of a Spark ML class: the most specific of pipeline, model, estimator, transformer, evaluator. */
    static Optional<MlKind> mlKind(Class<?> cls) {
        if (!cls.getName().startsWith("org.apache.spark.ml.")) {
            return Optional.empty();
        }
        for (MlKind kind : List.of(MlKind.PIPELINE, MlKind.MODEL, MlKind.ESTIMATOR, MlKind.TRANSFORMER,
                MlKind.EVALUATOR, MlKind.STAGE)) {
            if (isA(cls, kind.baseClass())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private static boolean isA(Class<?> cls, String base) {
        for (Class<?> c = cls; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(base)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The type variables of {@code receiver} and its supertypes bound to what they stand for. A DataFrame
     * receiver binds {@code Dataset}'s (and its writers') {@code T} to {@code Row}.
     */
    private static Map<TypeVariable<?>, Type> bindings(Class<?> receiver, PyType receiverType) {
        Map<TypeVariable<?>, Type> bindings = new HashMap<>();
        if (receiver == null) {
            return bindings;
        }
        boolean rowTyped = receiverType == SparkObject.DATAFRAME || receiverType == SparkObject.DATAFRAME_WRITER
                || receiverType == SparkObject.DATAFRAME_WRITER_V2;
        if (rowTyped && receiver.getTypeParameters().length == 1) {
            bindings.put(receiver.getTypeParameters()[0], org.apache.spark.sql.Row.class);
        }
        collect(receiver, bindings, 0);
        return bindings;
    }

    private static void collect(Type type, Map<TypeVariable<?>, Type> bindings, int depth) {
        if (depth > 16 || type == null) {
            return;
        }
        Class<?> raw;
        if (type instanceof ParameterizedType parameterized) {
            raw = (Class<?>) parameterized.getRawType();
            TypeVariable<?>[] vars = raw.getTypeParameters();
            Type[] args = parameterized.getActualTypeArguments();
            for (int i = 0; i < vars.length && i < args.length; i++) {
                Type arg = args[i];
                if (arg instanceof TypeVariable<?> v && bindings.containsKey(v)) {
                    arg = bindings.get(v);
                }
                bindings.putIfAbsent(vars[i], arg);
            }
        } else if (type instanceof Class<?> cls) {
            raw = cls;
        } else {
            return;
        }
        collect(raw.getGenericSuperclass(), bindings, depth + 1);
        for (Type itf : raw.getGenericInterfaces()) {
            collect(itf, bindings, depth + 1);
        }
    }
}
