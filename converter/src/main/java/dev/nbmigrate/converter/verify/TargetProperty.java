package dev.nbmigrate.converter.verify;

import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import dev.nbmigrate.converter.model.Target;

/**
 * The Maven property naming the target of a build. A generated module imports its versions from
 * {@code nbmigrate-bom}, and Maven activates the profiles of an imported pom only by property, not by {@code -P}:
 * so a build for a target with a profile of its own (e.g. {@code spark-3.5}) also sets {@code nbmigrate.target}.
 */
final class TargetProperty {

    static final String NAME = "nbmigrate.target";

    private TargetProperty() {
    }

    /** Adds {@code nbmigrate.target} to {@code properties} for the target whose profile is in {@code profiles}. */
    static Properties add(Properties properties, List<String> profiles) {
        Arrays.stream(Target.values()).filter(t -> !t.mavenProfile().isEmpty() && profiles.contains(t.mavenProfile()))
                .findFirst().ifPresent(t -> properties.setProperty(NAME, t.id()));
        return properties;
    }
}
