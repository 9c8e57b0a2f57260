package org.echeance.scheduling.subscription;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.echeance.core.customer.Customer;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.money.Amounts;
import org.echeance.core.party.Party;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.recurrence.RecurrenceRule;
import org.echeance.core.terms.PaymentTerms;

/** Sellers, customers, lines and subscriptions shared by the recurring-billing tests. */
final class SubscriptionFixtures {
    static final String SELLER_ID = "atelier";

    static final Party ATELIER = Party.builder("Atelier Durand SARL")
            .vatNumber("FR19812345676")
            .address(PostalAddress.of("14 rue de la République", "69002", "Lyon", "FR"))
            .build();

    static final Party BOULANGERIE = Party.builder("Boulangerie Martin SAS")
            .address(PostalAddress.of("3 place Grandclément", "69100", "Villeurbanne", "FR"))
            .build();

    /** A French customer paid 30 days net. */
    static final Customer CUSTOMER = Customer.builder("C-042", BOULANGERIE)
            .paymentTerms(PaymentTerms.net(30))
            .build();

    /** An English-speaking customer. */
    static final Customer ENGLISH_CUSTOMER = Customer.builder("C-043", BOULANGERIE)
            .language(Locale.UK)
            .paymentTerms(PaymentTerms.net(15))
            .build();

    private SubscriptionFixtures() {}

    static MonetaryAmount eur(String value) {
        return Amounts.money(new BigDecimal(value), Monetary.getCurrency("EUR"));
    }

    static MonetaryAmount money(String value, String currency) {
        return Amounts.money(new BigDecimal(value), Monetary.getCurrency(currency));
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /** A line of one unit per period at a price, standard VAT 20 %. */
    static InvoiceLine line(String id, String item, MonetaryAmount pricePerPeriod) {
        return InvoiceLine.builder(id, item)
                .quantity("1", UnitCode.MONTH)
                .unitPrice(pricePerPeriod)
                .vatRate(VatRate.standard("20"))
                .build();
    }

    /** A monthly hosting subscription at 30.00 EUR, from a start that is also the anchor. */
    static Subscription.Builder monthly(String id, String rule, LocalDate start) {
        return Subscription.builder(SELLER_ID, id)
                .seller(ATELIER)
                .customer(CUSTOMER)
                .line(line("1", "Hébergement", eur("30.00")))
                .rule(RecurrenceRule.parse(rule))
                .start(start);
    }

    /**
     * Returns twenty subscriptions of a seller with every kind of schedule: monthly, monthly on the 31st, weekly,
     * quarterly from calendar quarters, yearly; in advance and in arrears; some with a price change, a pause or a
     * cancellation.
     */
    static List<Subscription> portfolio(String sellerId) {
        String[] rules = {
            "FREQ=MONTHLY", "FREQ=MONTHLY;BYMONTHDAY=31", "FREQ=WEEKLY", "FREQ=MONTHLY;INTERVAL=3", "FREQ=YEARLY"
        };
        List<Subscription> subscriptions = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String rule = rules[i % rules.length];
            LocalDate start = LocalDate.of(2025, 1, 1).plusDays(11L * i);
            Subscription.Builder builder = Subscription.builder(sellerId, "S-" + i)
                    .seller(ATELIER)
                    .customer(CUSTOMER)
                    .line(line("1", "Abonnement", eur((10 + i) + ".99")))
                    .rule(RecurrenceRule.parse(rule))
                    .timing(i % 2 == 0 ? BillingTiming.IN_ADVANCE : BillingTiming.IN_ARREARS)
                    .start(start);
            if (rule.contains("BYMONTHDAY=31")) {
                builder.start(YearMonth.from(start).atEndOfMonth());
            } else if (rule.contains("INTERVAL=3")) {
                builder.anchor(LocalDate.of(2025, 1, 1));
            }
            Subscription subscription = builder.build();
            if (i % 3 == 0) {
                subscription = subscription.changePrice(start.plusDays(45), "1", eur("49.50"));
            }
            if (i % 4 == 1) {
                subscription = subscription.pause(start.plusDays(20), start.plusDays(75));
            }
            if (i % 5 == 2) {
                subscription = subscription.cancel(start.plusDays(200));
            }
            subscriptions.add(subscription);
        }
        return List.copyOf(subscriptions);
    }

    /** Returns the line net amounts (BT-131) of an invoice, as plain text with the currency's scale. */
    static List<String> lineAmounts(Invoice invoice) {
        return invoice.totals().lines().stream()
                .map(l -> Amounts.toPlainString(l.netAmount()))
                .collect(Collectors.toList());
    }

    /** Returns the invoice total without VAT (BT-109) as plain text. */
    static String netTotal(Invoice invoice) {
        return Amounts.toPlainString(invoice.totals().sumOfLineNetAmounts());
    }
}
