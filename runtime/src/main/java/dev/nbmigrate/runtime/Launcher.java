package dev.nbmigrate.runtime;

import dev.nbmigrate.runtime.config.ConfigException;
import dev.nbmigrate.runtime.logging.LoggingSetup;
import java.util.List;

/**
 * The command-line and Databricks entry behind {@link SparkJob#launch}: turns the outcome of a run into output and
 * an exit status on the command line, or into an exception on Databricks.
 */
final class Launcher {
    /** Exit status of a failed run. */
    static final int FAILED = 1;
    /** Exit status of bad usage or configuration, as argparse. */
    static final int USAGE = 2;

    private final EnvVars environment;
    private final Console console;

    Launcher(EnvVars environment, Console console) {
        this.environment = environment;
        this.console = console;
    }

    <C extends Record> void launch(SparkJob<C> job, String[] args) {
        boolean databricks = environment.onDatabricks();
        Invocation<C> invocation;
        try {
            invocation = job.prepare(environment, args);
        } catch (ConfigException e) {
            if (databricks) {
                throw e;
            }
            console.err().println(e.getMessage());
            console.err().println("Run with --help for usage.");
            console.err().flush();
            console.exit().accept(USAGE);
            return;
        }
        if (invocation instanceof Invocation.Help<C> help) {
            console.out().print(help.usage());
            console.out().flush();
            return;
        }
        Invocation.Ready<C> ready = (Invocation.Ready<C>) invocation;
        List<String> loggers = List.of("dev.nbmigrate", job.getClass().getPackageName());
        LoggingSetup.Restorer logging = LoggingSetup.install(ready.logFormat(), ready.logLevel(), loggers,
                console.err());
        try {
            job.runPrepared(ready);
        } catch (JobFailedException e) {
            if (databricks) {
                throw e;
            }
            console.err().flush();
            console.exit().accept(FAILED);
        } finally {
            logging.close();
        }
    }
}
