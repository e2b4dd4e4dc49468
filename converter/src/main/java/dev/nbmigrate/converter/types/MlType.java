package dev.nbmigrate.converter.types;

import java.util.Objects;

/**
 * A Spark ML object: estimator, transformer, model, evaluator or pipeline.
 *
 * @param kind what it is for
 * @param javaClass binary name of its Spark Java class, e.g. {@code org.apache.spark.ml.feature.VectorAssembler}
 */
public record MlType(MlKind kind, String javaClass) implements PyType {

    public MlType {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(javaClass, "javaClass");
    }

    /** The most general object of {@code kind}. */
    public static MlType of(MlKind kind) {
        return new MlType(kind, kind.baseClass());
    }

    @Override
    public String display() {
        return javaClass.substring(javaClass.lastIndexOf('.') + 1);
    }
}
