package dev.nbmigrate.runtime.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An environment's storage account: lake URIs move to it, paths on other accounts are refused. */
class EnvironmentStorageTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "wasbs://waste@contosofoodlake.blob.core.windows.net/raw/logs/ | abfss://waste@contosofoodlakeuat.dfs.core.windows.net/raw/logs/",
        "wasb://menu@contosofoodlake.blob.core.windows.net/items.csv | abfss://menu@contosofoodlakeuat.dfs.core.windows.net/items.csv",
        "abfss://curated@contosofoodlake.dfs.core.windows.net | abfss://curated@contosofoodlakeuat.dfs.core.windows.net/",
        "abfss://curated@contosofoodlakeuat.dfs.core.windows.net/x | abfss://curated@contosofoodlakeuat.dfs.core.windows.net/x",
        "dbfs:/FileStore/x.csv | dbfs:/FileStore/x.csv",
        "/mnt/sales/x | /mnt/sales/x",
    })
    void uatResolverMovesLakeUrisToItsAccount(String location, String expected) {
        PathResolver uat = PathResolver.create("uat", PathRules.none(), null, "contosofoodlakeuat");
        assertThat(uat.resolve(location)).isEqualTo(expected);
        assertThat(uat.storageAccount()).contains("contosofoodlakeuat");
    }

    @Test
    void aRewriteToAnotherEnvironmentsAccountIsRefused() throws IOException {
        PathRules rules = PathRules.parse(new StringReader("uat.map.curated = wasbs://curated@contosofoodlake.blob"
                + ".core.windows.net/ => abfss://curated@contosofoodlakeprod.dfs.core.windows.net/\n"), "rules");
        PathResolver uat = PathResolver.create("uat", rules, null, "contosofoodlakeuat");

        assertThatThrownBy(() -> uat.resolve("wasbs://curated@contosofoodlake.blob.core.windows.net/waste/"))
                .isInstanceOf(PathResolutionException.class)
                .hasMessageContaining("does not belong to environment 'uat'")
                .hasMessageContaining("storage account 'contosofoodlakeprod'")
                .hasMessageContaining("'contosofoodlakeuat'");
        assertThatThrownBy(() -> uat.resolve("adl://contosolake.azuredatalakestore.net/raw/"))
                .hasMessageContaining("storage account 'contosolake'");
    }

    @Test
    void aRewriteToTheEnvironmentsOwnAccountIsKept() throws IOException {
        PathRules rules = PathRules.parse(new StringReader("dev.map.raw = wasbs://waste@contosofoodlake.blob"
                + ".core.windows.net/raw/ => abfss://scratch@contosofoodlakedev.dfs.core.windows.net/raw-copy/\n"),
                "rules");
        PathResolver dev = PathResolver.create("dev", rules, null, "contosofoodlakedev");

        assertThat(dev.resolve("wasbs://waste@contosofoodlake.blob.core.windows.net/raw/a.json"))
                .isEqualTo("abfss://scratch@contosofoodlakedev.dfs.core.windows.net/raw-copy/a.json");
    }

    @Test
    void withoutAnAccountPathsAreTakenAsTheyAre() {
        PathResolver prod = PathResolver.create("prod", PathRules.none(), null);
        assertThat(prod.resolve("wasbs://waste@contosofoodlake.blob.core.windows.net/raw/"))
                .isEqualTo("wasbs://waste@contosofoodlake.blob.core.windows.net/raw/");
        assertThat(prod.storageAccount()).isEmpty();
    }

    @Test
    void badAccountNamesAndLocalAccountsAreRejected() {
        assertThatThrownBy(() -> EnvironmentStorage.of("uat", "Contoso_Lake"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Contoso_Lake'");
        assertThatThrownBy(() -> PathResolver.create("local", PathRules.none(), "/tmp/lake", "contosolake"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("local environment");
    }
}
