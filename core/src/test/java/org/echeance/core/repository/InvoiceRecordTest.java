package org.echeance.core.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.echeance.core.repository.RepositoryFixtures.EUR;
import static org.echeance.core.repository.RepositoryFixtures.date;
import static org.echeance.core.repository.RepositoryFixtures.document;
import static org.echeance.core.repository.RepositoryFixtures.eur;
import static org.echeance.core.repository.RepositoryFixtures.invoice;
import static org.echeance.core.repository.RepositoryFixtures.line;
import static org.echeance.core.repository.RepositoryFixtures.usd;

import java.util.Optional;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.InvoiceStatus;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.party.Party;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;
import org.junit.jupiter.api.Test;

class InvoiceRecordTest {
    private static final Invoice FA_1 = invoice("FA-2026-00001", date("2026-01-15"), "2400");

    @Test
    void aJustIssuedDocumentIsWhollyOpenUntilItsDueDate() {
        InvoiceRecord record = InvoiceRecord.ofIssued("seller-A", "C1", FA_1);

        assertThat(record.id()).isEqualTo("FA-2026-00001");
        assertThat(record.issueDate()).isEqualTo(date("2026-01-15"));
        assertThat(record.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(record.amountDue()).isEqualTo(eur("2880.00"));
        assertThat(record.openAmount()).isEqualTo(eur("2880.00"));
        assertThat(record.oldestOpenDueDate()).contains(date("2026-02-14"));
        assertThat(record.isOpen()).isTrue();
    }

    @Test
    void overdueStartsTheDayAfterTheOldestOpenDueDate() {
        InvoiceRecord record = InvoiceRecord.ofIssued("seller-A", "C1", FA_1);

        assertThat(record.isOverdueOn(date("2026-02-14"))).isFalse();
        assertThat(record.isOverdueOn(date("2026-02-15"))).isTrue();
    }

    @Test
    void nothingOpenIsNeverOverdue() {
        InvoiceRecord paid = InvoiceRecord.ofIssued("seller-A", "C1", FA_1)
                .withState(InvoiceStatus.PAID, eur("0"), Optional.of(date("2026-02-14")));
        InvoiceRecord noDueDate = InvoiceRecord.ofIssued("seller-A", "C1", FA_1)
                .withState(InvoiceStatus.PARTIALLY_PAID, eur("10"), Optional.empty());

        assertThat(paid.isOpen()).isFalse();
        assertThat(paid.isOverdueOn(date("2030-01-01"))).isFalse();
        assertThat(noDueDate.isOverdueOn(date("2030-01-01"))).isFalse();
    }

    @Test
    void withStateKeepsTheDocument() {
        InvoiceRecord issued = InvoiceRecord.ofIssued("seller-A", "C1", FA_1);
        InvoiceRecord partly =
                issued.withState(InvoiceStatus.PARTIALLY_PAID, eur("880.00"), Optional.of(date("2026-03-14")));

        assertThat(partly.invoice()).isSameAs(FA_1);
        assertThat(partly.sellerId()).isEqualTo("seller-A");
        assertThat(partly.customerNumber()).isEqualTo("C1");
        assertThat(partly.openAmount()).isEqualTo(eur("880"));
        assertThat(partly).isNotEqualTo(issued);
        assertThat(partly.withState(InvoiceStatus.ISSUED, eur("2880"), Optional.of(date("2026-02-14"))))
                .isEqualTo(issued)
                .hasSameHashCodeAs(issued);
    }

    @Test
    void aDraftIsNotStored() {
        Invoice draft = Invoice.builder(DocumentType.COMMERCIAL_INVOICE, EUR)
                .seller(Party.builder("S").build())
                .buyer(Party.builder("B").build())
                .line(line("1", "Item", "10", EUR))
                .build();

        assertThatThrownBy(() -> InvoiceRecord.ofIssued("seller-A", "C1", draft))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::ruleId, Violation::path)
                                .containsExactly(
                                        tuple("ECH-REPO-01", "invoice.number"),
                                        tuple("ECH-REPO-04", "invoice.issueDate")));
    }

    @Test
    void draftIsNotAStoredStatus() {
        assertThatThrownBy(() -> InvoiceRecord.ofIssued("seller-A", "C1", FA_1)
                        .withState(InvoiceStatus.DRAFT, eur("2880"), Optional.empty()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(new Violation(
                                        "ECH-REPO-01",
                                        "status",
                                        "a stored document is issued; DRAFT is not a status it can have")));
    }

    @Test
    void theOpenAmountIsInTheDocumentCurrency() {
        assertThatThrownBy(() -> InvoiceRecord.ofIssued("seller-A", "C1", FA_1)
                        .withState(InvoiceStatus.ISSUED, usd("2880"), Optional.empty()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("openAmount: currency USD does not match the document currency EUR (ECH-REPO-03)")
                .satisfies(e -> assertThat(((ValidationException) e).hasRule("ECH-REPO-03"))
                        .isTrue());
    }

    @Test
    void everyFaultIsReportedAtOnce() {
        assertThatThrownBy(() -> new InvoiceRecord(" ", "", FA_1, InvoiceStatus.DRAFT, usd("1"), Optional.empty()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::ruleId)
                                .containsExactly("ECH-REPO-05", "ECH-REPO-05", "ECH-REPO-01", "ECH-REPO-03"));
    }

    @Test
    void nullsAreRejectedWithTheirName() {
        assertThatThrownBy(() -> new InvoiceRecord("S", "C", FA_1, InvoiceStatus.ISSUED, eur("1"), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("oldestOpenDueDate");
        assertThatThrownBy(() -> InvoiceRecord.ofIssued("S", null, FA_1))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("customerNumber");
    }

    @Test
    void searchTextHoldsEveryItemNameAndDescriptionFolded() {
        Invoice invoice = document(
                        DocumentType.COMMERCIAL_INVOICE, EUR, "FA-1", date("2026-01-15"), "10", "Création  du SITE")
                .line(InvoiceLine.builder("2", "Œuvre")
                        .description("Straße\u00a0Ørsted")
                        .quantity("1", UnitCode.ONE)
                        .unitPrice(eur("5"))
                        .vatRate(VatRate.standard("20"))
                        .build())
                .build();

        assertThat(InvoiceRecord.ofIssued("S", "C", invoice).searchText())
                .isEqualTo("creation du site\noeuvre\nstrasse orsted");
    }
}
