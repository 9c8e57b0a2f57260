package org.echeance.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.echeance.numbering.NumberPatternTest.onlyViolationOf;
import static org.echeance.numbering.NumberingFixtures.ATELIER;
import static org.echeance.numbering.NumberingFixtures.AUTO_ENTREPRENEUR;
import static org.echeance.numbering.NumberingFixtures.BOULANGERIE;
import static org.echeance.numbering.NumberingFixtures.BUREAU;
import static org.echeance.numbering.NumberingFixtures.GMBH;
import static org.echeance.numbering.NumberingFixtures.creditNote;
import static org.echeance.numbering.NumberingFixtures.forCustomer;
import static org.echeance.numbering.NumberingFixtures.invoice;
import static org.echeance.numbering.NumberingFixtures.request;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.money.Monetary;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.numbering.NumberingRequest;
import org.echeance.core.party.Party;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.terms.PaymentTerms;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class PatternNumberingTest {
    private static final LocalDate MARCH_15 = LocalDate.of(2026, 3, 15);
    private static final LocalDate DECEMBER_30 = LocalDate.of(2026, 12, 30);
    private static final LocalDate DECEMBER_31 = LocalDate.of(2026, 12, 31);
    private static final LocalDate JANUARY_1 = LocalDate.of(2027, 1, 1);

    private final InMemorySequenceStore store = InMemorySequenceStore.create();

    /** The French convention: invoices FA-, credit notes AV-, each restarting every year. */
    private final PatternNumbering numbering = PatternNumbering.builder(store)
            .series(DocumentType.COMMERCIAL_INVOICE, "FA", "FA-{yyyy}-{seq:5}", CounterScope.YEARLY)
            .series(DocumentType.CREDIT_NOTE, "AV", "AV-{yyyy}-{seq:5}", CounterScope.YEARLY)
            .build();

    @Test
    void invoicesAndCreditNotesHaveIndependentSeries() {
        assertThat(numbering.nextNumber(invoice(MARCH_15))).isEqualTo("FA-2026-00001");
        assertThat(numbering.nextNumber(invoice(MARCH_15))).isEqualTo("FA-2026-00002");
        assertThat(numbering.nextNumber(creditNote(MARCH_15))).isEqualTo("AV-2026-00001");
        assertThat(numbering.nextNumber(invoice(MARCH_15))).isEqualTo("FA-2026-00003");
        assertThat(numbering.nextNumber(creditNote(MARCH_15))).isEqualTo("AV-2026-00002");
    }

    @Test
    void documentsOfDecemberAndJanuaryFallInTheirOwnYearsEvenOutOfOrder() {
        assertThat(numbering.nextNumber(invoice(DECEMBER_30))).isEqualTo("FA-2026-00001");
        assertThat(numbering.nextNumber(invoice(DECEMBER_30))).isEqualTo("FA-2026-00002");

        // January 1 is issued first, then a document dated December 31 comes in late
        assertThat(numbering.nextNumber(invoice(JANUARY_1))).isEqualTo("FA-2027-00001");
        assertThat(numbering.nextNumber(invoice(DECEMBER_31))).isEqualTo("FA-2026-00003");
        assertThat(numbering.nextNumber(invoice(JANUARY_1))).isEqualTo("FA-2027-00002");
        assertThat(numbering.nextNumber(creditNote(DECEMBER_31))).isEqualTo("AV-2026-00001");
    }

    @Test
    void theFirstDocumentOfANewYearIsNumberOne() {
        store.advanceTo(numbering.counterKey(invoice(DECEMBER_31)), 4_812);

        assertThat(numbering.nextNumber(invoice(DECEMBER_31))).isEqualTo("FA-2026-04812");
        assertThat(numbering.nextNumber(invoice(JANUARY_1))).isEqualTo("FA-2027-00001");
    }

    @Test
    void twoSellersNeverShareACounter() {
        assertThat(numbering.nextNumber(request(ATELIER, DocumentType.COMMERCIAL_INVOICE, MARCH_15)))
                .isEqualTo("FA-2026-00001");
        assertThat(numbering.nextNumber(request(BUREAU, DocumentType.COMMERCIAL_INVOICE, MARCH_15)))
                .isEqualTo("FA-2026-00001");
        assertThat(numbering.nextNumber(request(BUREAU, DocumentType.COMMERCIAL_INVOICE, MARCH_15)))
                .isEqualTo("FA-2026-00002");
        assertThat(numbering.nextNumber(request(ATELIER, DocumentType.COMMERCIAL_INVOICE, MARCH_15)))
                .isEqualTo("FA-2026-00002");
    }

    @Test
    void theDefaultSellerIdIsTheSirenThenTheVatNumberThenTheName() {
        assertThat(PatternNumbering.defaultSellerId(ATELIER)).isEqualTo("812345676");
        assertThat(PatternNumbering.defaultSellerId(GMBH)).isEqualTo("DE136695976");
        assertThat(PatternNumbering.defaultSellerId(AUTO_ENTREPRENEUR)).isEqualTo("Jeanne Martin");
        assertThat(numbering.counterKey(invoice(MARCH_15))).isEqualTo(CounterKey.of("812345676", "FA", "2026"));
    }

    @Test
    void anApplicationCanIdentifyItsSellersItself() {
        PatternNumbering byCompanyId = PatternNumbering.builder(store)
                .sellerId(seller -> seller == ATELIER ? "company-1" : "company-2")
                .series(DocumentType.COMMERCIAL_INVOICE, "FA", "FA-{seq}", CounterScope.GLOBAL)
                .build();

        byCompanyId.nextNumber(invoice(MARCH_15));

        assertThat(byCompanyId.counterKey(invoice(MARCH_15))).isEqualTo(CounterKey.of("company-1", "FA", ""));
        assertThat(store.peek(CounterKey.of("company-1", "FA", ""))).isEqualTo(2);
    }

    @Test
    void perCustomerYearlyCountersAreIndependent() {
        PatternNumbering perCustomer = PatternNumbering.builder(store)
                .series(
                        DocumentType.COMMERCIAL_INVOICE,
                        "FA",
                        "{customer}-{yyyy}-{seq:3}",
                        CounterScope.PER_CUSTOMER_YEARLY)
                .build();

        assertThat(perCustomer.nextNumber(forCustomer("C1", BOULANGERIE, MARCH_15)))
                .isEqualTo("C1-2026-001");
        assertThat(perCustomer.nextNumber(forCustomer("C2", BOULANGERIE, MARCH_15)))
                .isEqualTo("C2-2026-001");
        assertThat(perCustomer.nextNumber(forCustomer("C1", BOULANGERIE, MARCH_15)))
                .isEqualTo("C1-2026-002");
        assertThat(perCustomer.nextNumber(forCustomer("C1", BOULANGERIE, JANUARY_1)))
                .isEqualTo("C1-2027-001");
        assertThat(perCustomer.counterKey(forCustomer("C1", BOULANGERIE, MARCH_15)))
                .isEqualTo(CounterKey.of("812345676", "FA", "C1/2026"));
    }

    @Test
    void aDocumentThatCannotBeNumberedBurnsNoNumber() {
        PatternNumbering perCustomer = PatternNumbering.builder(store)
                .series(DocumentType.COMMERCIAL_INVOICE, "FA", "FA-{customer}-{seq}", CounterScope.GLOBAL)
                .build();

        Violation violation = onlyViolationOf(() -> perCustomer.nextNumber(invoice(MARCH_15)));

        assertThat(violation.ruleId()).isEqualTo("ECH-NUM-20");
        assertThat(store.peek(perCustomer.counterKey(invoice(MARCH_15)))).isEqualTo(1);
        assertThat(perCustomer.nextNumber(forCustomer("C7", BOULANGERIE, MARCH_15)))
                .isEqualTo("FA-C7-1");
    }

    @Test
    void aDocumentTypeWithoutSeriesIsRefused() {
        Violation violation = onlyViolationOf(
                () -> numbering.nextNumber(request(ATELIER, DocumentType.PREPAYMENT_INVOICE, MARCH_15)));

        assertThat(violation.ruleId()).isEqualTo("ECH-NUM-04");
        assertThat(violation.message()).isEqualTo("no numbering series is set for PREPAYMENT_INVOICE documents");
    }

    @Test
    void aPatternWithoutCounterNeverTouchesTheStore() {
        PatternNumbering daily = PatternNumbering.builder(store)
                .series(
                        DocumentType.COMMERCIAL_INVOICE,
                        "FA",
                        NumberPattern.builder("FA-{yyyy}{MM}{dd}")
                                .allowWithoutCounter()
                                .build(),
                        CounterScope.DAILY)
                .build();

        assertThat(daily.nextNumber(invoice(MARCH_15))).isEqualTo("FA-20260315");
        assertThat(daily.nextNumber(invoice(MARCH_15))).isEqualTo("FA-20260315");
        assertThat(daily.preview(invoice(MARCH_15), 2)).containsExactly("FA-20260315", "FA-20260315");
        assertThat(store).hasToString("InMemorySequenceStore[0 counters]");
    }

    @Test
    void documentTypesMayShareASeries() {
        PatternNumbering shared = PatternNumbering.builder(store)
                .series(DocumentType.COMMERCIAL_INVOICE, "FA", "FA-{yyyy}-{seq:5}", CounterScope.YEARLY)
                .series(DocumentType.CORRECTED_INVOICE, "FA", "FA-{yyyy}-{seq:5}", CounterScope.YEARLY)
                .build();

        assertThat(shared.nextNumber(invoice(MARCH_15))).isEqualTo("FA-2026-00001");
        assertThat(shared.nextNumber(request(ATELIER, DocumentType.CORRECTED_INVOICE, MARCH_15)))
                .isEqualTo("FA-2026-00002");
    }

    @Test
    void issuesAnInvoiceThroughTheCoreLifecycle() {
        Invoice draft = Invoice.builder(DocumentType.COMMERCIAL_INVOICE, Monetary.getCurrency("EUR"))
                .seller(Party.builder("Atelier Durand SARL")
                        .vatNumber("FR19812345676")
                        .address(PostalAddress.of("14 rue de la République", "69002", "Lyon", "FR"))
                        .build())
                .buyer(Party.builder("Boulangerie Martin SAS")
                        .address(PostalAddress.of("3 place Grandclément", "69100", "Villeurbanne", "FR"))
                        .build())
                .line(InvoiceLine.builder("1", "Website")
                        .sellerItemId("WEB")
                        .quantity("1", UnitCode.ONE)
                        .unitPrice(Money.of(new BigDecimal("2400"), "EUR"))
                        .vatRate(VatRate.standard("20"))
                        .build())
                .build();
        PatternNumbering withProduct = PatternNumbering.builder(store)
                .series(DocumentType.COMMERCIAL_INVOICE, "FA", "FA-{yyyy}-{product}-{seq:4}", CounterScope.YEARLY)
                .build();

        Invoice issued = draft.issue(withProduct, MARCH_15, PaymentTerms.net(30));

        assertThat(issued.number()).contains("FA-2026-WEB-0001");
    }

    @Test
    void previewsShowTheNextNumbersWithoutConsumingAny() {
        numbering.nextNumber(invoice(MARCH_15));
        CounterKey key = numbering.counterKey(invoice(MARCH_15));

        List<String> preview = numbering.preview(invoice(MARCH_15), 3);

        assertThat(preview).containsExactly("FA-2026-00002", "FA-2026-00003", "FA-2026-00004");
        assertThat(store.peek(key)).isEqualTo(2);
        assertThat(numbering.preview(invoice(JANUARY_1), 1)).containsExactly("FA-2027-00001");
        assertThat(numbering.preview(invoice(MARCH_15), 0)).isEmpty();
        assertThat(numbering.nextNumber(invoice(MARCH_15))).isEqualTo(preview.get(0));
    }

    @Test
    void aPreviewIsBounded() {
        assertThatThrownBy(() -> numbering.preview(invoice(MARCH_15), 1001))
                .isInstanceOf(ValidationException.class)
                .hasMessage("count: 1001 is outside 0 to 1000 (ECH-NUM-25)");
        assertThatThrownBy(() -> numbering.preview(invoice(MARCH_15), -1)).isInstanceOf(ValidationException.class);
    }

    @Test
    void aPatternCanBePreviewedWithoutAStore() {
        PreviewSample sample = PreviewSample.of(MARCH_15);

        assertThat(PatternNumbering.preview("FA-{yyyy}-{seq:5}", sample, 2))
                .containsExactly("FA-2026-00001", "FA-2026-00002");
        assertThat(PatternNumbering.preview(
                        "{series}-{yy}{MM}-{seq:5}", sample.withSeries("AV").withStart(10_332), 2))
                .containsExactly("AV-2603-10332", "AV-2603-10333");
        assertThat(PatternNumbering.preview(
                        "{customer}/{initials}/{product}-{seq}",
                        sample.withCustomer("C-0042", "Boulangerie Martin SAS").withProductCode("WEB"),
                        1))
                .containsExactly("C-0042/BM/WEB-1");
    }

    @Test
    void aPreviewReportsWhatTheSampleLacks() {
        List<Violation> violations = NumberPatternTest.violationsOf(
                () -> PatternNumbering.preview("{customer}-{initials}-{seq}", PreviewSample.of(MARCH_15), 1));

        assertThat(violations)
                .extracting(Violation::ruleId, Violation::path)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ECH-NUM-20", "customerNumber"),
                        org.assertj.core.groups.Tuple.tuple("ECH-NUM-20", "buyer.legalName"));
    }

    @Test
    void aSampleStartsAtOneOrMore() {
        assertThatThrownBy(() -> PreviewSample.of(MARCH_15).withStart(0))
                .isInstanceOf(ValidationException.class)
                .hasMessage("start: 0 is below 1; counters start at 1 (ECH-NUM-25)");
    }

    @Test
    void aScopeThatCanRepeatNumbersIsRefusedWhenTheSeriesIsSet() {
        Violation violation = onlyViolationOf(() -> PatternNumbering.builder(store)
                .series(DocumentType.COMMERCIAL_INVOICE, "FA", "FA-{seq:5}", CounterScope.YEARLY));

        assertThat(violation.ruleId()).isEqualTo("ECH-NUM-18");
    }

    @Test
    void conflictingSeriesAreRefused() {
        PatternNumbering.Builder builder = PatternNumbering.builder(store)
                .series(DocumentType.COMMERCIAL_INVOICE, "FA", "F-{yyyy}-{seq}", CounterScope.YEARLY);

        assertThat(onlyViolationOf(() ->
                                builder.series(DocumentType.COMMERCIAL_INVOICE, "FB", "FB-{seq}", CounterScope.GLOBAL))
                        .message())
                .isEqualTo("a series is already set for COMMERCIAL_INVOICE documents");
        assertThat(onlyViolationOf(() -> builder.series(
                                DocumentType.CORRECTED_INVOICE, "FA", "F-{yyyy}-{seq}", CounterScope.GLOBAL))
                        .message())
                .isEqualTo("series FA is already used by COMMERCIAL_INVOICE documents with pattern \"F-{yyyy}-{seq}\""
                        + " and scope YEARLY; documents sharing a series share its pattern and scope");
        assertThat(onlyViolationOf(() ->
                                builder.series(DocumentType.CREDIT_NOTE, "AV", "F-{yyyy}-{seq}", CounterScope.YEARLY))
                        .message())
                .isEqualTo("series AV and FA both use pattern \"F-{yyyy}-{seq}\", so they would give the same"
                        + " numbers; give each its own prefix");
        assertThat(onlyViolationOf(() -> PatternNumbering.builder(store)
                                .series(DocumentType.COMMERCIAL_INVOICE, "FA", "{series}{seq}", CounterScope.GLOBAL)
                                .series(DocumentType.CREDIT_NOTE, "FA1", "{series}{seq}", CounterScope.GLOBAL))
                        .message())
                .startsWith("series FA1 and FA share pattern \"{series}{seq}\" and one code begins or ends the other");
        assertThat(onlyViolationOf(() -> builder.series(DocumentType.CREDIT_NOTE, " ", "AV-{seq}", CounterScope.GLOBAL))
                        .ruleId())
                .isEqualTo("ECH-NUM-03");
        assertThat(onlyViolationOf(() -> PatternNumbering.builder(store).build())
                        .message())
                .isEqualTo("no series is set; add one per document type");
    }

    @Test
    void aSeriesCodeMustFitThePatternSettings() {
        NumberPattern eInvoice = NumberPattern.builder("{series}-{yyyy}-{seq:5}")
                .maxLength(35)
                .eInvoiceSafe()
                .seriesMaxLength(4)
                .build();

        assertThat(onlyViolationOf(() -> PatternNumbering.builder(store)
                                .series(DocumentType.CREDIT_NOTE, "AVOIR", eInvoice, CounterScope.YEARLY))
                        .ruleId())
                .isEqualTo("ECH-NUM-16");
        assertThat(onlyViolationOf(() -> PatternNumbering.builder(store)
                                .series(DocumentType.CREDIT_NOTE, "AV 1", eInvoice, CounterScope.YEARLY))
                        .ruleId())
                .isEqualTo("ECH-NUM-17");
        assertThat(PatternNumbering.builder(store)
                        .series(DocumentType.CREDIT_NOTE, "AV", eInvoice, CounterScope.YEARLY)
                        .build()
                        .nextNumber(creditNote(MARCH_15)))
                .isEqualTo("AV-2026-00001");
    }

    @Test
    void describesItsSeries() {
        assertThat(numbering)
                .hasToString("PatternNumbering[COMMERCIAL_INVOICE=FA FA-{yyyy}-{seq:5} YEARLY,"
                        + " CREDIT_NOTE=AV AV-{yyyy}-{seq:5} YEARLY]");
    }

    @Test
    void requestsAreChecked() {
        assertThatThrownBy(() -> numbering.nextNumber((NumberingRequest) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("request");
    }
}
