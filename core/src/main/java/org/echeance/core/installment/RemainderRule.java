package org.echeance.core.installment;

/**
 * Which installments receive the minor units left over when a split does not come out even.
 *
 * <p>A split first floors every installment's exact share to the minor unit; the units left over (fewer than the
 * number of shares) are then handed out by this rule. The rule is part of the plan's shape, so the same input
 * always gives the same plan.
 *
 * <ul>
 *   <li>Equal parts: {@code q = total div n} and {@code r = total mod n}; {@link #FIRST} gives one more unit to
 *       each of the first {@code r} parts (8.00 EUR in 3: 2.67, 2.67, 2.66), {@link #LAST} to each of the last
 *       {@code r} (2.66, 2.67, 2.67). All shares have the same fractional part, so {@link #LARGEST_REMAINDER}, whose
 *       ties go by position, is the same as {@link #FIRST}.
 *   <li>Percentages: {@link #FIRST} and {@link #LAST} put all the units left over on the first or last installment
 *       with a non-zero percentage, which thus acts as the balance line (Odoo's "balance" installment);
 *       {@link #LARGEST_REMAINDER} gives one unit each to the shares with the largest fractional parts, ties by
 *       position, so that no installment is a whole unit or more away from its exact share. 30/40/30 % of 1,000.01
 *       EUR is 300.01, 400.00, 300.00 with {@link #FIRST}, 300.00, 400.00, 300.01 with {@link #LAST} and 300.00,
 *       400.01, 300.00 with {@link #LARGEST_REMAINDER}.
 * </ul>
 *
 * <p>Under every rule a zero share (a zero percentage, a zero deposit) stays zero.
 */
public enum RemainderRule {
    /** The first installments receive the units left over; the default for equal parts. */
    FIRST,
    /**
     * The last installments receive the units left over; the default for percentages and for plans built part by
     * part, whose last installment is the total minus the others.
     */
    LAST,
    /** The installments whose exact shares have the largest fractional parts receive them, ties by position. */
    LARGEST_REMAINDER
}
