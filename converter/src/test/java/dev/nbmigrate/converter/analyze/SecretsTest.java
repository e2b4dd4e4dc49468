package dev.nbmigrate.converter.analyze;

import dev.nbmigrate.converter.diag.Diagnostic;
import dev.nbmigrate.converter.diag.Location;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Hard-coded secrets: each kind found at its place, reported with kind and location only, and redactable. */
class SecretsTest {

    private static final String ACCOUNT_KEY = "Zm9vYmFyYmF6cXV4LWFjY291bnQta2V5LWZvci10ZXN0cy0xMjM0NTY3ODkw";
    private static final String SAS = "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01T00:00:00Z&sig=k3yS1gnatur3Val%3D";
    private static final String PASSWORD = "Pr0d-Passw0rd!";
    private static final String CONNECTION_KEY = "QWNjb3VudEtleVZhbHVlRm9yVGVzdHMxMjM0NTY3ODkw";
    private static final String CLIENT_SECRET = "cl13nt~s3cr3t.value_42";

    private static Program program() {
        return Notebooks.on(Notebooks.PYSPARK3)
                .code("%%configure -f\n{\"conf\": {\"spark.hadoop.fs.azure.account.key.other.blob.core.windows.net\": \""
                        + ACCOUNT_KEY + "X\"}}")
                .code("spark.conf.set(\n    \"fs.azure.account.key.lake.blob.core.windows.net\",\n    \"" + ACCOUNT_KEY
                        + "\")")
                .code("SAS_TOKEN = \"" + SAS + "\"\nspark.conf.set(\"fs.azure.sas.raw.lake.blob.core.windows.net\", "
                        + "SAS_TOKEN)")
                .code("orders = (spark.read.format(\"jdbc\")\n    .option(\"url\", \"jdbc:sqlserver://db:1433;database=shop\")"
                        + "\n    .option(\"user\", \"etl\")\n    .option(\"password\", \"" + PASSWORD + "\").load())")
                .code("CONN = \"DefaultEndpointsProtocol=https;AccountName=lake;AccountKey=" + CONNECTION_KEY
                        + ";EndpointSuffix=core.windows.net\"")
                .code("client_secret = \"" + CLIENT_SECRET + "\"\nsecret_scope = \"kv-foodops\"\n"
                        + "key = dbutils.secrets.get(secret_scope, \"lake-key\")")
                .markdown("Use the key `" + ACCOUNT_KEY + "`? No: fs.azure.account.key.lake.blob.core.windows.net="
                        + ACCOUNT_KEY)
                .analyze();
    }

    @Test
    void everyKindIsFoundWhereItIs() {
        Program program = program();
        assertThat(program.secrets()).extracting(SecretFinding::kind, SecretFinding::location, SecretFinding::context,
                SecretFinding::variable).containsExactly(
                tuple(SecretKind.STORAGE_ACCOUNT_KEY, new Location("test.ipynb", 1, 2, 0),
                        "spark.hadoop.fs.azure.account.key.other.blob.core.windows.net", Optional.empty()),
                tuple(SecretKind.STORAGE_ACCOUNT_KEY, new Location("test.ipynb", 2, 3, 5),
                        "fs.azure.account.key.lake.blob.core.windows.net", Optional.empty()),
                tuple(SecretKind.SAS_TOKEN, new Location("test.ipynb", 3, 1, 13), "variable SAS_TOKEN",
                        Optional.of("SAS_TOKEN")),
                tuple(SecretKind.JDBC_PASSWORD, new Location("test.ipynb", 4, 4, 25), "password",
                        Optional.empty()),
                tuple(SecretKind.CONNECTION_STRING, new Location("test.ipynb", 5, 1, 68),
                        "storage connection string (AccountKey)", Optional.of("CONN")),
                tuple(SecretKind.CREDENTIAL, new Location("test.ipynb", 6, 1, 17), "variable client_secret",
                        Optional.of("client_secret")),
                tuple(SecretKind.STORAGE_ACCOUNT_KEY, new Location("test.ipynb", 7, 1, 129),
                        "fs.azure.account.key.lake.blob.core.windows.net", Optional.empty()));
        assertThat(program.secrets().get(1).value()).isPresent();
        assertThat(program.secrets().get(1).value().get()).isInstanceOf(
                dev.nbmigrate.converter.parse.python.ast.PyExpr.StrLit.class);
    }

    @Test
    void findingsNeverCarryTheValue() {
        Program program = program();
        List<String> values = List.of(ACCOUNT_KEY, SAS, PASSWORD, CONNECTION_KEY, CLIENT_SECRET, "k3yS1gnatur3Val");
        for (Diagnostic diagnostic : program.diagnostics()) {
            assertThat(values).noneMatch(v -> diagnostic.render().contains(v));
        }
        for (SecretFinding secret : program.secrets()) {
            assertThat(values).noneMatch(v -> secret.toString().contains(v) || secret.context().contains(v));
        }
        assertThat(program.diagnostics()).filteredOn(d -> d.code().id().startsWith("NBM4"))
                .extracting(Diagnostic::message).contains(
                        "hard-coded storage account key (fs.azure.account.key.lake.blob.core.windows.net) in the "
                                + "notebook; its value is not shown");
    }

    @Test
    void redactRemovesEveryValueFound() {
        Program program = program();
        String text = "key " + ACCOUNT_KEY + ", sas " + SAS + ", password " + PASSWORD + ", " + CLIENT_SECRET;
        String redacted = program.redact(text);
        assertThat(redacted).doesNotContain(ACCOUNT_KEY, "k3yS1gnatur3Val", PASSWORD, CLIENT_SECRET)
                .startsWith("key ********, sas ");
        assertThat(program.clean(redacted)).isTrue();
        assertThat(program.clean(text)).isFalse();
    }

    @Test
    void valuesFromASecretStoreOrPlaceholdersAreNotSecrets() {
        Program program = Notebooks.on(Notebooks.DATABRICKS)
                .code("""
                        key = dbutils.secrets.get("kv", "lake-key")
                        spark.conf.set("fs.azure.account.key.lake.dfs.core.windows.net", key)
                        PASSWORD = "<your password>"
                        url = "jdbc:postgresql://db/shop?user=etl&password={pwd}"
                        primary_key = "order_id"
                        """)
                .analyze();
        assertThat(program.secrets()).isEmpty();
    }

    @Test
    void unknownFormatsAreFoundByEntropyAndAMarkedLineIsNot() {
        Program program = Notebooks.on(Notebooks.PYSPARK3)
                .code("cfg_value = \"q8Zr2EntMk23Lp0vT7wYb3Nd6Hs1Kj9FgX4\"\n"
                        + "checksum = \"Zk3Lp9Qw2Xy7Rt5Vb1Nm8Hj4Gf6Ds0Aq\"  # nbmigrate: not-a-secret\n"
                        + "table_name = \"daily_site_sales_2024_v2\"\nclass_name = \"MealDemandForecast2024Job\"")
                .analyze();
        assertThat(program.secrets()).extracting(SecretFinding::kind, SecretFinding::location, SecretFinding::context)
                .containsExactly(tuple(SecretKind.CREDENTIAL, new Location("test.ipynb", 1, 1, 14),
                        "random-looking string"));
        assertThat(program.redact("Zk3Lp9Qw2Xy7Rt5Vb1Nm8Hj4Gf6Ds0Aq")).isEqualTo("Zk3Lp9Qw2Xy7Rt5Vb1Nm8Hj4Gf6Ds0Aq");
    }

    @Test
    void credentialsInsideTextAndKnownFormatsAreFoundByKind() {
        Program program = Notebooks.on(Notebooks.PYSPARK3)
                .code("uri = \"mongodb://etl:MgoPw1x@mongo:27017/shop\"")
                .code("h = {\"Authorization\": \"Bearer abcDEF0123456789ghiJKL\"}")
                .code("pat = \"dapi0123456789abcdef0123456789abcdef\"")
                .code("import os\ndb_password = os.environ.get(\"DB_PASSWORD\", \"EnvPw12!k\")")
                .code("motto = \"Hunter2-\" + \"CatTail7!\"\npassword = motto + \"x\"\npass_word = \"a\" + \"b\"")
                .code("spark.sql(\"CREATE TABLE t USING jdbc OPTIONS (url 'jdbc:postgresql://db/shop', password 'OptPw8z')\")")
                .markdown("The service password=MdPw24!77 (do not share).")
                .analyze();
        assertThat(program.secrets()).extracting(SecretFinding::cell, SecretFinding::context).contains(
                tuple(1, "password in a URL"), tuple(2, "bearer token"),
                tuple(3, "Databricks personal access token"), tuple(4, "fallback of an environment variable"),
                tuple(6, "password option"), tuple(7, "password in a URL or connection string"));
        for (String value : List.of("MgoPw1x", "abcDEF0123456789ghiJKL", "dapi0123456789abcdef0123456789abcdef",
                "EnvPw12!k", "OptPw8z", "MdPw24!77")) {
            assertThat(program.clean("x " + value + " y")).as(value).isFalse();
        }
        assertThat(program.clean("motto = Hunter2-CatTail7!")).as("a concatenation not named as a credential").isTrue();
    }
}
