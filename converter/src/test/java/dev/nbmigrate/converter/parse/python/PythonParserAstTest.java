package dev.nbmigrate.converter.parse.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nbmigrate.converter.parse.CaseFile;
import dev.nbmigrate.converter.parse.SourceRef;
import dev.nbmigrate.converter.parse.python.ast.Arg;
import dev.nbmigrate.converter.parse.python.ast.Alias;
import dev.nbmigrate.converter.parse.python.ast.ExceptHandler;
import dev.nbmigrate.converter.parse.python.ast.FStringPart;
import dev.nbmigrate.converter.parse.python.ast.Keyword;
import dev.nbmigrate.converter.parse.python.ast.PyDump;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.parse.python.ast.PyNode;
import dev.nbmigrate.converter.parse.python.ast.PyPattern;
import dev.nbmigrate.converter.parse.python.ast.PyStmt;
import dev.nbmigrate.converter.parse.python.ast.TypeParam;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each case of {@code parse/python/ast-cases.txt} parses to exactly the tree CPython 3.12 builds for it (generated
 * by {@code ast_oracle.py}), positions included for every node CPython positions.
 */
class PythonParserAstTest {

    private static final PythonParser PARSER = new PythonParser();

    /** The node kinds CPython gives a position; the others' spans are nbmigrate's own. */
    private static final Predicate<PyNode> CPYTHON_POSITIONED = node -> node instanceof PyStmt
            || node instanceof PyExpr || node instanceof FStringPart || node instanceof Arg
            || node instanceof Keyword || node instanceof Alias || node instanceof ExceptHandler
            || node instanceof PyPattern || node instanceof TypeParam;

    static List<CaseFile.Case> cases() {
        return CaseFile.load("/parse/python/ast-cases.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parsesLikeCPython(CaseFile.Case c) {
        PythonParseResult result = PARSER.parse(c.input(), SourceRef.ofCell("cases.ipynb", 1), PythonDialect.PYTHON3);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.dialect()).isEqualTo(PythonDialect.PYTHON3);
        assertThat(PyDump.dumpIndented(result.tree(), CPYTHON_POSITIONED)).isEqualTo(c.expected("ast"));
    }
}
