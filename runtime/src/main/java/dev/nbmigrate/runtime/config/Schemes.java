package dev.nbmigrate.runtime.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The storage schemes a path config component may use, by the labels of
 * {@link dev.nbmigrate.runtime.paths.StorageScheme}: {@code wasb}, {@code wasbs}, {@code abfs}, {@code abfss},
 * {@code adl}, {@code dbfs}, {@code mnt} (a {@code /mnt/...} path), {@code file} (a local path, with or without
 * {@code file:}). A component with {@code @Schemes} is also resolved through the job's path resolver before Spark
 * starts, so a path the environment cannot map is reported with the other configuration problems.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Schemes {
    /** Allowed scheme labels. */
    String[] value();
}
