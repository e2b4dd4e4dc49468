/**
 * Python 2 support for the Python parser: rewrites a Python 2 cell to Python 3 before it is parsed, and finds where
 * its meaning may differ under Python 3.
 *
 * <p>{@link dev.nbmigrate.converter.parse.python.legacy.Py2Modernizer} rewrites Python 2 syntax on a tolerant token
 * stream ({@code LegacyLexer}), so strings and comments are never touched, giving a
 * {@link dev.nbmigrate.converter.parse.python.legacy.ModernizedSource} with the
 * {@link dev.nbmigrate.converter.parse.python.legacy.Rewrite}s made and a
 * {@link dev.nbmigrate.converter.parse.python.legacy.PositionMap} back to the original source.
 * {@link dev.nbmigrate.converter.parse.python.legacy.Py2HazardScanner} finds the Python 2 hazards (integer division,
 * lazy {@code map}/{@code zip}, dict methods, renamed builtins, ...) on the parsed tree as
 * {@link dev.nbmigrate.converter.parse.python.legacy.Finding}s. {@link dev.nbmigrate.converter.parse.python.legacy.ErrorLocator}
 * moves the few syntax errors that GraalPy places differently from CPython. Used only by
 * {@link dev.nbmigrate.converter.parse.python.PythonParser}.
 */
package dev.nbmigrate.converter.parse.python.legacy;
