package dev.nbmigrate.converter.verify;

import java.util.List;

/**
 * The outcome of one verification run: a row per requested module, Maven's exit code, and the last lines Maven
 * printed (what a user needs to see when the build failed before any module ran).
 */
public record VerifyResult(List<ModuleBuild> modules, int exitCode, List<String> outputTail) {

    /** How many of Maven's last lines are kept. */
    public static final int TAIL_LINES = 60;

    public VerifyResult {
        modules = List.copyOf(modules);
        outputTail = List.copyOf(outputTail);
    }

    /** Every module built and its tests passed. */
    public boolean passed() {
        return exitCode == 0 && modules.stream().allMatch(ModuleBuild::passed);
    }
}
