package org.echeance.examples;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.echeance.core.customer.Customer;
import org.echeance.core.identifier.RfCreditorReference;
import org.echeance.core.installment.DueDates;
import org.echeance.core.installment.Installment;
import org.echeance.core.installment.InstallmentPlan;
import org.echeance.core.installment.PlanShape;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.ledger.CustomerAccount;
import org.echeance.core.ledger.CustomerStatement;
import org.echeance.core.ledger.OpenItem;
import org.echeance.core.ledger.PaymentOutcome;
import org.echeance.core.payment.Card;
import org.echeance.core.payment.Payment;

/**
 * The demo invoice paid in three monthly installments: the first by bank transfer quoting its RF reference, the
 * second two weeks late by card, the third by transfer on time; what the account looks like on the way.
 */
public final class PaymentStory {
    private final Invoice invoice;
    private final InstallmentPlan plan;
    private final CustomerAccount account;
    private final CustomerAccount lateOn;
    private final LocalDate lateCheck;

    private PaymentStory(Customer customer, Invoice invoice) {
        this.invoice = invoice;
        this.plan = InstallmentPlan.forInvoice(
                invoice,
                PlanShape.equalParts(3),
                DueDates.monthly(invoice.dueDate().orElseThrow()));
        RfCreditorReference reference = DemoCompany.paymentReference(customer);
        List<Installment> parts = plan.installments();

        CustomerAccount a = CustomerAccount.open("atelier-durand", customer.customerNumber(), invoice.currency())
                .charge(invoice, plan)
                .account();
        a = a.recordPayment(Payment.bankTransfer(
                        "BANK-2026-02-10-0001",
                        LocalDate.of(2026, 2, 10),
                        parts.get(0).amount(),
                        reference))
                .account();
        this.lateCheck = parts.get(1).dueDate().plusDays(6);
        this.lateOn = a;
        a = a.recordPayment(Payment.of(
                        "PSP-ch_3QxLate",
                        parts.get(1).dueDate().plusDays(14),
                        parts.get(1).amount(),
                        Card.of("4242", "Visa")))
                .account();
        PaymentOutcome last = a.recordPayment(Payment.bankTransfer(
                "BANK-2026-04-14-0007", parts.get(2).dueDate(), parts.get(2).amount(), reference));
        this.account = last.account();
    }

    /**
     * Plays the story for the demo invoice.
     *
     * @param customer the customer
     * @param invoice the issued invoice
     * @return the story
     */
    public static PaymentStory play(Customer customer, Invoice invoice) {
        return new PaymentStory(customer, invoice);
    }

    /**
     * Returns the installment plan.
     *
     * @return the plan
     */
    public InstallmentPlan plan() {
        return plan;
    }

    /**
     * Returns the account after the three payments.
     *
     * @return the account
     */
    public CustomerAccount account() {
        return account;
    }

    /**
     * Returns the account as it stood when the second installment was late.
     *
     * @return the account before the late payment
     */
    public CustomerAccount accountWhenLate() {
        return lateOn;
    }

    /**
     * Returns the day the late second installment was finally paid.
     *
     * @return the payment day
     */
    public LocalDate latePaymentDay() {
        return plan.installments().get(1).dueDate().plusDays(14);
    }

    /**
     * Returns the day the late installment is looked at.
     *
     * @return a day after the second due date
     */
    public LocalDate lateCheck() {
        return lateCheck;
    }

    /**
     * Returns the story as text: plan, the late installment, and the statement.
     *
     * @return the text
     */
    public String describe() {
        StringBuilder out = new StringBuilder();
        String number = invoice.number().orElseThrow();
        out.append("Payment schedule of ").append(number).append(" (3 equal installments, monthly)\n");
        for (Installment i : plan.installments()) {
            out.append(String.format(
                    "  %d. due %s  %12s %s%n",
                    i.number(),
                    i.dueDate(),
                    InvoiceTextLayout.money(i.amount()),
                    i.amount().getCurrency()));
        }
        out.append("\nOn ").append(lateCheck).append(": ").append(lateOn.statusOf(number));
        for (OpenItem item : lateOn.overdueItems(lateCheck)) {
            long days = ChronoUnit.DAYS.between(item.dueDate(), lateCheck);
            out.append(String.format(
                    "; installment %d overdue by %d days, %s %s open",
                    item.installmentNumber(),
                    days,
                    InvoiceTextLayout.money(item.openAmount()),
                    item.openAmount().getCurrency()));
        }
        out.append("\nAfter the third payment: ")
                .append(account.statusOf(number))
                .append("\n\n");
        CustomerStatement statement =
                account.statement(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 4, 30));
        out.append(InvoiceTextLayout.statement(statement));
        return out.toString();
    }
}
