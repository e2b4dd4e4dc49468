package dev.nbmigrate.converter.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MavenStepsTest {

    @Test
    void aReactorBuildingLineIsAStep() {
        assertThat(MavenSteps.of("[INFO] Building daily-site-covers 1.0.3                                 [3/12]"))
                .hasValue(new MavenSteps.Step(2, 12, "daily-site-covers"));
        assertThat(MavenSteps.of("[INFO] Building nbmigrate runtime 0.1.0-SNAPSHOT   [1/2]"))
                .hasValue(new MavenSteps.Step(0, 2, "nbmigrate runtime"));
    }

    @Test
    void otherLinesAreNot() {
        assertThat(MavenSteps.of("[INFO] Building jar: /x/target/a.jar")).isEmpty();
        assertThat(MavenSteps.of("[INFO] --- surefire:3.2.5:test (default-test) @ a ---")).isEmpty();
    }
}
