package dev.nbmigrate.converter.api;

import dev.nbmigrate.converter.diag.Code;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A PySpark class or module and the Spark Java class it maps to (a row of {@code classes.tsv}).
 *
 * @param key the short name the member table uses, e.g. {@code DataFrame}, {@code functions}
 * @param pyspark the canonical PySpark name, e.g. {@code pyspark.sql.DataFrame}; empty for Java-only helpers
 * @param aliases other qualified names of the same thing, e.g. {@code pyspark.sql.dataframe.DataFrame}
 * @param javaName the Java class's binary name, or for a package the Java package; empty when none
 * @param access how Python code reaches its members
 * @param status the support status of all its members unless the member table says otherwise
 * @param code the diagnostic code for that status, if any
 * @param note for reviewers and reports
 */
public record ApiClass(String key, Optional<String> pyspark, List<String> aliases, Optional<String> javaName,
        Access access, SupportStatus status, Optional<Code> code, String note) {

    /** How members are reached. */
    public enum Access {
        /** Objects of the class are receivers: {@code df.select}. */
        INSTANCE,
        /** The class has static members: {@code Window.partitionBy}. */
        STATIC,
        /** A module whose functions are static Java methods: {@code F.col}. */
        MODULE,
        /** A package whose classes map one to one onto a Java package: {@code pyspark.ml.feature}. */
        PACKAGE;

        public static Access byLabel(String label) {
            try {
                return valueOf(label.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown access '" + label
                        + "' (expected instance, static, module or package)", e);
            }
        }

        /** True when the Java members are static. */
        public boolean isStatic() {
            return this == STATIC || this == MODULE;
        }
    }

    public ApiClass {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(pyspark, "pyspark");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(javaName, "javaName");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(note, "note");
    }

    /** The name to report it by: the PySpark name, else the key. */
    public String displayName() {
        return pyspark.orElse(key);
    }
}
