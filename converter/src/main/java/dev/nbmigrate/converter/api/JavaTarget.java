package dev.nbmigrate.converter.api;

import java.util.List;
import java.util.Objects;

/**
 * Where a PySpark member lands in Java.
 *
 * @param javaClass binary name of the class that has the final member (after accessors)
 * @param ownerClass binary name of the receiver's (or static owner's) class, where accessors start
 * @param accessors no-argument calls made on the receiver first, e.g. {@code [na]} for {@code df.na().fill(...)}
 * @param name the Java member name
 * @param form method, static method, constructor or static field
 * @param receiverAsFirstArg the PySpark receiver becomes the first argument of a static call
 *     ({@code ~c} is {@code functions.not(c)})
 */
public record JavaTarget(String javaClass, String ownerClass, List<String> accessors, String name, Form form,
        boolean receiverAsFirstArg) {

    /** What kind of Java member it is. */
    public enum Form {
        METHOD,
        STATIC_METHOD,
        CONSTRUCTOR,
        STATIC_FIELD
    }

    public JavaTarget {
        Objects.requireNonNull(javaClass, "javaClass");
        Objects.requireNonNull(ownerClass, "ownerClass");
        accessors = List.copyOf(accessors);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(form, "form");
    }

    /** Java-like rendering for reports: {@code Dataset.na().fill}, {@code functions.not(self)}. */
    public String describe() {
        String simple = javaClass.substring(javaClass.lastIndexOf('.') + 1).replace('$', '.');
        String owner = ownerClass.substring(ownerClass.lastIndexOf('.') + 1).replace('$', '.');
        return switch (form) {
            case CONSTRUCTOR -> "new " + simple + "(...)";
            case STATIC_FIELD -> simple + "." + name;
            case STATIC_METHOD -> simple + "." + name + (receiverAsFirstArg ? "(self, ...)" : "(...)");
            case METHOD -> owner + "." + accessors.stream().map(a -> a + "().").reduce("", String::concat) + name
                    + "(...)";
        };
    }
}
