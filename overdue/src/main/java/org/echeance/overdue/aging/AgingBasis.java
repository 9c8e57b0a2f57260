package org.echeance.overdue.aging;

/**
 * The date an open amount's age counts from.
 *
 * <p>The maintainers of the main open-source aged reports settled on the due date (OCA account-financial-reporting
 * #396), which is the default here: an amount is 0 days old on its due date, 1 day old the day after.
 */
public enum AgingBasis {
    /** Age counts from the installment's due date (the default): a negative or zero age is not yet due. */
    DUE_DATE,
    /** Age counts from the invoice's issue date: every installment of an invoice has the invoice's age. */
    INVOICE_DATE
}
