package dev.nbmigrate.converter.types;

import java.util.Optional;

/**
 * What an ML object is for, ordered by Spark ML's class hierarchy: a {@link #MODEL} is a {@link #TRANSFORMER},
 * which like an {@link #ESTIMATOR} is a {@link #STAGE}; a {@link #PIPELINE} is an estimator. Other ML objects
 * (param grids, params, vectors) are {@link JavaObjectType}s.
 */
public enum MlKind {
    STAGE("org.apache.spark.ml.PipelineStage", null),
    ESTIMATOR("org.apache.spark.ml.Estimator", STAGE),
    TRANSFORMER("org.apache.spark.ml.Transformer", STAGE),
    MODEL("org.apache.spark.ml.Model", TRANSFORMER),
    PIPELINE("org.apache.spark.ml.Pipeline", ESTIMATOR),
    EVALUATOR("org.apache.spark.ml.evaluation.Evaluator", null);

    private final String baseClass;
    private final MlKind parent;

    MlKind(String baseClass, MlKind parent) {
        this.baseClass = baseClass;
        this.parent = parent;
    }

    /** The Spark Java class every object of this kind extends. */
    public String baseClass() {
        return baseClass;
    }

    /** The next more general kind, if any. */
    public Optional<MlKind> parent() {
        return Optional.ofNullable(parent);
    }

    /** True when this kind is {@code other} or a special case of it. */
    public boolean isA(MlKind other) {
        for (MlKind k = this; k != null; k = k.parent) {
            if (k == other) {
                return true;
            }
        }
        return false;
    }
}
