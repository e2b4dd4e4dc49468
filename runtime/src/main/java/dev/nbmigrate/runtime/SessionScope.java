package dev.nbmigrate.runtime;

import dev.nbmigrate.runtime.secrets.Redactor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Option;

/**
 * The SparkSession of one job run. Obtained with {@code getOrCreate()}; {@code local[*]} when no master is configured
 * (no {@code spark.master} system property, as spark-submit sets, and none in the job's settings). A session the job
 * created is stopped at the end; a session that existed before (Databricks, a test's shared session) is never
 * stopped, and the settings the job changed on it are restored.
 */
final class SessionScope implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SessionScope.class);

    private final SparkSession spark;
    private final boolean created;
    private final Map<String, Optional<String>> replaced;

    private SessionScope(SparkSession spark, boolean created, Map<String, Optional<String>> replaced) {
        this.spark = spark;
        this.created = created;
        this.replaced = replaced;
    }

    /** Gets or creates the session for job {@code appName} with {@code settings}. */
    static SessionScope open(String appName, SparkSettings settings) {
        boolean existed = SparkSession.getActiveSession().isDefined() || SparkSession.getDefaultSession().isDefined();
        if (existed) {
            SparkSession spark = SparkSession.builder().getOrCreate();
            LOG.info("using the existing Spark session (master {}); it stays open after the job",
                    spark.sparkContext().master());
            return new SessionScope(spark, false, applyTo(spark, settings));
        }
        SparkSession.Builder builder = SparkSession.builder().appName(appName);
        if (!new SparkConf().contains("spark.master") && !settings.conf().containsKey("spark.master")) {
            builder.master("local[*]");
        }
        settings.all().forEach(builder::config);
        SparkSession spark = builder.getOrCreate();
        LOG.info("created Spark session (Spark {}, master {}, session time zone {}, ANSI {})", spark.version(),
                spark.sparkContext().master(), settings.sessionTimeZone(), settings.ansiEnabled() ? "on" : "off");
        return new SessionScope(spark, true, Map.of());
    }

    SparkSession spark() {
        return spark;
    }

    boolean created() {
        return created;
    }

    private static Map<String, Optional<String>> applyTo(SparkSession spark, SparkSettings settings) {
        Map<String, Optional<String>> replaced = new LinkedHashMap<>();
        settings.all().forEach((key, value) -> {
            Optional<String> before = toOptional(spark.conf().getOption(key));
            if (before.isPresent() && before.get().equals(value)) {
                return;
            }
            try {
                spark.conf().set(key, value);
                replaced.put(key, before);
            } catch (Exception e) { // Spark throws AnalysisException, a checked exception it does not declare
                LOG.warn("cannot set {}={} on the existing session ({}); it keeps {}", key, value,
                        Redactor.redact(e.getMessage()), before.orElse("its default"));
            }
        });
        return replaced;
    }

    private static Optional<String> toOptional(Option<String> option) {
        return option.isDefined() ? Optional.of(option.get()) : Optional.empty();
    }

    /** Stops a session this scope created; restores the settings it changed on an existing one. */
    @Override
    public void close() {
        if (created) {
            spark.stop();
            return;
        }
        replaced.forEach((key, before) -> {
            if (before.isPresent()) {
                spark.conf().set(key, before.get());
            } else {
                spark.conf().unset(key);
            }
        });
    }
}
