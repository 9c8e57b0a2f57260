package org.echeance.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.echeance.core.validation.ValidationException;
import org.echeance.numbering.NumberPattern;
import org.echeance.numbering.PatternNumbering;
import org.echeance.numbering.PreviewSample;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * Shows the numbers a pattern gives: {@code echeance number preview PATTERN --date D [--customer NAME] [--count N]}.
 *
 * <p>Prints one number per line, as a fresh counter starting at {@code --start} (1 by default) gives them; nothing
 * is stored. {@code --customer NAME} is both the customer number for {@code {customer}} and the legal name for
 * {@code {initials}}. Exits with 0 when the numbers are printed, 1 when the pattern or a value is wrong (the reason,
 * with its rule id, on standard error), 2 on a usage error.
 */
@Command(
        name = "preview",
        description = {
            "Print the numbers a pattern gives, one per line, without storing anything.",
            "Tokens: {yyyy} {yy} {MM} {dd} (of the issue date), {seq} or {seq:N} (counter padded to N digits),",
            "{series}, {customer}, {initials} (of the customer's name), {product}; {{ and }} are literal braces."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:numbers printed", "1:the pattern or a value is wrong", "2:usage error"})
final class NumberPreviewCommand implements Callable<Integer> {
    /** The French e-invoice limit on document numbers (BR-FR-01/02). */
    private static final int E_INVOICE_MAX_LENGTH = 35;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATTERN", description = "The pattern, for example FA-{yyyy}-{seq:5}.")
    private String pattern;

    @Option(
            names = "--date",
            required = true,
            paramLabel = "DATE",
            converter = DateConverter.class,
            description = "The issue date of the sample document, YYYY-MM-DD.")
    private LocalDate date;

    @Option(
            names = "--customer",
            paramLabel = "NAME",
            description = "The customer: its number for {customer} and its name for {initials}.")
    private String customer;

    @Option(names = "--product", paramLabel = "CODE", description = "The product code for {product}.")
    private String product;

    @Option(
            names = "--series",
            paramLabel = "S",
            defaultValue = PreviewSample.DEFAULT_SERIES,
            description = "The series code for {series} (default: ${DEFAULT-VALUE}).")
    private String series;

    @Option(
            names = "--count",
            paramLabel = "N",
            defaultValue = "1",
            description = "How many numbers, 1 to " + PatternNumbering.MAX_PREVIEW + " (default: ${DEFAULT-VALUE}).")
    private int count;

    @Option(
            names = "--start",
            paramLabel = "K",
            defaultValue = "1",
            description = "The first counter value (default: ${DEFAULT-VALUE}).")
    private long start;

    @Option(
            names = "--e-invoice",
            description = "Check the French e-invoice rules: at most 35 characters from A-Z a-z 0-9 + - _ /.")
    private boolean eInvoice;

    /**
     * Prints the numbers.
     *
     * @return 0 when the numbers are printed, 1 when the pattern or a value is wrong
     * @throws ParameterException on a count, start or series out of range, so that picocli exits with 2
     */
    @Override
    public Integer call() {
        if (count < 1 || count > PatternNumbering.MAX_PREVIEW) {
            throw new ParameterException(
                    spec.commandLine(), "--count: " + count + " is outside 1 to " + PatternNumbering.MAX_PREVIEW);
        }
        if (start < 1) {
            throw new ParameterException(spec.commandLine(), "--start: " + start + " is below 1");
        }
        if (series.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--series: must not be blank");
        }
        List<String> numbers;
        try {
            NumberPattern.Builder builder = NumberPattern.builder(pattern);
            if (eInvoice) {
                builder.maxLength(E_INVOICE_MAX_LENGTH).eInvoiceSafe();
            }
            PreviewSample sample = PreviewSample.of(date).withSeries(series).withStart(start);
            if (customer != null) {
                sample = sample.withCustomer(customer, customer);
            }
            if (product != null) {
                sample = sample.withProductCode(product);
            }
            numbers = PatternNumbering.preview(builder.build(), sample, count);
        } catch (ValidationException e) {
            spec.commandLine().getErr().println("echeance: " + e.getMessage());
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        numbers.forEach(out::println);
        out.flush();
        return 0;
    }

    /** Reads {@code --date} as an ISO date, with a message a person can act on. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date, expected YYYY-MM-DD");
            }
        }
    }
}
