package dev.nbmigrate.converter.types;

/**
 * The type the analyser infers for a Python expression of a notebook: a point of a small lattice that is just
 * rich enough to pick Spark Java overloads and to declare Java variables.
 *
 * <p>The closed set: plain Python values ({@link ScalarType}), Spark's API objects ({@link SparkObject}), Spark
 * SQL data types ({@link SqlDataType}), ML stages ({@link MlType}), containers ({@link ListType},
 * {@link DictType}, {@link TupleType}, {@link SetType}), a value that may be {@code None} ({@link NullableType}),
 * Python functions ({@link FunctionType}), modules, class objects and API members named without being called
 * ({@link ModuleType}, {@link ClassObjectType}, {@link ApiMemberType}), pandas objects (never supported,
 * {@link PandasType}), other Java objects reached through the API ({@link JavaObjectType}) and
 * {@link UnknownType#UNKNOWN}. {@link PyTypes#join} is the least upper bound; {@link JavaTypes} maps a type to
 * the Java type a declaration uses.
 */
public sealed interface PyType
        permits ScalarType, SparkObject, SqlDataType, MlType, ListType, DictType, TupleType, SetType,
        NullableType, FunctionType, ModuleType, ClassObjectType, ApiMemberType, PandasType, JavaObjectType,
        RddType, PairType, SharedVariableType, UnknownType {

    /** Python-like spelling for messages and for the API table, e.g. {@code list[str]} or {@code DataFrame}. */
    String display();

    /** True for {@link UnknownType#UNKNOWN}: nothing is known about the value. */
    default boolean isUnknown() {
        return this == UnknownType.UNKNOWN;
    }
}
