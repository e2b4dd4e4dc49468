package dev.nbmigrate.converter.types;

import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The Java type each lattice type is declared with in generated code.
 *
 * <p>Python {@code int} is {@code long} (PySpark infers {@code bigint} for Python ints), {@code float} is
 * {@code double}. At a call site, though, py4j hands a Python int that fits 32 bits to Java as an {@code int}
 * ({@code lit(5)} is an {@code integer} column in PySpark), so integer <em>literals</em> passed to Spark keep the
 * narrowest type that holds them: see {@link #intLiteralType(long)}.
 */
public final class JavaTypes {

    private JavaTypes() {
    }

    /**
     * The declaration type of a variable holding a value of {@code type}; empty for what is never held in a Java
     * variable (modules, class objects, API members named without a call, pandas objects).
     */
    public static Optional<JavaTypeRef> declaration(PyType type) {
        return Optional.ofNullable(map(type, false));
    }

    /** As {@link #declaration} but boxed, for type arguments and nullable values ({@code Long}, not {@code long}). */
    public static Optional<JavaTypeRef> boxedDeclaration(PyType type) {
        return Optional.ofNullable(map(type, true));
    }

    /** {@code int} when {@code value} fits 32 bits, else {@code long}: how py4j passes a Python int literal. */
    public static String intLiteralType(long value) {
        return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? "int" : "long";
    }

    private static JavaTypeRef map(PyType type, boolean boxed) {
        if (type instanceof ScalarType s) {
            return scalar(s, boxed);
        } else if (type instanceof SparkObject o) {
            return sparkObject(o);
        } else if (type instanceof SqlDataType) {
            return imported("org.apache.spark.sql.types.DataType");
        } else if (type instanceof MlType m) {
            return imported(m.javaClass());
        } else if (type instanceof JavaObjectType j) {
            return imported(j.javaClass());
        } else if (type instanceof ListType l) {
            return generic("java.util.List", "List", l.element());
        } else if (type instanceof SetType s) {
            return generic("java.util.Set", "Set", s.element());
        } else if (type instanceof TupleType t) {
            return generic("java.util.List", "List", t.heldElement());
        } else if (type instanceof DictType d) {
            return dict(d);
        } else if (type instanceof NullableType n) {
            return map(n.inner(), true);
        } else if (type instanceof FunctionType f) {
            return function(f);
        } else if (type instanceof RddType r) {
            return rdd(r);
        } else if (type instanceof SharedVariableType v) {
            return shared(v);
        } else if (type instanceof PairType p) {
            return pair("scala.Tuple2", "Tuple2", p);
        } else if (type instanceof UnknownType) {
            return JavaTypeRef.plain("Object");
        }
        // Modules, class objects, API members named without a call and pandas objects are never held in Java.
        return null;
    }

    private static JavaTypeRef scalar(ScalarType s, boolean boxed) {
        return switch (s) {
            case STR -> JavaTypeRef.plain("String");
            case INT -> JavaTypeRef.plain(boxed ? "Long" : "long");
            case FLOAT -> JavaTypeRef.plain(boxed ? "Double" : "double");
            case BOOL -> JavaTypeRef.plain(boxed ? "Boolean" : "boolean");
            case NONE -> JavaTypeRef.plain("Object");
            case BYTES -> JavaTypeRef.plain("byte[]");
            case DECIMAL -> imported("java.math.BigDecimal");
            case DATE -> imported("java.time.LocalDate");
            case DATETIME -> imported("java.time.LocalDateTime");
            case TIMEDELTA -> imported("java.time.Duration");
        };
    }

    private static JavaTypeRef sparkObject(SparkObject o) {
        SortedSet<String> imports = new TreeSet<>();
        String cls = o.javaClass();
        int nested = cls.indexOf('$');
        imports.add(nested < 0 ? cls : cls.substring(0, nested));
        if (o.declaration().contains("<Row>")) {
            imports.add("org.apache.spark.sql.Row");
        }
        return new JavaTypeRef(o.declaration(), imports);
    }

    private static JavaTypeRef function(FunctionType f) {
        if (f.kind() == FunctionKind.UDF) {
            return imported("org.apache.spark.sql.expressions.UserDefinedFunction");
        }
        JavaTypeRef result = map(f.returns(), true);
        if (result == null) {
            result = JavaTypeRef.plain("Object");
        }
        return switch (f.arity()) {
            case 0 -> wrap("java.util.function.Supplier", "Supplier<" + result.text() + ">", result);
            case 1 -> wrap("java.util.function.Function", "Function<Object, " + result.text() + ">", result);
            case 2 -> wrap("java.util.function.BiFunction", "BiFunction<Object, Object, " + result.text() + ">",
                    result);
            default -> JavaTypeRef.plain("Object");
        };
    }

    private static JavaTypeRef shared(SharedVariableType v) {
        if (v.kind() == SharedVariableType.Kind.BROADCAST) {
            return generic("org.apache.spark.broadcast.Broadcast", "Broadcast", v.value());
        }
        return imported(v.value() == ScalarType.FLOAT ? "org.apache.spark.util.DoubleAccumulator"
                : "org.apache.spark.util.LongAccumulator");
    }

    private static JavaTypeRef rdd(RddType r) {
        if (r.element() instanceof PairType p) {
            return pair("org.apache.spark.api.java.JavaPairRDD", "JavaPairRDD", p);
        }
        return generic("org.apache.spark.api.java.JavaRDD", "JavaRDD", r.element());
    }

    private static JavaTypeRef pair(String fqn, String simple, PairType p) {
        JavaTypeRef key = argument(p.first());
        JavaTypeRef value = argument(p.second());
        SortedSet<String> imports = new TreeSet<>(key.imports());
        imports.addAll(value.imports());
        imports.add(fqn);
        return new JavaTypeRef(simple + "<" + key.text() + ", " + value.text() + ">", imports);
    }

    private static JavaTypeRef dict(DictType d) {
        JavaTypeRef key = argument(d.key());
        JavaTypeRef value = argument(d.value());
        SortedSet<String> imports = new TreeSet<>(key.imports());
        imports.addAll(value.imports());
        imports.add("java.util.Map");
        return new JavaTypeRef("Map<" + key.text() + ", " + value.text() + ">", imports);
    }

    private static JavaTypeRef generic(String fqn, String simple, PyType element) {
        JavaTypeRef arg = argument(element);
        return wrap(fqn, simple + "<" + arg.text() + ">", arg);
    }

    private static JavaTypeRef wrap(String fqn, String text, JavaTypeRef inner) {
        SortedSet<String> imports = new TreeSet<>(inner.imports());
        imports.add(fqn);
        return new JavaTypeRef(text, imports);
    }

    private static JavaTypeRef argument(PyType element) {
        JavaTypeRef arg = map(element, true);
        return arg == null ? JavaTypeRef.plain("Object") : arg;
    }

    private static JavaTypeRef imported(String binaryName) {
        String canonical = binaryName.replace('$', '.');
        String simple = binaryName.substring(binaryName.lastIndexOf('.') + 1).replace('$', '.');
        if (binaryName.startsWith("java.lang.") && binaryName.indexOf('.', "java.lang.".length()) < 0) {
            return JavaTypeRef.plain(simple);
        }
        int nested = binaryName.indexOf('$');
        String importName = nested < 0 ? canonical : binaryName.substring(0, nested);
        SortedSet<String> imports = new TreeSet<>();
        imports.add(importName);
        return new JavaTypeRef(simple, imports);
    }
}
