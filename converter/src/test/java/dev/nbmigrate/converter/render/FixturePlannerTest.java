package dev.nbmigrate.converter.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Location;

/** Which sample files a generated test gets, by the runtime's local lake-path rule. */
class FixturePlannerTest {

    @TempDir
    Path data;

    private static FixturePlanner.Need need(String location) {
        return new FixturePlanner.Need(location, Location.ofCell("nb.ipynb", 3));
    }

    @Test
    void aFolderBringsItsFilesAndAFileItself() throws Exception {
        Files.createDirectories(data.resolve("sales/daily/2024"));
        Files.writeString(data.resolve("sales/daily/2024/01.csv"), "a\n1\n");
        Files.writeString(data.resolve("sales/daily/_SUCCESS"), "");
        Files.writeString(data.resolve("sales/daily/.part.crc"), "x");
        Files.createDirectories(data.resolve("ref"));
        Files.writeString(data.resolve("ref/sites.csv"), "s\n");

        FixturePlanner.Plan plan = new FixturePlanner(data, "data").plan(List.of(
                need("wasbs://sales@acct.blob.core.windows.net/daily/"),
                need("abfss://ref@acct.dfs.core.windows.net/sites.csv"),
                need("wasbs://sales@acct.blob.core.windows.net/daily/")));

        assertThat(plan.files()).containsOnlyKeys("src/test/resources/lake/sales/daily/2024/01.csv",
                "src/test/resources/lake/ref/sites.csv");
        assertThat(plan.files().get("src/test/resources/lake/sales/daily/2024/01.csv")).isEqualTo("a\n1\n");
        assertThat(plan.notes()).containsEntry("wasbs://sales@acct.blob.core.windows.net/daily/", "data/sales/daily/ (1 file)")
                .containsEntry("abfss://ref@acct.dfs.core.windows.net/sites.csv", "data/ref/sites.csv");
        assertThat(plan.diagnostics()).isEmpty();
    }

    @Test
    void aMountIsFoundUnderItsContainerAndGoesWhereTheJobReadsIt() throws Exception {
        Files.createDirectories(data.resolve("reference/fx"));
        Files.writeString(data.resolve("reference/fx/rates.csv"), "r\n");

        FixturePlanner.Plan plan = new FixturePlanner(data, "data").plan(List.of(need("/mnt/reference/fx/")));

        assertThat(plan.files()).containsOnlyKeys("src/test/resources/lake/mnt/reference/fx/rates.csv");
        assertThat(plan.notes()).containsEntry("/mnt/reference/fx/", "data/reference/fx/ (1 file)");
    }

    @Test
    void whatCannotBeProvidedIsNbm504WithTheReason() throws Exception {
        Files.createDirectories(data.resolve("bin"));
        Files.write(data.resolve("bin/part.parquet"), new byte[] {'P', 'A', 'R', '1', (byte) 0xff, (byte) 0xfe});

        FixturePlanner.Plan plan = new FixturePlanner(data, "data").plan(List.of(
                need("wasbs://sales@acct.blob.core.windows.net/none/"), need("jdbc:sqlserver://db"),
                need("wasbs://bin@acct.blob.core.windows.net/")));

        assertThat(plan.files()).isEmpty();
        assertThat(plan.diagnostics()).allMatch(d -> d.code() == Code.NBM504 && d.location().cell() == 3);
        assertThat(plan.diagnostics()).hasSize(3);
        assertThat(plan.diagnostics().get(0).message()).isEqualTo(
                "no sample data for 'wasbs://sales@acct.blob.core.windows.net/none/': nothing at data/sales/none/");
        assertThat(plan.diagnostics().get(1).message()).startsWith(
                "no sample data for 'jdbc:sqlserver://db': the local lake-path rule does not map it (cannot resolve");
        assertThat(plan.diagnostics().get(2).message()).isEqualTo(
                "no sample data for 'wasbs://bin@acct.blob.core.windows.net/': part.parquet under bin/ is not UTF-8"
                        + " text; generated tests carry text fixtures only (CSV, JSON)");
        assertThat(new FixturePlanner(null, null).plan(List.of(need("wasbs://a@b.blob.core.windows.net/x")))
                .diagnostics().get(0).message()).endsWith("there is no sample data folder (give one with --data)");
    }
}
