package org.echeance.core.invoice;

/**
 * How the unit prices and the allowance and charge amounts of an invoice were entered.
 *
 * <p>{@link #NET} is the EN 16931 model. {@link #VAT_INCLUSIVE} is for sales to consumers, whose prices include
 * VAT: the invoice then derives, per VAT category and rate, the net amount from the category's VAT-inclusive
 * total ({@code round(gross / (1 + rate))}), spreads it over the lines, computes the VAT on it once, and puts
 * any cent left between the VAT-inclusive total and net + VAT into the rounding amount (BT-114). Round
 * VAT-inclusive prices thus give a round amount due while every BR-CO rule still holds.
 */
public enum PriceEntry {
    /** Prices and allowances exclude VAT (the EN 16931 model). */
    NET,
    /** Prices and allowances include VAT; net amounts are derived per VAT category. */
    VAT_INCLUSIVE
}
