package dev.nbmigrate.converter.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FormatTemplatesTest {

    @Test
    void percentSlotsAfterACredentialKeyAreCounted() {
        FormatTemplates.Slots slots = FormatTemplates.percentSlots("host=%s user=%s password=%s 100%% done %d");
        assertThat(slots.positions()).containsExactly(2);
        assertThat(FormatTemplates.percentSlots("dsn: pwd=%(pw)s host=%(host)s").named()).containsExactly("pw");
        assertThat(FormatTemplates.percentSlots("%-10s|%5.2f|token: %r").positions()).containsExactly(2);
    }

    @Test
    void braceSlotsCountAutomaticExplicitAndNamedFields() {
        assertThat(FormatTemplates.braceSlots("{}/{}?sig={}").positions()).containsExactly(2);
        assertThat(FormatTemplates.braceSlots("jdbc:postgresql://{1}:{0}@db/{2}").positions()).containsExactly(0);
        assertThat(FormatTemplates.braceSlots("AccountKey={key!s};Name={name}").named()).isEqualTo(Set.of("key"));
        assertThat(FormatTemplates.braceSlots("Bearer {0.token}").positions()).isEqualTo(List.of(0));
    }

    @Test
    void escapedBracesAndTextWithoutCredentialsGiveNoSlot() {
        FormatTemplates.Slots slots = FormatTemplates.braceSlots("{{password={}}} rows={} in {table}");
        assertThat(slots.positions()).containsExactly(0);
        FormatTemplates.Slots none = FormatTemplates.braceSlots("SELECT * FROM {} WHERE day = '{}'");
        assertThat(none.positions()).isEmpty();
        assertThat(none.named()).isEmpty();
    }
}
