package dev.nbmigrate.converter.parse.python;

import com.oracle.graal.python.pegparser.AbstractParser;
import com.oracle.graal.python.pegparser.InputType;
import com.oracle.graal.python.pegparser.Parser;
import com.oracle.graal.python.pegparser.ParserCallbacks;
import com.oracle.graal.python.pegparser.sst.ModTy;
import com.oracle.graal.python.pegparser.sst.SSTNode;
import com.oracle.graal.python.pegparser.tokenizer.SourceRange;
import dev.nbmigrate.converter.parse.python.ast.PyModule;
import dev.nbmigrate.converter.parse.python.legacy.ErrorLocator;
import dev.nbmigrate.converter.parse.python.legacy.PositionMap;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that calls GraalPy's PEG parser (Python 3.12 grammar, CPython's error messages). Parsing and the
 * conversion to nbmigrate's tree run on a pool of daemon threads with a large stack, so deeply nested source is
 * parsed as far as CPython would and a stack overflow, should it still happen, becomes a {@code MemoryError}
 * syntax error like CPython's, never an exception.
 */
final class GraalPyFrontEnd {

    private static final Logger LOG = LoggerFactory.getLogger(GraalPyFrontEnd.class);

    /** The Python minor version whose grammar the parser follows. */
    private static final int FEATURE_VERSION = 12;

    /**
     * The deepest tree accepted. CPython 3.12 builds trees up to 2,995 levels (measured: {@code x = -...-1} with
     * 2,993 minus signs parses, 2,994 do not), but later stages walk the tree recursively on ordinary threads, whose
     * 1 MB stacks hold about a thousand levels of a visitor; no real notebook nests this deep.
     */
    static final int MAX_DEPTH = 1000;

    private static final long STACK_BYTES = 256L * 1024 * 1024;

    private static final Map<ParserCallbacks.ErrorType, String> ERROR_TYPES = new EnumMap<>(Map.of(
            ParserCallbacks.ErrorType.Generic, "SyntaxError",
            ParserCallbacks.ErrorType.Syntax, "SyntaxError",
            ParserCallbacks.ErrorType.Indentation, "IndentationError",
            ParserCallbacks.ErrorType.Tab, "TabError",
            ParserCallbacks.ErrorType.Encoding, "SyntaxError",
            ParserCallbacks.ErrorType.Value, "ValueError",
            ParserCallbacks.ErrorType.System, "SystemError"));

    private static final ExecutorService PARSER_THREADS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30,
            TimeUnit.SECONDS, new SynchronousQueue<>(), new BigStackThreads());

    static {
        // Initialise GraalPy's classes with a trivial parse, so that no class initialiser can ever be cut short by
        // a stack overflow on hostile input. It runs on this thread: a parser thread would wait for this class.
        Outcome warmUp = parseHere("x = [1]\n", PositionMap.identity("x = [1]\n"));
        if (warmUp.module() == null) {
            throw new IllegalStateException("GraalPy parser is not working: " + warmUp.error());
        }
    }

    private GraalPyFrontEnd() {
    }

    /** Either a tree or a syntax error. */
    record Outcome(PyModule module, PySyntaxError error) {
    }

    /** Parses {@code source}; positions of the result (tree or error) are mapped through {@code positions}. */
    static Outcome parse(String source, PositionMap positions) {
        Future<Outcome> future = PARSER_THREADS.submit(() -> parseHere(source, positions));
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("GraalPy parser failed unexpectedly", e.getCause());
        }
    }

    private static Outcome parseHere(String source, PositionMap positions) {
        Callbacks callbacks = new Callbacks();
        try {
            Parser parser = new Parser(source, callbacks, InputType.FILE, EnumSet.noneOf(AbstractParser.Flags.class),
                    FEATURE_VERSION);
            SSTNode tree = parser.parse();
            return new Outcome(new SstConverter(positions, MAX_DEPTH).module((ModTy.Module) tree), null);
        } catch (ReportedError e) {
            return new Outcome(null, syntaxError(source, positions, e));
        } catch (SstConverter.TooDeepException e) {
            return new Outcome(null, new PySyntaxError("RecursionError", "source nested more than " + MAX_DEPTH
                    + " levels deep (nbmigrate's limit; CPython's is about 3,000)", 0, 0));
        } catch (StackOverflowError e) {
            LOG.debug("stack overflow while parsing", e);
            return new Outcome(null, new PySyntaxError("MemoryError",
                    "Parser stack overflowed - Python source too complex to parse", 0, 0));
        }
    }

    /** The error at CPython's position, mapped to the original source. */
    private static PySyntaxError syntaxError(String source, PositionMap positions, ReportedError error) {
        if (error.line <= 0) {
            return new PySyntaxError(error.type, error.getMessage(), 0, 0);
        }
        int[] at = ErrorLocator.relocate(source, error.getMessage(), error.line, error.column);
        boolean columnKnown = at[1] >= 0;
        int[] original = positions.toOriginal(at[0], Math.max(0, at[1]));
        return new PySyntaxError(error.type, error.getMessage(), original[0], columnKnown ? original[1] + 1 : 0);
    }

    /** The first error the parser reports, thrown to stop it: GraalPy's line and column (-1 when unknown). */
    private static final class ReportedError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String type;
        private final int line;
        private final int column;

        ReportedError(String type, String message, int line, int column) {
            super(message, null, false, false);
            this.type = type;
            this.line = line;
            this.column = column;
        }
    }

    private static final class Callbacks implements ParserCallbacks {
        @Override
        public void safePointPoll() {
            // Nothing to poll: parsing runs outside any Truffle context.
        }

        @Override
        public RuntimeException reportIncompleteSource(int line) {
            return new ReportedError("SyntaxError", "incomplete input", Math.max(1, line), -1);
        }

        @Override
        public RuntimeException onError(ErrorType errorType, SourceRange range, String message) {
            boolean known = range != null && range.startLine > 0;
            throw new ReportedError(ERROR_TYPES.getOrDefault(errorType, "SyntaxError"), message,
                    known ? range.startLine : 0, known ? range.startColumn : -1);
        }

        @Override
        public void onWarning(WarningType warningType, SourceRange range, String message) {
            LOG.debug("Python {} warning at line {}: {}", warningType, range == null ? 0 : range.startLine, message);
        }
    }

    private static final class BigStackThreads implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(null, task, "nbmigrate-python-parser-" + count.incrementAndGet(), STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        }
    }
}
