package dev.nbmigrate.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nbmigrate.runtime.handports.SamplePorts;
import dev.nbmigrate.runtime.handports.manual.HandPortedSteps;
import dev.nbmigrate.runtime.handports.open.OpenPorts;
import dev.nbmigrate.runtime.handports.wrong.WrongPorts;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandPortsTest {

    private static final List<List<String>> SAMPLE_GAPS = List.of(
            List.of("cell3Line2", "NBM219 (sample.ipynb cell 3, line 2)"),
            List.of("cell5Line1", "NBM201 (sample.ipynb cell 5, line 1)"));

    @Test
    void loadsTheTeamsImplementationFromTheManualPackage() {
        SamplePorts ports = HandPorts.load(SamplePorts.class, new SamplePorts() { });
        assertThat(ports).isInstanceOf(HandPortedSteps.class);
        assertThat(ports.cell3Line2(21L)).isEqualTo(42L);
        assertThatThrownBy(ports::cell5Line1).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageStartingWith("NBM201 (sample.ipynb cell 5, line 1)");
    }

    @Test
    void fallsBackToTheFailingDefaultsWithoutAnImplementation() {
        OpenPorts defaults = new OpenPorts() { };
        assertThat(HandPorts.load(OpenPorts.class, defaults)).isSameAs(defaults);
        assertThat(HandPorts.firstOpen(OpenPorts.class, List.of(List.of("cell1Line1", "NBM219 (open")))).contains(
                "NBM219 (open");
    }

    @Test
    void theFirstOpenGapSkipsThoseTheTeamPorted() {
        assertThat(HandPorts.firstOpen(SamplePorts.class, SAMPLE_GAPS)).contains("NBM201 (sample.ipynb cell 5, line 1)");
        assertThat(HandPorts.firstOpen(SamplePorts.class, SAMPLE_GAPS.subList(0, 1))).isEmpty();
        assertThat(HandPorts.firstOpen(SamplePorts.class, List.of(List.of("", "NBM223 (only on Databricks)"))))
                .contains("NBM223 (only on Databricks)");
    }

    @Test
    void refusesAManualClassThatDoesNotImplementThePorts() {
        assertThatThrownBy(() -> HandPorts.load(WrongPorts.class, new WrongPorts() { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("dev.nbmigrate.runtime.handports.wrong.manual.HandPortedSteps must implement "
                        + "dev.nbmigrate.runtime.handports.wrong.WrongPorts");
    }
}
