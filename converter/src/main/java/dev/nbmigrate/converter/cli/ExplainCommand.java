package dev.nbmigrate.converter.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import dev.nbmigrate.converter.diag.Code;
import dev.nbmigrate.converter.diag.DiagnosticsDoc;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nbmigrate explain [CODE...]}: what a diagnostic code means and what to do about it. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explains diagnostic codes (all of them when none is given).")
final class ExplainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--markdown", description = "Print the whole table as Markdown (docs/diagnostics.md).")
    private boolean markdown;

    @Parameters(arity = "0..*", paramLabel = "CODE", description = "Codes such as NBM201.")
    private List<String> codes = List.of();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (markdown) {
            out.print(DiagnosticsDoc.render());
            out.flush();
            return ExitCodes.OK;
        }
        if (codes.isEmpty()) {
            for (Code code : Code.values()) {
                out.printf("%s %-7s %s%n", code.id(), code.severity().label(), code.title());
            }
            return ExitCodes.OK;
        }
        for (String id : codes) {
            Code code;
            try {
                code = Code.byId(id.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("nbmigrate: unknown diagnostic code '" + id
                        + "'; 'nbmigrate explain' lists them all");
                return ExitCodes.BAD_INPUT;
            }
            out.printf("%s (%s): %s%n  %s%n", code.id(), code.severity().label(), code.title(), code.suggestion());
        }
        return ExitCodes.OK;
    }
}
