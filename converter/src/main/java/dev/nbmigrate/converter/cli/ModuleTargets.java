package dev.nbmigrate.converter.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.nbmigrate.converter.model.Target;

/** The Maven profiles a set of generated modules builds with, from the targets their {@code migration.json} record. */
final class ModuleTargets {

    private ModuleTargets() {
    }

    /**
     * The profiles for {@code modules} (module folders).
     *
     * @throws IllegalArgumentException when the modules target different Spark lines (one reactor cannot build both)
     */
    static List<String> profiles(List<Path> modules) throws IOException {
        Set<String> targets = new TreeSet<>();
        for (Path module : modules) {
            String id = new ObjectMapper().readTree(module.resolve("migration.json").toFile()).path("target")
                    .asText(Target.DBR_17_3.id());
            targets.add(Target.fromId(id).id());
        }
        if (targets.size() > 1) {
            throw new IllegalArgumentException("the modules target " + String.join(" and ", targets)
                    + ", which build with different Spark versions: verify or run them separately");
        }
        String profile = targets.isEmpty() ? "" : Target.fromId(targets.iterator().next()).mavenProfile();
        return profile.isEmpty() ? List.of() : List.of(profile);
    }
}
