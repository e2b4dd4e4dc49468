package dev.nbmigrate.runtime.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that uses Spark: test methods and constructors may declare a {@code SparkSession} parameter
 * and get the one local session shared by the whole test JVM ({@link LocalSpark}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(SparkExtension.class)
public @interface SparkTest {
}
