package org.echeance.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Groups the document numbering commands: {@code echeance number preview}. */
@Command(
        name = "number",
        description = "Work with document number patterns such as FA-{yyyy}-{seq:5}.",
        subcommands = {
            NumberPreviewCommand.class,
        })
final class NumberCommand implements Callable<Integer> {
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
