package org.echeance.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Runs the {@code echeance} command line tool.
 *
 * <p>Each capability is a subcommand listed in the {@code subcommands} attribute below, one line each: {@code echeance
 * id check VALUE...} checks identifiers. Exit codes: 0 when the command succeeded and every value was valid, 1 when a
 * value was invalid or the command failed, 2 on a usage error (unknown option, missing argument), with the usage
 * message on standard error. The tool never prints a stack trace.
 */
@Command(
        name = "echeance",
        mixinStandardHelpOptions = true,
        version = "0.1.0-SNAPSHOT",
        scope = CommandLine.ScopeType.INHERIT,
        description = "Echeance billing tools.",
        subcommands = {
            IdCommand.class,
            NumberCommand.class,
            RruleCommand.class,
            EinvoiceCommand.class,
            RenderCommand.class,
        })
public final class EcheanceCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    private final InputStream input;

    EcheanceCommand() {
        this(System.in);
    }

    private EcheanceCommand(InputStream input) {
        this.input = input;
    }

    /**
     * Runs the tool with the process's arguments and exits with its exit code.
     *
     * @param args the command line arguments
     */
    public static void main(String... args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /**
     * Runs the tool, printing results to {@code out} and errors and usage to {@code err}, and returns its exit code.
     *
     * @param out where results and requested help go
     * @param err where error messages and usage after a usage error go
     * @param args the command line arguments
     * @return the exit code: 0 success, 1 invalid value or failure, 2 usage error
     */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(System.in, out, err, args);
    }

    /**
     * Runs the tool as {@link #run(PrintWriter, PrintWriter, String...)} does, with {@code in} as standard input for the
     * commands that read it ({@code rrule expand --batch}).
     *
     * @param in what the commands read as standard input
     * @param out where results and requested help go
     * @param err where error messages and usage after a usage error go
     * @param args the command line arguments
     * @return the exit code: 0 success, 1 invalid value or failure, 2 usage error
     */
    static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new EcheanceCommand(in));
        commandLine.setOut(out);
        commandLine.setErr(err);
        // Usage after every usage error, also when picocli suggests a subcommand ("Did you mean: echeance einvoice?").
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            CommandLine failed = exception.getCommandLine();
            failed.getErr().println(exception.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(exception, failed.getErr());
            failed.usage(failed.getErr());
            return failed.getCommandSpec().exitCodeOnInvalidInput();
        });
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            failed.getErr().println("echeance: " + describe(exception));
            return CommandLine.ExitCode.SOFTWARE;
        });
        try {
            return commandLine.execute(args);
        } catch (RuntimeException e) {
            // picocli handles usage and execution errors itself; this catches a failure while building the model.
            err.println("echeance: " + describe(e));
            return CommandLine.ExitCode.SOFTWARE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Returns what the commands read as standard input. */
    InputStream input() {
        return input;
    }

    private static String describe(Exception exception) {
        String message = exception.getMessage();
        return message == null || message.isBlank() ? exception.getClass().getSimpleName() : message;
    }

    /**
     * Refuses to run without a subcommand: a usage error.
     *
     * @return never returns normally
     * @throws ParameterException always, so that picocli prints the usage and exits with 2
     */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand");
    }
}
