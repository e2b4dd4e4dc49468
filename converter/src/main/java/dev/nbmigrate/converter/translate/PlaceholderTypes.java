package dev.nbmigrate.converter.translate;

import java.util.Optional;
import java.util.regex.Pattern;

import dev.nbmigrate.converter.types.FunctionType;
import dev.nbmigrate.converter.types.JavaTypeRef;
import dev.nbmigrate.converter.types.JavaTypes;
import dev.nbmigrate.converter.types.PyType;
import dev.nbmigrate.converter.types.PyTypes;
import dev.nbmigrate.converter.types.ScalarType;
import dev.nbmigrate.converter.types.UnknownType;

/**
 * Which values of untranslated steps keep a typed Java variable: a step {@code name = value} that has no Java still
 * gives {@code name} a variable when the analysis knows the type of {@code value} completely (a DataFrame, a
 * Column, a string, a list of strings, a fitted model), so later steps that use it translate on their own merits
 * instead of all failing after it. A type with unknown parts ({@code Object}, {@code List<Object>}), {@code None}
 * and functions other than UDFs get no variable: a later step could not use them as Python does.
 */
public final class PlaceholderTypes {

    private static final Pattern OBJECT = Pattern.compile("\\bObject\\b");

    private PlaceholderTypes() {
    }

    /** The Java type of a variable holding a value of {@code type}, when it is known well enough to declare. */
    public static Optional<JavaTypeRef> javaType(PyType type) {
        PyType stripped = PyTypes.strip(type);
        if (stripped instanceof UnknownType || stripped == ScalarType.NONE
                || (stripped instanceof FunctionType function
                        && function.kind() != dev.nbmigrate.converter.types.FunctionKind.UDF)) {
            return Optional.empty();
        }
        return JavaTypes.declaration(type).filter(java -> !OBJECT.matcher(java.text()).find());
    }
}
