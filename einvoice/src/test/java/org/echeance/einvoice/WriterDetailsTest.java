package org.echeance.einvoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.echeance.core.EcheanceException;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceReference;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.party.Party;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.validation.ValidationException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Checks specific elements of the written documents, read back with the JDK's DOM and XPath (never with our own
 * code). Expected figures are worked by hand in the comments.
 */
class WriterDetailsTest {
    private static final CiiWriter CII = CiiWriter.of(Profile.EN_16931);
    /** UBL details do not depend on the profile; Peppol BIS 3 refuses some of these invoices (see PeppolWriterTest). */
    private static final UblWriter UBL = UblWriter.of(Profile.EN_16931);

    private static final String SETTLEMENT =
            "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction" + "/ram:ApplicableHeaderTradeSettlement";
    private static final String SUMS = SETTLEMENT + "/ram:SpecifiedTradeSettlementHeaderMonetarySummation";
    private static final String SELLER = "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction"
            + "/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty";

    @Nested
    class Totals {
        // french(): line 1 = 3.5 × 800.00 − 5 % of 2800.00 = 2660.00; line 2 = 1250 × 12.3456 / 100 + 15.00 =
        // 169.32; line 3 = 2 × 39.90 = 79.80 (5.5 %); line 4 = 600.00 (exempt). BT-106 = 3509.12; BT-107 = 20.00;
        // BT-108 = 2.5 % of 400.00 = 10.00; BT-109 = 3499.12. VAT: 20 % of (2660.00 + 169.32 − 20.00 + 10.00 =
        // 2819.32) = 563.86; 5.5 % of 79.80 = 4.39; BT-110 = 568.25; BT-112 = 4067.37; BT-113 = 500.00; BT-114 =
        // 0.01; BT-115 = 3567.38.

        @Test
        void ciiStatesTheHandWorkedTotals() {
            XmlDoc doc = XmlDoc.parse(CII.write(SampleInvoices.french()));

            assertThat(doc.text(SUMS + "/ram:LineTotalAmount")).isEqualTo("3509.12");
            assertThat(doc.text(SUMS + "/ram:AllowanceTotalAmount")).isEqualTo("20.00");
            assertThat(doc.text(SUMS + "/ram:ChargeTotalAmount")).isEqualTo("10.00");
            assertThat(doc.text(SUMS + "/ram:TaxBasisTotalAmount")).isEqualTo("3499.12");
            assertThat(doc.text(SUMS + "/ram:TaxTotalAmount[@currencyID='EUR']"))
                    .isEqualTo("568.25");
            assertThat(doc.text(SUMS + "/ram:GrandTotalAmount")).isEqualTo("4067.37");
            assertThat(doc.text(SUMS + "/ram:TotalPrepaidAmount")).isEqualTo("500.00");
            assertThat(doc.text(SUMS + "/ram:RoundingAmount")).isEqualTo("0.01");
            assertThat(doc.text(SUMS + "/ram:DuePayableAmount")).isEqualTo("3567.38");
            assertThat(doc.texts(SETTLEMENT + "/ram:ApplicableTradeTax/ram:CalculatedAmount"))
                    .containsExactly("563.86", "4.39", "0.00");
            assertThat(doc.text(SETTLEMENT + "/ram:ApplicableTradeTax[ram:CategoryCode='E']/ram:ExemptionReasonCode"))
                    .isEqualTo("VATEX-EU-132");
        }

        @Test
        void ublStatesTheHandWorkedTotals() {
            XmlDoc doc = XmlDoc.parse(UBL.write(SampleInvoices.french()));
            String sums = "/inv:Invoice/cac:LegalMonetaryTotal/cbc:";

            assertThat(doc.text(sums + "LineExtensionAmount")).isEqualTo("3509.12");
            assertThat(doc.text(sums + "TaxExclusiveAmount")).isEqualTo("3499.12");
            assertThat(doc.text(sums + "TaxInclusiveAmount")).isEqualTo("4067.37");
            assertThat(doc.text(sums + "AllowanceTotalAmount")).isEqualTo("20.00");
            assertThat(doc.text(sums + "ChargeTotalAmount")).isEqualTo("10.00");
            assertThat(doc.text(sums + "PrepaidAmount")).isEqualTo("500.00");
            assertThat(doc.text(sums + "PayableRoundingAmount")).isEqualTo("0.01");
            assertThat(doc.text(sums + "PayableAmount")).isEqualTo("3567.38");
            assertThat(doc.text(sums + "PayableAmount/@currencyID")).isEqualTo("EUR");
            assertThat(doc.text("/inv:Invoice/cac:TaxTotal/cbc:TaxAmount")).isEqualTo("568.25");
        }
    }

    @Nested
    class CreditNotes {
        @Test
        void aUblCreditNoteIsACreditNoteDocument() {
            XmlDoc doc = XmlDoc.parse(UBL.write(SampleInvoices.creditNote()));

            assertThat(doc.root()).isEqualTo("CreditNote");
            assertThat(doc.text("/cn:CreditNote/cbc:CreditNoteTypeCode")).isEqualTo("381");
            assertThat(doc.count("/cn:CreditNote/cac:CreditNoteLine")).isEqualTo(1);
            assertThat(doc.text("/cn:CreditNote/cac:CreditNoteLine/cbc:CreditedQuantity"))
                    .isEqualTo("200");
            assertThat(doc.text("/cn:CreditNote/cac:CreditNoteLine/cbc:CreditedQuantity/@unitCode"))
                    .isEqualTo("H87");
            assertThat(doc.count("//cbc:InvoicedQuantity | //cac:InvoiceLine | //cbc:InvoiceTypeCode"))
                    .isZero();
            // 200 × 12.3456 / 100 = 24.6912 → 24.69; 20 % VAT = 4.94; total 29.63, positive.
            assertThat(doc.text("/cn:CreditNote/cac:LegalMonetaryTotal/cbc:PayableAmount"))
                    .isEqualTo("29.63");
            // UBL 2.1 CreditNote has no DueDate: BT-9 goes in the payment means.
            assertThat(doc.count("/cn:CreditNote/cbc:DueDate")).isZero();
            assertThat(doc.text("/cn:CreditNote/cac:PaymentMeans/cbc:PaymentDueDate"))
                    .isEqualTo("2026-03-20");
            assertThat(doc.text("/cn:CreditNote/cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID"))
                    .isEqualTo("FA-2026-00042");
            assertThat(doc.text("/cn:CreditNote/cac:BillingReference/cac:InvoiceDocumentReference/cbc:IssueDate"))
                    .isEqualTo("2026-03-02");
        }

        @Test
        void aCiiCreditNoteHasTypeCode381AndItsPrecedingInvoice() {
            XmlDoc doc = XmlDoc.parse(CII.write(SampleInvoices.creditNote()));

            assertThat(doc.root()).isEqualTo("CrossIndustryInvoice");
            assertThat(doc.text("/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:TypeCode"))
                    .isEqualTo("381");
            assertThat(doc.text(SETTLEMENT + "/ram:InvoiceReferencedDocument/ram:IssuerAssignedID"))
                    .isEqualTo("FA-2026-00042");
            assertThat(doc.text(SETTLEMENT
                            + "/ram:InvoiceReferencedDocument/ram:FormattedIssueDateTime/qdt:DateTimeString"))
                    .isEqualTo("20260302");
            assertThat(doc.text(SUMS + "/ram:DuePayableAmount")).isEqualTo("29.63");
        }

        @Test
        void aCreditNoteWithDueDateButNoPaymentMeansIsRefusedInUbl() {
            Invoice note = SampleInvoices.creditNote1().toBuilder()
                    .dueDate(LocalDate.of(2018, 2, 25))
                    .build();

            assertThatThrownBy(() -> UBL.write(note))
                    .isInstanceOfSatisfying(
                            ProfileViolationException.class,
                            e -> assertThat(e.businessTerm()).isEqualTo("BT-9"));
            assertThat(XmlDoc.parse(CII.write(note))
                            .text(SETTLEMENT
                                    + "/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString"))
                    .isEqualTo("20180225");
        }
    }

    @Nested
    class CorrectedInvoices {
        private Invoice corrected() {
            return SampleInvoices.frenchBuilder(DocumentType.CORRECTED_INVOICE)
                    .number("FA-2026-00050")
                    .precedingInvoice(InvoiceReference.of("FA-2026-00042", LocalDate.of(2026, 3, 2)))
                    .build();
        }

        @Test
        void arePassingInCiiAndInUblEn16931() {
            byte[] cii = CII.write(corrected());
            byte[] ubl = UblWriter.of(Profile.EN_16931).write(corrected());

            assertThat(XmlDoc.parse(cii).text("//rsm:ExchangedDocument/ram:TypeCode"))
                    .isEqualTo("384");
            assertThat(XmlDoc.parse(ubl).text("/inv:Invoice/cbc:InvoiceTypeCode"))
                    .isEqualTo("384");
            assertThat(XmlDoc.parse(ubl).text("/inv:Invoice/cbc:CustomizationID"))
                    .isEqualTo("urn:cen.eu:en16931:2017");
            assertThat(XmlDoc.parse(ubl).count("/inv:Invoice/cbc:ProfileID")).isZero();
            assertThat(OfficialRules.errors(cii, Syntax.CII)).isEmpty();
            assertThat(OfficialRules.errors(ubl, Syntax.UBL)).isEmpty();
        }

        @Test
        void areRefusedInPeppolUnlessSellerAndBuyerAreInGermany() {
            assertThatThrownBy(() -> UblWriter.of(Profile.PEPPOL_BIS_3).write(corrected()))
                    .isInstanceOfSatisfying(ProfileViolationException.class, e -> {
                        assertThat(e.businessTerm()).isEqualTo("BT-3");
                        assertThat(e.rule()).contains("PEPPOL-EN16931-P0112");
                        assertThat(e.profile()).isEqualTo(Profile.PEPPOL_BIS_3);
                        assertThat(e.getMessage()).contains("384").contains("(PEPPOL-EN16931-P0112)");
                    });
        }
    }

    @Nested
    class TaxCurrency {
        // taxCurrency(): 3 × 120.00 at 20 % and 25.00 at 5.5 %. EUR VAT 72.00 + 1.38 (1.375) = 73.38. GBP at 0.8612:
        // 360 × 0.8612 × 20 % = 62.0064 → 62.01; 25 × 0.8612 × 5.5 % = 1.18415 → 1.18; BT-111 = 63.19.

        @Test
        void inCiiOnlyTheTaxTotalsCarryCurrencyId() {
            XmlDoc doc = XmlDoc.parse(CII.write(SampleInvoices.taxCurrency()));

            assertThat(doc.texts("//*[@currencyID]/@currencyID")).containsExactly("EUR", "GBP");
            assertThat(doc.count("//*[@currencyID][local-name() != 'TaxTotalAmount']"))
                    .isZero();
            assertThat(doc.text(SUMS + "/ram:TaxTotalAmount[@currencyID='EUR']"))
                    .isEqualTo("73.38");
            assertThat(doc.text(SUMS + "/ram:TaxTotalAmount[@currencyID='GBP']"))
                    .isEqualTo("63.19");
            assertThat(doc.text(SETTLEMENT + "/ram:TaxCurrencyCode")).isEqualTo("GBP");
            assertThat(doc.text(SETTLEMENT + "/ram:InvoiceCurrencyCode")).isEqualTo("EUR");
        }

        @Test
        void inUblTwoTaxTotalsTellTheirCurrencyAndOnlyTheFirstHasTheBreakdown() {
            XmlDoc doc = XmlDoc.parse(UBL.write(SampleInvoices.taxCurrency()));

            assertThat(doc.count("/inv:Invoice/cac:TaxTotal")).isEqualTo(2);
            assertThat(doc.text("/inv:Invoice/cac:TaxTotal[cbc:TaxAmount/@currencyID='EUR']/cbc:TaxAmount"))
                    .isEqualTo("73.38");
            assertThat(doc.count("/inv:Invoice/cac:TaxTotal[cbc:TaxAmount/@currencyID='EUR']/cac:TaxSubtotal"))
                    .isEqualTo(2);
            assertThat(doc.text("/inv:Invoice/cac:TaxTotal[cbc:TaxAmount/@currencyID='GBP']/cbc:TaxAmount"))
                    .isEqualTo("63.19");
            assertThat(doc.count("/inv:Invoice/cac:TaxTotal[cbc:TaxAmount/@currencyID='GBP']/cac:TaxSubtotal"))
                    .isZero();
            assertThat(doc.text("/inv:Invoice/cbc:TaxCurrencyCode")).isEqualTo("GBP");
        }
    }

    @Nested
    class Precision {
        @Test
        void unitPricesAndQuantitiesKeepTheirDecimals() {
            XmlDoc cii = XmlDoc.parse(CII.write(SampleInvoices.french()));
            XmlDoc ubl = XmlDoc.parse(UBL.write(SampleInvoices.french()));
            String ciiLine2 =
                    "//ram:IncludedSupplyChainTradeLineItem[ram:AssociatedDocumentLineDocument/ram:LineID='2']";
            String ciiLine1 =
                    "//ram:IncludedSupplyChainTradeLineItem[ram:AssociatedDocumentLineDocument/ram:LineID='1']";

            assertThat(cii.text(ciiLine2 + "//ram:NetPriceProductTradePrice/ram:ChargeAmount"))
                    .isEqualTo("12.3456");
            assertThat(cii.text(ciiLine2 + "//ram:NetPriceProductTradePrice/ram:BasisQuantity"))
                    .isEqualTo("100");
            assertThat(cii.text(ciiLine1 + "//ram:BilledQuantity")).isEqualTo("3.5");
            assertThat(cii.text(ciiLine1 + "//ram:GrossPriceProductTradePrice/ram:ChargeAmount"))
                    .isEqualTo("850.00");
            assertThat(ubl.text("/inv:Invoice/cac:InvoiceLine[cbc:ID='2']/cac:Price/cbc:PriceAmount"))
                    .isEqualTo("12.3456");
            assertThat(ubl.text("/inv:Invoice/cac:InvoiceLine[cbc:ID='2']/cac:Price/cbc:BaseQuantity"))
                    .isEqualTo("100");
            assertThat(ubl.text("/inv:Invoice/cac:InvoiceLine[cbc:ID='1']/cbc:InvoicedQuantity"))
                    .isEqualTo("3.5");
            assertThat(ubl.text(
                            "/inv:Invoice/cac:InvoiceLine[cbc:ID='1']/cac:Price/cac:AllowanceCharge/cbc:BaseAmount"))
                    .isEqualTo("850.00");
            assertThat(ubl.text("/inv:Invoice/cac:InvoiceLine[cbc:ID='1']/cac:Price/cac:AllowanceCharge/cbc:Amount"))
                    .isEqualTo("50.00");
        }
    }

    @Nested
    class PartiesAndPayment {
        @Test
        void ciiCarriesSirenElectronicAddressesContactsAndBankDetails() {
            XmlDoc doc = XmlDoc.parse(CII.write(SampleInvoices.french()));

            assertThat(doc.text(SELLER + "/ram:SpecifiedLegalOrganization/ram:ID"))
                    .isEqualTo("812345676");
            assertThat(doc.text(SELLER + "/ram:SpecifiedLegalOrganization/ram:ID/@schemeID"))
                    .isEqualTo("0002");
            assertThat(doc.text(SELLER + "/ram:SpecifiedLegalOrganization/ram:TradingBusinessName"))
                    .isEqualTo("Atelier Echeance");
            assertThat(doc.text(SELLER + "/ram:URIUniversalCommunication/ram:URIID/@schemeID"))
                    .isEqualTo("0225");
            assertThat(doc.text(SELLER + "/ram:SpecifiedTaxRegistration/ram:ID[@schemeID='VA']"))
                    .isEqualTo("FR19812345676");
            assertThat(doc.text(SELLER + "/ram:DefinedTradeContact/ram:EmailURIUniversalCommunication/ram:URIID"))
                    .isEqualTo("compta@atelier.example");
            assertThat(doc.text(
                            SELLER + "/ram:DefinedTradeContact/ram:TelephoneUniversalCommunication/ram:CompleteNumber"))
                    .isEqualTo("+33142685300");
            assertThat(doc.text(SELLER + "/ram:PostalTradeAddress/ram:LineThree"))
                    .isEqualTo("3e étage");
            assertThat(doc.text("//ram:BuyerTradeParty/ram:URIUniversalCommunication/ram:URIID"))
                    .isEqualTo("factures@client.example");
            assertThat(doc.text("//ram:BuyerTradeParty/ram:URIUniversalCommunication/ram:URIID/@schemeID"))
                    .isEqualTo("EM");
            assertThat(doc.text(SETTLEMENT + "/ram:PaymentReference")).startsWith("RF");
            assertThat(doc.text(SETTLEMENT + "/ram:SpecifiedTradeSettlementPaymentMeans/ram:TypeCode"))
                    .isEqualTo("58");
            assertThat(
                            doc.text(
                                    SETTLEMENT
                                            + "/ram:SpecifiedTradeSettlementPaymentMeans/ram:PayeePartyCreditorFinancialAccount/ram:IBANID"))
                    .isEqualTo("FR7630006000011234567890189");
            assertThat(
                            doc.text(
                                    SETTLEMENT
                                            + "/ram:SpecifiedTradeSettlementPaymentMeans/ram:PayeeSpecifiedCreditorFinancialInstitution/ram:BICID"))
                    .isEqualTo("AGRIFRPP");
            assertThat(doc.text(SETTLEMENT + "/ram:PayeeTradeParty/ram:Name")).isEqualTo("Affacturage Crédit SA");
            assertThat(doc.texts("//rsm:ExchangedDocument/ram:IncludedNote/ram:SubjectCode"))
                    .containsExactly("AAI", "PMD", "PMT", "AAB");
            assertThat(
                            doc.text(
                                    "//ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty/ram:PostalTradeAddress/ram:CityName"))
                    .isEqualTo("Saint-Priest");
            assertThat(doc.text(SETTLEMENT + "/ram:BillingSpecifiedPeriod/ram:EndDateTime/udt:DateTimeString"))
                    .isEqualTo("20260228");
        }

        @Test
        void ublCarriesTheSameTerms() {
            XmlDoc doc = XmlDoc.parse(UBL.write(SampleInvoices.french()));
            String seller = "/inv:Invoice/cac:AccountingSupplierParty/cac:Party";

            assertThat(doc.text(seller + "/cac:PartyLegalEntity/cbc:CompanyID")).isEqualTo("812345676");
            assertThat(doc.text(seller + "/cac:PartyLegalEntity/cbc:CompanyID/@schemeID"))
                    .isEqualTo("0002");
            assertThat(doc.text(seller + "/cbc:EndpointID")).isEqualTo("812345676");
            assertThat(doc.text(seller + "/cbc:EndpointID/@schemeID")).isEqualTo("0225");
            assertThat(doc.text(seller + "/cac:PartyTaxScheme[cac:TaxScheme/cbc:ID='VAT']/cbc:CompanyID"))
                    .isEqualTo("FR19812345676");
            assertThat(doc.text(seller + "/cac:Contact/cbc:ElectronicMail")).isEqualTo("compta@atelier.example");
            assertThat(doc.text("/inv:Invoice/cac:PaymentMeans/cbc:PaymentID")).startsWith("RF");
            assertThat(doc.text("/inv:Invoice/cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID"))
                    .isEqualTo("FR7630006000011234567890189");
            assertThat(
                            doc.text(
                                    "/inv:Invoice/cac:PaymentMeans/cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cbc:ID"))
                    .isEqualTo("AGRIFRPP");
            assertThat(doc.texts("/inv:Invoice/cbc:Note")).element(2).asString().startsWith("#PMT#");
            assertThat(doc.text("/inv:Invoice/cac:PayeeParty/cac:PartyName/cbc:Name"))
                    .isEqualTo("Affacturage Crédit SA");
            assertThat(doc.text("/inv:Invoice/cbc:DueDate")).isEqualTo("2026-04-01");
        }

        @Test
        void directDebitCarriesMandateCreditorAndDebitedAccount() {
            XmlDoc cii = XmlDoc.parse(CII.write(SampleInvoices.directDebit()));
            XmlDoc ubl = XmlDoc.parse(UBL.write(SampleInvoices.directDebit()));

            assertThat(cii.text(SETTLEMENT + "/ram:CreditorReferenceID")).isEqualTo("FR72ZZZ123456");
            assertThat(cii.text(SETTLEMENT + "/ram:SpecifiedTradePaymentTerms/ram:DirectDebitMandateID"))
                    .isEqualTo("MANDAT-2026-0042");
            assertThat(
                            cii.text(
                                    SETTLEMENT
                                            + "/ram:SpecifiedTradeSettlementPaymentMeans/ram:PayerPartyDebtorFinancialAccount/ram:IBANID"))
                    .isEqualTo("FR1420041010050500013M02606");
            assertThat(ubl.text("/inv:Invoice/cac:PaymentMeans/cbc:PaymentMeansCode"))
                    .isEqualTo("59");
            assertThat(ubl.text("/inv:Invoice/cac:PaymentMeans/cac:PaymentMandate/cbc:ID"))
                    .isEqualTo("MANDAT-2026-0042");
            assertThat(ubl.text("/inv:Invoice/cac:PaymentMeans/cac:PaymentMandate/cac:PayerFinancialAccount/cbc:ID"))
                    .isEqualTo("FR1420041010050500013M02606");
            assertThat(
                            ubl.text(
                                    "/inv:Invoice/cac:AccountingSupplierParty/cac:Party/cac:PartyIdentification/cbc:ID[@schemeID='SEPA']"))
                    .isEqualTo("FR72ZZZ123456");
        }

        @Test
        void reverseChargeStatesItsReasonInTheBreakdown() {
            XmlDoc cii = XmlDoc.parse(CII.write(SampleInvoices.reverseCharge()));
            XmlDoc ubl = XmlDoc.parse(UBL.write(SampleInvoices.reverseCharge()));

            assertThat(cii.text(SETTLEMENT + "/ram:ApplicableTradeTax/ram:CategoryCode"))
                    .isEqualTo("AE");
            assertThat(cii.text(SETTLEMENT + "/ram:ApplicableTradeTax/ram:ExemptionReason"))
                    .isEqualTo("Autoliquidation");
            assertThat(cii.text(SETTLEMENT + "/ram:ApplicableTradeTax/ram:RateApplicablePercent"))
                    .isEqualTo("0");
            assertThat(ubl.text("//cac:TaxSubtotal/cac:TaxCategory/cbc:TaxExemptionReasonCode"))
                    .isEqualTo("VATEX-EU-AE");
            assertThat(ubl.text("//cac:TaxSubtotal/cbc:TaxAmount")).isEqualTo("0.00");
        }
    }

    @Nested
    class Determinism {
        @Test
        void theSameInvoiceGivesTheSameBytes() {
            assertThat(CII.write(SampleInvoices.french())).isEqualTo(CII.write(SampleInvoices.french()));
            assertThat(UBL.write(SampleInvoices.french()))
                    .isEqualTo(UblWriter.of(Profile.EN_16931).write(SampleInvoices.french()));
        }

        @Test
        void outputIsUtf8WithDeclaration() {
            String text = new String(CII.write(SampleInvoices.french()), StandardCharsets.UTF_8);

            assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rsm:CrossIndustryInvoice ");
            assertThat(text).contains("Bâtiment B");
        }

        @Test
        void writingToAStreamGivesTheSameBytes() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            UBL.write(SampleInvoices.french(), out);

            assertThat(out.toByteArray()).isEqualTo(UBL.write(SampleInvoices.french()));
        }
    }

    @Nested
    class Refusals {
        @Test
        void aDraftIsRefusedAndNothingIsWritten() {
            Invoice draft = SampleInvoices.parties(
                            DocumentType.COMMERCIAL_INVOICE,
                            SampleInvoices.EUR,
                            SampleInvoices.frenchSeller(),
                            SampleInvoices.frenchBuyer())
                    .line(SampleInvoices.line(
                            "1", "Item", "1", UnitCode.ONE, "10.00", SampleInvoices.EUR, SampleInvoices.S20))
                    .build();
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            assertThatThrownBy(() -> CII.write(draft, out))
                    .isInstanceOfSatisfying(
                            ValidationException.class,
                            e -> assertThat(e.hasRule("BR-02")).isTrue());
            assertThat(out.size()).isZero();
        }

        @Test
        void textIsEscapedAndReadsBackUnchanged() {
            String name = "Dupont & Fils <\"Bâtiment\"> 'A'";
            Invoice invoice = SampleInvoices.french().toBuilder()
                    .buyer(Party.builder(name)
                            .address(PostalAddress.of("1 rue A", "75001", "Paris", "FR"))
                            .build())
                    .build();

            assertThat(XmlDoc.parse(CII.write(invoice)).text("//ram:BuyerTradeParty/ram:Name"))
                    .isEqualTo(name);
            assertThat(XmlDoc.parse(UBL.write(invoice))
                            .text("//cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName"))
                    .isEqualTo(name);
        }

        @Test
        void aControlCharacterIsRefusedNamingTheElement() {
            Invoice invoice = SampleInvoices.french().toBuilder()
                    .paymentTerms("30 jours\u0007")
                    .build();

            assertThatThrownBy(() -> UBL.write(invoice))
                    .isInstanceOf(EcheanceException.class)
                    .hasMessageContaining("Note")
                    .hasMessageContaining("U+0007");
        }
    }
}
