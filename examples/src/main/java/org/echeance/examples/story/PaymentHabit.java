package org.echeance.examples.story;

/**
 * How a customer of the story pays its invoices: each installment is paid on a day drawn from the habit's range,
 * counted from the installment's due date.
 */
public enum PaymentHabit {
    /** Pays on the due date or up to 5 days before. */
    ON_TIME(-5, 0),
    /** Pays 5 to 25 days after the due date. */
    LATE(5, 25),
    /** Pays half on time and the rest 20 to 40 days after the due date. */
    PARTIAL(20, 40),
    /** Pays 45 to 120 days after the due date, after the formal notice; some installments stay unpaid. */
    VERY_LATE(45, 120);

    private final int fromDays;
    private final int toDays;

    PaymentHabit(int fromDays, int toDays) {
        this.fromDays = fromDays;
        this.toDays = toDays;
    }

    /**
     * Returns the earliest day of payment, in days from the due date (negative: before it).
     *
     * @return the days
     */
    public int fromDays() {
        return fromDays;
    }

    /**
     * Returns the latest day of payment, in days from the due date.
     *
     * @return the days
     */
    public int toDays() {
        return toDays;
    }
}
