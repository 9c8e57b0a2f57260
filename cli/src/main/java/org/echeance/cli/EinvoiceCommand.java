package org.echeance.cli;

import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Groups the e-invoice commands: {@code echeance einvoice check} and {@code echeance einvoice convert}. */
@Command(
        name = "einvoice",
        description = "Work with EN 16931 e-invoices: CII (Factur-X XML) and UBL 2.1 (Peppol BIS 3).",
        subcommands = {
            EinvoiceCheckCommand.class,
            EinvoiceConvertCommand.class,
        })
final class EinvoiceCommand implements Callable<Integer> {
    /** Held so that its level stays set: the JDK keeps loggers only weakly. */
    private static final Logger MONETA = Logger.getLogger("org.javamoney.moneta");

    @Spec
    private CommandSpec spec;

    /**
     * Silences Moneta's INFO line on first use (through java.util.logging), which would otherwise reach standard
     * error: the tool prints nothing but its own output.
     */
    static void quietMoneta() {
        MONETA.setLevel(Level.WARNING);
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
