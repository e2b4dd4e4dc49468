package dev.nbmigrate.runtime.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a config record component that must be given, on the command line, in the environment or in the config
 * file. A blank text value counts as missing. A component with {@link Default} is never missing, so the two are
 * not combined.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Required {
}
