package org.echeance.scheduling.subscription;

import java.time.LocalDate;
import java.util.Objects;
import org.echeance.core.invoice.Invoice;

/**
 * One period of a subscription billed by a billing run, or that a preview shows would be: the period, the date it
 * is billed on and its draft invoice.
 *
 * <p>The draft has no number; its issue date is the billing date, which comes from the schedule (never the day
 * the run executed), its due date follows from the subscription's payment terms, and its lines carry the billed
 * days as their invoicing period (BG-26). Issue it with {@link Invoice#issue(String, LocalDate)} or a numbering
 * strategy, in the transaction that claimed the period.
 *
 * <p>Two values are equal when all their parts are equal. This class is immutable and thread-safe.
 *
 * @param sellerId the seller the subscription belongs to
 * @param subscriptionId the subscription
 * @param period the full period of the schedule; its start is the billing-run key
 * @param billingDate the date the period is billed on, the draft's issue date
 * @param invoice the draft invoice
 */
public record BilledPeriod(
        String sellerId, String subscriptionId, BillingPeriod period, LocalDate billingDate, Invoice invoice) {
    /**
     * Creates a billed period.
     *
     * @throws NullPointerException if any part is null
     */
    public BilledPeriod {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(billingDate, "billingDate");
        Objects.requireNonNull(invoice, "invoice");
    }
}
