package dev.nbmigrate.converter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


import dev.nbmigrate.converter.translate.job.JobTranslator;
import dev.nbmigrate.converter.testing.TestNotebooks;

/**
 * No secret reaches a generated file: notebooks holding secrets in many forms (each with a unique marker) go through
 * the real pipeline ({@code convert} with the registered translator, and {@code assess} in every format) into a temp
 * folder; no marker may appear in any file written, in stdout/stderr or in any log line.
 */
class SecretLeakTest {

    private static final StringWriter LOG = new StringWriter();
    private static WriterAppender appender;

    /** A secret form: the notebook cells (code unless they start with "md:") and the markers that must not leak. */
    private record Form(String name, List<String> cells, List<String> markers) {
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** An Azure storage account key (64 bytes, base64: 88 characters) carrying {@code marker}. */
    private static String storageKey(String marker) {
        String body = marker + "q7Lw2Xb9Rt4Yc8Np3Zs6Kd1Vf5Hg0Jm7Qa2Wx4Ec6Rv8Tb1Yn3Um5Ik7Ol9Pz0Aq2Sw4De6Fr8Gt0Hy2Ju4Ki6Lo";
        return body.substring(0, 86) + "==";
    }

    private static List<Form> forms() {
        List<Form> forms = new ArrayList<>();
        String sas = "sv=2021-06-08&ss=b&srt=co&sp=rl&se=2030-01-01T00:00:00Z&st=2024-01-01T00:00:00Z&spr=https"
                + "&sig=SasMk01Sig%2BAbCdEfGh0123456789%3D";
        forms.add(new Form("sas-in-url", List.of(
                "df = spark.read.csv(\"https://acct.blob.core.windows.net/sales/daily.csv?" + sas + "\")\ndf.show()"),
                List.of("SasMk01Sig")));
        forms.add(new Form("sas-conf", List.of("spark.conf.set(\"fs.azure.sas.sales.acct.blob.core.windows.net\", "
                + "\"sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01&sig=SasMk02Sig%2Bxyz%3D\")"), List.of("SasMk02Sig")));
        forms.add(new Form("jdbc-userinfo", List.of(
                "JDBC_URL = \"jdbc:postgresql://etl:PwMk03Userinfo@db.contoso.com:5432/shop\"\n"
                        + "orders = spark.read.jdbc(JDBC_URL, \"orders\")\norders.write.parquet(\"/mnt/out/orders\")"),
                List.of("PwMk03Userinfo")));
        forms.add(new Form("jdbc-url-password", List.of(
                "url = \"jdbc:sqlserver://db.contoso.com:1433;database=shop;user=etl;password=PwMk04Semi!x\"\n"
                        + "orders = spark.read.format(\"jdbc\").option(\"url\", url).option(\"dbtable\", \"orders\").load()\n"
                        + "orders.write.parquet(\"/mnt/out/orders\")"), List.of("PwMk04Semi")));
        forms.add(new Form("configure-json", List.of("%%configure -f\n{\"conf\": {\"spark.hadoop.fs.azure.account.key."
                + "acct.blob.core.windows.net\": \"" + storageKey("CfgMk05Key") + "\"}}", "df = spark.range(3)\ndf.show()"),
                List.of("CfgMk05Key")));
        forms.add(new Form("sql-set", List.of("%%sql\nSET fs.azure.account.key.acct.blob.core.windows.net="
                + storageKey("SetMk06Key"), "%%sql\nSELECT 1"), List.of("SetMk06Key")));
        forms.add(new Form("concatenation", List.of("password = \"Hunter2-\" + \"CatMk07Tail!\"\n"
                + "df = spark.read.format(\"jdbc\").option(\"url\", \"jdbc:postgresql://db/shop\")"
                + ".option(\"user\", \"etl\").option(\"password\", password).option(\"dbtable\", \"t\").load()\n"
                + "df.write.parquet(\"/mnt/out/t\")"), List.of("CatMk07Tail")));
        forms.add(new Form("sql-options", List.of("spark.sql(\"\"\"CREATE TABLE orders_src USING jdbc OPTIONS ("
                + "url 'jdbc:postgresql://db.contoso.com/shop', dbtable 'orders', user 'etl', "
                + "password 'OptMk08Pw!z')\"\"\")"), List.of("OptMk08Pw")));
        String jwt = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}").replace("=", "") + "."
                + b64("{\"sub\":\"etl\",\"name\":\"JwtMk09\"}").replace("=", "") + ".JwtMk09SigAbCdEfGhIjKlMnOpQrStUv";
        forms.add(new Form("bearer-jwt", List.of("import requests\nheaders = {\"Authorization\": \"Bearer " + jwt
                + "\"}\nr = requests.get(\"https://api.contoso.com/menu\", headers=headers)"),
                List.of("JwtMk09Sig", jwt.substring(0, 30))));
        String b64Secret = b64("etl:B64Mk10Password!");
        forms.add(new Form("base64-credential", List.of("import base64\ncreds = base64.b64decode(\"" + b64Secret
                + "\").decode()\nuser, pw = creds.split(\":\")"), List.of(b64Secret)));
        forms.add(new Form("fstring", List.of("DB = \"shop\"\nurl = f\"jdbc:postgresql://db.contoso.com/{DB}?user=etl"
                + "&password=FstMk11Pw!q\"\ndf = spark.read.jdbc(url, \"t\")\ndf.write.parquet(\"/mnt/out/t\")"),
                List.of("FstMk11Pw")));
        forms.add(new Form("environ-fallback", List.of("import os\ndb_password = os.environ.get(\"DB_PASSWORD\", "
                + "\"EnvMk12Pw!k9\")\nprint(len(db_password))"), List.of("EnvMk12Pw")));
        forms.add(new Form("getenv-fallback", List.of("import os\ntoken = os.getenv(\"API_TOKEN\", \"GetMk13Tok9xZ\")\n"
                + "print(len(token))"), List.of("GetMk13Tok")));
        forms.add(new Form("aws-keys", List.of("spark.conf.set(\"fs.s3a.access.key\", \"AKIAAWSMK14ABCDEFGHI\")\n"
                + "spark.conf.set(\"fs.s3a.secret.key\", \"AwsMk14Secret/K7MDENG/bPxRfiCYEXAMPLEKEY\")"),
                List.of("AKIAAWSMK14ABCDEFGHI", "AwsMk14Secret")));
        forms.add(new Form("github-pat", List.of("gh = \"ghp_GhpMk15abcdefghijklmnopqrstuvwxyz01\"\n"
                + "print(len(gh))"), List.of("GhpMk15")));
        forms.add(new Form("databricks-pat", List.of("host = \"https://adb-123.azuredatabricks.net\"\n"
                + "pat = \"dapi0123456789abcdef0123456789abc16d\"\nprint(host, len(pat))"),
                List.of("dapi0123456789abcdef0123456789abc16d")));
        forms.add(new Form("storage-connection-string", List.of("CONN = \"DefaultEndpointsProtocol=https;AccountName="
                + "acct;AccountKey=" + storageKey("ConMk17Key") + ";EndpointSuffix=core.windows.net\"\nprint(len(CONN))"),
                List.of("ConMk17Key")));
        forms.add(new Form("dict-properties", List.of("props = {\"user\": \"etl\", \"password\": \"DicMk18Pw!x\", "
                + "\"driver\": \"org.postgresql.Driver\"}\ndf = spark.read.jdbc(\"jdbc:postgresql://db/shop\", "
                + "\"orders\", properties=props)\ndf.write.parquet(\"/mnt/out/orders\")"), List.of("DicMk18Pw")));
        forms.add(new Form("option-password", List.of("df = (spark.read.format(\"jdbc\")\n"
                + "    .option(\"url\", \"jdbc:postgresql://db/shop\")\n    .option(\"user\", \"etl\")\n"
                + "    .option(\"password\", \"OptMk19Pw#1\")\n    .option(\"dbtable\", \"t\").load())\n"
                + "df.write.parquet(\"/mnt/out/t\")"), List.of("OptMk19Pw")));
        forms.add(new Form("options-keyword", List.of("df = spark.read.format(\"jdbc\").options(url=\"jdbc:postgresql:"
                + "//db/shop\", user=\"etl\", password=\"KwMk20Pw#2\", dbtable=\"t\").load()\n"
                + "df.write.parquet(\"/mnt/out/t\")"), List.of("KwMk20Pw")));
        forms.add(new Form("eventhub-connection", List.of("ehConf = {\"eventhubs.connectionString\": \"Endpoint=sb://"
                + "ns.servicebus.windows.net/;SharedAccessKeyName=listen;SharedAccessKey=EhMk21KeyAbCdEfGhIjKl0123456789="
                + ";EntityPath=orders\"}\nprint(len(ehConf))"), List.of("EhMk21Key")));
        forms.add(new Form("oauth-client-secret", List.of("spark.conf.set(\"fs.azure.account.oauth2.client.secret."
                + "acct.dfs.core.windows.net\", \"OauMk22~Secret.Value_42\")"), List.of("OauMk22")));
        forms.add(new Form("high-entropy-unknown", List.of("cfg_value = \"q8Zr2EntMk23Lp0vT7wYb3Nd6Hs1Kj9FgX4\"\n"
                + "print(len(cfg_value))"), List.of("EntMk23")));
        forms.add(new Form("markdown-text", List.of("md:# Setup\nThe service password=MdMk24Pw!77 (do not share).",
                "x = 1\nprint(x)"), List.of("MdMk24Pw")));
        forms.add(new Form("code-comment", List.of("# old key: AccountKey=" + storageKey("CmtMk25Key") + "\n"
                + "df = spark.range(3)\ndf.show()"), List.of("CmtMk25Key")));
        forms.add(new Form("sql-cell-jdbc", List.of("%%sql\nCREATE TABLE src USING jdbc OPTIONS (url "
                + "'jdbc:sqlserver://db:1433;database=shop;user=etl;password=SqlMk26Pw!', dbtable 'orders')"),
                List.of("SqlMk26Pw")));
        forms.add(new Form("private-key", List.of("key_pem = \"\"\"-----BEGIN PRIVATE KEY-----\n"
                + "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQPemMk27Body0123456789abcdefABCDEF\n"
                + "-----END PRIVATE KEY-----\"\"\"\nprint(len(key_pem))"), List.of("PemMk27Body")));
        forms.add(new Form("mongodb-userinfo", List.of("uri = \"mongodb://etl:MgoMk28Pw@mongo.contoso.com:27017/shop\"\n"
                + "df = spark.read.format(\"mongo\").option(\"uri\", uri).load()\ndf.show()"), List.of("MgoMk28Pw")));
        forms.add(new Form("widget-default", List.of("dbutils.widgets.text(\"db_password\", \"WidMk29Pw!a\")\n"
                + "pw = dbutils.widgets.get(\"db_password\")\nprint(len(pw))"), List.of("WidMk29Pw")));
        forms.add(new Form("parameters-cell", List.of("params:run_date = \"2024-01-01\"\n"
                + "api_token = \"ParMk30Tok9z\"", "print(run_date, len(api_token))"), List.of("ParMk30Tok")));
        forms.add(new Form("storage-key-shape", List.of("k = \"" + storageKey("ShpMk31Key") + "\"\nprint(len(k))"),
                List.of("ShpMk31Key")));
        forms.add(new Form("sas-concatenated", List.of("base = \"https://acct.blob.core.windows.net/sales/\"\n"
                + "token = \"?sv=2021-06-08&ss=b&srt=o&sp=r&se=2030-01-01&sig=CatMk32Sig%2Babc%3D\"\n"
                + "df = spark.read.csv(base + \"daily.csv\" + token)\ndf.show()"), List.of("CatMk32Sig")));
        forms.add(new Form("heading", List.of("md:# Load with AccountKey=" + storageKey("HdgMk33Key"),
                "df = spark.range(3)\ndf.show()"), List.of("HdgMk33Key")));
        forms.add(new Form("slack-and-google", List.of("slack = \"xoxb-123456789012-SlkMk34abcdefghijkl\"\n"
                + "gkey = \"AIzaSyGooMk34abcdefghijklmnopqrstuvwxyz\"\nprint(len(slack), len(gkey))"),
                List.of("SlkMk34", "GooMk34")));
        forms.add(new Form("py-call-password-kw", List.of("import pymssql\nconn = pymssql.connect(server=\"db\", "
                + "user=\"etl\", password=\"KwfMk35Pw!\", database=\"shop\")"), List.of("KwfMk35Pw")));
        forms.add(new Form("https-userinfo", List.of("feed = \"https://etl:HtpMk36Pw@feeds.contoso.com/menu.csv\"\n"
                + "print(feed)"), List.of("HtpMk36Pw")));
        forms.add(new Form("hive-tblproperties", List.of("%%sql\nCREATE TABLE t (a INT) USING jdbc TBLPROPERTIES "
                + "('url'='jdbc:postgresql://db/shop', 'password'='TblMk37Pw')"), List.of("TblMk37Pw")));
        forms.add(new Form("requests-auth", List.of("import requests\nr = requests.get(\"https://api.contoso.com/m\", "
                + "auth=(\"etl\", \"AutMk38Pw\"))\nprint(r.status_code)"), List.of("AutMk38Pw")));
        forms.add(new Form("fstring-key", List.of("acct = \"lake\"\nspark.conf.set(f\"fs.azure.account.key.{acct}.dfs"
                + ".core.windows.net\", \"FkyMk39Key0123456789\")"), List.of("FkyMk39Key")));
        forms.add(new Form("curl-user", List.of("!curl -u etl:CrlMk40Pw https://feeds.contoso.com/menu.csv -o /tmp/m.csv",
                "x = 1\nprint(x)"), List.of("CrlMk40Pw")));
        forms.add(new Form("connector-option", List.of("df = spark.read.format(\"snowflake\").option(\"sfPassword\", "
                + "\"SnfMk41Pw\").option(\"dbtable\", \"t\").load()\ndf.write.parquet(\"/mnt/out/t\")"),
                List.of("SnfMk41Pw")));
        forms.add(new Form("environ-assign", List.of("import os\nos.environ[\"AZURE_CLIENT_SECRET\"] = \"EnaMk42~Val.x\"\n"
                + "df = spark.range(1)\ndf.show()"), List.of("EnaMk42")));
        forms.add(new Form("format-call", List.of("url = \"jdbc:postgresql://db/shop?user=etl&password={}\".format("
                + "\"FmtMk43Pw!x\")\ndf = spark.read.format(\"jdbc\").option(\"url\", url).option(\"dbtable\", \"t\")"
                + ".load()\ndf.show()"), List.of("FmtMk43Pw")));
        forms.add(new Form("percent-format", List.of("url = \"jdbc:postgresql://db/shop?user=etl&pwd=%s\" % "
                + "\"PctMk44Pw!x\"\nprint(len(url))"), List.of("PctMk44Pw")));
        forms.add(new Form("percent-named", List.of("dsn = \"host=db user=etl password=%(pw)s\" % {\"pw\": "
                + "\"PnmMk45Pw!x\"}\nprint(len(dsn))"), List.of("PnmMk45Pw")));
        forms.add(new Form("implicit-concatenation", List.of("pw = (\"ImcMk46Head\"\n      \"ImcMk46Tail!q\")\n"
                + "print(len(pw))"), List.of("ImcMk46Head", "ImcMk46Tail")));
        forms.add(new Form("basic-auth-bytes", List.of("import base64\nauth = \"Basic \" + base64.b64encode("
                + "b\"etl:BasMk47Pw\").decode()\nprint(len(auth))"), List.of("BasMk47Pw")));
        forms.add(new Form("java-properties", List.of("props = sc._jvm.java.util.Properties()\n"
                + "props.setProperty(\"password\", \"JprMk48Pw!\")\nprint(props)"), List.of("JprMk48Pw")));
        forms.add(new Form("scala-cell", List.of("%%spark\nval pw = \"ScaMk49Pw!z\"\nprintln(pw)", "x = 1\nprint(x)"),
                List.of("ScaMk49Pw")));
        forms.add(new Form("sql-set-short-key", List.of("%%sql\nSET spark.datasource.pw=SstMk50Pw"),
                List.of("SstMk50Pw")));
        forms.add(new Form("query-string-key", List.of("df = spark.read.csv(\"https://api.contoso.com/v1/menu.csv?"
                + "api_key=QskMk51Ab9&format=csv\")\ndf.show()"), List.of("QskMk51Ab9")));
        forms.add(new Form("tuple-unpacking", List.of("user, password = \"etl\", \"TupMk52Pw!x\"\nprint(len(password))"),
                List.of("TupMk52Pw")));
        forms.add(new Form("option-default", List.of("import argparse\np = argparse.ArgumentParser()\n"
                + "p.add_argument(\"--db-password\", default=\"ArgMk53Pw!x\")\nargs = p.parse_args([])"),
                List.of("ArgMk53Pw")));
        forms.add(new Form("service-key-header", List.of("headers = {\"x-functions-key\": \"FnkMk54abc\"}\n"
                + "print(len(headers))"), List.of("FnkMk54abc")));
        forms.add(new Form("class-attribute", List.of("class Settings:\n    password = \"ClsMk55Pw!x\"\n"
                + "print(len(Settings.password))"), List.of("ClsMk55Pw")));
        forms.add(new Form("prose-in-string", List.of("print(\"the password is PrsMk56Pw!x\")"), List.of("PrsMk56Pw")));
        return forms;
    }

    @BeforeAll
    static void captureLogs() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration config = context.getConfiguration();
        appender = WriterAppender.newBuilder().setName("secret-leak-test").setTarget(LOG)
                .setLayout(PatternLayout.newBuilder().withPattern("%level %c - %msg %throwable%n").build()).build();
        appender.start();
        config.addAppender(appender);
        config.getRootLogger().addAppender(appender, Level.ALL, null);
        LoggerConfig nbmigrate = config.getLoggerConfig("dev.nbmigrate");
        if (nbmigrate != config.getRootLogger()) {
            nbmigrate.addAppender(appender, Level.ALL, null);
        }
        context.updateLoggers();
    }

    @AfterAll
    static void stopCapturing() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration config = context.getConfiguration();
        config.getRootLogger().removeAppender(appender.getName());
        config.getLoggerConfig("dev.nbmigrate").removeAppender(appender.getName());
        context.updateLoggers();
        appender.stop();
    }

    static void writeNotebook(Path file, List<String> cells) {
        TestNotebooks.write(file, TestNotebooks.PYSPARK3, cells);
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), new String(Files.readAllBytes(file),
                        StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    @Test
    void noMarkerOfAnySecretFormReachesAnyOutput(@TempDir Path project) throws IOException {
        List<Form> forms = forms();
        assertThat(forms).hasSizeGreaterThanOrEqualTo(30);
        Path notebooks = Files.createDirectories(project.resolve("notebooks"));
        for (int i = 0; i < forms.size(); i++) {
            writeNotebook(notebooks.resolve(String.format("f%02d_%s.ipynb", i + 1, forms.get(i).name().replace('-', '_'))),
                    forms.get(i).cells());
        }
        JobTranslator translator = new JobTranslator();
        CliRunner.Run convert = CliRunner.run(project, translator, "convert", "notebooks", "--out", "out");
        String nbs = notebooks.toString();
        String reports = project.resolve("reports").toString();
        CliRunner.Run md = CliRunner.run(project, translator, "assess", nbs, "--out", reports);
        CliRunner.Run json = CliRunner.run(project, translator, "assess", nbs, "--format", "json", "--out", reports);
        CliRunner.Run html = CliRunner.run(project, translator, "assess", nbs, "--format", "html", "--out", reports);
        assertThat(convert.out()).as(convert.all()).contains(forms.size() + " notebooks:");
        Map<String, String> outputs = new LinkedHashMap<>();
        files(project.resolve("out")).forEach((k, v) -> outputs.put("out/" + k, v));
        files(project.resolve("reports")).forEach((k, v) -> outputs.put("reports/" + k, v));
        for (CliRunner.Run run : List.of(convert, md, json, html)) {
            outputs.merge("console", run.all(), String::concat);
        }
        outputs.put("log", LOG.toString());
        assertThat(outputs.keySet()).anyMatch(k -> k.endsWith("Config.java")).anyMatch(k -> k.endsWith("MIGRATION.md"))
                .anyMatch(k -> k.endsWith("databricks.yml")).contains("reports/assessment.html");

        assertThat(unwrapped(outputs.get("out/f03-jdbc-userinfo/src/main/java/dev/nbmigrate/jobs/f03jdbcuserinfo/"
                + "F03JdbcUserinfoJob.java"))).as("a URL keeps its parts around the secret reference")
                .contains("\"jdbc:postgresql://etl:\" + config.jdbcUrl().value() + \"@db.contoso.com:5432/shop\"");
        assertThat(outputs.get("out/f01-sas-in-url/src/main/java/dev/nbmigrate/jobs/f01sasinurl/F01SasInUrlConfig.java"))
                .contains("@SecretRef(\"sas-token\")\n        Secret sasToken");

        assertThat(unwrapped(outputs.get("out/f06-sql-set/src/main/java/dev/nbmigrate/jobs/f06sqlset/"
                + "F06SqlSetJob.java")))
                .as("a secret in SQL is filled in from the secret scope").contains("spark.sql(\"SET fs.azure.account.key."
                        + "acct.blob.core.windows.net=%s\".formatted(ctx.secret(\"fs-azure-account-key-acct-blob-core-"
                        + "windows-net\").value()));");
        assertThat(unwrapped(outputs.get("out/f05-configure-json/src/main/java/dev/nbmigrate/jobs/f05configurejson/"
                + "F05ConfigureJsonJob.java"))).as("a Spark setting holding a secret is set from the secret scope")
                .contains("ctx.spark().conf().set(\"fs.azure.account.key.acct.blob.core.windows.net\", ctx.secret("
                        + "\"fs-azure-account-key-acct-blob-core-windows-net\").value());");

        assertThat(outputs.get("out/f07-concatenation/src/main/java/dev/nbmigrate/jobs/f07concatenation/"
                + "F07ConcatenationJob.java")).as("a concatenated password is one secret reference")
                .contains(".option(\"password\", config.password().value())");

        List<String> leaks = new ArrayList<>();
        for (Form form : forms) {
            for (String marker : form.markers()) {
                outputs.forEach((file, text) -> {
                    if (text.contains(marker)) {
                        leaks.add(form.name() + " -> " + file);
                    }
                });
            }
        }
        assertThat(leaks).as("secret markers found in outputs").isEmpty();
    }

    /** Java text with the lines broken after an opening parenthesis or a comma, or before a chained call, joined. */
    private static String unwrapped(String java) {
        return java.replaceAll("\\(\n *", "(").replaceAll(",\n *", ", ").replaceAll("\n *\\.", ".");
    }
}
