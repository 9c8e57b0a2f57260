package org.echeance.scheduling.subscription;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import javax.money.MonetaryAmount;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.InvoiceReference;
import org.echeance.core.money.Amounts;

/**
 * The effect of a subscription change on one period already billed: per template line, what was billed and what
 * the period bills now. The application settles it with a credit note, an extra invoice, or both (when one line
 * goes up and another down), drafted here against the invoice that billed the period.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param billed the period as it was billed, with its draft
 * @param lines one adjustment per template line whose amount changes, in template order
 * @param language the customer's language, for the wording of the drafted lines (French or English)
 */
public record PeriodAdjustment(BilledPeriod billed, List<LineAdjustment> lines, Locale language) {
    /** Creates an adjustment, rejecting null parts. */
    public PeriodAdjustment {
        Objects.requireNonNull(billed, "billed");
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        Objects.requireNonNull(language, "language");
    }

    /**
     * Returns the net change of the period: positive when the customer owes more, negative when a credit is due.
     *
     * @return the sum of the line differences, VAT excluded
     */
    public MonetaryAmount net() {
        MonetaryAmount sum = Amounts.zero(billed.invoice().currency());
        for (LineAdjustment line : lines) {
            sum = sum.add(line.difference());
        }
        return sum;
    }

    /**
     * Drafts the credit note of the lines that went down, referencing the invoice that billed the period (BG-3).
     *
     * @param original the number and issue date of that invoice
     * @param issueDate the credit note's issue date
     * @return the draft credit note (type 381), empty when no line went down
     */
    public Optional<Invoice> creditNote(InvoiceReference original, LocalDate issueDate) {
        return draft(DocumentType.CREDIT_NOTE, original, issueDate, MonetaryAmount::isNegative);
    }

    /**
     * Drafts the invoice of the lines that went up, referencing the invoice that billed the period (BG-3).
     *
     * @param original the number and issue date of that invoice
     * @param issueDate the invoice's issue date
     * @return the draft invoice (type 380), empty when no line went up
     */
    public Optional<Invoice> extraInvoice(InvoiceReference original, LocalDate issueDate) {
        return draft(DocumentType.COMMERCIAL_INVOICE, original, issueDate, MonetaryAmount::isPositive);
    }

    private Optional<Invoice> draft(
            DocumentType type, InvoiceReference original, LocalDate issueDate, Predicate<MonetaryAmount> kept) {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(issueDate, "issueDate");
        Invoice source = billed.invoice();
        Invoice.Builder draft = Invoice.builder(type, source.currency())
                .seller(source.seller())
                .buyer(source.buyer())
                .issueDate(issueDate)
                .precedingInvoice(original);
        source.invoicingPeriod().ifPresent(draft::invoicingPeriod);
        boolean any = false;
        for (LineAdjustment line : lines) {
            MonetaryAmount difference = line.difference();
            if (!kept.test(difference)) {
                continue;
            }
            any = true;
            InvoiceLine template = line.template();
            InvoiceLine.Builder b = InvoiceLine.builder(template.id(), template.itemName())
                    .quantity("1", template.unit())
                    .unitPrice(difference.abs())
                    .vatRate(template.vatRate())
                    .note(reason(source));
            source.invoicingPeriod().ifPresent(b::period);
            template.sellerItemId().ifPresent(b::sellerItemId);
            if (template.exemptionReasonCode().isPresent()
                    || template.exemptionReason().isPresent()) {
                b.exemption(
                        template.exemptionReasonCode().orElse(null),
                        template.exemptionReason().orElse(null));
            }
            draft.line(b.build());
        }
        return any ? Optional.of(draft.build()) : Optional.empty();
    }

    private String reason(Invoice source) {
        String days = source.invoicingPeriod()
                .map(p -> p.startDate().map(Object::toString).orElse("") + " / "
                        + p.endDate().map(Object::toString).orElse(""))
                .orElse(billed.period().toString());
        return "fr".equals(language.getLanguage())
                ? "Régularisation de la période " + days
                : "Adjustment of the period " + days;
    }
}
