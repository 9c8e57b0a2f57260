package org.echeance.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.echeance.core.money.Amounts;
import org.echeance.core.party.Party;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.validation.InvoiceValidationException;
import org.echeance.core.validation.Violation;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * The structural refusals of {@link Invoice.Builder#build()}: every fault reported at once, with its rule and path,
 * and a builder that still works once the fault is fixed.
 */
class InvoiceStructureTest {
    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    private static final CurrencyUnit USD = Monetary.getCurrency("USD");
    private static final VatRate S20 = VatRate.standard("20");
    private static final Party SELLER = Party.builder("Atelier Dupont SARL")
            .address(PostalAddress.of("12 rue des Lilas", "44000", "Nantes", "FR"))
            .build();
    private static final Party BUYER = Party.builder("Client SA")
            .address(PostalAddress.of("3 quai Rambaud", "69002", "Lyon", "FR"))
            .build();

    @Test
    void refusesALinePriceInAnotherCurrency() {
        Invoice.Builder builder = invoice().line(line("1", "10.00")).line(line("2", Money.of(5, USD)));

        InvoiceValidationException e = catchThrowableOfType(InvoiceValidationException.class, builder::build);

        assertThat(e.violations())
                .extracting(Violation::ruleId, Violation::path)
                .containsExactly(tuple("ECH-CUR-01", "lines[1].price.netPrice"));
        assertThat(e.violations().get(0).message()).contains("USD", "EUR");
    }

    @Test
    void refusesDuplicateLineIds() {
        Invoice.Builder builder = invoice().line(line("A", "10.00")).line(line("A", "20.00"));

        assertThatThrownBy(builder::build)
                .isInstanceOfSatisfying(
                        InvoiceValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::ruleId, Violation::path)
                                .containsExactly(tuple("ECH-LINE-01", "lines[1].id")));
    }

    @Test
    void refusesADocumentAllowanceOrChargeWithoutVatRate() {
        Invoice.Builder builder = invoice()
                .line(line("1", "100.00"))
                .allowanceCharge(AllowanceCharge.allowance(eur("5.00")).withReason("Remise fidélité"))
                .allowanceCharge(AllowanceCharge.charge(eur("7.00")).withReason("Port"));

        assertThatThrownBy(builder::build)
                .isInstanceOfSatisfying(
                        InvoiceValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::ruleId, Violation::path)
                                .containsExactly(
                                        tuple("BR-32", "allowancesCharges[0].vatRate"),
                                        tuple("BR-37", "allowancesCharges[1].vatRate")));
    }

    @Test
    void refusesACreditNoteWithANegativeTotal() {
        // Peer lesson E9: a credit note carries positive amounts; a negative one is an invoice.
        Invoice.Builder builder = Invoice.builder(DocumentType.CREDIT_NOTE, EUR)
                .seller(SELLER)
                .buyer(BUYER)
                .line(InvoiceLine.builder("1", "Retour")
                        .quantity("-2", UnitCode.PIECE)
                        .unitPrice(eur("10.00"))
                        .vatRate(S20)
                        .build());

        assertThatThrownBy(builder::build)
                .isInstanceOfSatisfying(
                        InvoiceValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::ruleId, Violation::path)
                                .containsExactly(tuple("ECH-SIGN-01", "totals.taxInclusiveAmount")));
    }

    @Test
    void acceptsTheSameCreditNoteWithPositiveQuantities() {
        Invoice creditNote = Invoice.builder(DocumentType.CREDIT_NOTE, EUR)
                .seller(SELLER)
                .buyer(BUYER)
                .line(InvoiceLine.builder("1", "Retour")
                        .quantity("2", UnitCode.PIECE)
                        .unitPrice(eur("10.00"))
                        .vatRate(S20)
                        .build())
                .build();

        assertThat(dec(creditNote.totals().amountDue())).isEqualByComparingTo("24.00");
    }

    @Test
    void reportsEveryFaultAtOnce() {
        Invoice.Builder builder = Invoice.builder(DocumentType.COMMERCIAL_INVOICE, EUR)
                .buyer(BUYER)
                .line(line("1", "10.00"))
                .line(line("1", Money.of(5, USD)))
                .allowanceCharge(AllowanceCharge.allowance(Money.of(1, USD)))
                .prepaidAmount(eur("1.001"))
                .priceEntry(PriceEntry.VAT_INCLUSIVE)
                .roundingAmount(eur("0.01"));

        InvoiceValidationException e = catchThrowableOfType(InvoiceValidationException.class, builder::build);

        assertThat(e.violations())
                .extracting(Violation::ruleId, Violation::path)
                .containsExactlyInAnyOrder(
                        tuple("ECH-INV-01", "seller"),
                        tuple("ECH-GROSS-01", "roundingAmount"),
                        tuple("ECH-LINE-01", "lines[1].id"),
                        tuple("ECH-CUR-01", "lines[1].price.netPrice"),
                        tuple("ECH-CUR-01", "allowancesCharges[0].amount"),
                        tuple("BR-32", "allowancesCharges[0].vatRate"),
                        tuple("BR-DEC-16", "prepaidAmount"));
        assertThat(e.getMessage()).startsWith("7 violations: ");
    }

    @Test
    void aRefusedBuildChangesNothing() {
        Invoice.Builder builder = Invoice.builder(DocumentType.COMMERCIAL_INVOICE, EUR)
                .buyer(BUYER)
                .line(line("1", "10.00"))
                .prepaidAmount(eur("1.001"));

        assertThatThrownBy(builder::build).isInstanceOf(InvoiceValidationException.class);
        assertThatThrownBy(builder::build)
                .isInstanceOfSatisfying(
                        InvoiceValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::ruleId)
                                .containsExactlyInAnyOrder("ECH-INV-01", "BR-DEC-16"));

        Invoice fixed = builder.seller(SELLER).prepaidAmount(eur("1.00")).build();
        Invoice fresh = Invoice.builder(DocumentType.COMMERCIAL_INVOICE, EUR)
                .seller(SELLER)
                .buyer(BUYER)
                .line(line("1", "10.00"))
                .prepaidAmount(eur("1.00"))
                .build();

        assertThat(fixed).isEqualTo(fresh);
        assertThat(fixed.lines()).hasSize(1);
        assertThat(dec(fixed.totals().amountDue())).isEqualByComparingTo("11.00");
        assertThat(builder.build()).as("the builder builds again").isEqualTo(fixed);
    }

    @Test
    void keepsTheScaleOfUnitPricesAndQuantities() {
        // Peer lesson E4: a 4-decimal unit price and a 3-decimal quantity are kept as entered; only amounts are
        // rounded (1.375 × 0.1234 = 0.169675 → 0.17).
        Invoice invoice = invoice()
                .line(InvoiceLine.builder("1", "Vis inox")
                        .quantity("1.375", UnitCode.KILOGRAM)
                        .unitPrice(eur("0.1234"))
                        .vatRate(S20)
                        .build())
                .line(InvoiceLine.builder("2", "Câble")
                        .quantity("12.500", UnitCode.METRE)
                        .price(Price.of(eur("2.4567")).withBaseQuantity(new BigDecimal("0.500")))
                        .vatRate(S20)
                        .build())
                .build();

        InvoiceLine first = invoice.lines().get(0);
        assertThat(first.quantity())
                .isEqualTo(new BigDecimal("1.375"))
                .extracting(BigDecimal::scale)
                .isEqualTo(3);
        assertThat(dec(first.price().netPrice())).isEqualTo(new BigDecimal("0.1234"));
        assertThat(dec(invoice.totals().lines().get(0).netPrice())).isEqualTo(new BigDecimal("0.1234"));
        assertThat(dec(invoice.totals().lines().get(0).netAmount())).isEqualByComparingTo("0.17");

        InvoiceLine second = invoice.lines().get(1);
        assertThat(second.quantity()).isEqualTo(new BigDecimal("12.500"));
        assertThat(second.price().baseQuantity()).contains(new BigDecimal("0.500"));
        assertThat(dec(second.price().netPrice())).isEqualTo(new BigDecimal("2.4567"));
        // 12.500 × 2.4567 / 0.500 = 61.4175 → 61.42
        assertThat(dec(invoice.totals().lines().get(1).netAmount())).isEqualByComparingTo("61.42");
    }

    private static Invoice.Builder invoice() {
        return Invoice.builder(DocumentType.COMMERCIAL_INVOICE, EUR)
                .seller(SELLER)
                .buyer(BUYER);
    }

    private static InvoiceLine line(String id, String price) {
        return line(id, eur(price));
    }

    private static InvoiceLine line(String id, MonetaryAmount price) {
        return InvoiceLine.builder(id, "Prestation " + id)
                .quantity("1", UnitCode.ONE)
                .unitPrice(price)
                .vatRate(S20)
                .build();
    }

    private static MonetaryAmount eur(String value) {
        return Money.of(new BigDecimal(value), EUR);
    }

    private static BigDecimal dec(MonetaryAmount amount) {
        return Amounts.decimal(amount);
    }
}
