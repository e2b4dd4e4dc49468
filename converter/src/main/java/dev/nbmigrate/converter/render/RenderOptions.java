package dev.nbmigrate.converter.render;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import dev.nbmigrate.converter.expect.Expectations;
import dev.nbmigrate.converter.write.ModuleVersion;

/**
 * What rendering one module needs besides its {@link dev.nbmigrate.converter.model.JobModel}.
 *
 * @param expectations     the notebook's expectations file, if it has one
 * @param dataRoot         the sample data folder fixtures are taken from, or {@code null} when there is none
 * @param dataRootDisplay  how reports name that folder (relative to the project, forward slashes), or {@code null}
 * @param previous         what the module's current {@code migration.json} records, when the module exists
 * @param modulePath       the module folder relative to the project root, forward slashes
 *                         ({@code generated/daily-covers-sales}): build commands in README and bundle use it
 * @param environments     the portfolio's deployment environments (dev, uat, prod) the bundle gets targets for;
 *                         empty for a module rendered outside a portfolio (one dev and one prod target)
 * @param handPorted       the hand-port methods the module's hand-written {@code manual.HandPortedSteps} overrides
 *                         ({@link dev.nbmigrate.converter.write.HandWritten#portedMethods}), for MIGRATION.md
 * @param acceptedFile     how reports name the notebook's file of accepted reconciliation differences, or empty
 * @param accepted         the differences from the notebook a reviewer accepted in that file, for MIGRATION.md
 */
public record RenderOptions(Optional<Expectations> expectations, Path dataRoot, String dataRootDisplay,
        Optional<ModuleVersion.Recorded> previous, String modulePath,
        java.util.List<dev.nbmigrate.converter.portfolio.Environments.Environment> environments,
        java.util.SortedSet<String> handPorted, String acceptedFile,
        java.util.List<dev.nbmigrate.converter.reconcile.AcceptedDifferences.Entry> accepted) {

    /** Options of a module without accepted reconciliation differences. */
    public RenderOptions(Optional<Expectations> expectations, Path dataRoot, String dataRootDisplay,
            Optional<ModuleVersion.Recorded> previous, String modulePath,
            java.util.List<dev.nbmigrate.converter.portfolio.Environments.Environment> environments,
            java.util.SortedSet<String> handPorted) {
        this(expectations, dataRoot, dataRootDisplay, previous, modulePath, environments, handPorted, "",
                java.util.List.of());
    }

    /** Options of a module in a portfolio with no hand-ported steps. */
    public RenderOptions(Optional<Expectations> expectations, Path dataRoot, String dataRootDisplay,
            Optional<ModuleVersion.Recorded> previous, String modulePath,
            java.util.List<dev.nbmigrate.converter.portfolio.Environments.Environment> environments) {
        this(expectations, dataRoot, dataRootDisplay, previous, modulePath, environments, new java.util.TreeSet<>());
    }

    /** Options of a module rendered outside a portfolio. */
    public RenderOptions(Optional<Expectations> expectations, Path dataRoot, String dataRootDisplay,
            Optional<ModuleVersion.Recorded> previous, String modulePath) {
        this(expectations, dataRoot, dataRootDisplay, previous, modulePath, java.util.List.of());
    }

    public RenderOptions {
        environments = java.util.List.copyOf(environments);
        accepted = java.util.List.copyOf(accepted);
        Objects.requireNonNull(acceptedFile, "acceptedFile");
        handPorted = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(handPorted));
        Objects.requireNonNull(expectations, "expectations");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(modulePath, "modulePath");
        if (modulePath.startsWith("/") || modulePath.contains("\\") || modulePath.contains("..")) {
            throw new IllegalArgumentException("module path '" + modulePath + "' must be relative, with forward slashes");
        }
        if ((dataRoot == null) != (dataRootDisplay == null)) {
            throw new IllegalArgumentException("a data root needs its display name and only with one");
        }
    }
}
