package dev.nbmigrate.runtime.testkit;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that injects the JVM's shared local {@link SparkSession} ({@link LocalSpark#session()}) into
 * test constructors, test methods and lifecycle methods. Use it through {@link SparkTest}.
 */
public final class SparkExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SparkSession.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return LocalSpark.session();
    }
}
