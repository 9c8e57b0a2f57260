package org.echeance.einvoice.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.echeance.core.identifier.Bic;
import org.echeance.core.identifier.Iban;
import org.echeance.core.invoice.AllowanceCharge;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.Price;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.money.Amounts;
import org.echeance.core.party.Party;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.payment.PaymentInstructions;
import org.echeance.einvoice.EInvoiceWriter;
import org.echeance.einvoice.Profile;
import org.echeance.einvoice.Syntax;

/** Writing an invoice and reading it back gives the same invoice, in both syntaxes. */
class ReadWriteRoundTripProperties {
    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    private static final List<VatRate> RATES =
            List.of(VatRate.standard("20"), VatRate.standard("10"), VatRate.standard("5.5"), VatRate.standard("2.1"));

    @Property(tries = 60)
    void writingThenReadingGivesTheSameInvoice(@ForAll("invoices") Invoice invoice, @ForAll Syntax syntax) {
        byte[] xml = EInvoiceWriter.of(syntax, Profile.EN_16931).write(invoice);

        ReadResult back = EInvoiceReader.create().read(new ByteArrayInputStream(xml), "property.xml");

        assertThat(back.invoice()).contains(invoice);
        assertThat(back.differences()).isEmpty();
        assertThat(back.notes()).isEmpty();
    }

    @Provide
    Arbitrary<Invoice> invoices() {
        Arbitrary<List<InvoiceLine>> lines =
                line().list().ofMinSize(1).ofMaxSize(8).uniqueElements(InvoiceLine::id);
        Arbitrary<List<AllowanceCharge>> charges =
                documentAllowanceCharge().list().ofMaxSize(2);
        Arbitrary<Boolean> credit = Arbitraries.of(true, false);
        return Combinators.combine(lines, charges, credit)
                .as(ReadWriteRoundTripProperties::invoice)
                .filter(i -> i != null);
    }

    private static Invoice invoice(List<InvoiceLine> lines, List<AllowanceCharge> charges, boolean credit) {
        Invoice.Builder b = Invoice.builder(credit ? DocumentType.CREDIT_NOTE : DocumentType.COMMERCIAL_INVOICE, EUR)
                .number("F-2026-42")
                .issueDate(LocalDate.of(2026, 9, 1))
                .dueDate(LocalDate.of(2026, 10, 1))
                .seller(Party.builder("Atelier Durand SARL")
                        .vatNumber("FR40303265045")
                        .address(PostalAddress.of("12 rue de la Paix", "75002", "Paris", "FR"))
                        .build())
                .buyer(Party.builder("Client SA")
                        .address(PostalAddress.of("1 place Bellecour", "69002", "Lyon", "FR"))
                        .build())
                .paymentTerms("30 jours net")
                .paymentInstructions(PaymentInstructions.sepaCreditTransfer(
                        Iban.parse("FR1420041010050500013M02606"), Bic.parse("BNPAFRPPXXX"), "F-2026-42"));
        lines.forEach(b::line);
        charges.forEach(b::allowanceCharge);
        try {
            Invoice invoice = b.build();
            // Keep documents a writer must accept: a non-negative total.
            return invoice.totals().taxInclusiveAmount().isNegative() ? null : invoice;
        } catch (org.echeance.core.validation.ValidationException e) {
            return null;
        }
    }

    private static Arbitrary<InvoiceLine> line() {
        Arbitrary<String> id = Arbitraries.integers().between(1, 9999).map(String::valueOf);
        Arbitrary<BigDecimal> quantity = Arbitraries.bigDecimals()
                .between(new BigDecimal("0.0001"), new BigDecimal("500"))
                .ofScale(4);
        Arbitrary<BigDecimal> price = Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("9999.9999"))
                .ofScale(4);
        Arbitrary<VatRate> rate = Arbitraries.of(RATES);
        Arbitrary<Integer> discountCents = Arbitraries.integers().between(0, 3);
        return Combinators.combine(id, quantity, price, rate, discountCents).as((lineId, q, p, r, discount) -> {
            InvoiceLine.Builder b = InvoiceLine.builder(lineId, "Article " + lineId)
                    .quantity(q.stripTrailingZeros().scale() < 0 ? q.setScale(0) : q, UnitCode.PIECE)
                    .vatRate(r);
            if (discount > 0 && p.compareTo(BigDecimal.ONE) > 0) {
                BigDecimal off = BigDecimal.valueOf(discount, 2);
                b.price(Price.ofGross(Amounts.money(p, EUR), Amounts.money(off, EUR)));
            } else {
                b.price(Price.of(Amounts.money(p, EUR)));
            }
            if (discount == 3) {
                b.allowanceCharge(AllowanceCharge.allowance(Amounts.money(new BigDecimal("1.00"), EUR))
                        .withReason("95", "Remise"));
            }
            return b.build();
        });
    }

    private static Arbitrary<AllowanceCharge> documentAllowanceCharge() {
        return Combinators.combine(
                        Arbitraries.of(true, false),
                        Arbitraries.bigDecimals()
                                .between(new BigDecimal("0.01"), new BigDecimal("50"))
                                .ofScale(2),
                        Arbitraries.of(RATES))
                .as((charge, amount, rate) -> (charge
                                ? AllowanceCharge.charge(Amounts.money(amount, EUR))
                                        .withReason("FC", "Transport")
                                : AllowanceCharge.allowance(Amounts.money(amount, EUR))
                                        .withReason("95", "Remise"))
                        .withVatRate(rate));
    }
}
