package org.echeance.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.echeance.core.customer.Customer;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.validation.En16931Validator;
import org.echeance.core.validation.FrenchProfile;
import org.echeance.examples.story.DocumentWork;
import org.echeance.examples.story.EInvoiceSink;
import org.echeance.examples.story.JsonExportSink;
import org.echeance.examples.story.MailSink;
import org.echeance.examples.story.OutputLayout;
import org.echeance.examples.story.PdfSink;
import org.echeance.examples.story.ReportSink;
import org.echeance.examples.story.Story;
import org.echeance.examples.story.StoryConfig;
import org.echeance.examples.story.StoryCounts;
import org.echeance.examples.story.StoryListener;
import org.echeance.examples.story.StoryResult;
import org.echeance.examples.story.TextDocumentSink;

/**
 * The README's main job, in two parts. First a guided tour: a customer and a realistic French invoice, checked
 * against EN 16931 and the French rules and printed with its totals and VAT breakdown, paid in installments, a
 * subscription and reminders. Then the story ({@link Story}): 14 months of a small French business, run day by day
 * into the output folder, ending with a summary.
 *
 * <p>Command line: see {@link DemoArguments}.
 */
public final class Demo {
    private Demo() {}

    /**
     * Runs the demo: the guided tour, then the story.
     *
     * @param args {@code [folder] [--customers N] [--seed S] [--smtp-host H …]}, see {@link DemoArguments}
     */
    public static void main(String[] args) {
        // Moneta announces its providers through java.util.logging at INFO; an application chooses to hear it.
        ExampleLogging.quiet();
        DemoArguments arguments;
        try {
            arguments = DemoArguments.parse(args);
            arguments.storyConfig();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(DemoArguments.USAGE);
            System.exit(2);
            return;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        run(out, arguments.output());
        out.println();
        long started = System.nanoTime();
        HeapSampler heap = new HeapSampler();
        StoryResult result = runStory(out, arguments.storyConfig(), heap);
        long millis = (System.nanoTime() - started) / 1_000_000;
        out.printf(
                Locale.ROOT,
                "%nStory played in %.1f s; heap in use: %d MB at most at a month's end, %d MB at the end (max %d MB)%n",
                millis / 1000.0,
                heap.maxUsedMegabytes,
                usedHeapMegabytes(),
                Runtime.getRuntime().maxMemory() >> 20);
        out.println("Output folder: " + result.layout().root().toAbsolutePath());
    }

    /**
     * Plays the story into its output folder, writing every document as text, PDF (Factur-X), CII and UBL, the
     * receivables report and the JSON export, mailing them when SMTP settings are given, and prints its progress and
     * summary.
     *
     * @param out where to print
     * @param config the story's settings
     * @return what the story leaves
     */
    public static StoryResult runStory(PrintStream out, StoryConfig config) {
        return runStory(out, config, new StoryListener() {});
    }

    private static StoryResult runStory(PrintStream out, StoryConfig config, StoryListener more) {
        OutputLayout layout = OutputLayout.of(config.output());
        out.println("The story: Atelier Durand bills " + config.customers() + " customers from " + config.start()
                + " to " + config.end() + " (seed " + config.seed() + "), day by day on a fixed clock");
        out.println("Writing into " + layout.root() + " (invoices/ as "
                + (config.pdf() ? "PDF (Factur-X), " : "") + "CII, UBL and text, reminders/, statements/, "
                + layout.numberingDatabase().getFileName() + " started afresh, summary.txt, receivables.txt, "
                + "export.json)" + (config.pdf() ? "" : "; no PDF (--no-pdf)"));
        Optional<MailSink> mail = config.smtp().map(s -> MailSink.sending(s, layout));
        out.println(config.smtp()
                .map(s -> "SMTP " + s.host() + ":" + s.port() + " given: each invoice and reminder is mailed with its"
                        + " PDF")
                .orElse("No SMTP settings: no mail is sent"));
        try (DocumentWork work = DocumentWork.inBackground(DOCUMENT_WORKERS)) {
            List<StoryListener> sinks = new ArrayList<>();
            sinks.add(TextDocumentSink.into(layout));
            sinks.add(EInvoiceSink.into(layout, work));
            if (config.pdf()) {
                // the mail sink attaches the PDF files as soon as they are heard: they must be written by then
                sinks.add(PdfSink.into(layout, mail.isPresent() ? DocumentWork.inline() : work));
            }
            sinks.add(config.pdf() ? ReportSink.into(layout) : ReportSink.textOnly(layout));
            sinks.add(JsonExportSink.into(layout));
            mail.ifPresent(sinks::add); // after the PdfSink: it attaches the PDFs written
            sinks.add(more);
            StoryResult result = Story.of(config, StoryListener.all(sinks)).play(out);
            work.awaitAll();
            out.println();
            out.print(result.summary().toText());
            mail.ifPresent(m -> out.println("\n" + m.describe()));
            return result;
        }
    }

    /** The threads rendering and writing documents beside the story's thread. */
    private static final int DOCUMENT_WORKERS = Runtime.getRuntime().availableProcessors();

    private static long usedHeapMegabytes() {
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }

    /** Samples the heap in use at each month's end, to report how much the story needs. */
    private static final class HeapSampler implements StoryListener {
        private long maxUsedMegabytes;

        @Override
        public void monthClosed(YearMonth month, StoryCounts counts) {
            maxUsedMegabytes = Math.max(maxUsedMegabytes, usedHeapMegabytes());
        }
    }

    /**
     * Runs the guided tour, printing to a stream and writing into an output folder.
     *
     * @param out where to print
     * @param output the output folder (the numbering database goes there)
     */
    public static void run(PrintStream out, Path output) {
        out.println("Echeance demo: a French web agency bills a bakery\n");
        Customer customer = DemoCompany.customer();
        out.println(InvoiceTextLayout.customer(customer));
        try (DemoNumbering numbering = DemoNumbering.createIn(output)) {
            Invoice invoice = numbering.issue(DemoCompany.draft(customer).build(), LocalDate.of(2026, 1, 15), customer);
            story(out, customer, invoice);
            Invoice hosting = numbering.issue(DemoCompany.hostingDraft(customer), LocalDate.of(2026, 2, 1), customer);
            Invoice credit = numbering.issue(
                    DemoCompany.goodwillCreditNote(customer, hosting), LocalDate.of(2026, 2, 3), customer);
            out.println();
            out.println("Numbered from the H2 file database " + output.resolve("numbering.mv.db") + ":");
            for (Invoice document : List.of(invoice, hosting, credit)) {
                out.println("  " + document.number().orElseThrow() + "  " + document.documentType() + "  issued "
                        + document.issueDate().orElseThrow() + "  "
                        + InvoiceTextLayout.money(document.totals().amountDue()) + " " + document.currency());
            }
        }
    }

    private static void story(PrintStream out, Customer customer, Invoice invoice) {
        out.print(InvoiceTextLayout.invoice(invoice));
        out.print(InvoiceTextLayout.violations("EN 16931 business rules", En16931Validator.validate(invoice)));
        out.print(InvoiceTextLayout.violations("French legal mentions", FrenchProfile.validate(invoice)));
        out.println();
        PaymentStory payments = PaymentStory.play(customer, invoice);
        out.print(payments.describe());
        out.println();
        out.print(SubscriptionStory.describe(customer, payments));
    }
}
