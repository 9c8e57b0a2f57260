package org.echeance.overdue;

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

/**
 * Accounts, items and payments for the tests (after the scheduling module's AccountFixtures): amounts are VAT-free
 * (category O) for clarity.
 */
public final class OverdueFixtures {
    public static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    public static final CurrencyUnit USD = Monetary.getCurrency("USD");

    private OverdueFixtures() {}

    public static MonetaryAmount money(String amount, CurrencyUnit currency) {
        return Money.of(new BigDecimal(amount), currency);
    }

    public static MonetaryAmount eur(String amount) {
        return money(amount, EUR);
    }

    public static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /** An unpaid EUR item of an invoice paid at once. */
    public static ReceivableItem item(String customer, String invoice, String issued, String due, String amount) {
        return ReceivableItem.of(customer, invoice, date(issued), date(due), eur(amount));
    }

    /** An EUR item with payments: pairs of date and amount. */
    public static ReceivableItem paidItem(
            String customer, String invoice, String issued, String due, String amount, String... datesAndAmounts) {
        ReceivableItem.Builder b = ReceivableItem.builder(customer, invoice, EUR)
                .issueDate(date(issued))
                .dueDate(date(due))
                .amount(eur(amount));
        for (int i = 0; i < datesAndAmounts.length; i += 2) {
            b.settlement(Settlement.payment(invoice + "-p" + i, date(datesAndAmounts[i]), eur(datesAndAmounts[i + 1])));
        }
        return b.build();
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
            CustomerAccount account, String number, String amount, String issued, String due) {
        return account.charge(invoice(number, amount, account.currency(), date(issued), date(due)))
                .account();
    }

    /** Charges an invoice in installments: amounts and due dates in pairs. */
    public static CustomerAccount chargeInstallments(
            CustomerAccount account, String number, String issued, String... amountsAndDates) {
        List<DueAmount> schedule = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < amountsAndDates.length; i += 2) {
            BigDecimal amount = new BigDecimal(amountsAndDates[i]);
            total = total.add(amount);
            schedule.add(new DueAmount(i / 2 + 1, date(amountsAndDates[i + 1]), Money.of(amount, account.currency())));
        }
        Invoice invoice = invoice(
                number,
                total.toPlainString(),
                account.currency(),
                date(issued),
                schedule.get(schedule.size() - 1).dueDate());
        return account.charge(invoice, schedule, ItemKind.PRINCIPAL).account();
    }

    public static CustomerAccount pay(CustomerAccount account, String key, String date, String amount) {
        return account.recordPayment(Payment.of(key, date(date), money(amount, account.currency()), new Cash()))
                .account();
    }
}
