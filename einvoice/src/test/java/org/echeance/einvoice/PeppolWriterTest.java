package org.echeance.einvoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.echeance.core.identifier.Iban;
import org.echeance.core.invoice.AllowanceCharge;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.InvoiceNote;
import org.echeance.core.invoice.InvoicePeriod;
import org.echeance.core.invoice.InvoiceReference;
import org.echeance.core.invoice.Price;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.party.Party;
import org.echeance.core.party.PartyIdentifier;
import org.echeance.core.payment.PaymentInstructions;
import org.echeance.core.payment.PaymentMeansCode;
import org.echeance.core.validation.En16931Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * French invoices and credit notes written as Peppol BIS 3 pass the official Peppol BIS Billing rules (see {@link
 * PeppolRules}) and the EN 16931 schematron with no error; invoices whose data breaks a Peppol rule are refused
 * before anything is written, naming the rule, and each refusal is checked against the official rules themselves.
 */
class PeppolWriterTest {
    private static final UblWriter PEPPOL = UblWriter.of(Profile.PEPPOL_BIS_3);
    private static final UblWriter EN16931 = UblWriter.of(Profile.EN_16931);

    @BeforeAll
    static void printRuleVersions() {
        System.out.println("Peppol rule sets: " + PeppolRules.versions());
    }

    private static Map<String, Supplier<Invoice>> samples() {
        Map<String, Supplier<Invoice>> samples = new LinkedHashMap<>();
        samples.put("peppolFrench", SampleInvoices::peppolFrench);
        samples.put("peppolCreditTransfer", SampleInvoices::peppolCreditTransfer);
        samples.put("peppolDirectDebit", SampleInvoices::peppolDirectDebit);
        samples.put("peppolReverseCharge", SampleInvoices::peppolReverseCharge);
        samples.put("peppolCreditNote", SampleInvoices::peppolCreditNote);
        samples.put("peppolTaxCurrency", SampleInvoices::peppolTaxCurrency);
        samples.put("peppolGermanCorrected", SampleInvoices::peppolGermanCorrected);
        return samples;
    }

    /**
     * The document an invoice written with {@link Profile#EN_16931} would be if it claimed Peppol BIS 3: the
     * Peppol specification identifier and business process, nothing else changed. Used to show that what the
     * writer refuses, the official Peppol rules refuse too.
     */
    private static byte[] claimingPeppol(Invoice invoice) {
        String xml = new String(EN16931.write(invoice), StandardCharsets.UTF_8);
        String claimed = xml.replace(
                "<cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>",
                "<cbc:CustomizationID>" + Profile.PEPPOL_BIS_3.specificationId() + "</cbc:CustomizationID>\n"
                        + "  <cbc:ProfileID>"
                        + Profile.PEPPOL_BIS_3.businessProcess().orElseThrow()
                        + "</cbc:ProfileID>");
        assertThat(claimed).isNotEqualTo(xml);
        return claimed.getBytes(StandardCharsets.UTF_8);
    }

    /** Asserts the writer refuses the invoice naming the rule and term, and the official rules fire that rule. */
    private static void refusedLikeTheOfficialRules(Invoice invoice, String rule, String term) {
        assertThatThrownBy(() -> PEPPOL.write(invoice)).isInstanceOfSatisfying(ProfileViolationException.class, e -> {
            assertThat(e.rule()).contains(rule);
            assertThat(e.businessTerm()).isEqualTo(term);
            assertThat(e.profile()).isEqualTo(Profile.PEPPOL_BIS_3);
            assertThat(e.getMessage())
                    .startsWith("not written as Peppol BIS 3: " + term + " (")
                    .contains("(" + rule + ")");
        });
        assertThat(PeppolRules.errors(claimingPeppol(invoice)))
                .anySatisfy(e -> assertThat(e).startsWith("[" + rule + "]"));
    }

    @Nested
    class Passing {
        @Test
        void everyPeppolSampleHasNoErrorForThePeppolRules() {
            List<String> failures = new ArrayList<>();
            samples()
                    .forEach((name, invoice) -> PeppolRules.errors(PEPPOL.write(invoice.get()))
                            .forEach(e -> failures.add(name + ": " + e)));
            assertThat(failures)
                    .as("Peppol BIS " + ValidationArtefacts.peppolBisVersion() + " errors")
                    .isEmpty();
        }

        @Test
        void everyPeppolSampleHasNoErrorForTheEn16931SchematronNorForOurValidator() {
            List<String> failures = new ArrayList<>();
            samples().forEach((name, invoice) -> {
                En16931Validator.validate(invoice.get()).forEach(v -> failures.add(name + " (ours): " + v));
                OfficialRules.errors(PEPPOL.write(invoice.get()), Syntax.UBL)
                        .forEach(e -> failures.add(name + ": " + e));
            });
            assertThat(failures).isEmpty();
        }

        @Test
        void theHeaderNamesPeppolAndThePartiesTheirPeppolAddresses() {
            XmlDoc doc = XmlDoc.parse(PEPPOL.write(SampleInvoices.peppolCreditTransfer()));

            assertThat(doc.text("/inv:Invoice/cbc:CustomizationID"))
                    .isEqualTo("urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0");
            assertThat(doc.text("/inv:Invoice/cbc:ProfileID")).isEqualTo("urn:fdc:peppol.eu:2017:poacc:billing:01:1.0");
            String seller = "/inv:Invoice/cac:AccountingSupplierParty/cac:Party/cbc:EndpointID";
            String buyer = "/inv:Invoice/cac:AccountingCustomerParty/cac:Party/cbc:EndpointID";
            assertThat(doc.text(seller)).isEqualTo("81234567600017");
            assertThat(doc.text(seller + "/@schemeID")).isEqualTo("0009");
            assertThat(doc.text(buyer)).isEqualTo("552100554");
            assertThat(doc.text(buyer + "/@schemeID")).isEqualTo("0225");
            assertThat(doc.text("/inv:Invoice/cac:PaymentMeans/cbc:PaymentMeansCode"))
                    .isEqualTo("30");
            assertThat(doc.text("/inv:Invoice/cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID"))
                    .isEqualTo("FR7630006000011234567890189");
            assertThat(doc.count("/inv:Invoice/cbc:DueDate")).isZero();
            assertThat(doc.text("/inv:Invoice/cac:PaymentTerms/cbc:Note")).startsWith("Paiement à 30 jours.");
            // One TaxTotal, with its subtotals, in the document currency (PEPPOL-EN16931-R053).
            assertThat(doc.count("/inv:Invoice/cac:TaxTotal")).isEqualTo(1);
            assertThat(doc.count("/inv:Invoice/cac:TaxTotal/cac:TaxSubtotal")).isEqualTo(2);
        }

        @Test
        void aCreditNoteIsACreditNoteDocumentWithItsDueDateInThePaymentMeans() {
            XmlDoc doc = XmlDoc.parse(PEPPOL.write(SampleInvoices.peppolCreditNote()));

            assertThat(doc.root()).isEqualTo("CreditNote");
            assertThat(doc.text("/cn:CreditNote/cbc:CreditNoteTypeCode")).isEqualTo("381");
            assertThat(doc.text("/cn:CreditNote/cac:PaymentMeans/cbc:PaymentMeansCode"))
                    .isEqualTo("58");
            assertThat(doc.text("/cn:CreditNote/cac:PaymentMeans/cbc:PaymentDueDate"))
                    .isEqualTo("2026-03-20");
        }

        @Test
        void theVatInTheAccountingCurrencyIsASecondTaxTotalWithoutSubtotals() {
            XmlDoc doc = XmlDoc.parse(PEPPOL.write(SampleInvoices.peppolTaxCurrency()));

            // R053: one TaxTotal with subtotals (EUR); R054: one without (GBP, BT-111 = 63.19, see WriterDetailsTest).
            assertThat(doc.count("/inv:Invoice/cac:TaxTotal[cac:TaxSubtotal]")).isEqualTo(1);
            assertThat(doc.text("/inv:Invoice/cac:TaxTotal[not(cac:TaxSubtotal)]/cbc:TaxAmount"))
                    .isEqualTo("63.19");
            assertThat(doc.text("/inv:Invoice/cac:TaxTotal[not(cac:TaxSubtotal)]/cbc:TaxAmount/@currencyID"))
                    .isEqualTo("GBP");
        }

        @Test
        void aDirectDebitStatesItsMandate() {
            XmlDoc doc = XmlDoc.parse(PEPPOL.write(SampleInvoices.peppolDirectDebit()));

            assertThat(doc.text("/inv:Invoice/cac:PaymentMeans/cbc:PaymentMeansCode"))
                    .isEqualTo("59");
            assertThat(doc.text("/inv:Invoice/cac:PaymentMeans/cac:PaymentMandate/cbc:ID"))
                    .isEqualTo("MANDAT-2026-0042");
        }

        @Test
        void aCorrectedInvoiceWithTwoNotesIsAllowedBetweenGermanParties() {
            XmlDoc doc = XmlDoc.parse(PEPPOL.write(SampleInvoices.peppolGermanCorrected()));

            assertThat(doc.text("/inv:Invoice/cbc:InvoiceTypeCode")).isEqualTo("384");
            assertThat(doc.count("/inv:Invoice/cbc:Note")).isEqualTo(2);
        }

        @Test
        void theSameInvoiceGivesTheSameBytes() {
            assertThat(PEPPOL.write(SampleInvoices.peppolFrench()))
                    .isEqualTo(UblWriter.of(Profile.PEPPOL_BIS_3).write(SampleInvoices.peppolFrench()));
        }
    }

    @Nested
    class Refused {
        private final Invoice invoice = SampleInvoices.peppolCreditTransfer();

        @Test
        void aSellerWithoutElectronicAddress() {
            Invoice noAddress = invoice.toBuilder()
                    .seller(Party.builder("Atelier Echeance SAS")
                            .vatNumber("FR19812345676")
                            .address(invoice.seller().address().orElseThrow())
                            .build())
                    .build();

            refusedLikeTheOfficialRules(noAddress, "PEPPOL-EN16931-R020", "BT-34");
        }

        @Test
        void aBuyerWithoutElectronicAddress() {
            Invoice noAddress = invoice.toBuilder()
                    .buyer(Party.builder("Client Industriel SARL")
                            .vatNumber("FR96552100554")
                            .address(invoice.buyer().address().orElseThrow())
                            .build())
                    .build();

            refusedLikeTheOfficialRules(noAddress, "PEPPOL-EN16931-R010", "BT-49");
        }

        @Test
        void anElectronicAddressByEmail() {
            Invoice email = invoice.toBuilder()
                    .buyer(SampleInvoices.frenchBuyer()) // EM factures@client.example: valid for EN 16931
                    .build();

            assertThat(OfficialRules.errors(EN16931.write(email), Syntax.UBL)).isEmpty();
            refusedLikeTheOfficialRules(email, "PEPPOL-EN16931-CL008", "BT-49-1");
        }

        @Test
        void anInvoiceWithoutBuyerOrOrderReference() {
            Invoice noReference = Invoice.builder(DocumentType.COMMERCIAL_INVOICE, SampleInvoices.EUR)
                    .number("FA-2026-00047")
                    .issueDate(invoice.issueDate().orElseThrow())
                    .seller(invoice.seller())
                    .buyer(invoice.buyer())
                    .line(invoice.lines().get(0))
                    .paymentTerms(SampleInvoices.FRENCH_PAYMENT_TERMS)
                    .build();

            refusedLikeTheOfficialRules(noReference, "PEPPOL-EN16931-R003", "BT-10");
        }

        @Test
        void twoNotesBetweenFrenchParties() {
            // SampleInvoices.french(): the contract note and the legal mentions as PMD, PMT and AAB notes.
            Invoice notes = invoice.toBuilder()
                    .note(InvoiceNote.of("AAI", "Contrat-cadre 2026"))
                    .note(InvoiceNote.of(InvoiceNote.RECOVERY_INDEMNITY, "Indemnité forfaitaire : 40 EUR"))
                    .build();

            refusedLikeTheOfficialRules(notes, "PEPPOL-EN16931-R002", "BG-1");
        }

        @Test
        void aCorrectedInvoiceBetweenFrenchParties() {
            Invoice corrected = SampleInvoices.peppolFrenchBuilder(DocumentType.CORRECTED_INVOICE)
                    .number("FA-2026-00050")
                    .precedingInvoice(InvoiceReference.of("FA-2026-00042", LocalDate.of(2026, 3, 2)))
                    .build();

            refusedLikeTheOfficialRules(corrected, "PEPPOL-EN16931-P0112", "BT-3");
        }

        @Test
        void aDirectDebitWithoutMandateReference() {
            Invoice noMandate = invoice.toBuilder()
                    .paymentInstructions(new PaymentInstructions(
                            PaymentMeansCode.SEPA_DIRECT_DEBIT,
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.of("FR72ZZZ123456"),
                            Optional.of(Iban.parse("FR14 2004 1010 0505 0001 3M02 606"))))
                    .build();

            refusedLikeTheOfficialRules(noMandate, "PEPPOL-EN16931-R061", "BT-89");
        }

        @Test
        void anAllowanceWithABaseAmountButNoPercentage() {
            AllowanceCharge baseOnly = new AllowanceCharge(
                    AllowanceCharge.Kind.ALLOWANCE,
                    SampleInvoices.eur("10.00"),
                    Optional.of(SampleInvoices.eur("1200.00")),
                    Optional.empty(),
                    Optional.of("95"),
                    Optional.of("Remise"),
                    Optional.of(SampleInvoices.S20));
            Invoice allowance = invoice.toBuilder().allowanceCharge(baseOnly).build();

            refusedLikeTheOfficialRules(allowance, "PEPPOL-EN16931-R042", "BT-94");
        }

        @Test
        void aLinePeriodOutsideTheInvoicingPeriod() {
            Invoice period = invoice.toBuilder()
                    .invoicingPeriod(InvoicePeriod.ofClosed(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)))
                    .line(InvoiceLine.builder("3", "Astreinte")
                            .quantity("1", UnitCode.ONE)
                            .price(Price.of(SampleInvoices.eur("50.00")))
                            .vatRate(SampleInvoices.S20)
                            .period(InvoicePeriod.ofClosed(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 15)))
                            .build())
                    .build();

            refusedLikeTheOfficialRules(period, "PEPPOL-EN16931-R110", "BT-134");
        }

        @Test
        void anExemptionReasonCodeOfAnotherCategory() {
            Invoice wrongCode = invoice.toBuilder()
                    .line(InvoiceLine.builder("3", "Formation")
                            .quantity("1", UnitCode.ONE)
                            .price(Price.of(SampleInvoices.eur("600.00")))
                            .vatRate(SampleInvoices.E)
                            .exemption("VATEX-EU-AE", "Exonération")
                            .build())
                    .build();

            refusedLikeTheOfficialRules(wrongCode, "PEPPOL-EN16931-P0107", "BT-121");
        }

        @Test
        void aGlnWithAWrongCheckDigit() {
            Invoice gln = invoice.toBuilder()
                    .seller(invoice.seller().toBuilder()
                            .identifier(new PartyIdentifier("3012345000018", Optional.of("0088")))
                            .build())
                    .build();

            refusedLikeTheOfficialRules(gln, "PEPPOL-COMMON-R040", "BT-29");
        }

        @Test
        void everyRuleBrokenIsListedAndNothingIsWritten() {
            Invoice bad = invoice.toBuilder()
                    .buyer(SampleInvoices.frenchBuyer())
                    .note(InvoiceNote.of("one"))
                    .note(InvoiceNote.of("two"))
                    .build();
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            assertThatThrownBy(() -> PEPPOL.write(bad, out))
                    .isInstanceOf(ProfileViolationException.class)
                    .hasMessage("not written as Peppol BIS 3: BG-1 (invoice note): 2 notes, at most one is allowed"
                            + " unless seller and buyer are in Germany; put the texts in one note, or the payment"
                            + " terms in BT-20 (PEPPOL-EN16931-R002); BT-49-1 (buyer electronic address scheme)"
                            + " \"EM\" is not a Peppol Electronic Address Scheme: use the scheme of the buyer's Peppol"
                            + " address, such as 0225 (SIREN) or 0009 (SIRET) (PEPPOL-EN16931-CL008)");
            assertThat(out.size()).isZero();
        }

        @Test
        void theSameInvoicesAreWrittenWithTheEn16931Profile() {
            Invoice email = invoice.toBuilder()
                    .buyer(SampleInvoices.frenchBuyer())
                    .note(InvoiceNote.of("one"))
                    .note(InvoiceNote.of("two"))
                    .build();

            assertThat(OfficialRules.errors(EN16931.write(email), Syntax.UBL)).isEmpty();
            assertThat(OfficialRules.errors(EN16931.write(SampleInvoices.french()), Syntax.UBL))
                    .isEmpty();
        }
    }
}
