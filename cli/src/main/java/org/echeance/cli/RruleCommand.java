package org.echeance.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Groups the recurrence rule commands: {@code echeance rrule expand}. */
@Command(
        name = "rrule",
        description = "Work with RFC 5545 recurrence rules (RRULE), on dates.",
        subcommands = {
            RruleExpandCommand.class,
        })
final class RruleCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

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
