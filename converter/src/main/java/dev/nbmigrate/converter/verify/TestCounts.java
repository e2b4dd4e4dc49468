package dev.nbmigrate.converter.verify;

/** Test totals of a module, summed over its Surefire reports. */
public record TestCounts(int run, int failures, int errors, int skipped) {

    public static final TestCounts NONE = new TestCounts(0, 0, 0, 0);

    public TestCounts plus(TestCounts other) {
        return new TestCounts(run + other.run, failures + other.failures, errors + other.errors, skipped + other.skipped);
    }

    /** {@code 12 run, 0 failed, 1 skipped}. */
    @Override
    public String toString() {
        return run + " run, " + (failures + errors) + " failed, " + skipped + " skipped";
    }
}
