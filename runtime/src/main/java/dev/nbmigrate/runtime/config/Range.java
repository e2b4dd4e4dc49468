package dev.nbmigrate.runtime.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Inclusive bounds for a numeric config record component (int, long, double, BigDecimal, or a list of them).
 * Leave a side out for an open bound: {@code @Range(min = 1)}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Range {
    /** Smallest accepted value (inclusive). */
    double min() default Double.NEGATIVE_INFINITY;

    /** Largest accepted value (inclusive). */
    double max() default Double.POSITIVE_INFINITY;
}
