package dev.nbmigrate.runtime.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The declared default of a config record component, written as it would be on the command line
 * ({@code "7"}, {@code "2024-01-31"}, {@code "a,b"} for a list). It is parsed and validated when the job class is
 * loaded, so a bad default fails the job's own tests rather than a production run.
 *
 * <p>Without {@code @Default} an absent option is {@code null} for object types, an empty list for lists and the
 * Java zero value ({@code 0}, {@code false}) for primitives.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Default {
    /** The default value as command-line text. */
    String value();
}
