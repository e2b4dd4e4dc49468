/**
 * The Python half of the parse stage: one cell's Python source to nbmigrate's own syntax tree.
 *
 * <p>Entry point: {@link dev.nbmigrate.converter.parse.python.PythonParser#parse}, giving a
 * {@link dev.nbmigrate.converter.parse.python.PythonParseResult} (the {@link dev.nbmigrate.converter.parse.python.ast.PyModule}
 * when the cell parses, the dialect it was parsed as, and diagnostics). GraalPy's PEG parser (Python 3.12 grammar,
 * CPython's error messages) is called in one place only, {@code GraalPyFrontEnd}, and its tree is converted to
 * nbmigrate's by {@code SstConverter}; no GraalPy type leaves this package. A Python 2 cell is first modernised
 * ({@link dev.nbmigrate.converter.parse.python.legacy}). A cell that does not parse is an {@code NBM101} (or
 * {@code NBM102} when nested too deep) with a {@link dev.nbmigrate.converter.parse.python.PySyntaxError}, never an
 * exception. Positions are those of the original cell source. The analyse stage and the translators read the tree.
 */
package dev.nbmigrate.converter.parse.python;
