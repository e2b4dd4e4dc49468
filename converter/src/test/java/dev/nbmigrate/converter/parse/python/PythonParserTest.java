package dev.nbmigrate.converter.parse.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.Location;
import dev.nbmigrate.converter.parse.SourceRef;
import dev.nbmigrate.converter.parse.Span;
import dev.nbmigrate.converter.parse.python.ast.PyDump;
import dev.nbmigrate.converter.parse.python.ast.PyExpr;
import dev.nbmigrate.converter.parse.python.ast.PyModule;
import dev.nbmigrate.converter.parse.python.ast.PyNode;
import dev.nbmigrate.converter.parse.python.ast.PyNodes;
import dev.nbmigrate.converter.parse.python.ast.PyStmt;
import dev.nbmigrate.converter.parse.python.ast.PyTreeScanner;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PythonParserTest {

    private static final PythonParser PARSER = new PythonParser();
    private static final SourceRef CELL = SourceRef.ofCell("nb.ipynb", 7);

    @Test
    void detectKeepsPython3CodeAsIsAndReportsNoHazards() {
        PythonParseResult result = PARSER.parse("ratio = hits / total\nprint(ratio)\n", CELL);

        assertThat(result.dialect()).isEqualTo(PythonDialect.PYTHON3);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.rewrites()).isEmpty();
    }

    @Test
    void detectTreatsACellThatOnlyParsesAfterRewritingAsPython2() {
        PythonParseResult result = PARSER.parse("print 'rows:', n / 2\n", CELL);

        assertThat(result.ok()).isTrue();
        assertThat(result.dialect()).isEqualTo(PythonDialect.PYTHON2);
        assertThat(result.parsedSource()).isEqualTo("print('rows:', n / 2)\n");
        assertThat(result.diagnostics()).extracting(d -> d.code()).containsExactly(Code.NBM103, Code.NBM301);
    }

    @Test
    void detectReportsThePython3ErrorWhenNothingCanBeRewritten() {
        PythonParseResult result = PARSER.parse("x = (1,\n", CELL);

        assertThat(result.dialect()).isEqualTo(PythonDialect.PYTHON3);
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.NBM101);
            assertThat(d.message()).isEqualTo("SyntaxError: '(' was never closed");
            assertThat(d.location()).isEqualTo(new Location("nb.ipynb", 7, 1, 5));
        });
    }

    @Test
    void printFunctionFromAnEarlierCellKeepsPrintAsACall() {
        PythonParseResult inherited = PARSER.parse("print('a', 'b')\n", CELL, PythonDialect.PYTHON2,
                Set.of("print_function"));
        PythonParseResult own = PARSER.parse("from __future__ import print_function, division\nx = a / b\n", CELL,
                PythonDialect.PYTHON2);

        assertThat(inherited.diagnostics()).isEmpty();
        assertThat(own.futureImports()).containsExactly("division", "print_function");
        assertThat(own.diagnostics()).isEmpty();
    }

    @Test
    void positionsAfterRewritingAreThoseOfTheOriginalCell() {
        PythonParseResult result = PARSER.parse("x = 1\nprint   `x`, 10L\n", CELL, PythonDialect.PYTHON2);

        PyExpr.Call print = (PyExpr.Call) ((PyStmt.ExprStmt) result.tree().body().get(1)).value();
        PyExpr.Call repr = (PyExpr.Call) print.args().get(0);
        PyExpr.IntLit ten = (PyExpr.IntLit) print.args().get(1);
        assertThat(((PyExpr.Name) repr.args().get(0)).span()).isEqualTo(new Span(2, 9, 2, 10));
        assertThat(ten.span()).isEqualTo(new Span(2, 13, 2, 16));
        assertThat(print.span().line()).isEqualTo(2);
    }

    @Test
    void aDefTupleParameterKeepsTheBodyOnItsOriginalLines() {
        PythonParseResult result = PARSER.parse("def f((a, b)):\n    return a\n\ny = f((1, 2))\n", CELL,
                PythonDialect.PYTHON2);

        List<PyStmt> body = result.tree().body();
        PyStmt.FunctionDef def = (PyStmt.FunctionDef) body.get(0);
        assertThat(def.args().args()).extracting(arg -> arg.name()).containsExactly("a_b");
        assertThat(def.body().get(0)).isInstanceOf(PyStmt.Assign.class);
        assertThat(def.body().get(1).span().line()).isEqualTo(2);
        assertThat(body.get(1).span().line()).isEqualTo(4);
    }

    @Test
    void sourceRefOffsetsMoveLocations() {
        SourceRef ref = new SourceRef("db.py", 3, 10, 8);

        PythonParseResult result = PARSER.parse("ok = 1\nbad = (\n", ref, PythonDialect.PYTHON3);

        assertThat(result.diagnostics().get(0).location()).isEqualTo(new Location("db.py", 3, 12, 15));
        assertThat(ref.location(new Span(1, 0, 1, 2))).isEqualTo(new Location("db.py", 3, 11, 9));
    }

    @Test
    void windowsLineEndingsAndFormFeedsParse() {
        PythonParseResult result = PARSER.parse("a = 1\r\nif a:\r\n    b = 2\r\n", CELL, PythonDialect.PYTHON3);

        assertThat(result.ok()).isTrue();
        assertThat(result.tree().body().get(1).span()).isEqualTo(new Span(2, 0, 3, 9));
    }

    @Test
    void emptyAndCommentOnlyCellsGiveAnEmptyModule() {
        for (String source : List.of("", "\n\n", "# only a comment", "   # indented comment\n# another\n")) {
            PythonParseResult result = PARSER.parse(source, CELL, PythonDialect.PYTHON3);
            assertThat(result.ok()).isTrue();
            assertThat(result.tree().body()).isEmpty();
            assertThat(result.diagnostics()).isEmpty();
        }
    }

    @Test
    void theDeepestTreeAcceptedCanBeScannedAndDumpedOnAnOrdinaryThread() throws InterruptedException {
        PyModule tree = PARSER.parse("x = " + "-".repeat(998) + "1\n", CELL, PythonDialect.PYTHON3).tree();
        assertThat(PyNodes.depth(tree)).isEqualTo(PythonParser.MAX_DEPTH + 1);

        AtomicInteger names = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                new PyTreeScanner() {
                    @Override
                    public Void visitUnaryOp(PyExpr.UnaryOp node) {
                        names.incrementAndGet();
                        return super.visitUnaryOp(node);
                    }
                }.scan(tree);
                PyDump.dump(tree);
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "ordinary-stack");
        thread.start();
        thread.join();

        assertThat(failure.get()).isNull();
        assertThat(names.get()).isEqualTo(998);
        assertThat(PARSER.parse("x = " + "-".repeat(999) + "1\n", CELL, PythonDialect.PYTHON3).ok()).isFalse();
    }

    @Test
    void parsingIsThreadSafe() {
        String source = "total = sum(x * 2 for x in range(10) if x % 3)\nprint(f'{total:>5}')\n";
        String expected = PyDump.dumpWithPositions(PARSER.parse(source, CELL).tree());

        List<String> dumps = IntStream.range(0, 32).parallel()
                .mapToObj(i -> PyDump.dumpWithPositions(PARSER.parse(source, CELL).tree())).toList();

        assertThat(dumps).containsOnly(expected);
    }

    @Test
    void treesAreImmutable() {
        PyModule tree = PARSER.parse("x = b'ab'\n", CELL).tree();
        PyExpr.BytesLit bytes = (PyExpr.BytesLit) ((PyStmt.Assign) tree.body().get(0)).value();

        bytes.value()[0] = 'z';

        assertThat(bytes.value()).containsExactly('a', 'b');
        assertThatThrownBy(() -> tree.body().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void utilitiesFindNodesAndDottedNames() {
        PyModule tree = PARSER.parse("df = spark.read.parquet(p)\ndf.write.mode('overwrite').saveAsTable(t)\n", CELL)
                .tree();

        List<PyExpr.Call> calls = PyNodes.findAll(tree, PyExpr.Call.class);
        assertThat(calls).extracting(call -> PyNodes.dottedName(call.func()))
                .containsExactly("spark.read.parquet", null, "df.write.mode");
        assertThat(PyNodes.walk(tree).get(0)).isSameAs(tree);
        assertThat(PyNodes.walk(tree)).allMatch(node -> node instanceof PyNode);
    }

    @Test
    void callKeywordsAreFoundByName() {
        PyExpr.Call call = (PyExpr.Call) ((PyStmt.ExprStmt) PARSER.parse("df.join(o, on='id', how='left', **kw)\n", CELL)
                .tree().body().get(0)).value();

        assertThat(((PyExpr.StrLit) call.keyword("how").value()).value()).isEqualTo("left");
        assertThat(call.keyword("missing")).isNull();
        assertThat(call.keywords().get(2).isUnpacking()).isTrue();
    }
}
