package org.echeance.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.Price;
import org.echeance.core.invoice.PriceEntry;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.money.Amounts;
import org.echeance.core.party.Party;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.validation.En16931Validator;
import org.junit.jupiter.api.Test;

/**
 * The gross-price matrix (peer lesson E2): consumer invoices entered with VAT-inclusive prices at the French rates
 * 20 %, 10 %, 5.5 % and 2.1 % must pass the official schematron in both syntaxes, and their amount due must be the
 * round VAT-inclusive total the customer was shown (any cent left goes to BT-114).
 */
class GrossPriceMatrixTest {
    private static final List<String> RATES = List.of("20", "10", "5.5", "2.1");

    /** Known awkward gross prices (79.20 → 66.00 + 13.20, 19.94/19.95, one cent…) plus seeded random ones. */
    private static List<BigDecimal> grossPrices() {
        List<BigDecimal> prices = new ArrayList<>();
        for (String p : List.of(
                "0.01", "0.02", "0.05", "0.99", "1.00", "1.01", "9.99", "19.94", "19.95", "33.33", "66.55", "79.20",
                "99.99", "100.00", "123.45", "999.99")) {
            prices.add(new BigDecimal(p));
        }
        Random random = new Random(20260302L);
        while (prices.size() < 40) {
            prices.add(BigDecimal.valueOf(1 + random.nextInt(99_999), 2));
        }
        return prices;
    }

    @Test
    void everyGrossPriceAloneGivesAValidInvoiceInBothSyntaxes() {
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (String rate : RATES) {
            for (BigDecimal gross : grossPrices()) {
                Invoice invoice = ticket("T-" + (++n), List.of(gross), VatRate.standard(rate));
                check(invoice, gross, rate + " % × " + gross, failures);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void allGrossPricesOfARateOnOneInvoiceGiveAValidInvoiceInBothSyntaxes() {
        List<String> failures = new ArrayList<>();
        for (String rate : RATES) {
            List<BigDecimal> prices = grossPrices();
            BigDecimal total = prices.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            check(ticket("M-" + rate, prices, VatRate.standard(rate)), total, rate + " % × 40 lines", failures);
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void aMixedBasketAtAllFourRatesIsValidInBothSyntaxes() {
        Invoice.Builder b = builder("MIX-1");
        BigDecimal total = BigDecimal.ZERO;
        int id = 1;
        for (String rate : RATES) {
            for (String p : List.of("19.95", "79.20", "0.99")) {
                b.line(line(String.valueOf(id++), new BigDecimal(p), VatRate.standard(rate)));
                total = total.add(new BigDecimal(p));
            }
        }
        List<String> failures = new ArrayList<>();
        check(b.build(), total, "mixed basket", failures);
        assertThat(failures).isEmpty();
    }

    private static void check(Invoice invoice, BigDecimal expectedDue, String name, List<String> failures) {
        if (Amounts.decimal(invoice.totals().amountDue()).compareTo(expectedDue) != 0) {
            failures.add(name + ": amount due " + invoice.totals().amountDue() + " is not " + expectedDue);
        }
        En16931Validator.validate(invoice).forEach(v -> failures.add(name + " (ours): " + v));
        OfficialRules.errors(CiiWriter.of(Profile.EN_16931).write(invoice), Syntax.CII)
                .forEach(e -> failures.add(name + " (CII): " + e));
        // A consumer has no Peppol address: UBL with the plain EN 16931 customization.
        OfficialRules.errors(UblWriter.of(Profile.EN_16931).write(invoice), Syntax.UBL)
                .forEach(e -> failures.add(name + " (UBL): " + e));
    }

    private static Invoice ticket(String number, List<BigDecimal> grossPrices, VatRate rate) {
        Invoice.Builder b = builder(number);
        for (int i = 0; i < grossPrices.size(); i++) {
            b.line(line(String.valueOf(i + 1), grossPrices.get(i), rate));
        }
        return b.build();
    }

    private static Invoice.Builder builder(String number) {
        return Invoice.builder(DocumentType.COMMERCIAL_INVOICE, SampleInvoices.EUR)
                .priceEntry(PriceEntry.VAT_INCLUSIVE)
                .number(number)
                .issueDate(LocalDate.of(2026, 3, 2))
                .dueDate(LocalDate.of(2026, 3, 2))
                .seller(SampleInvoices.frenchSeller())
                .buyer(Party.builder("Jeanne Martin")
                        .address(PostalAddress.of("3 place du Marché", "33000", "Bordeaux", "FR"))
                        .build());
    }

    private static InvoiceLine line(String id, BigDecimal gross, VatRate rate) {
        return InvoiceLine.builder(id, "Article " + id)
                .quantity(BigDecimal.ONE, UnitCode.PIECE)
                .price(Price.of(org.javamoney.moneta.Money.of(gross, SampleInvoices.EUR)))
                .vatRate(rate)
                .build();
    }
}
