package org.echeance.examples.story;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.echeance.core.identifier.Bic;
import org.echeance.core.identifier.Iban;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.InvoiceReference;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatCategory;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.money.Amounts;
import org.echeance.core.payment.PaymentInstructions;
import org.echeance.core.payment.SepaDirectDebit;
import org.echeance.core.payment.SequenceType;
import org.echeance.core.terms.EarlyPaymentDiscount;
import org.echeance.core.terms.LatePaymentTerms;
import org.echeance.examples.DemoCompany;
import org.echeance.examples.story.Cast.PlanKind;
import org.echeance.examples.story.Cast.Project;
import org.echeance.overdue.interest.InterestPeriod;
import org.javamoney.moneta.Money;

/** The drafts of the story's documents: project invoices, goodwill credit notes and late-interest invoices. */
final class StoryDocuments {
    private static final Iban IBAN = Iban.parse("FR14 2004 1010 0505 0001 3M02 606");
    private static final Bic BIC = Bic.parse("PSSTFRPPLYO");
    private static final String OUTSIDE_VAT =
            "Hors champ de la TVA : intérêts de retard et indemnité forfaitaire de recouvrement";

    private final LatePaymentTerms terms;

    StoryDocuments(LatePaymentTerms terms) {
        this.terms = terms;
    }

    /** Returns how a customer is asked to pay, by its channel (BG-16). */
    PaymentInstructions instructions(StoryCustomer who) {
        switch (who.channel()) {
            case BANK_TRANSFER:
                return PaymentInstructions.sepaCreditTransfer(
                        IBAN, BIC, PaymentChannel.reference(who.customer()).toString());
            case DIRECT_DEBIT:
                return PaymentInstructions.from(SepaDirectDebit.of(
                        PaymentChannel.mandate(who.customer()), PaymentChannel.CREDITOR_ID, SequenceType.RCUR));
            default:
                return PaymentInstructions.of(who.channel().meansCode());
        }
    }

    /** Adds the French payment mentions and the payment instructions to a draft. */
    Invoice.Builder decorate(Invoice.Builder draft, StoryCustomer who) {
        return draft.paymentNotes(terms, EarlyPaymentDiscount.none(), Locale.FRENCH)
                .paymentInstructions(instructions(who));
    }

    /** Returns the draft of a one-off project, due on the last of its installment dates. */
    Invoice project(StoryCustomer who, Project project, List<LocalDate> dueDates) {
        Invoice.Builder draft = Invoice.builder(DocumentType.COMMERCIAL_INVOICE, DemoCompany.EUR)
                .seller(DemoCompany.seller())
                .buyer(who.customer().party())
                .purchaseOrderReference(project.orderReference())
                .deliveryDate(project.issueDate().minusDays(3))
                .dueDate(dueDates.get(dueDates.size() - 1))
                .paymentTerms(termsText(who, project.plan()));
        project.lines().forEach(draft::line);
        return decorate(draft, who).build();
    }

    /** Returns the due dates of a project's installments. */
    static List<LocalDate> dueDates(StoryCustomer who, Project project) {
        LocalDate issue = project.issueDate();
        switch (project.plan()) {
            case DEPOSIT_AND_BALANCE:
                return List.of(issue, issue.plusDays(45));
            case EQUAL_PARTS:
                LocalDate first = issue.plusDays(30);
                return List.of(first, first.plusMonths(1), first.plusMonths(2));
            default:
                return List.of(who.customer().paymentTerms().dueDate(issue));
        }
    }

    private static String termsText(StoryCustomer who, PlanKind plan) {
        switch (plan) {
            case DEPOSIT_AND_BALANCE:
                return "Acompte de 30 % à réception de la facture, solde à 45 jours";
            case EQUAL_PARTS:
                return "En trois mensualités égales, la première à 30 jours";
            default:
                return who.customer().paymentTerms().describe(Locale.FRENCH);
        }
    }

    /**
     * Returns the draft of a goodwill credit note: 10 % of an invoice's total without VAT, at 20 %, settled by the
     * customer's usual means of payment.
     */
    Invoice goodwillCreditNote(StoryCustomer who, Invoice corrected) {
        BigDecimal net = Amounts.decimal(corrected.totals().taxExclusiveAmount())
                .multiply(BigDecimal.valueOf(10))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        return Invoice.builder(DocumentType.CREDIT_NOTE, DemoCompany.EUR)
                .seller(DemoCompany.seller())
                .buyer(who.customer().party())
                .precedingInvoice(InvoiceReference.of(
                        corrected.number().orElseThrow(), corrected.issueDate().orElseThrow()))
                .line(InvoiceLine.builder("1", "Geste commercial : livraison du site avec deux semaines de retard")
                        .quantity("1", UnitCode.ONE)
                        .unitPrice(Money.of(net, DemoCompany.EUR))
                        .vatRate(VatRate.standard("20"))
                        .build())
                // issued for a customer, the credit note gets a due date from its terms: UBL states it in BG-16
                .paymentInstructions(instructions(who))
                .build();
    }

    /**
     * Returns the draft of the late-payment invoice of a late invoice: the interest the overdue module computed (one
     * line per period of the same amount overdue and rate) and the fixed recovery indemnity, both outside the scope
     * of VAT (stated as exempt, with the reason).
     */
    Invoice lateInterest(
            StoryCustomer who, String lateInvoice, LocalDate dueDate, LocalDate paidOn, List<InterestPeriod> periods) {
        VatRate none = VatRate.zero(VatCategory.EXEMPT);
        BigDecimal total = BigDecimal.ZERO;
        StringBuilder detail = new StringBuilder();
        for (InterestPeriod p : periods) {
            total = total.add(Amounts.decimal(p.interest()));
            detail.append(detail.length() == 0 ? "" : " ; ")
                    .append(String.format(
                            Locale.ROOT,
                            "%s EUR × %s %% × %d jours / 365 (du %s au %s)",
                            Amounts.toPlainString(p.base()),
                            p.annualRatePercent().toPlainString().replace('.', ','),
                            p.days(),
                            p.from(),
                            p.to()));
        }
        Invoice.Builder draft = Invoice.builder(DocumentType.COMMERCIAL_INVOICE, DemoCompany.EUR)
                .seller(DemoCompany.seller())
                .buyer(who.customer().party())
                .line(InvoiceLine.builder("1", "Intérêts de retard, facture " + lateInvoice)
                        .description(
                                detail + " ; échéance " + dueDate + ", payée le " + paidOn + ", art. L441-10 C. com.")
                        .quantity("1", UnitCode.ONE)
                        .unitPrice(Money.of(total, DemoCompany.EUR))
                        .vatRate(none)
                        .exemption(null, OUTSIDE_VAT)
                        .build())
                .paymentTerms("Payable à réception");
        terms.recoveryIndemnity()
                .ifPresent(indemnity -> draft.line(InvoiceLine.builder(
                                "2", "Indemnité forfaitaire pour frais de recouvrement, facture " + lateInvoice)
                        .description("Art. D441-5 C. com.")
                        .quantity("1", UnitCode.ONE)
                        .unitPrice(indemnity)
                        .vatRate(none)
                        .exemption(null, OUTSIDE_VAT)
                        .build()));
        return draft.dueDate(paidOn.plusDays(15))
                .paymentInstructions(instructions(who))
                .build();
    }
}
