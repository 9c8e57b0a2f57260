package org.echeance.scheduling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatCategory;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.ledger.CustomerAccount;
import org.echeance.core.ledger.DueAmount;
import org.echeance.core.ledger.ItemKind;
import org.echeance.core.party.Party;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.payment.Cash;
import org.echeance.core.payment.Payment;
import org.javamoney.moneta.Money;

/** Accounts, issued invoices and payments for the tests: amounts are VAT-free (category O) for clarity. */
public final class AccountFixtures {
    public static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    public static final CurrencyUnit USD = Monetary.getCurrency("USD");

    private AccountFixtures() {}

    public static MonetaryAmount money(String amount, CurrencyUnit currency) {
        return Money.of(new BigDecimal(amount), currency);
    }

    public static MonetaryAmount eur(String amount) {
        return money(amount, EUR);
    }

    /** An issued invoice of a net amount (no VAT). */
    public static Invoice invoice(
            String number, String amount, CurrencyUnit currency, LocalDate issued, LocalDate due) {
        return Invoice.builder(DocumentType.COMMERCIAL_INVOICE, currency)
                .number(number)
                .issueDate(issued)
                .dueDate(due)
                .seller(Party.builder("Seller")
                        .address(PostalAddress.ofCountry("FR"))
                        .build())
                .buyer(Party.builder("Buyer")
                        .address(PostalAddress.ofCountry("FR"))
                        .build())
                .line(InvoiceLine.builder("1", "Service")
                        .quantity("1", UnitCode.ONE)
                        .unitPrice(money(amount, currency))
                        .vatRate(VatRate.zero(VatCategory.OUTSIDE_SCOPE))
                        .exemption(null, "Not subject to VAT")
                        .build())
                .build();
    }

    /** Charges an invoice due at once. */
    public static CustomerAccount charge(
            CustomerAccount account, String number, String amount, LocalDate issued, LocalDate due) {
        return account.charge(invoice(number, amount, account.currency(), issued, due))
                .account();
    }

    /**
     * Charges an invoice in installments: amounts and due dates in pairs, for example {@code "100.00",
     * "2026-03-01", "50.00", "2026-04-01"}.
     */
    public static CustomerAccount chargeInstallments(
            CustomerAccount account, String number, LocalDate issued, String... amountsAndDates) {
        List<DueAmount> schedule = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < amountsAndDates.length; i += 2) {
            BigDecimal amount = new BigDecimal(amountsAndDates[i]);
            total = total.add(amount);
            schedule.add(new DueAmount(
                    i / 2 + 1, LocalDate.parse(amountsAndDates[i + 1]), Money.of(amount, account.currency())));
        }
        Invoice invoice = invoice(
                number,
                total.toPlainString(),
                account.currency(),
                issued,
                schedule.get(schedule.size() - 1).dueDate());
        return account.charge(invoice, schedule, ItemKind.PRINCIPAL).account();
    }

    public static CustomerAccount pay(CustomerAccount account, String key, LocalDate date, String amount) {
        return account.recordPayment(Payment.of(key, date, money(amount, account.currency()), new Cash()))
                .account();
    }
}
