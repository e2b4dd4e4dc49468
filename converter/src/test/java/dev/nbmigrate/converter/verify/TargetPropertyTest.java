package dev.nbmigrate.converter.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** A build for Databricks 16.4 names its target by property, which also reaches the BOM the modules import. */
class TargetPropertyTest {

    @Test
    void theSpark35ProfileAddsTheTargetPropertyAndTheDefaultNone() {
        Properties dbr164 = TargetProperty.add(new Properties(), List.of("spark-3.5", ModuleRunner.PROFILE));
        Properties dbr173 = TargetProperty.add(new Properties(), List.of(ModuleRunner.PROFILE));

        assertThat(dbr164.getProperty("nbmigrate.target")).isEqualTo("dbr-16.4");
        assertThat(dbr173.stringPropertyNames()).isEmpty();
    }
}
