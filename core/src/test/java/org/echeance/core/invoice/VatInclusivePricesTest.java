package org.echeance.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.echeance.core.money.Amounts;
import org.echeance.core.party.Party;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * VAT-inclusive (gross, B2C) price entry: the net amount of each VAT group is derived from the group's gross total,
 * its VAT is computed from that net exactly as BR-CO-17 says, and the cent that may be left over goes to the
 * rounding amount BT-114, so that the amount due is the price the buyer was quoted (peer lesson E2, Mustang #781,
 * #239).
 */
class VatInclusivePricesTest {
    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    private static final Party SELLER = Party.builder("Boulangerie Martin").build();
    private static final Party BUYER = Party.builder("Client comptoir").build();

    @Test
    void grossPriceAt20PercentSplitsWithoutRounding() {
        // 79.20 TTC at 20 %: 79.20 / 1.2 = 66.00 exactly, VAT 13.20.
        Invoice invoice = gross(line("1", "1", "79.20", VatRate.standard("20"))).build();
        InvoiceTotals t = invoice.totals();

        assertThat(dec(t.lines().get(0).vatInclusiveAmount().orElseThrow())).isEqualByComparingTo("79.20");
        assertThat(dec(t.lines().get(0).netAmount())).isEqualByComparingTo("66.00");
        assertThat(dec(t.lines().get(0).netPrice())).isEqualByComparingTo("66.0000");
        assertThat(dec(t.sumOfLineNetAmounts())).isEqualByComparingTo("66.00");
        assertThat(dec(t.taxExclusiveAmount())).isEqualByComparingTo("66.00");
        assertThat(dec(t.vatTotal())).isEqualByComparingTo("13.20");
        assertThat(dec(t.taxInclusiveAmount())).isEqualByComparingTo("79.20");
        assertThat(dec(t.roundingAmount())).isEqualByComparingTo("0.00");
        assertThat(dec(t.amountDue())).isEqualByComparingTo("79.20");
    }

    @Test
    void mustang781GrossPriceAt19PercentPutsTheCentInRoundingAmount() {
        // Mustang #781: 79.20 gross at 19 % gives the net 66.55 (79.20 / 1.19 = 66.5546…). Mustang wrote the VAT
        // as gross − net = 12.65, which only passes the validators' ±1.00 tolerance: BR-CO-17 says
        // round(66.55 × 19 %) = round(12.6445) = 12.64. Echeance states 12.64 and carries the cent in BT-114.
        InvoiceTotals t =
                gross(line("1", "1", "79.20", VatRate.standard("19"))).build().totals();

        assertThat(dec(t.lines().get(0).netAmount())).isEqualByComparingTo("66.55");
        assertThat(dec(t.vatBreakdown().get(0).taxableAmount())).isEqualByComparingTo("66.55");
        assertThat(dec(t.vatBreakdown().get(0).vatAmount())).isEqualByComparingTo("12.64");
        assertThat(dec(t.taxInclusiveAmount())).isEqualByComparingTo("79.19");
        assertThat(dec(t.roundingAmount())).isEqualByComparingTo("0.01");
        assertThat(dec(t.amountDue())).isEqualByComparingTo("79.20");
    }

    @Test
    void leftoverCentAboveTheGrossPriceGoesToRoundingAmount() {
        // 9.99 TTC at 20 %: net round(8.325) = 8.33, VAT round(1.666) = 1.67, together 10.00: BT-114 = -0.01.
        InvoiceTotals t =
                gross(line("1", "1", "9.99", VatRate.standard("20"))).build().totals();

        assertThat(dec(t.taxExclusiveAmount())).isEqualByComparingTo("8.33");
        assertThat(dec(t.vatTotal())).isEqualByComparingTo("1.67");
        assertThat(dec(t.taxInclusiveAmount())).isEqualByComparingTo("10.00");
        assertThat(dec(t.roundingAmount())).isEqualByComparingTo("-0.01");
        assertThat(dec(t.amountDue())).isEqualByComparingTo("9.99");
    }

    @Test
    void netIsDerivedPerVatGroupNotPerLine() {
        // Three items at 0.03 TTC and 20 %: line by line each would be net 0.03 (0.025 rounded up), 0.09 in all,
        // VAT 0.02, 0.11 for 0.09 quoted. Per group: gross 0.09, net round(0.075) = 0.08, VAT round(0.016) = 0.02,
        // and the missing cent is taken from the first of the equal lines.
        VatRate s20 = VatRate.standard("20");
        InvoiceTotals t = gross(line("1", "1", "0.03", s20), line("2", "1", "0.03", s20), line("3", "1", "0.03", s20))
                .build()
                .totals();

        assertThat(t.lines())
                .extracting(l -> dec(l.netAmount()))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.02"), new BigDecimal("0.03"), new BigDecimal("0.03"));
        assertThat(dec(t.sumOfLineNetAmounts())).isEqualByComparingTo("0.08");
        assertThat(dec(t.vatTotal())).isEqualByComparingTo("0.02");
        assertThat(dec(t.roundingAmount())).isEqualByComparingTo("-0.01");
        assertThat(dec(t.amountDue())).isEqualByComparingTo("0.09");
    }

    @Test
    void documentChargesAloneInAVatGroupStillAddUpToTheQuotedTotal() {
        // Two delivery charges of 0.03 TTC at 20 % and no line at 20 %: the group's net is round(0.06 / 1.2) =
        // 0.05, not 0.03 + 0.03. Before the fix the charges kept 0.06 net, the VAT was computed on 0.06 and the
        // amount due came out at 10.07 for 10.06 quoted.
        VatRate s20 = VatRate.standard("20");
        Invoice invoice = gross(line("1", "1", "10.00", VatRate.standard("10")))
                .allowanceCharge(AllowanceCharge.charge(eur("0.03"))
                        .withReason("Livraison")
                        .withVatRate(s20))
                .allowanceCharge(AllowanceCharge.charge(eur("0.03"))
                        .withReason("Emballage")
                        .withVatRate(s20))
                .build();
        InvoiceTotals t = invoice.totals();

        assertThat(t.allowanceChargeNetAmounts())
                .extracting(VatInclusivePricesTest::dec)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.02"), new BigDecimal("0.03"));
        assertThat(dec(t.chargeTotal())).isEqualByComparingTo("0.05");
        assertThat(dec(t.breakdownOf(s20).orElseThrow().taxableAmount())).isEqualByComparingTo("0.05");
        assertThat(dec(t.breakdownOf(s20).orElseThrow().vatAmount())).isEqualByComparingTo("0.01");
        assertThat(dec(t.roundingAmount())).isEqualByComparingTo("0.00");
        assertThat(dec(t.amountDue())).isEqualByComparingTo("10.06");
    }

    /**
     * The test matrix of peer lesson E2: every gross price from 0.01 to 999.99 on a one-line invoice gives an amount
     * due equal to the price, with BR-CO-10 to BR-CO-17 holding exactly and |BT-114| ≤ 0.01.
     */
    @ParameterizedTest(name = "{0} %")
    @ValueSource(strings = {"20", "10", "5.5", "2.1"})
    void everyGrossPriceUpTo999_99IsDueExactly(String percent) {
        VatRate rate = VatRate.standard(percent);
        BigDecimal fraction = new BigDecimal(percent).movePointLeft(2);
        BigDecimal cent = new BigDecimal("0.01");
        List<String> failures = new ArrayList<>();
        int withRounding = 0;

        for (int cents = 1; cents <= 99_999; cents++) {
            BigDecimal price = BigDecimal.valueOf(cents, 2);
            InvoiceTotals t =
                    gross(line("1", "1", price.toPlainString(), rate)).build().totals();
            BigDecimal lineNet = dec(t.lines().get(0).netAmount());
            BigDecimal basis = dec(t.vatBreakdown().get(0).taxableAmount());
            BigDecimal vat = dec(t.vatBreakdown().get(0).vatAmount());
            BigDecimal rounding = dec(t.roundingAmount());
            BigDecimal expectedNet = price.divide(BigDecimal.ONE.add(fraction), 2, RoundingMode.HALF_UP);

            boolean ok = t.vatBreakdown().size() == 1
                    && same(t.amountDue(), price)
                    && lineNet.compareTo(expectedNet) == 0
                    && same(t.sumOfLineNetAmounts(), lineNet) // BR-CO-10
                    && same(t.allowanceTotal(), BigDecimal.ZERO) // BR-CO-11
                    && same(t.chargeTotal(), BigDecimal.ZERO) // BR-CO-12
                    && same(t.taxExclusiveAmount(), lineNet) // BR-CO-13
                    && basis.compareTo(lineNet) == 0 // BR-S-08
                    && same(t.vatTotal(), vat) // BR-CO-14
                    && same(t.taxInclusiveAmount(), lineNet.add(vat)) // BR-CO-15
                    && same(
                            t.amountDue(),
                            lineNet.add(vat).subtract(dec(t.prepaidAmount())).add(rounding)) // BR-CO-16
                    && vat.compareTo(basis.multiply(fraction).setScale(2, RoundingMode.HALF_UP)) == 0 // BR-CO-17
                    && rounding.abs().compareTo(cent) <= 0;
            if (!ok && failures.size() < 20) {
                failures.add(price + " → net " + lineNet + ", VAT " + vat + ", BT-114 " + rounding + ", due "
                        + t.amountDue());
            }
            if (rounding.signum() != 0) {
                withRounding++;
            }
        }

        assertThat(failures).isEmpty();
        // Sanity: the matrix does exercise BT-114 (at 20 %, one gross price in six leaves a cent over).
        assertThat(withRounding).isPositive();
    }

    private static Invoice.Builder gross(InvoiceLine... lines) {
        Invoice.Builder b = Invoice.builder(DocumentType.COMMERCIAL_INVOICE, EUR)
                .priceEntry(PriceEntry.VAT_INCLUSIVE)
                .seller(SELLER)
                .buyer(BUYER);
        for (InvoiceLine line : lines) {
            b.line(line);
        }
        return b;
    }

    private static InvoiceLine line(String id, String quantity, String grossPrice, VatRate rate) {
        return InvoiceLine.builder(id, "Article " + id)
                .quantity(quantity, UnitCode.PIECE)
                .price(Price.of(eur(grossPrice)))
                .vatRate(rate)
                .build();
    }

    private static MonetaryAmount eur(String value) {
        return Money.of(new BigDecimal(value), EUR);
    }

    private static boolean same(MonetaryAmount amount, BigDecimal expected) {
        return dec(amount).compareTo(expected) == 0;
    }

    private static BigDecimal dec(MonetaryAmount amount) {
        return Amounts.decimal(amount);
    }
}
