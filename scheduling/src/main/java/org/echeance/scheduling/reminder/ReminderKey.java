package org.echeance.scheduling.reminder;

import java.util.Objects;

/**
 * What makes a reminder unique: one step of a plan for one open item (an installment of an invoice) of one
 * customer of one seller. A {@link ReminderLog} records each key once.
 *
 * <p>Keys compare by value. This class is immutable and thread-safe.
 *
 * @param sellerId the seller
 * @param customerNumber the seller's number for the customer
 * @param invoiceNumber the invoice number
 * @param installmentNumber the installment's number, from 1
 * @param stepKey the step's key in the plan
 */
public record ReminderKey(
        String sellerId, String customerNumber, String invoiceNumber, int installmentNumber, String stepKey) {
    /**
     * Creates a key.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the installment number is below 1
     */
    public ReminderKey {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(stepKey, "stepKey");
        if (installmentNumber < 1) {
            throw new IllegalArgumentException("installmentNumber: " + installmentNumber + " is below 1");
        }
    }

    /**
     * Returns the key as one stable text, the parts separated by {@code /} (a {@code /} or {@code %} inside a part
     * is written {@code %2F} or {@code %25}), for a database column or as the idempotency key of the fee the
     * reminder adds.
     *
     * <p>For example {@code seller-A/C1/FA-2026-00001/1/first-reminder}. Two different keys never give the same
     * text.
     *
     * @return the text
     */
    public String id() {
        return escape(sellerId) + "/" + escape(customerNumber) + "/" + escape(invoiceNumber) + "/" + installmentNumber
                + "/" + escape(stepKey);
    }

    private static String escape(String part) {
        return part.replace("%", "%25").replace("/", "%2F");
    }
}
