package dev.nbmigrate.converter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import org.slf4j.LoggerFactory;

import dev.nbmigrate.converter.api.ApiCatalog;
import dev.nbmigrate.converter.check.InMemoryCompiler;
import dev.nbmigrate.converter.conformance.ConformanceRunner;
import dev.nbmigrate.converter.conformance.ConformanceSession;
import dev.nbmigrate.converter.conformance.ConformanceTranslator;
import dev.nbmigrate.converter.conformance.CorpusReader;
import dev.nbmigrate.converter.conformance.CorpusEntry;
import dev.nbmigrate.converter.conformance.RecordResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nbmigrate conformance <corpus.jsonl> [--filter REGEX]}: runs the PySpark doctest corpus through translation
 * and local Spark and prints one verdict per record (README.md, "Conformance: how faithful translation is").
 */
@Command(name = "conformance", mixinStandardHelpOptions = true,
        description = "Translates, compiles and runs each corpus record on local Spark and compares its output with "
                + "what PySpark printed. One line per record, then 'N passed, N failed, N unsupported'.")
final class ConformanceCommand implements Callable<Integer> {


    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CORPUS", description = "A corpus file (JSON Lines), e.g. "
            + "../shared/conformance/pyspark-3.5.5-doctests.dev.jsonl")
    private Path corpus;

    @Option(names = "--filter", paramLabel = "REGEX", description = "Only records whose qualname matches (find).")
    private Pattern filter;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(corpus)) {
            spec.commandLine().getErr().println("nbmigrate: no corpus file at " + corpus);
            return ExitCodes.BAD_INPUT;
        }
        List<CorpusEntry> records = new CorpusReader().read(corpus);
        ConformanceRunner runner = new ConformanceRunner(ConformanceSession.getOrCreate(),
                new ConformanceTranslator(ApiCatalog.standard()), new InMemoryCompiler());
        List<RecordResult> results = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            CorpusEntry record = records.get(i);
            if (filter != null && !filter.matcher(record.qualname()).find()) {
                continue;
            }
            RecordResult result = runner.run(record, i);
            results.add(result);
            out.println(result.line());
            out.flush();
            if (results.size() % 25 == 0) {
                LoggerFactory.getLogger(ConformanceCommand.class).info("{} records run", results.size());
            }
        }
        out.println(ConformanceRunner.summary(results));
        out.flush();
        return ExitCodes.OK;
    }
}
