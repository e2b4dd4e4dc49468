package dev.nbmigrate.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nbmigrate.runtime.secrets.Secret;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The naming rules, and config records that are wrong are rejected when the job is built. */
class ConfigSchemaTest {

    @Test
    void namingRules() {
        assertThat(Names.kebab("lookbackDays")).isEqualTo("lookback-days");
        assertThat(Names.kebab("jdbcURL")).isEqualTo("jdbc-url");
        assertThat(Names.kebab("URLPath")).isEqualTo("url-path");
        assertThat(Names.kebab("top10Rows")).isEqualTo("top10-rows");
        assertThat(Names.kebab("input_path")).isEqualTo("input-path");
        assertThat(Names.upperSnake("daily-covers")).isEqualTo("DAILY_COVERS");
        assertThat(Names.upperSnake("sales.db-password")).isEqualTo("SALES_DB_PASSWORD");
        assertThat(Names.pascal("daily-covers-2024")).isEqualTo("DailyCovers2024");
        assertThat(Names.pascal("siteWeeklyKPI_databricks")).isEqualTo("SiteWeeklyKpiDatabricks");
        assertThat(Names.pascal("job-02-standardize-1a2b3c4d")).isEqualTo("Job02Standardize1a2b3c4d");
        assertThat(Names.normalize("--Input_Path")).isEqualTo("inputpath");
        assertThat(Names.isKebab("daily-covers")).isTrue();
        assertThat(Names.isKebab("Daily_Covers")).isFalse();
    }

    @Test
    void suggestionsAreCloseAndStable() {
        assertThat(Suggest.nearest("--lookback-dyas", List.of("--lookback-days", "--run-date"))).contains("--lookback-days");
        assertThat(Suggest.nearest("--zzz", List.of("--lookback-days"))).isEmpty();
        assertThat(Suggest.nearest("--ab", List.of("--ac", "--ad"))).contains("--ac");
    }

    record Good(@Default("3") @Alias({"-n", "--count"}) int n, List<Long> ids) {
    }

    @Test
    void schemaOfAGoodRecord() {
        ConfigSchema<Good> schema = ConfigSchema.of(Good.class, "JOB");
        assertThat(schema.options()).extracting(OptionSpec::name).containsExactly("--n", "--ids");
        assertThat(schema.options()).extracting(OptionSpec::envVar).containsExactly("JOB_N", "JOB_IDS");
        assertThat(schema.find("-n")).containsSame(schema.options().get(0));
        assertThat(schema.find("--count")).containsSame(schema.options().get(0));
        assertThat(schema.find("ids")).containsSame(schema.options().get(1));
        assertThat(schema.instantiate(Map.of("ids", List.of(1L)))).isEqualTo(new Good(0, List.of(1L)));
    }

    record BadDefault(@Default("many") int n) {
    }

    record DefaultBreaksRule(@Default("0") @Range(min = 1) int n) {
    }

    record RequiredWithDefault(@Required @Default("1") int n) {
    }

    record Unsupported(Map<String, String> options) {
    }

    record RawList(@SuppressWarnings("rawtypes") List items) {
    }

    record RuleOnWrongType(@Pattern("[a-z]+") int n) {
    }

    record UnknownScheme(@Schemes({"s3"}) String path) {
    }

    record SecretWithoutRef(Secret password) {
    }

    record RefWithoutSecret(@SecretRef("key") String password) {
    }

    record Clash(String inputPath, String input_path) {
    }

    record BadAlias(@Alias("n") int n) {
    }

    @Test
    void wrongRecordsFailWithTheComponentNamed() {
        String prefix = "config record " + ConfigSchemaTest.class.getName() + "$";
        assertThatThrownBy(() -> ConfigSchema.of(BadDefault.class, "J")).isInstanceOf(IllegalStateException.class)
                .hasMessage(prefix + "BadDefault, component 'n': bad @Default: expected an integer (32-bit), got 'many'");
        assertThatThrownBy(() -> ConfigSchema.of(DefaultBreaksRule.class, "J"))
                .hasMessage(prefix + "DefaultBreaksRule, component 'n': bad @Default: must be at least 1, got 0");
        assertThatThrownBy(() -> ConfigSchema.of(RequiredWithDefault.class, "J"))
                .hasMessage(prefix + "RequiredWithDefault, component 'n': @Required and @Default contradict each other");
        assertThatThrownBy(() -> ConfigSchema.of(Unsupported.class, "J"))
                .hasMessageStartingWith(prefix + "Unsupported, component 'options': unsupported type"
                        + " java.util.Map<java.lang.String, java.lang.String>");
        assertThatThrownBy(() -> ConfigSchema.of(RawList.class, "J"))
                .hasMessage(prefix + "RawList, component 'items': a List component needs a concrete element type,"
                        + " like List<String>");
        assertThatThrownBy(() -> ConfigSchema.of(RuleOnWrongType.class, "J"))
                .hasMessage(prefix + "RuleOnWrongType, component 'n': @Pattern does not apply to Integer");
        assertThatThrownBy(() -> ConfigSchema.of(UnknownScheme.class, "J"))
                .hasMessage("unknown storage scheme 's3' in @Schemes; known: wasb, wasbs, abfs, abfss, adl, dbfs, mnt,"
                        + " file");
        assertThatThrownBy(() -> ConfigSchema.of(SecretWithoutRef.class, "J")).hasMessageEndingWith(
                "a Secret component needs @SecretRef, and @SecretRef needs type Secret");
        assertThatThrownBy(() -> ConfigSchema.of(RefWithoutSecret.class, "J")).hasMessageEndingWith(
                "a Secret component needs @SecretRef, and @SecretRef needs type Secret");
        assertThatThrownBy(() -> ConfigSchema.of(Clash.class, "J")).hasMessage("config record "
                + ConfigSchemaTest.class.getName() + "$Clash: components 'inputPath' and 'input_path' both answer to"
                + " 'inputpath'");
        assertThatThrownBy(() -> ConfigSchema.of(BadAlias.class, "J"))
                .hasMessage(prefix + "BadAlias, component 'n': bad @Alias 'n' (want -x or --name)");
    }
}
