package dev.nbmigrate.converter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * What a command that throws ends with. An I/O failure is about the input or output the user named: one line, exit
 * {@value ExitCodes#BAD_INPUT}. Anything else is a bug of nbmigrate's: one line naming the exception and the log file
 * that holds its stack trace (in the temporary folder), exit {@value ExitCodes#INTERNAL_ERROR}. No stack trace reaches
 * the terminal, and the exception's message (which may quote a notebook) stays in the log file.
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        String command = commandLine.getCommandName();
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            Throwable io = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
            err.println(command + ": " + io.getClass().getSimpleName() + ": " + io.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        String where = e.getStackTrace().length == 0 ? "" : " at " + e.getStackTrace()[0];
        try {
            Path log = Files.createTempFile("nbmigrate-internal-error-", ".log");
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            Files.writeString(log, trace.toString(), StandardCharsets.UTF_8);
            err.println(command + ": internal error (" + e.getClass().getName() + where + "); the stack trace is in "
                    + log + ". Please report it with that file.");
        } catch (IOException | RuntimeException logFailure) {
            err.println(command + ": internal error (" + e.getClass().getName() + where + "); its stack trace could"
                    + " not be written to the temporary folder (" + logFailure.getMessage() + ")");
        }
        err.flush();
        return ExitCodes.INTERNAL_ERROR;
    }
}
