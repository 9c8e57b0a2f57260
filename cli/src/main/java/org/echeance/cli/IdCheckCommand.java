package org.echeance.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.echeance.core.identifier.IdentifierCheck;
import org.echeance.core.identifier.IdentifierType;
import org.echeance.core.identifier.Identifiers;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * Checks identifiers: {@code echeance id check [--type TYPE] VALUE...}.
 *
 * <p>Prints one tab-separated line per value, {@code VALUE TYPE valid NORMALISED} or {@code VALUE TYPE invalid REASON
 * (RULE)}, or {@code VALUE unknown invalid not a recognised identifier} when no type was given and the value looks like
 * none. Exits with 0 when every value is valid, 1 otherwise.
 */
@Command(
        name = "check",
        description = {
            "Check identifiers and print, per value, a tab-separated line:",
            "VALUE, TYPE, valid or invalid, then the normalised value or the reason and rule."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every value is valid", "1:a value is invalid", "2:usage error"})
final class IdCheckCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(
            names = "--type",
            paramLabel = "TYPE",
            converter = TypeConverter.class,
            completionCandidates = TypeNames.class,
            description = "Check every value as this type instead of recognising it: ${COMPLETION-CANDIDATES}.")
    private IdentifierType type;

    @Parameters(arity = "1..*", paramLabel = "VALUE", description = "The values to check.")
    private List<String> values = new ArrayList<>();

    /**
     * Checks each value and prints its line.
     *
     * @return 0 when every value is valid, 1 otherwise
     */
    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean allValid = true;
        for (String value : values) {
            Optional<IdentifierCheck> check =
                    type == null ? Identifiers.check(value) : Optional.of(Identifiers.check(type, value));
            out.println(line(value, check));
            allValid &= check.map(IdentifierCheck::valid).orElse(false);
        }
        out.flush();
        return allValid ? 0 : 1;
    }

    private static String line(String value, Optional<IdentifierCheck> check) {
        if (check.isEmpty()) {
            return String.join("\t", clean(value), "unknown", "invalid", "not a recognised identifier");
        }
        IdentifierCheck result = check.get();
        String outcome = result.valid()
                ? result.normalized().orElseThrow()
                : result.reason().orElseThrow();
        return String.join(
                "\t", clean(value), shortName(result.type()), result.valid() ? "valid" : "invalid", clean(outcome));
    }

    /** Keeps a field on its line and in its column: tabs and line breaks in a value would break both. */
    private static String clean(String field) {
        return field.replace("\\", "\\\\")
                .replace("\t", "\\t")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
    }

    /** Returns the name of a type on the command line and in the output. */
    static String shortName(IdentifierType type) {
        return switch (type) {
            case IBAN -> "iban";
            case BIC -> "bic";
            case VAT_NUMBER -> "vat";
            case SIREN -> "siren";
            case SIRET -> "siret";
            case EMAIL -> "email";
            case PHONE -> "phone";
            case RF_REFERENCE -> "rf";
        };
    }

    /** Reads {@code --type}, case-insensitively, by its short name. */
    static final class TypeConverter implements ITypeConverter<IdentifierType> {
        @Override
        public IdentifierType convert(String value) {
            String name = value.toLowerCase(Locale.ROOT);
            for (IdentifierType candidate : IdentifierType.values()) {
                if (shortName(candidate).equals(name)) {
                    return candidate;
                }
            }
            throw new TypeConversionException(
                    "'" + value + "' is not a type, expected one of " + String.join(", ", new TypeNames()));
        }
    }

    /** Lists the short names of the types, for help and error messages. */
    static final class TypeNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            List<String> names = new ArrayList<>();
            for (IdentifierType candidate : IdentifierType.values()) {
                names.add(shortName(candidate));
            }
            return names.iterator();
        }
    }
}
