package org.echeance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.echeance.core.EcheanceException;
import org.echeance.core.invoice.Invoice;
import org.echeance.einvoice.EInvoiceWriter;
import org.echeance.einvoice.Profile;
import org.echeance.einvoice.Syntax;
import org.echeance.einvoice.read.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts an e-invoice between the syntaxes: {@code echeance einvoice convert FILE --to cii|ubl [--profile P] -o
 * OUT}.
 *
 * <p>Reads FILE (CII or UBL) and writes the same invoice in the other syntax (or the same one, in another profile).
 * The profile is the document's own when the target syntax has it, else EN 16931. A document whose stated totals
 * differ from the recomputed ones is not converted: the output would silently state other amounts. Prints one line
 * {@code OUT<TAB>SYNTAX<TAB>PROFILE}, then a {@code note} line for each value not read as written. Exits with 0 when
 * the file was written, 1 when the document cannot be read, is inconsistent or cannot be written in that profile (the
 * reason on standard error), 2 on a usage error.
 */
@Command(
        name = "convert",
        description = {
            "Convert a CII or UBL e-invoice to CII or UBL.",
            "Prints OUT<TAB>SYNTAX<TAB>PROFILE, then a note line for each value not read as written."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:written",
            "1:the document cannot be read, is inconsistent or cannot be written",
            "2:usage error"
        })
final class EinvoiceConvertCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The CII or UBL XML file to convert.")
    private Path file;

    @Option(
            names = "--to",
            required = true,
            paramLabel = "SYNTAX",
            converter = SyntaxConverter.class,
            description = "The syntax to write: cii or ubl.")
    private Syntax target;

    @Option(
            names = "--profile",
            paramLabel = "PROFILE",
            converter = ProfileConverter.class,
            completionCandidates = ProfileNames.class,
            description = "The profile to write: ${COMPLETION-CANDIDATES}; by default the document's own when the"
                    + " target syntax has it, else en16931.")
    private Profile profile;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "OUT",
            description = "The file to write; replaced if it exists.")
    private Path output;

    /**
     * Reads, converts and writes.
     *
     * @return 0 when written, 1 otherwise
     */
    @Override
    public Integer call() {
        EinvoiceCommand.quietMoneta();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<ReadResult> read = ConsistentDocument.read(file, "not converted", err);
        if (read.isEmpty()) {
            return 1;
        }
        ReadResult result = read.get();
        String name = String.valueOf(file.getFileName());
        Profile chosen = profile != null
                ? profile
                : result.profile().filter(p -> p.supports(target)).orElse(Profile.EN_16931);
        Invoice invoice = result.invoice().get();
        byte[] xml;
        try {
            xml = EInvoiceWriter.of(target, chosen).write(invoice);
        } catch (EcheanceException e) {
            err.println("echeance: " + name + ": not converted: " + e.getMessage());
            return 1;
        }
        try {
            Files.write(output, xml);
        } catch (IOException e) {
            err.println("echeance: cannot write " + output + ": " + e.getMessage());
            return 1;
        }
        out.println(output + "\t" + target.name().toLowerCase(Locale.ROOT) + "\t" + shortName(chosen));
        result.notes()
                .forEach(n ->
                        out.println("note\t" + n.toString().replace('\t', ' ').replace('\n', ' ')));
        out.flush();
        return 0;
    }

    /** Returns the name of a profile on the command line. */
    static String shortName(Profile profile) {
        return switch (profile) {
            case MINIMUM -> "minimum";
            case BASIC_WL -> "basic-wl";
            case BASIC -> "basic";
            case EN_16931 -> "en16931";
            case EXTENDED -> "extended";
            case PEPPOL_BIS_3 -> "peppol";
        };
    }

    /** Reads {@code --to}: {@code cii} or {@code ubl}, case-insensitively. */
    static final class SyntaxConverter implements ITypeConverter<Syntax> {
        @Override
        public Syntax convert(String value) {
            switch (value.toLowerCase(Locale.ROOT)) {
                case "cii":
                    return Syntax.CII;
                case "ubl":
                    return Syntax.UBL;
                default:
                    throw new TypeConversionException("'" + value + "' is not a syntax, expected cii or ubl");
            }
        }
    }

    /** Reads {@code --profile} by its short name, case-insensitively. */
    static final class ProfileConverter implements ITypeConverter<Profile> {
        @Override
        public Profile convert(String value) {
            String name = value.toLowerCase(Locale.ROOT);
            for (Profile candidate : Profile.values()) {
                if (shortName(candidate).equals(name)) {
                    return candidate;
                }
            }
            throw new TypeConversionException(
                    "'" + value + "' is not a profile, expected one of " + String.join(", ", new ProfileNames()));
        }
    }

    /** Lists the short names of the profiles, for help and error messages. */
    static final class ProfileNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            List<String> names = new ArrayList<>();
            for (Profile candidate : Profile.values()) {
                names.add(shortName(candidate));
            }
            return names.iterator();
        }
    }
}
