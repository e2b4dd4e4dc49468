package dev.nbmigrate.converter.api;

import dev.nbmigrate.converter.types.DictType;
import dev.nbmigrate.converter.types.FunctionType;
import dev.nbmigrate.converter.types.JavaObjectType;
import dev.nbmigrate.converter.types.ListType;
import dev.nbmigrate.converter.types.MlType;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.converter.types.SetType;
import dev.nbmigrate.converter.types.SparkObject;
import dev.nbmigrate.converter.types.SqlDataType;
import dev.nbmigrate.converter.types.TupleType;
import dev.nbmigrate.converter.types.UnknownType;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How one argument of a PySpark call reaches one parameter type of a Java overload ({@link OverloadResolver} picks
 * the overload): the {@link ArgConversion} (a literal, a Column, a collection, a map, a lambda, a reference), and the
 * score of how general the match is.
 */
final class ArgumentConverter {

    private static final String COLUMN = "org.apache.spark.sql.Column";

    private final java.util.function.Function<String, Optional<Class<?>>> loader;

    /** A converter that finds classes by binary name with {@code loader} ({@link OverloadResolver#load}). */
    ArgumentConverter(java.util.function.Function<String, Optional<Class<?>>> loader) {
        this.loader = loader;
    }

    /**
     * How {@code arg} reaches parameter type {@code param}, or null when it cannot. {@code score[0]} accumulates
     * generality (a supertype or a wider primitive than needed), {@code score[1]} the Column parameters.
     */
    ArgConversion convert(Arg arg, Class<?> param, Type generic, boolean literalTag, OverloadResolver.Options options,
            int[] score) {
        String target = JavaSignatures.typeName(param);
        if (param.getName().equals(COLUMN)) {
            score[1]++;
        }
        if (arg.starred()) {
            return collectionParam(arg, param, generic, options, score);
        }
        PyType type = PyTypes.strip(arg.type());
        if (type.isUnknown()) {
            return ArgConversion.of(Conversion.UNCHECKED, target);
        }
        ArgConversion result = null;
        if (type instanceof ScalarType scalar) {
            result = scalar(arg, scalar, param, target, literalTag, score);
        } else if (type instanceof ListType || type instanceof TupleType || type instanceof SetType) {
            result = collectionParam(arg, param, generic, options, score);
            if (result == null && arg.isSequenceLiteral()
                    && (param.getName().equals(COLUMN) || param == Object.class && options.listLiteralAsArray())) {
                result = ArgConversion.of(Conversion.LIT_ARRAY, target);
            }
        } else if (type instanceof DictType dict) {
            result = dict(dict, param, generic, options, score);
        } else if (type instanceof FunctionType function) {
            result = functionalArity(param) == function.arity() ? ArgConversion.of(Conversion.LAMBDA, target) : null;
        } else {
            result = reference(type, param, target, score);
        }
        if (result == null && options.wrapScalar() && param.isArray() && !(type instanceof ListType)
                && !(type instanceof TupleType)) {
            int[] ignored = new int[2];
            ArgConversion element = convert(arg, param.getComponentType(), param.getComponentType(), literalTag,
                    OverloadResolver.Options.DEFAULT, ignored);
            if (element != null) {
                result = new ArgConversion(Conversion.WRAP_ARRAY, target, List.of(element), Optional.empty());
            }
        }
        return result;
    }

    private ArgConversion scalar(Arg arg, ScalarType type, Class<?> param, String target, boolean literalTag,
            int[] score) {
        boolean column = param.getName().equals(COLUMN);
        boolean object = param == Object.class;
        switch (type) {
            case INT: {
                boolean fits = arg.literal() && arg.value() instanceof Long v && v >= Integer.MIN_VALUE
                        && v <= Integer.MAX_VALUE;
                if (param == long.class || param == Long.class) {
                    return ArgConversion.of(arg.literal() ? Conversion.WIDEN : Conversion.NONE, target);
                }
                if (param == int.class || param == Integer.class) {
                    if (arg.literal()) {
                        return fits ? ArgConversion.of(Conversion.NONE, target) : null;
                    }
                    return ArgConversion.of(Conversion.NARROW, target);
                }
                if (param == double.class || param == Double.class || param == float.class) {
                    score[0]++;
                    return ArgConversion.of(Conversion.WIDEN, target);
                }
                if (param == short.class || param == byte.class) {
                    return ArgConversion.of(Conversion.NARROW, target);
                }
                if (object || param == Number.class) {
                    return ArgConversion.of(Conversion.OBJECT, target);
                }
                return column ? ArgConversion.of(Conversion.LIT, target) : null;
            }
            case FLOAT:
                if (param == double.class || param == Double.class) {
                    return ArgConversion.of(Conversion.NONE, target);
                }
                if (param == float.class || param == Float.class) {
                    return ArgConversion.of(Conversion.NARROW, target);
                }
                break;
            case BOOL:
                if (param == boolean.class || param == Boolean.class) {
                    return ArgConversion.of(Conversion.NONE, target);
                }
                break;
            case STR:
                if (param == String.class) {
                    return ArgConversion.of(Conversion.NONE, target);
                }
                if (param == CharSequence.class) {
                    score[0]++;
                    return ArgConversion.of(Conversion.NONE, target);
                }
                if (column) {
                    return ArgConversion.of(literalTag ? Conversion.LIT : Conversion.COL, target);
                }
                break;
            case NONE:
                if (param.isPrimitive()) {
                    return null;
                }
                return ArgConversion.of(column ? Conversion.LIT : Conversion.NULL, target);
            case BYTES:
                if (param == byte[].class) {
                    return ArgConversion.of(Conversion.NONE, target);
                }
                break;
            case DECIMAL:
                if (param == java.math.BigDecimal.class) {
                    return ArgConversion.of(Conversion.NONE, target);
                }
                break;
            case DATE:
                if (param == java.time.LocalDate.class) {
                    return ArgConversion.of(Conversion.NONE, target);
                }
                break;
            case DATETIME:
                if (param == java.time.LocalDateTime.class) {
                    return ArgConversion.of(Conversion.NONE, target);
                }
                break;
            case TIMEDELTA:
                if (param == java.time.Duration.class) {
                    return ArgConversion.of(Conversion.NONE, target);
                }
                break;
            default:
                break;
        }
        if (object || (param == Number.class && (type == ScalarType.FLOAT || type == ScalarType.DECIMAL))) {
            return ArgConversion.of(Conversion.OBJECT, target);
        }
        return column ? ArgConversion.of(Conversion.LIT, target) : null;
    }

    /** A list/tuple/set (or starred argument) to an array, Seq or java.util collection parameter. */
    private ArgConversion collectionParam(Arg arg, Class<?> param, Type generic, OverloadResolver.Options options, int[] score) {
        if (param.isArray()) {
            Class<?> component = param.getComponentType();
            Type componentGeneric = generic instanceof GenericArrayType g ? g.getGenericComponentType() : component;
            return collection(arg, Conversion.ARRAY, JavaSignatures.typeName(param), component, componentGeneric,
                    options, score);
        }
        if (isSeq(param)) {
            Type element = typeArgument(generic, 0);
            return collection(arg, Conversion.SEQ, "Seq", erasure(element), element, options, score);
        }
        if (param == List.class || param == java.util.Collection.class || param == Iterable.class) {
            Type element = typeArgument(generic, 0);
            return collection(arg, Conversion.LIST, JavaSignatures.typeName(param), erasure(element), element,
                    options, score);
        }
        return null;
    }

    /** Converts the elements of a collection argument to {@code element}: one by one for a literal, else "each". */
    ArgConversion collection(Arg arg, Conversion kind, String target, Class<?> element, Type elementGeneric,
            OverloadResolver.Options options, int[] score) {
        int[] inner = new int[2];
        if (arg.isSequenceLiteral()) {
            List<ArgConversion> elements = new ArrayList<>();
            for (Arg e : arg.elements()) {
                ArgConversion c = convert(e, element, elementGeneric, false, OverloadResolver.Options.DEFAULT, inner);
                if (c == null) {
                    return null;
                }
                elements.add(c);
            }
            score[0] += inner[0];
            return new ArgConversion(kind, target, elements, Optional.empty());
        }
        PyType elementType = elementType(arg.type());
        if (elementType == null) {
            return null;
        }
        ArgConversion each = convert(Arg.of(elementType), element, elementGeneric, false, OverloadResolver.Options.DEFAULT, inner);
        if (each == null) {
            return null;
        }
        score[0] += inner[0];
        return new ArgConversion(kind, target, List.of(), Optional.of(each));
    }

    private static final String PARAM_MAP = "org.apache.spark.ml.param.ParamMap";

    /** True for a Spark ML {@code Param} (or subclass) type: the keys of a dict that is a ParamMap. */
    private boolean isMlParam(PyType type) {
        Optional<Class<?>> param = loader.apply("org.apache.spark.ml.param.Param");
        Optional<Class<?>> cls = javaClass(PyTypes.strip(type)).flatMap(loader);
        return param.isPresent() && cls.isPresent() && param.get().isAssignableFrom(cls.get());
    }

    private ArgConversion dict(DictType dict, Class<?> param, Type generic, OverloadResolver.Options options, int[] score) {
        Conversion kind;
        if (param == java.util.Properties.class) {
            return ArgConversion.of(Conversion.PROPERTIES, "Properties");
        }
        if (param.getName().equals(PARAM_MAP) && isMlParam(dict.key())) {
            // {stage.param: value} is written as a ParamMap by the translator (rule ml-copy and fit/evaluate extras).
            return ArgConversion.of(Conversion.MAP, "ParamMap");
        }
        if (param == Map.class) {
            kind = Conversion.MAP;
        } else if (param.getName().equals("scala.collection.immutable.Map")
                || param.getName().equals("scala.collection.Map")) {
            kind = Conversion.SCALA_MAP;
        } else {
            return null;
        }
        int[] inner = new int[2];
        Type keyType = typeArgument(generic, 0);
        Type valueType = typeArgument(generic, 1);
        if (convert(Arg.of(dict.key()), erasure(keyType), keyType, false, OverloadResolver.Options.DEFAULT, inner) == null) {
            return null;
        }
        ArgConversion value = convert(Arg.of(dict.value()), erasure(valueType), valueType, false, OverloadResolver.Options.DEFAULT,
                inner);
        if (value == null) {
            return null;
        }
        return new ArgConversion(kind, JavaSignatures.typeName(param), List.of(), Optional.of(value));
    }

    private ArgConversion reference(PyType type, Class<?> param, String target, int[] score) {
        Optional<Class<?>> cls = javaClass(type).flatMap(loader);
        if (cls.isEmpty()) {
            return null;
        }
        if (param == Object.class) {
            return ArgConversion.of(Conversion.OBJECT, target);
        }
        if (param.isAssignableFrom(cls.get())) {
            if (param != cls.get()) {
                score[0]++;
            }
            return ArgConversion.of(Conversion.NONE, target);
        }
        return null;
    }

    private static Optional<String> javaClass(PyType type) {
        if (type instanceof SparkObject o) {
            return Optional.of(o.javaClass());
        } else if (type instanceof SqlDataType d) {
            return Optional.of(d.javaClass());
        } else if (type instanceof MlType m) {
            return Optional.of(m.javaClass());
        } else if (type instanceof JavaObjectType j) {
            return Optional.of(j.javaClass());
        }
        return Optional.empty();
    }

    private static PyType elementType(PyType type) {
        PyType t = PyTypes.strip(type);
        if (t instanceof ListType l) {
            return l.element();
        } else if (t instanceof SetType s) {
            return s.element();
        } else if (t instanceof TupleType tuple) {
            return tuple.elementJoin();
        } else if (t.isUnknown()) {
            return UnknownType.UNKNOWN;
        }
        return null;
    }

    /** The parameter count of a functional interface's single abstract method, else -1. */
    static int functionalArity(Class<?> param) {
        if (!param.isInterface()) {
            return -1;
        }
        Method single = null;
        for (Method m : param.getMethods()) {
            if (!Modifier.isAbstract(m.getModifiers()) || isObjectMethod(m)) {
                continue;
            }
            if (single != null) {
                return -1;
            }
            single = m;
        }
        return single == null ? -1 : single.getParameterCount();
    }

    private static boolean isObjectMethod(Method m) {
        try {
            Object.class.getMethod(m.getName(), m.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    static boolean isSeq(Class<?> type) {
        return type.getName().equals("scala.collection.immutable.Seq") || type.getName().equals("scala.collection.Seq");
    }

    static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }

    static Class<?> erasure(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        } else if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        } else if (type instanceof WildcardType w) {
            return erasure(w.getUpperBounds()[0]);
        } else if (type instanceof GenericArrayType g) {
            return java.lang.reflect.Array.newInstance(erasure(g.getGenericComponentType()), 0).getClass();
        }
        return Object.class;
    }
}
