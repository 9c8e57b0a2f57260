package org.echeance.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.echeance.core.customer.Customer;
import org.echeance.core.identifier.RfCreditorReference;
import org.echeance.core.installment.Deposit;
import org.echeance.core.installment.DueDates;
import org.echeance.core.installment.Installment;
import org.echeance.core.installment.InstallmentPlan;
import org.echeance.core.installment.PlanShape;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.ledger.CustomerAccount;
import org.echeance.core.money.Amounts;
import org.echeance.core.payment.Payment;

/**
 * Use case: an invoice paid in installments. The demo invoice (3,627.74 EUR) split two ways — a 30 % deposit on
 * the issue date and the balance 45 days later, or three equal monthly parts — then charged on its deposit plan,
 * the deposit paid by transfer: the invoice is partly paid and only the balance remains due.
 */
public final class InstallmentsExample {
    private InstallmentsExample() {}

    /**
     * Prints both plans and the account after the deposit.
     *
     * @param args none
     */
    public static void main(String[] args) {
        ExampleLogging.quiet();
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /**
     * Prints both plans and the account after the deposit.
     *
     * @param out where to print
     */
    public static void run(PrintStream out) {
        Customer customer = DemoCompany.customer();
        LocalDate issued = LocalDate.of(2026, 1, 15);
        Invoice invoice = DemoCompany.invoice(customer, issued);

        // 30 % of 3627.74 = 1088.322 -> 1088.32 (half-up); the balance takes the rest
        InstallmentPlan deposit = InstallmentPlan.forInvoice(
                invoice,
                PlanShape.depositAndBalance(Deposit.ofPercent("30")),
                DueDates.afterIssue(issued, List.of(0, 45)));
        // 3627.74 / 3 = 1209.2466…: the first parts take the extra cent
        InstallmentPlan thirds =
                InstallmentPlan.forInvoice(invoice, PlanShape.equalParts(3), DueDates.monthly(issued.plusDays(30)));
        print(out, "Deposit and balance", deposit);
        print(out, "Three equal parts", thirds);

        CustomerAccount account = CustomerAccount.open("atelier-durand", customer.customerNumber(), invoice.currency())
                .charge(invoice, deposit)
                .account();
        Installment first = deposit.installment(1);
        account = account.recordPayment(Payment.bankTransfer(
                        "BANK-2026-01-16-0001",
                        issued.plusDays(1),
                        first.amount(),
                        RfCreditorReference.of(customer.customerNumber())))
                .account();
        String number = invoice.number().orElseThrow();
        out.println("After the deposit: " + account.statusOf(number) + ", open "
                + Amounts.toPlainString(account.openAmount(number)) + " EUR, due by " + issued.plusDays(30) + ": "
                + Amounts.toPlainString(account.amountDueAsOf(number, issued.plusDays(30))) + " EUR");
    }

    private static void print(PrintStream out, String title, InstallmentPlan plan) {
        out.println(title + " of " + Amounts.toPlainString(plan.total()) + " " + plan.currency());
        for (Installment i : plan.installments()) {
            out.println("  " + i.number() + ". due " + i.dueDate() + "  " + Amounts.toPlainString(i.amount()));
        }
    }
}
