package org.echeance.overdue.report;

/** How a customer's overdue amount moved since the previous period. */
public enum Trend {
    /** Nothing was overdue at the end of the previous period. */
    NEW,
    /** More is overdue than at the end of the previous period. */
    WORSE,
    /** The same amount is overdue. */
    SAME,
    /** Less is overdue than at the end of the previous period. */
    BETTER
}
