package dev.nbmigrate.converter.types;

import java.util.List;
import java.util.Objects;

/**
 * A Spark ML object: estimator, transformer, model, evaluator or pipeline.
 *
 * @param kind what it is for
 * @param javaClass binary name of its Spark Java class, e.g. {@code org.apache.spark.ml.feature.VectorAssembler}
 * @param stages for a {@code Pipeline} or {@code PipelineModel} whose stages the notebook listed: the type of each
 *     stage in order (a fitted pipeline's estimators replaced by their models), so that {@code model.stages[-1]}
 *     has the class of the last stage; empty when unknown
 */
public record MlType(MlKind kind, String javaClass, List<MlType> stages) implements PyType {

    public MlType {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(javaClass, "javaClass");
        stages = List.copyOf(stages);
    }

    /** An ML object whose stages (if it has any) are not known. */
    public MlType(MlKind kind, String javaClass) {
        this(kind, javaClass, List.of());
    }

    /** The most general object of {@code kind}. */
    public static MlType of(MlKind kind) {
        return new MlType(kind, kind.baseClass());
    }

    /** The same object with the given stage types. */
    public MlType withStages(List<MlType> stageTypes) {
        return new MlType(kind, javaClass, stageTypes);
    }

    @Override
    public String display() {
        return javaClass.substring(javaClass.lastIndexOf('.') + 1);
    }
}
