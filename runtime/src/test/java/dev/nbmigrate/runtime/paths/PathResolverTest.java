package dev.nbmigrate.runtime.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Path resolution for each scheme in each environment. */
class PathResolverTest {
    private static final String ROOT = "/data/lake";

    private static PathRules rules(String properties) throws IOException {
        return PathRules.parse(new StringReader(properties), "test.properties");
    }

    private static PathResolver local() {
        return PathResolver.create("local", PathRules.none(), ROOT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "wasbs://sales@contosolake.blob.core.windows.net/daily/ | /data/lake/sales/daily/",
        "wasb://sales@contosolake.blob.core.windows.net/daily/2024-01-31.csv | /data/lake/sales/daily/2024-01-31.csv",
        "abfss://curated@contosolake.dfs.core.windows.net/daily_covers | /data/lake/curated/daily_covers",
        "abfs://curated@contosolake.dfs.core.windows.net/ | /data/lake/curated/",
        "abfss://curated@contosolake.dfs.core.windows.net | /data/lake/curated",
        "adl://contosolake.azuredatalakestore.net/raw/events/*.json | /data/lake/contosolake/raw/events/*.json",
        "dbfs:/FileStore/tables/stores.csv | /data/lake/FileStore/tables/stores.csv",
        "dbfs:///mnt/sales/x | /data/lake/mnt/sales/x",
        "/mnt/sales/daily/ | /data/lake/mnt/sales/daily/",
        "/tmp/local/file.csv | /tmp/local/file.csv",
        "relative/out | /data/lake/relative/out",
        "file:///tmp/x | file:///tmp/x",
    })
    void localMapsLakeLocationsUnderTheRoot(String location, String expected) {
        assertThat(local().resolve(location)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "data/iris.csv | /repo/notebooks/ch1/data/iris.csv",
        "./data/products.csv | /repo/notebooks/ch1/data/products.csv",
        "../../data/mtcars.csv | /repo/data/mtcars.csv",
        "../Data/*.json | /repo/notebooks/Data/*.json",
        "out/ | /repo/notebooks/ch1/out/",
        "/tmp/abs.csv | /tmp/abs.csv",
        "file:///tmp/x | file:///tmp/x",
        "dbfs:/FileStore/x.csv | /repo/FileStore/x.csv",
    })
    void localTakesRelativePathsFromTheWorkingDirectory(String location, String expected) {
        PathResolver resolver = PathResolver.create("local", PathRules.none(), "/repo", null, "/repo/notebooks/ch1");
        assertThat(resolver.resolve(location)).isEqualTo(expected);
        assertThat(resolver.workingDir()).contains("/repo/notebooks/ch1");
    }

    @Test
    void aWorkingDirectoryIsForTheLocalEnvironmentOnly() {
        assertThatThrownBy(() -> PathResolver.create("prod", PathRules.none(), null, null, "/repo"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--working-dir");
        assertThatThrownBy(() -> PathResolver.create("prod", PathRules.none(), null).resolve("relative/out"))
                .isInstanceOf(PathResolutionException.class).hasMessageContaining("scheme 'file' is not allowed");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', value = {
        "wasbs://sales@contosolake.blob.core.windows.net/daily/ | uat",
        "wasb://sales@contosolake.blob.core.windows.net/daily/ | prod",
        "abfss://curated@contosolake.dfs.core.windows.net/x | uat",
        "abfs://curated@contosolake.dfs.core.windows.net/x | prod",
        "dbfs:/FileStore/x | prod",
        "/mnt/sales/daily | uat",
    })
    void clusterEnvironmentsPassLakeLocationsThrough(String location, String environment) {
        assertThat(PathResolver.create(environment, PathRules.none(), null).resolve(location)).isEqualTo(location);
    }

    @Test
    void clusterEnvironmentsRejectRetiredAndLocalSchemes() {
        PathResolver prod = PathResolver.create("prod", PathRules.none(), null);
        assertThatThrownBy(() -> prod.resolve("adl://contosolake.azuredatalakestore.net/raw/"))
                .isInstanceOf(PathResolutionException.class)
                .hasMessage("cannot resolve 'adl://contosolake.azuredatalakestore.net/raw/' in environment 'prod':"
                        + " scheme 'adl' is not allowed there (allowed: wasb, wasbs, abfs, abfss, dbfs, mnt); add a"
                        + " rule like 'prod.map.<name> = adl://contosolake.azuredatalakestore.net/ => <target>' or"
                        + " list the scheme in 'prod.allow' in the paths config (built-in rules)");
        assertThatThrownBy(() -> prod.resolve("/tmp/out")).hasMessageContaining("scheme 'file' is not allowed");
    }

    @Test
    void localRejectsUnknownSchemes() {
        assertThatThrownBy(() -> local().resolve("hdfs://namenode:8020/user/etl/x"))
                .isInstanceOf(PathResolutionException.class)
                .hasMessage("cannot resolve 'hdfs://namenode:8020/user/etl/x' in environment 'local': scheme 'hdfs'"
                        + " has no local mapping; add a rule like 'local.map.<name> = hdfs://namenode:8020/ =>"
                        + " <target>' or list the scheme in 'local.allow' in the paths config (built-in rules)");
    }

    @Test
    void malformedLakeUrisAndEscapesAreErrors() {
        assertThatThrownBy(() -> local().resolve("wasbs://contosolake.blob.core.windows.net/daily"))
                .hasMessage("malformed wasbs URI 'wasbs://contosolake.blob.core.windows.net/daily': expected"
                        + " wasbs://<container>@<account>.<host>/<path>");
        assertThatThrownBy(() -> local().resolve("abfss://c@a.dfs.core.windows.net/../../etc/passwd"))
                .hasMessage("cannot resolve 'abfss://c@a.dfs.core.windows.net/../../etc/passwd' in environment"
                        + " 'local': '..' would leave the local root /data/lake");
        assertThatThrownBy(() -> local().resolve(" ")).hasMessage("cannot resolve an empty path in environment 'local'");
    }

    @Test
    void prefixRewritesPerEnvironmentLongestFirst() throws IOException {
        PathRules rules = rules("""
                uat.map.sales = wasbs://sales@contosolake.blob.core.windows.net/ => abfss://sales@contosolakeuat.dfs.core.windows.net/
                uat.map.daily = wasbs://sales@contosolake.blob.core.windows.net/daily/ => abfss://daily@contosolakeuat.dfs.core.windows.net/
                prod.map.gen1 = adl://contosolake.azuredatalakestore.net/ => abfss://raw@contosolake.dfs.core.windows.net/
                local.map.shared = wasbs://ref@contosolake.blob.core.windows.net/ => /srv/reference/
                """);
        PathResolver uat = PathResolver.create("uat", rules, null);
        assertThat(uat.resolve("wasbs://sales@contosolake.blob.core.windows.net/daily/x.csv"))
                .isEqualTo("abfss://daily@contosolakeuat.dfs.core.windows.net/x.csv");
        assertThat(uat.resolve("wasbs://sales@contosolake.blob.core.windows.net/monthly/"))
                .isEqualTo("abfss://sales@contosolakeuat.dfs.core.windows.net/monthly/");
        assertThat(PathResolver.create("prod", rules, null).resolve("adl://contosolake.azuredatalakestore.net/e/"))
                .isEqualTo("abfss://raw@contosolake.dfs.core.windows.net/e/");
        PathResolver local = PathResolver.create("local", rules, ROOT);
        assertThat(local.resolve("wasbs://ref@contosolake.blob.core.windows.net/stores.csv"))
                .isEqualTo("/srv/reference/stores.csv");
        assertThat(local.resolve("wasbs://sales@contosolake.blob.core.windows.net/daily/"))
                .as("rules of other environments do not apply").isEqualTo("/data/lake/sales/daily/");
    }

    @Test
    void allowReplacesTheBuiltInListAndCustomEnvironmentsExist() throws IOException {
        PathRules rules = rules("""
                prod.allow = abfss
                dev.allow = abfss, file
                local.root = /configured/root
                """);
        assertThatThrownBy(() -> PathResolver.create("prod", rules, null).resolve("/mnt/sales/x"))
                .hasMessageContaining("scheme 'mnt' is not allowed there (allowed: abfss)");
        PathResolver dev = PathResolver.create("dev", rules, null);
        assertThat(dev.resolve("/tmp/x")).isEqualTo("/tmp/x");
        assertThat(dev.resolve("abfss://c@a.dfs.core.windows.net/x")).isEqualTo("abfss://c@a.dfs.core.windows.net/x");
        assertThat(PathResolver.create("local", rules, null).resolve("/mnt/a")).isEqualTo("/configured/root/mnt/a");
        assertThat(PathResolver.create("local", rules, "/override").resolve("/mnt/a")).isEqualTo("/override/mnt/a");
    }

    @Test
    void localRootDefaultsToLakeInTheWorkingDirectory() {
        String expected = Path.of("lake").toAbsolutePath().normalize().toString().replace('\\', '/');
        assertThat(PathResolver.create("local", PathRules.none(), null).localRoot()).contains(expected);
        assertThat(PathResolver.create("local", PathRules.none(), null).resolve("dbfs:/x")).isEqualTo(expected + "/x");
    }

    @Test
    void legacyDefaultStorage() throws IOException {
        PathRules rules = rules("default-storage = wasbs://data@contosolake.blob.core.windows.net/\n");
        assertThat(PathResolver.create("local", rules, ROOT).resolve("wasbs:///example/data/x.csv"))
                .isEqualTo("/data/lake/data/example/data/x.csv");
        assertThat(PathResolver.create("prod", rules, null).resolve("wasbs:///example/"))
                .isEqualTo("wasbs://data@contosolake.blob.core.windows.net/example/");
        assertThatThrownBy(() -> local().resolve("wasb:///example/data"))
                .hasMessage("cannot resolve 'wasb:///example/data' in environment 'local': it names the legacy"
                        + " cluster's default storage, which is not configured; set 'default-storage ="
                        + " wasb://<container>@<account>.blob.core.windows.net/' in the paths config");
    }

    @Test
    void unknownEnvironmentAndBadRules() {
        assertThatThrownBy(() -> PathResolver.create("staging", PathRules.none(), null))
                .hasMessage("unknown environment 'staging' (known: dev, local, prod, uat); define it in the paths config"
                        + " with 'staging.allow' or 'staging.map.<name>'");
        assertThatThrownBy(() -> rules("uat.allow = abfss, s3\nuat.map.x = no arrow\nprod.root = /x\ncolour = red\n"))
                .hasMessage("bad paths config test.properties: unknown key 'colour'; 'prod.root': only the local"
                        + " environment has a root; 'uat.allow': unknown scheme 's3' (known: wasb, wasbs, abfs, abfss,"
                        + " adl, dbfs, mnt, file); 'uat.map.x': expected '<from prefix> => <to prefix>', got 'no arrow'");
    }

    @Test
    void schemeLabels() {
        assertThat(StorageScheme.labelOf("wasbs://c@a.blob.core.windows.net/")).isEqualTo("wasbs");
        assertThat(StorageScheme.labelOf("ABFSS://c@a.dfs.core.windows.net/")).isEqualTo("abfss");
        assertThat(StorageScheme.labelOf("/mnt/x")).isEqualTo("mnt");
        assertThat(StorageScheme.labelOf("/mntx")).isEqualTo("file");
        assertThat(StorageScheme.labelOf("C:\\data\\x")).isEqualTo("file");
        assertThat(StorageScheme.labelOf("s3a://bucket/x")).isEqualTo("s3a");
    }
}
