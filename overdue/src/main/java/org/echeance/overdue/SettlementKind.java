package org.echeance.overdue;

/** Where money settling a receivable came from: what DSO and dashboards count as collected. */
public enum SettlementKind {
    /** Money received from the customer: counts as collected. */
    PAYMENT,
    /** A credit note applied to the invoice: reduces what is owed, but nothing was collected. */
    CREDIT_NOTE
}
