package dev.nbmigrate.converter.testing;

import org.junit.jupiter.api.Assumptions;

import dev.nbmigrate.converter.model.Target;

/**
 * The target the running build is for ({@code nbmigrate.build.target}, set by the parent pom's surefire settings).
 * The README's test command builds twice, once per target; a test whose work does not depend on the target (it
 * builds and runs generated modules with their own Maven builds, which choose their target themselves) runs in the
 * default target's build only.
 */
public final class BuildTarget {

    private static final String PROPERTY = "nbmigrate.build.target";

    private BuildTarget() {
    }

    /** Skips the calling test, saying why, in a build for another target than the default one. */
    public static void requireDefault(String what) {
        String target = System.getProperty(PROPERTY, Target.DBR_17_3.id());
        Assumptions.assumeTrue(target.equals(Target.DBR_17_3.id()), () -> what + " does not depend on the build's"
                + " target and runs in the " + Target.DBR_17_3.id() + " build; this build is for " + target);
    }
}
