package org.echeance.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.echeance.core.customer.Customer;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.validation.En16931Validator;
import org.echeance.core.validation.FrenchProfile;

/**
 * The README's main job: builds a customer and a realistic French invoice, checks it against EN 16931 and the
 * French rules, and prints it with its totals and VAT breakdown.
 */
public final class Demo {
    private Demo() {}

    /**
     * Runs the demo.
     *
     * @param args none
     */
    public static void main(String[] args) {
        // Moneta announces its providers through java.util.logging at INFO; an application chooses to hear it.
        Logger.getLogger("org.javamoney.moneta").setLevel(Level.WARNING);
        Path output = Path.of(args.length > 0 ? args[0] : "demo-output");
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8), output);
    }

    /**
     * Runs the demo, printing to a stream and writing into an output folder.
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
            for (Invoice document : java.util.List.of(invoice, hosting, credit)) {
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
