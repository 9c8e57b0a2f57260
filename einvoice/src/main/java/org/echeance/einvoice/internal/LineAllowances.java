package org.echeance.einvoice.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import javax.money.MonetaryAmount;
import org.echeance.core.invoice.AllowanceCharge;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.PriceEntry;
import org.echeance.core.money.Amounts;

/**
 * The amounts written for line-level allowances and charges (BG-27, BG-28).
 *
 * <p>EN 16931 amounts exclude VAT. On an invoice entered with net prices they are written as entered (amount, base
 * amount, percentage). On an invoice entered with VAT-inclusive prices, the entered amounts include VAT: each is
 * written at its net value, {@code round(amount / (1 + rate))} half-up, without the VAT-inclusive base amount and
 * percentage.
 */
final class LineAllowances {
    private LineAllowances() {}

    /** Checks if the allowances and charges are written as entered (net-price invoices). */
    static boolean isNet(Invoice invoice) {
        return invoice.priceEntry() == PriceEntry.NET;
    }

    /** Returns the net amount of a line allowance or charge. */
    static MonetaryAmount amount(Invoice invoice, InvoiceLine line, AllowanceCharge ac) {
        if (isNet(invoice)) {
            return ac.amount();
        }
        BigDecimal gross = Amounts.decimal(ac.amount());
        BigDecimal net = gross.divide(BigDecimal.ONE.add(line.vatRate().fraction()), MathContext.DECIMAL128);
        return Amounts.rounded(net, invoice.currency());
    }
}
