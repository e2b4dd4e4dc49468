package dev.nbmigrate.converter.types;

import java.util.Objects;

/**
 * Any other Java object reached through the Spark API, e.g. a {@code DoubleParam} from {@code lr.regParam} or a
 * {@code ParamMap}; calls on it are resolved by reflection on its class.
 *
 * @param javaClass binary class name
 */
public record JavaObjectType(String javaClass) implements PyType {

    public JavaObjectType {
        Objects.requireNonNull(javaClass, "javaClass");
    }

    @Override
    public String display() {
        return javaClass.substring(javaClass.lastIndexOf('.') + 1);
    }
}
