package dev.nbmigrate.converter.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClusterSettingsTest {

    @ParameterizedTest
    @CsvSource({
            "spark.driver.maxResultSize, true",
            "spark.executor.memory, true",
            "spark.hadoop.fs.azure.account.auth.type, true",
            "spark.sql.warehouse.dir, true",
            "spark.sql.hive.metastore.version, true",
            "spark.sql.shuffle.partitions, false",
            "spark.sql.sources.partitionOverwriteMode, false",
            "fs.azure.account.auth.type, false"})
    void clusterSettingsAreSparkCoreStaticSqlAndHadoopPrefixedOnes(String key, boolean cluster) {
        assertThat(ClusterSettings.isCluster(key)).isEqualTo(cluster);
    }
}
