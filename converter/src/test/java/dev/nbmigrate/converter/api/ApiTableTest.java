package dev.nbmigrate.converter.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The declarative tables against the Spark Java API on the classpath (Spark 4.0 by default, 3.5 with
 * {@code -Pspark-3.5}): every Java member a row names exists, and a row limited to some Spark versions is right
 * about the others.
 */
class ApiTableTest {

    private static final ApiCatalog CATALOG = ApiCatalog.standard();

    @Test
    void everyMappedJavaClassIsOnTheClasspath() {
        List<String> missing = new ArrayList<>();
        for (ApiClass c : CATALOG.classes()) {
            if (c.javaName().isPresent() && c.access() != ApiClass.Access.PACKAGE
                    && CATALOG.resolver().load(c.javaName().get()).isEmpty()) {
                missing.add(c.key() + " -> " + c.javaName().get());
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyJavaMemberNamedByTheTableExistsInThisSparkVersion() {
        List<String> problems = new ArrayList<>();
        for (ApiTableReader.MemberRow row : ApiTableReader.readMembers()) {
            if (row.status() == SupportStatus.UNSUPPORTED || row.java().equals("(rule)")
                    || !row.spark().contains(CATALOG.sparkVersion())) {
                continue;
            }
            ApiClass owner = CATALOG.apiClass(row.ownerKey()).orElseThrow();
            ApiSupport support = CATALOG.classify(owner.displayName(), row.member());
            if (support.target().isEmpty()) {
                problems.add(row.ownerKey() + "." + row.member() + ": java '" + row.java() + "' not found");
                continue;
            }
            JavaTarget target = support.target().get();
            boolean exists = target.form() == JavaTarget.Form.CONSTRUCTOR
                    ? CATALOG.resolver().load(target.javaClass()).map(c -> c.getConstructors().length > 0)
                            .orElse(false)
                    : CATALOG.javaHasMember(target.javaClass(), target.name());
            if (!exists) {
                problems.add(row.ownerKey() + "." + row.member() + ": no " + target.describe() + " in Spark "
                        + CATALOG.sparkVersion());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aRowLimitedToOtherSparkVersionsNamesAMemberThisVersionLacks() {
        List<String> problems = new ArrayList<>();
        int limited = 0;
        for (ApiTableReader.MemberRow row : ApiTableReader.readMembers()) {
            if (row.spark().contains(CATALOG.sparkVersion())) {
                continue;
            }
            limited++;
            ApiClass owner = CATALOG.apiClass(row.ownerKey()).orElseThrow();
            String name = row.java().equals("-") ? row.member() : row.java();
            if (owner.javaName().isPresent() && CATALOG.javaHasMember(owner.javaName().get(), name)) {
                problems.add(row.ownerKey() + "." + row.member() + " is marked " + row.spark() + " but Spark "
                        + CATALOG.sparkVersion() + " has " + name);
            }
            ApiSupport support = CATALOG.classify(owner.displayName(), row.member());
            assertThat(support.status()).isEqualTo(SupportStatus.UNSUPPORTED);
            assertThat(support.code()).hasValueSatisfying(c -> assertThat(c.id()).isEqualTo("NBM214"));
        }
        assertThat(problems).isEmpty();
        assertThat(limited).as("rows limited to another Spark version").isPositive();
    }

    @Test
    void everyTranslationRuleIsUsedByTheTable() {
        Set<TranslationRule> used = EnumSet.noneOf(TranslationRule.class);
        ApiTableReader.readMembers().forEach(r -> r.rule().ifPresent(used::add));
        assertThat(EnumSet.complementOf(EnumSet.copyOf(used))).isEmpty();
    }

    @Test
    void theTableHasOneRowPerMemberAndIsSortedOnOutput() {
        List<ApiTableReader.MemberRow> rows = ApiTableReader.readMembers();
        Set<String> keys = rows.stream().map(r -> r.ownerKey() + "." + r.member()).collect(Collectors.toSet());
        assertThat(keys).hasSize(rows.size());
        assertThat(rows.size()).isGreaterThan(500);
        List<ApiSupport> answers = CATALOG.tableRows();
        assertThat(answers).hasSize(rows.size());
        assertThat(answers).isSortedAccordingTo(java.util.Comparator.comparing(ApiSupport::owner)
                .thenComparing(ApiSupport::member));
    }

    @Test
    void rowsThatNeedNoCodeAreSupportedAndEveryOtherRowHasOne() {
        for (ApiSupport s : CATALOG.tableRows()) {
            if (s.status() != SupportStatus.SUPPORTED) {
                assertThat(s.code()).as(s.qualifiedName()).isPresent();
            }
        }
    }
}
