package org.echeance.overdue.dso;

/** How days sales outstanding are computed; see {@link DaysSalesOutstanding}. */
public enum DsoMethod {
    /** Receivables at the end of the period ÷ credit sales of the period × days in the period. */
    SIMPLE,
    /** Receivables walked back month by month against each month's sales (the count-back method). */
    COUNT_BACK
}
