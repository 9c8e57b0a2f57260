package org.echeance.einvoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.echeance.core.identifier.Iban;
import org.echeance.core.identifier.Siren;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.InvoiceNote;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.party.Party;
import org.echeance.core.party.PartyIdentifier;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.payment.PaymentInstructions;
import org.echeance.core.payment.PaymentMeansCode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What each profile identifies itself as, writes, leaves out by rule and refuses. */
class ProfileTest {
    private static final String SETTLEMENT =
            "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction" + "/ram:ApplicableHeaderTradeSettlement";
    private static final String SUMS = SETTLEMENT + "/ram:SpecifiedTradeSettlementHeaderMonetarySummation";
    private static final String GUIDELINE =
            "//rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID";

    @Nested
    class Identifiers {
        @ParameterizedTest
        @EnumSource(Profile.class)
        void theSpecificationIdentifierReadsBackAsTheSameProfile(Profile profile) {
            assertThat(Profile.fromSpecificationId(" " + profile.specificationId() + "\n"))
                    .contains(profile);
        }

        @Test
        void identifiersLevelsAndProcessesAreTheOfficialOnes() {
            assertThat(Profile.MINIMUM.specificationId()).isEqualTo("urn:factur-x.eu:1p0:minimum");
            assertThat(Profile.BASIC_WL.specificationId()).isEqualTo("urn:factur-x.eu:1p0:basicwl");
            assertThat(Profile.BASIC.specificationId())
                    .isEqualTo("urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic");
            assertThat(Profile.EN_16931.specificationId()).isEqualTo("urn:cen.eu:en16931:2017");
            assertThat(Profile.EXTENDED.specificationId())
                    .isEqualTo("urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended");
            assertThat(Profile.PEPPOL_BIS_3.specificationId())
                    .isEqualTo("urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0");
            assertThat(Profile.PEPPOL_BIS_3.businessProcess()).contains("urn:fdc:peppol.eu:2017:poacc:billing:01:1.0");
            assertThat(Profile.EN_16931.businessProcess()).isEmpty();
            assertThat(Profile.MINIMUM.facturXConformanceLevel()).contains("MINIMUM");
            assertThat(Profile.BASIC_WL.facturXConformanceLevel()).contains("BASIC WL");
            assertThat(Profile.BASIC.facturXConformanceLevel()).contains("BASIC");
            assertThat(Profile.EN_16931.facturXConformanceLevel()).contains("EN 16931");
            assertThat(Profile.EXTENDED.facturXConformanceLevel()).contains("EXTENDED");
            assertThat(Profile.PEPPOL_BIS_3.facturXConformanceLevel()).isEmpty();
        }

        @Test
        void zugferdSpellingsAreRecognisedAndUnknownOnesAreNot() {
            assertThat(Profile.fromSpecificationId("urn:zugferd.de:2p0:basicwl"))
                    .contains(Profile.BASIC_WL);
            assertThat(Profile.fromSpecificationId("urn:cen.eu:en16931:2017#conformant#urn:zugferd.de:2p0:extended"))
                    .contains(Profile.EXTENDED);
            assertThat(Profile.fromSpecificationId(
                            "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0"))
                    .isEmpty();
        }

        @Test
        void eachProfileExistsInItsSyntaxesOnly() {
            assertThat(Profile.EN_16931.supports(Syntax.CII)).isTrue();
            assertThat(Profile.EN_16931.supports(Syntax.UBL)).isTrue();
            assertThat(Profile.BASIC.supports(Syntax.UBL)).isFalse();
            assertThat(Profile.PEPPOL_BIS_3.supports(Syntax.CII)).isFalse();
            assertThatThrownBy(() -> CiiWriter.of(Profile.PEPPOL_BIS_3))
                    .isInstanceOfSatisfying(
                            ProfileViolationException.class,
                            e -> assertThat(e.businessTerm()).isEqualTo("BT-24"));
            assertThatThrownBy(() -> EInvoiceWriter.of(Syntax.UBL, Profile.MINIMUM))
                    .isInstanceOf(ProfileViolationException.class);
            assertThat(EInvoiceWriter.of(Syntax.UBL, Profile.EN_16931)).isInstanceOf(UblWriter.class);
        }

        @Test
        void onlyMinimumAndBasicWlLackLinesAndEn16931Compliance() {
            for (Profile p : Profile.values()) {
                boolean reduced = p == Profile.MINIMUM || p == Profile.BASIC_WL;
                assertThat(p.carriesLines()).as("%s carries lines", p).isEqualTo(!reduced);
                assertThat(p.isEn16931Compliant()).as("%s compliant", p).isEqualTo(!reduced);
                assertThat(p.omitsByRule("BG-25")).as("%s omits lines", p).isEqualTo(reduced);
            }
        }
    }

    @Nested
    class Minimum {
        @Test
        void writesHeaderAndTotalsOnlyAndIsSchemaValid() {
            byte[] xml = CiiWriter.of(Profile.MINIMUM).write(minimumInvoice());
            XmlDoc doc = XmlDoc.parse(xml);

            assertThat(doc.text(GUIDELINE)).isEqualTo("urn:factur-x.eu:1p0:minimum");
            assertThat(doc.count("//ram:IncludedSupplyChainTradeLineItem")).isZero();
            assertThat(doc.count("//ram:ApplicableTradeTax")).isZero();
            assertThat(doc.count("//ram:SellerTradeParty/ram:PostalTradeAddress/*"))
                    .isEqualTo(1);
            assertThat(doc.text("//ram:SellerTradeParty/ram:PostalTradeAddress/ram:CountryID"))
                    .isEqualTo("FR");
            assertThat(doc.count("//ram:BuyerTradeParty/ram:PostalTradeAddress"))
                    .isZero();
            assertThat(doc.text("//ram:BuyerTradeParty/ram:SpecifiedLegalOrganization/ram:ID"))
                    .isEqualTo("552100554");
            // 2 × 100.00 at 20 %: BT-109 200.00, BT-110 40.00, BT-112 240.00, BT-115 240.00.
            assertThat(doc.texts(SUMS + "/*")).containsExactly("200.00", "40.00", "240.00", "240.00");
            assertThat(doc.text("//ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID"))
                    .isEqualTo("BC-7");
            assertThat(OfficialRules.xsdErrors(xml, Syntax.CII)).isEmpty();
        }

        @Test
        void refusesNotesPaymentMeansAndDueDates() {
            Invoice withNote = minimumInvoice().toBuilder()
                    .note(InvoiceNote.of("PMT", "Indemnité forfaitaire de 40 EUR"))
                    .dueDate(LocalDate.of(2026, 4, 1))
                    .build();

            assertThatThrownBy(() -> CiiWriter.of(Profile.MINIMUM).write(withNote))
                    .isInstanceOfSatisfying(ProfileViolationException.class, e -> {
                        assertThat(e.businessTerm()).isEqualTo("BG-1");
                        assertThat(e.profile()).isEqualTo(Profile.MINIMUM);
                        assertThat(e.getMessage())
                                .contains("BG-1 (invoice note)", "BT-9 (payment due date)", "MINIMUM");
                    });
        }
    }

    @Nested
    class BasicWl {
        @Test
        void writesTheVatBreakdownButNoLinesAndIsSchemaValid() {
            byte[] xml = CiiWriter.of(Profile.BASIC_WL).write(basicInvoice());
            XmlDoc doc = XmlDoc.parse(xml);

            assertThat(doc.text(GUIDELINE)).isEqualTo("urn:factur-x.eu:1p0:basicwl");
            assertThat(doc.count("//ram:IncludedSupplyChainTradeLineItem")).isZero();
            assertThat(doc.count(SETTLEMENT + "/ram:ApplicableTradeTax")).isEqualTo(3);
            assertThat(doc.count(SETTLEMENT + "/ram:SpecifiedTradeAllowanceCharge"))
                    .isEqualTo(2);
            assertThat(doc.text(SUMS + "/ram:LineTotalAmount")).isEqualTo("3509.12");
            assertThat(doc.text(SUMS + "/ram:TotalPrepaidAmount")).isEqualTo("500.00");
            assertThat(doc.count("//ram:DefinedTradeContact | //ram:RoundingAmount"))
                    .isZero();
            assertThat(OfficialRules.xsdErrors(xml, Syntax.CII)).isEmpty();
        }

        @Test
        void leavesLineDetailsOutByRuleButRefusesHeaderTermsItLacks() {
            // Line descriptions and item ids are EN 16931 only, but BASIC WL has no lines at all: no error.
            assertThat(SampleInvoices.french().lines().get(0).description()).isPresent();
            Invoice withLineDetails = basicInvoice().toBuilder()
                    .line(InvoiceLine.builder("9", "Extra")
                            .description("EN 16931 only")
                            .sellerItemId("X-9")
                            .quantity("1", UnitCode.ONE)
                            .unitPrice(SampleInvoices.eur("1.00"))
                            .vatRate(SampleInvoices.S20)
                            .build())
                    .build();
            assertThat(CiiWriter.of(Profile.BASIC_WL).write(withLineDetails)).isNotEmpty();

            assertThatThrownBy(() -> CiiWriter.of(Profile.BASIC_WL).write(SampleInvoices.french()))
                    .isInstanceOfSatisfying(
                            ProfileViolationException.class,
                            e -> assertThat(e.getMessage())
                                    .contains("BG-6 (seller contact)", "BT-86", "BT-114", "BASIC_WL"));
        }
    }

    @Nested
    class Basic {
        @Test
        void writesLinesAndPassesTheEn16931Schematron() {
            byte[] xml = CiiWriter.of(Profile.BASIC).write(basicInvoice());
            XmlDoc doc = XmlDoc.parse(xml);

            assertThat(doc.text(GUIDELINE)).isEqualTo(Profile.BASIC.specificationId());
            assertThat(doc.count("//ram:IncludedSupplyChainTradeLineItem")).isEqualTo(4);
            assertThat(OfficialRules.errors(xml, Syntax.CII)).isEmpty();
        }

        @Test
        void refusesEn16931OnlyLineTermsNamingTheFirst() {
            assertThatThrownBy(() -> CiiWriter.of(Profile.BASIC).write(SampleInvoices.french()))
                    .isInstanceOfSatisfying(ProfileViolationException.class, e -> {
                        assertThat(e.businessTerm()).isEqualTo("BT-33");
                        assertThat(e.getMessage())
                                .contains("BG-6", "BG-9", "BT-85", "BT-86", "BT-114", "BT-154", "BT-155", "BT-132");
                    });
        }
    }

    @Nested
    class Extended {
        @Test
        void carriesEverythingEn16931Carries() {
            byte[] xml = CiiWriter.of(Profile.EXTENDED).write(SampleInvoices.french());

            assertThat(XmlDoc.parse(xml).text(GUIDELINE)).isEqualTo(Profile.EXTENDED.specificationId());
            assertThat(OfficialRules.errors(xml, Syntax.CII)).isEmpty();
        }
    }

    /** An invoice with only what MINIMUM carries: parties with SIREN and VAT id, order reference, totals. */
    static Invoice minimumInvoice() {
        return Invoice.builder(DocumentType.COMMERCIAL_INVOICE, SampleInvoices.EUR)
                .number("FA-2026-00060")
                .issueDate(LocalDate.of(2026, 3, 2))
                .seller(Party.builder("Atelier Echeance SAS")
                        .legalRegistration(PartyIdentifier.of(Siren.parse("812345676")))
                        .vatNumber("FR19812345676")
                        .address(PostalAddress.of("12 rue des Tanneurs", "75003", "Paris", "FR"))
                        .build())
                .buyer(Party.builder("Client Industriel SARL")
                        .legalRegistration(PartyIdentifier.of(Siren.parse("552100554")))
                        .vatNumber("FR96552100554")
                        .address(PostalAddress.of("5 avenue de la Gare", "69002", "Lyon", "FR"))
                        .build())
                .buyerReference("SERVICE-ACHATS-7")
                .purchaseOrderReference("BC-7")
                .line(SampleInvoices.line(
                        "1", "Article", "2", UnitCode.PIECE, "100.00", SampleInvoices.EUR, SampleInvoices.S20))
                .build();
    }

    /** {@link SampleInvoices#french()} without what BASIC lacks: contacts, BT-33, account name, BIC, rounding, line details. */
    static Invoice basicInvoice() {
        Invoice french = SampleInvoices.french();
        Invoice.Builder b = french.toBuilder()
                .seller(french.seller().toBuilder()
                        .contact(org.echeance.core.party.Contact.empty())
                        .build())
                .buyer(Party.builder(french.buyer().legalName())
                        .legalRegistration(french.buyer().legalRegistration().orElseThrow())
                        .vatNumber(french.buyer().vatNumber().orElseThrow())
                        .address(french.buyer().address().orElseThrow())
                        .electronicAddress(french.buyer().electronicAddress().orElseThrow())
                        .build())
                .paymentInstructions(new PaymentInstructions(
                        PaymentMeansCode.SEPA_CREDIT_TRANSFER,
                        Optional.of("RF18FA202600042"),
                        Optional.of(Iban.parse("FR76 3000 6000 0112 3456 7890 189")),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()))
                .roundingAmount(SampleInvoices.eur("0.00"));
        Invoice.Builder cleared = clearLines(b);
        for (InvoiceLine line : french.lines()) {
            InvoiceLine.Builder lb = InvoiceLine.builder(line.id(), line.itemName())
                    .quantity(line.quantity(), line.unit())
                    .price(line.price())
                    .vatRate(line.vatRate());
            if (line.exemptionReasonCode().isPresent() || line.exemptionReason().isPresent()) {
                lb.exemption(
                        line.exemptionReasonCode().orElse(null),
                        line.exemptionReason().orElse(null));
            }
            line.allowancesCharges().forEach(lb::allowanceCharge);
            cleared.line(lb.build());
        }
        Party seller = french.seller();
        return cleared.seller(Party.builder(seller.legalName())
                        .tradingName(seller.tradingName().orElseThrow())
                        .legalRegistration(seller.legalRegistration().orElseThrow())
                        .vatNumber(seller.vatNumber().orElseThrow())
                        .address(seller.address().orElseThrow())
                        .electronicAddress(seller.electronicAddress().orElseThrow())
                        .build())
                .build();
    }

    private static Invoice.Builder clearLines(Invoice.Builder b) {
        Invoice partial = b.build();
        Invoice.Builder fresh = Invoice.builder(partial.documentType(), partial.currency())
                .number(partial.number().orElseThrow())
                .issueDate(partial.issueDate().orElseThrow())
                .dueDate(partial.dueDate().orElseThrow())
                .seller(partial.seller())
                .buyer(partial.buyer())
                .payee(partial.payee().orElseThrow())
                .buyerReference(partial.buyerReference().orElseThrow())
                .purchaseOrderReference(partial.purchaseOrderReference().orElseThrow())
                .deliveryDate(partial.deliveryDate().orElseThrow())
                .invoicingPeriod(partial.invoicingPeriod().orElseThrow())
                .deliverTo(partial.deliverTo().orElseThrow())
                .paymentInstructions(partial.paymentInstructions().orElseThrow())
                .paymentTerms(partial.paymentTerms().orElseThrow())
                .prepaidAmount(partial.totals().prepaidAmount());
        partial.allowancesCharges().forEach(fresh::allowanceCharge);
        partial.notes().forEach(fresh::note);
        return fresh;
    }
}
