package org.echeance.core.ledger;

/**
 * What an amount owed is for, which decides allocation order under
 * {@link AllocationStrategy#costsInterestPrincipal()} (German BGB §367, also common in collection practice).
 */
public enum ItemKind {
    /** Collection costs and fees, such as the fixed recovery indemnity. */
    COSTS,
    /** Late-payment interest. */
    INTEREST,
    /** The price of goods and services. */
    PRINCIPAL
}
