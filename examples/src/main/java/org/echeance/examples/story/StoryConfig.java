package org.echeance.examples.story;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings of one run of the {@link Story}: the seed every random choice comes from, how many customers, when
 * the story starts and how many months it lasts, the output folder, and the mail settings.
 *
 * <p>The same settings always give the same story, byte for byte in the output folder (the numbering database
 * aside, whose file layout is H2's). Customers are drawn one by one from the seed, so the first 36 customers of a
 * run with 10,000 are the 36 customers of the default run.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param seed the seed of every random choice
 * @param customers how many customers, at least {@link #MIN_CUSTOMERS}
 * @param start the first day of the story
 * @param months how many months the story lasts, from 1 to 120
 * @param output the output folder
 * @param zone the zone the business runs in: the fixed clock's instant is read as a day there
 * @param keepInvoices whether issued documents are also kept in an in-memory invoice repository (for queries after
 *     the run); leave it off for large runs, whose documents are written and dropped
 * @param smtp where to send mail, if anywhere: the demo then wires a {@link MailSink}
 * @param pdf whether the demo writes PDFs (the Factur-X invoices, letters, statements and the PDF report); off for
 *     runs so large that their PDFs would not fit on the disk (about 60 KB a document, with its embedded fonts)
 */
public record StoryConfig(
        long seed,
        int customers,
        LocalDate start,
        int months,
        Path output,
        ZoneId zone,
        boolean keepInvoices,
        Optional<SmtpSettings> smtp,
        boolean pdf) {
    /** The seed of the default story. */
    public static final long DEFAULT_SEED = 20251101L;

    /** The number of customers of the default story. */
    public static final int DEFAULT_CUSTOMERS = 36;

    /** The fewest customers a story has: the first six play its special cases (bounce, credit note, interest…). */
    public static final int MIN_CUSTOMERS = 6;

    /** The largest run for which {@link #defaults(Path)} with more customers still keeps the invoices in memory. */
    public static final int KEEP_INVOICES_UP_TO = 1000;

    /**
     * Creates settings, checking them.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if there are fewer than {@link #MIN_CUSTOMERS} customers, more than
     *     1,000,000, the months are not from 1 to 120, or mail is asked for without PDFs (mails attach them)
     */
    public StoryConfig {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(smtp, "smtp");
        if (customers < MIN_CUSTOMERS || customers > 1_000_000) {
            throw new IllegalArgumentException("customers: " + customers + " is not from " + MIN_CUSTOMERS
                    + " to 1000000 (the first six customers play the story's special cases)");
        }
        if (months < 1 || months > 120) {
            throw new IllegalArgumentException("months: " + months + " is not from 1 to 120");
        }
        if (smtp.isPresent() && !pdf) {
            throw new IllegalArgumentException("smtp: mail attaches the PDFs, so it needs them written (pdf: false)");
        }
    }

    /**
     * Returns the default story written into a folder: seed {@value #DEFAULT_SEED}, {@value #DEFAULT_CUSTOMERS}
     * customers, 14 months from 1 November 2025, in Paris, invoices kept in memory, no mail, PDFs written.
     *
     * @param output the output folder
     * @return the settings
     */
    public static StoryConfig defaults(Path output) {
        return new StoryConfig(
                DEFAULT_SEED,
                DEFAULT_CUSTOMERS,
                LocalDate.of(2025, 11, 1),
                14,
                output,
                ZoneId.of("Europe/Paris"),
                true,
                Optional.empty(),
                true);
    }

    /**
     * Returns a copy with another number of customers; invoices are kept in memory only up to {@value
     * #KEEP_INVOICES_UP_TO} customers.
     *
     * @param count the number of customers
     * @return the settings
     */
    public StoryConfig withCustomers(int count) {
        return new StoryConfig(seed, count, start, months, output, zone, count <= KEEP_INVOICES_UP_TO, smtp, pdf);
    }

    /**
     * Returns a copy with another seed.
     *
     * @param value the seed
     * @return the settings
     */
    public StoryConfig withSeed(long value) {
        return new StoryConfig(value, customers, start, months, output, zone, keepInvoices, smtp, pdf);
    }

    /**
     * Returns a copy lasting another number of months.
     *
     * @param count the months
     * @return the settings
     */
    public StoryConfig withMonths(int count) {
        return new StoryConfig(seed, customers, start, count, output, zone, keepInvoices, smtp, pdf);
    }

    /**
     * Returns a copy writing into another folder.
     *
     * @param folder the output folder
     * @return the settings
     */
    public StoryConfig withOutput(Path folder) {
        return new StoryConfig(seed, customers, start, months, folder, zone, keepInvoices, smtp, pdf);
    }

    /**
     * Returns a copy with mail settings.
     *
     * @param settings the SMTP settings
     * @return the settings
     */
    public StoryConfig withSmtp(SmtpSettings settings) {
        return new StoryConfig(seed, customers, start, months, output, zone, keepInvoices, Optional.of(settings), pdf);
    }

    /**
     * Returns a copy that writes no PDF: every other output is written as usual.
     *
     * @return the settings
     * @throws IllegalArgumentException if mail is to be sent (it attaches the PDFs)
     */
    public StoryConfig withoutPdf() {
        return new StoryConfig(seed, customers, start, months, output, zone, keepInvoices, smtp, false);
    }

    /**
     * Returns the last day of the story: the day before {@code start + months}.
     *
     * @return the last day, inclusive
     */
    public LocalDate end() {
        return start.plusMonths(months).minusDays(1);
    }
}
