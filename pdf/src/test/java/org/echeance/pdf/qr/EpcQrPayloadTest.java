package org.echeance.pdf.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.echeance.core.identifier.Bic;
import org.echeance.core.identifier.Iban;
import org.echeance.core.identifier.RfCreditorReference;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.payment.PaymentInstructions;
import org.echeance.core.validation.ValidationException;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class EpcQrPayloadTest {
    private static final Iban RED_CROSS = Iban.parse("BE72000000001616");

    private static MonetaryAmount eur(String amount) {
        return Money.of(new BigDecimal(amount), "EUR");
    }

    /** The sample of the EPC069-12 guideline: a donation of 1 EUR to the Belgian Red Cross, version 001. */
    @Test
    void writesTheGuidelineSample() {
        EpcQrPayload payload = EpcQrPayload.of("Red Cross of Belgium", RED_CROSS, eur("1.00"), Optional.empty())
                .withVersion1(Bic.parse("BPOTBEB1"))
                .withPurpose("CHAR")
                .withRemittanceText("Urgency fund")
                .withInformation("Sample EPC QR code");

        assertThat(payload.toString())
                .isEqualTo("BCD\n001\n1\nSCT\nBPOTBEB1\nRed Cross of Belgium\nBE72000000001616\nEUR1\nCHAR\n\n"
                        + "Urgency fund\nSample EPC QR code");
        assertThat(EpcQrPayload.parse(payload.toString())).isEqualTo(payload);
    }

    /** The German sample (version 002, structured RF reference, purpose GDDS, an umlaut in the name). */
    @Test
    void writesAStructuredReferenceWithoutTrailingFields() {
        EpcQrPayload payload = EpcQrPayload.of(
                        "Franz Mustermänn",
                        Iban.parse("DE71110220330123456789"),
                        eur("12.30"),
                        Optional.of(RfCreditorReference.parse("RF18539007547034")))
                .withPurpose("GDDS");

        assertThat(payload.toString())
                .isEqualTo("BCD\n002\n1\nSCT\n\nFranz Mustermänn\nDE71110220330123456789\nEUR12.3\nGDDS\n"
                        + "RF18539007547034");
        assertThat(payload.toBytes()).hasSize(payload.toString().length() + 1);
        assertThat(EpcQrPayload.parse(payload.toString().replace("\n", "\r\n"))).isEqualTo(payload);
    }

    @Test
    void version1NeedsABic() {
        assertThatThrownBy(() -> new EpcQrPayload(
                        EpcQrPayload.Version.V001,
                        Optional.empty(),
                        "Red Cross of Belgium",
                        RED_CROSS,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.hasRule("ECH-EPC-01")).isTrue());
    }

    @Test
    void refusesFieldsBeyondTheGuidelineLimits() {
        String name71 = "N".repeat(71);
        assertThatThrownBy(() -> EpcQrPayload.of(name71, RED_CROSS, eur("1"), Optional.empty()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.hasRule("ECH-EPC-02")).isTrue();
                    assertThat(e.violations().get(0).path()).isEqualTo("beneficiaryName");
                });
        assertThat(EpcQrPayload.of("N".repeat(70), RED_CROSS, eur("1"), Optional.empty())
                        .beneficiaryName())
                .hasSize(70);
        assertThatThrownBy(() -> EpcQrPayload.of("Name", RED_CROSS, eur("1"), Optional.empty())
                        .withRemittanceText("T".repeat(141)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.hasRule("ECH-EPC-02")).isTrue());
        assertThatThrownBy(() -> EpcQrPayload.of("Name", RED_CROSS, eur("1"), Optional.empty())
                        .withInformation("line\nbreak"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.hasRule("ECH-EPC-02")).isTrue());
        assertThatThrownBy(() -> EpcQrPayload.of("Name", RED_CROSS, eur("1"), Optional.empty())
                        .withPurpose("CHARITY"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.hasRule("ECH-EPC-05")).isTrue());
    }

    @Test
    void refusesAmountsOutsideTheRangeOrNotInEuros() {
        for (String amount : new String[] {"0.00", "0.009", "1000000000.00", "-5"}) {
            assertThatThrownBy(() -> EpcQrPayload.of("Name", RED_CROSS, eur(amount), Optional.empty()))
                    .as(amount)
                    .isInstanceOfSatisfying(
                            ValidationException.class,
                            e -> assertThat(e.hasRule("ECH-EPC-04")).isTrue());
        }
        assertThat(EpcQrPayload.of("Name", RED_CROSS, eur("999999999.99"), Optional.empty())
                        .toString())
                .endsWith("EUR999999999.99");
        assertThat(EpcQrPayload.of("Name", RED_CROSS, eur("0.01"), Optional.empty())
                        .toString())
                .endsWith("EUR0.01");
        assertThatThrownBy(() -> EpcQrPayload.of("Name", RED_CROSS, Money.of(BigDecimal.TEN, "CHF"), Optional.empty()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.hasRule("ECH-EPC-03")).isTrue());
    }

    @Test
    void aStructuredReferenceAndATextExcludeEachOther() {
        assertThatThrownBy(() -> new EpcQrPayload(
                        EpcQrPayload.Version.V002,
                        Optional.empty(),
                        "Name",
                        RED_CROSS,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("RF18539007547034"),
                        Optional.of("Invoice 42"),
                        Optional.empty()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.hasRule("ECH-EPC-06")).isTrue());
    }

    @Test
    void refusesPayloadsLongerThan331Bytes() {
        // 70 + 140 + 70 characters fit each field, but é takes two bytes in UTF-8.
        assertThatThrownBy(() -> EpcQrPayload.of("é".repeat(70), RED_CROSS, eur("1"), Optional.empty())
                        .withRemittanceText("é".repeat(140))
                        .withInformation("é".repeat(70)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.hasRule("ECH-EPC-07")).isTrue());
    }

    @Test
    void parseRefusesWhatIsNotAnSctPayload() {
        assertThatThrownBy(() -> EpcQrPayload.parse("BCD\n002\n2\nSCT\n\nName\nBE72000000001616"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.hasRule("ECH-EPC-08")).isTrue());
        assertThatThrownBy(() -> EpcQrPayload.parse("hello"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.hasRule("ECH-EPC-08")).isTrue());
    }

    @Test
    void paysAnInvoiceAmountDueWithItsRfReference() {
        Invoice invoice = org.echeance.pdf.PdfFixtures.demoInvoice();

        EpcQrPayload payload = EpcQrPayload.forInvoice(invoice).orElseThrow();

        // Hand check: lines 2160.00 + 552.50 + 97.50 + 179.90 = 2989.90, charge 45.00 -> 3034.90 excl. VAT;
        // VAT 20 % of 2937.40 = 587.48 and 5.5 % of 97.50 = 5.36 -> 3627.74 due.
        assertThat(payload.toString())
                .isEqualTo("BCD\n002\n1\nSCT\nPSSTFRPPLYO\nAtelier Durand SARL\nFR1420041010050500013M02606\n"
                        + "EUR3627.74\n\n" + org.echeance.pdf.PdfFixtures.REFERENCE);
    }

    @Test
    void hasNoPayloadForACreditNoteOrAnInvoiceWithoutIban() {
        Invoice invoice = org.echeance.pdf.PdfFixtures.demoInvoice();
        assertThat(EpcQrPayload.forInvoice(org.echeance.pdf.PdfFixtures.creditNote(invoice)))
                .isEmpty();
        Invoice byCard = org.echeance.pdf.PdfFixtures.demoDraft()
                .paymentInstructions(PaymentInstructions.of(org.echeance.core.payment.PaymentMeansCode.BANK_CARD))
                .build();
        assertThat(EpcQrPayload.forInvoice(byCard)).isEmpty();
    }

    @Test
    void quotesTheInvoiceNumberWhenTheRemittanceIsNoRfReference() {
        Invoice invoice = org.echeance.pdf.PdfFixtures.demoDraft()
                .paymentInstructions(PaymentInstructions.sepaCreditTransfer(
                        org.echeance.pdf.PdfFixtures.IBAN, org.echeance.pdf.PdfFixtures.BIC, "Facture FA-2026-00001"))
                .build();

        EpcQrPayload payload = EpcQrPayload.forInvoice(invoice).orElseThrow();

        assertThat(payload.structuredReference()).isEmpty();
        assertThat(payload.remittanceText()).contains("Facture FA-2026-00001");
    }
}
