package dev.nbmigrate.converter.analyze;

/**
 * How much of a notebook converts: the share of its PySpark API references and of its code cells that convert
 * with no error.
 *
 * @param apiReferences    API references in all
 * @param apiSupported     of which supported
 * @param apiWarnings      of which supported with a warning
 * @param apiUnsupported   of which unsupported
 * @param apiConvertible   references that convert with no error (supported or warning, and planned)
 * @param codeCells        cells holding code (see {@link CellStatus#code()})
 * @param convertibleCells of which converting with no error
 */
public record Readiness(int apiReferences, int apiSupported, int apiWarnings, int apiUnsupported, int apiConvertible,
                        int codeCells, int convertibleCells) {

    /** The share of API references that convert, 0 to 1; 1 when there are none. */
    public double apiShare() {
        return apiReferences == 0 ? 1.0 : (double) apiConvertible / apiReferences;
    }

    /** The share of code cells that convert, 0 to 1; 1 when there are none. */
    public double cellShare() {
        return codeCells == 0 ? 1.0 : (double) convertibleCells / codeCells;
    }
}
