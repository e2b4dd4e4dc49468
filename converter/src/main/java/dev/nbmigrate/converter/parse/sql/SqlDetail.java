package dev.nbmigrate.converter.parse.sql;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** What a statement of some kinds carries beyond its tables: one record per kind family. */
public sealed interface SqlDetail {

    /**
     * {@code SET key=value}; {@code SET key} shows one value ({@code value} null); {@code SET} alone lists all
     * ({@code key} null too). Hive variables keep their prefix, e.g. {@code hivevar:dt}.
     */
    record SetConfig(String key, String value) implements SqlDetail {
    }

    /** {@code ADD JAR|FILE|ARCHIVE paths}. */
    record AddResource(List<String> paths) implements SqlDetail {
        public AddResource {
            paths = List.copyOf(paths);
        }
    }

    /**
     * {@code INSERT INTO|OVERWRITE TABLE t PARTITION (...)}: the partition columns in the order Spark keeps them
     * (as written, for up to four), {@code IF NOT EXISTS}, and the column list if given.
     */
    record Insert(List<PartitionValue> partition, boolean ifPartitionNotExists, List<String> columns) implements SqlDetail {
        public Insert {
            partition = List.copyOf(partition);
            columns = List.copyOf(columns);
        }

        /** Whether some partition column takes its values from the query. */
        public boolean hasDynamicPartitions() {
            return partition.stream().anyMatch(PartitionValue::isDynamic);
        }
    }

    /**
     * {@code CREATE [EXTERNAL] TABLE}: the columns ({@code name type}, empty for CTAS), partition transforms
     * ({@code identity(dt)} for {@code PARTITIONED BY (dt)}), {@code USING} provider, Hive {@code STORED AS}
     * format and SerDe (with {@code ROW FORMAT} properties), {@code LOCATION}, {@code TBLPROPERTIES}; absent parts
     * are null or empty; maps are sorted by key.
     */
    record CreateTable(boolean external, boolean ifNotExists, List<String> columns, List<String> partitioning,
                       String provider, String storedAs, String serde, Map<String, String> serdeProperties,
                       String location, Map<String, String> properties) implements SqlDetail {
        public CreateTable {
            columns = List.copyOf(columns);
            partitioning = List.copyOf(partitioning);
            serdeProperties = Collections.unmodifiableSortedMap(new TreeMap<>(serdeProperties));
            properties = Collections.unmodifiableSortedMap(new TreeMap<>(properties));
        }

        /** Whether this is a Hive-format table ({@code STORED AS}, {@code ROW FORMAT}), not a data source one. */
        public boolean isHiveFormat() {
            return storedAs != null || serde != null || !serdeProperties.isEmpty();
        }
    }

    /** {@code USE db} / {@code CREATE DATABASE db} / {@code DROP DATABASE db}. */
    record Namespace(List<String> name) implements SqlDetail {
        public Namespace {
            name = List.copyOf(name);
        }
    }

    /** {@code DROP TABLE|VIEW [IF EXISTS]}. */
    record Drop(boolean ifExists) implements SqlDetail {
    }

    /** {@code CACHE [LAZY] TABLE name [AS query]}. */
    record Cache(String name, boolean lazy) implements SqlDetail {
        public Cache {
            Objects.requireNonNull(name, "name");
        }
    }
}
