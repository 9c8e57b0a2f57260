package org.echeance.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /**
     * Runs the demo, printing to a stream.
     *
     * @param out where to print
     */
    public static void run(PrintStream out) {
        out.println("Echeance demo: a French web agency bills a bakery\n");
        Customer customer = DemoCompany.customer();
        out.println(InvoiceTextLayout.customer(customer));
        Invoice invoice = DemoCompany.invoice(customer, LocalDate.of(2026, 1, 15));
        out.print(InvoiceTextLayout.invoice(invoice));
        out.print(InvoiceTextLayout.violations("EN 16931 business rules", En16931Validator.validate(invoice)));
        out.print(InvoiceTextLayout.violations("French legal mentions", FrenchProfile.validate(invoice)));
        out.println();
        out.print(PaymentStory.play(customer, invoice).describe());
    }
}
