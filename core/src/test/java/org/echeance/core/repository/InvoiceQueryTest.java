package org.echeance.core.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.echeance.core.repository.RepositoryFixtures.EUR;
import static org.echeance.core.repository.RepositoryFixtures.USD;
import static org.echeance.core.repository.RepositoryFixtures.date;
import static org.echeance.core.repository.RepositoryFixtures.eur;
import static org.echeance.core.repository.RepositoryFixtures.numbers;
import static org.echeance.core.repository.RepositoryFixtures.sample;
import static org.echeance.core.repository.RepositoryFixtures.sampleRepository;
import static org.echeance.core.repository.RepositoryFixtures.usd;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.InvoiceStatus;
import org.echeance.core.repository.InvoiceQuery.Direction;
import org.echeance.core.repository.InvoiceQuery.SortKey;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** Each filter, their combinations, the sort orders and the rules, on the seven documents of the sample. */
class InvoiceQueryTest {
    private static final InMemoryInvoiceRepository REPOSITORY = sampleRepository("S1");

    /**
     * Returns the numbers a query finds, after checking that the repository and {@link InvoiceQuery#matches} with
     * {@link InvoiceQuery#comparator()} agree.
     */
    private static List<String> find(InvoiceQuery.Builder builder) {
        InvoiceQuery query = builder.page(0, InvoiceQuery.MAX_PAGE_SIZE).build();
        List<String> found = numbers(REPOSITORY.search("S1", query));
        List<String> reference = numbers(sample("S1").stream()
                .filter(query::matches)
                .sorted(query.comparator())
                .toList());
        assertThat(found).isEqualTo(reference);
        assertThat(REPOSITORY.count("S1", query)).isEqualTo(found.size());
        return found;
    }

    private static ValidationException refusal(InvoiceQuery.Builder builder) {
        try {
            builder.build();
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("the query was built");
    }

    @Test
    void allMatchesEveryRecordSortedByNumber() {
        assertThat(find(InvoiceQuery.all().toBuilder()))
                .containsExactly(
                        "AV-2026-001",
                        "FA-2025-099",
                        "FA-2026-001",
                        "FA-2026-002",
                        "FA-2026-003",
                        "FA-2026-004",
                        "FA-2026-005");
        assertThat(InvoiceQuery.all().pageIndex()).isZero();
        assertThat(InvoiceQuery.all().pageSize()).isEqualTo(InvoiceQuery.DEFAULT_PAGE_SIZE);
        assertThat(InvoiceQuery.all()).isEqualTo(InvoiceQuery.builder().build());
    }

    @Test
    void customerNumbersKeepTheirAccounts() {
        assertThat(find(InvoiceQuery.builder().customerNumber("C1"))).containsExactly("FA-2026-001", "FA-2026-003");
        assertThat(find(InvoiceQuery.builder().customerNumbers(List.of("C3", "C1"))))
                .containsExactly("FA-2025-099", "FA-2026-001", "FA-2026-003", "FA-2026-004");
        assertThat(find(InvoiceQuery.builder().customerNumber("c1"))).isEmpty();
    }

    @Test
    void statusesKeepAnyOfTheSet() {
        assertThat(find(InvoiceQuery.builder().status(InvoiceStatus.PARTIALLY_PAID, InvoiceStatus.PAID)))
                .containsExactly("FA-2026-002", "FA-2026-003");
        assertThat(find(InvoiceQuery.builder().statuses(Set.of(InvoiceStatus.CANCELLED))))
                .containsExactly("FA-2026-005");
        assertThat(find(InvoiceQuery.builder().status(InvoiceStatus.DRAFT))).isEmpty();
    }

    @Test
    void issueDateRangeIncludesBothBounds() {
        assertThat(find(InvoiceQuery.builder().issuedBetween(date("2026-01-31"), date("2026-02-15"))))
                .containsExactly("AV-2026-001", "FA-2026-002", "FA-2026-003");
        assertThat(find(InvoiceQuery.builder().issuedBetween(date("2026-02-01"), date("2026-02-01"))))
                .containsExactly("FA-2026-003");
        assertThat(find(InvoiceQuery.builder().issuedOnOrAfter(date("2026-02-20"))))
                .containsExactly("FA-2026-004", "FA-2026-005");
        assertThat(find(InvoiceQuery.builder().issuedOnOrBefore(date("2026-01-10"))))
                .containsExactly("FA-2025-099", "FA-2026-001");
    }

    @Test
    void dueDateRangeIncludesBothBoundsAndSkipsDocumentsWithoutDueDate() {
        assertThat(find(InvoiceQuery.builder().dueBetween(date("2026-02-09"), date("2026-03-02"))))
                .containsExactly("FA-2026-001", "FA-2026-002");
        assertThat(find(InvoiceQuery.builder().dueOnOrAfter(date("2026-03-22"))))
                .containsExactly("FA-2026-004", "FA-2026-005");
        assertThat(find(InvoiceQuery.builder().dueOnOrBefore(date("2099-12-31"))))
                .doesNotContain("AV-2026-001")
                .hasSize(6);
    }

    @Test
    void amountDueRangeIsInclusiveByValueAndInItsCurrencyOnly() {
        // 60 and 120 both match although written without decimals; the USD 120.00 invoice does not
        assertThat(find(InvoiceQuery.builder().amountDueBetween(eur("60"), eur("120"))))
                .containsExactly("FA-2026-001", "FA-2026-003");
        assertThat(find(InvoiceQuery.builder().amountDueAtLeast(eur("300.00"))))
                .containsExactly("FA-2025-099", "FA-2026-002");
        assertThat(find(InvoiceQuery.builder().amountDueAtMost(eur("24.00"))))
                .containsExactly("AV-2026-001", "FA-2026-005");
        assertThat(find(InvoiceQuery.builder().amountDueAtLeast(usd("0")))).containsExactly("FA-2026-004");
    }

    @Test
    void currencyKeepsDocumentsInIt() {
        assertThat(find(InvoiceQuery.builder().currency(USD))).containsExactly("FA-2026-004");
        assertThat(find(InvoiceQuery.builder().currency(EUR))).hasSize(6).doesNotContain("FA-2026-004");
    }

    @Test
    void documentTypesKeepAnyOfTheSet() {
        assertThat(find(InvoiceQuery.builder().documentType(DocumentType.CREDIT_NOTE)))
                .containsExactly("AV-2026-001");
        assertThat(find(InvoiceQuery.builder()
                        .documentTypes(List.of(DocumentType.CORRECTED_INVOICE, DocumentType.PREPAYMENT_INVOICE))))
                .isEmpty();
    }

    @Test
    void numberPrefixIsCaseSensitive() {
        assertThat(find(InvoiceQuery.builder().numberStartsWith("FA-2026-")))
                .containsExactly("FA-2026-001", "FA-2026-002", "FA-2026-003", "FA-2026-004", "FA-2026-005");
        assertThat(find(InvoiceQuery.builder().numberStartsWith("fa-"))).isEmpty();
    }

    @Test
    void numberGlobMatchesTheWholeNumber() {
        assertThat(find(InvoiceQuery.builder().numberMatches("??-2026-00?"))).hasSize(6);
        assertThat(find(InvoiceQuery.builder().numberMatches("FA-*-099"))).containsExactly("FA-2025-099");
        assertThat(find(InvoiceQuery.builder().numberMatches("*1"))).containsExactly("AV-2026-001", "FA-2026-001");
        assertThat(find(InvoiceQuery.builder().numberMatches("FA-2026"))).isEmpty();
        // regular expression syntax means itself
        assertThat(find(InvoiceQuery.builder().numberMatches("FA-2026-00[1-5]")))
                .isEmpty();
        assertThat(find(InvoiceQuery.builder().numberMatches(".*"))).isEmpty();
    }

    @Test
    void overdueMeansSomethingOpenWhoseOldestDueDateHasPassed() {
        assertThat(find(InvoiceQuery.builder().overdueAsOf(date("2026-02-10"))))
                .containsExactly("FA-2025-099", "FA-2026-001");
        // on its due date an invoice is not yet overdue
        assertThat(find(InvoiceQuery.builder().overdueAsOf(date("2026-02-09")))).containsExactly("FA-2025-099");
        // paid and cancelled documents never are, nor documents without an open due date
        assertThat(find(InvoiceQuery.builder().overdueAsOf(date("2027-01-01"))))
                .containsExactly("FA-2025-099", "FA-2026-001", "FA-2026-002", "FA-2026-004");
    }

    @Test
    void textIgnoresCaseAccentsLigaturesAndSpaces() {
        assertThat(find(InvoiceQuery.builder().textContains("creation SITE"))).containsExactly("FA-2026-001");
        assertThat(find(InvoiceQuery.builder().textContains("  HÉBERGEMENT "))).containsExactly("FA-2026-002");
        assertThat(find(InvoiceQuery.builder().textContains("mutualise"))).containsExactly("FA-2026-002");
        assertThat(find(InvoiceQuery.builder().textContains("coeur"))).containsExactly("FA-2025-099");
        assertThat(find(InvoiceQuery.builder().textContains("CŒUR DE\u00a0RÉSEAU")))
                .containsExactly("FA-2025-099");
        assertThat(find(InvoiceQuery.builder().textContains("e"))).hasSize(6).doesNotContain("FA-2026-004");
        assertThat(find(InvoiceQuery.builder().textContains("facture"))).isEmpty();
    }

    @Test
    void textNeverSpansTwoFields() {
        // "Nom de domaine" is followed by the description "Serveur mutualisé…" on the same line
        assertThat(find(InvoiceQuery.builder().textContains("domaine serveur"))).isEmpty();
        assertThat(find(InvoiceQuery.builder().textContains("hebergement nom"))).isEmpty();
    }

    @Test
    void filtersCombineWithAnd() {
        assertThat(find(InvoiceQuery.builder()
                        .customerNumber("C2")
                        .status(InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID)
                        .issuedOnOrAfter(date("2026-01-01"))))
                .containsExactly("AV-2026-001", "FA-2026-002");
        assertThat(find(InvoiceQuery.builder()
                        .currency(EUR)
                        .documentType(DocumentType.COMMERCIAL_INVOICE)
                        .numberStartsWith("FA-2026-")
                        .amountDueAtLeast(eur("100"))
                        .overdueAsOf(date("2026-03-04"))
                        .textContains("site")))
                .containsExactly("FA-2026-001");
        assertThat(find(InvoiceQuery.builder().customerNumber("C1").currency(USD)))
                .isEmpty();
    }

    @Test
    void laterCallsReplaceEarlierOnes() {
        assertThat(find(InvoiceQuery.builder().customerNumber("C1").customerNumber("C3")))
                .containsExactly("FA-2025-099", "FA-2026-004");
    }

    @Test
    void sortsByIssueDateBothWays() {
        List<String> ascending = List.of(
                "FA-2025-099",
                "FA-2026-001",
                "FA-2026-002",
                "FA-2026-003",
                "AV-2026-001",
                "FA-2026-004",
                "FA-2026-005");
        assertThat(find(InvoiceQuery.builder().sortBy(SortKey.ISSUE_DATE))).isEqualTo(ascending);
        assertThat(find(InvoiceQuery.builder().sortBy(SortKey.ISSUE_DATE, Direction.DESCENDING)))
                .containsExactlyElementsOf(reversed(ascending));
    }

    @Test
    void sortsByDueDateWithDocumentsWithoutOneLastBothWays() {
        assertThat(find(InvoiceQuery.builder().sortBy(SortKey.DUE_DATE)))
                .containsExactly(
                        "FA-2025-099",
                        "FA-2026-001",
                        "FA-2026-002",
                        "FA-2026-003",
                        "FA-2026-004",
                        "FA-2026-005",
                        "AV-2026-001");
        assertThat(find(InvoiceQuery.builder().sortBy(SortKey.DUE_DATE, Direction.DESCENDING)))
                .containsExactly(
                        "FA-2026-005",
                        "FA-2026-004",
                        "FA-2026-003",
                        "FA-2026-002",
                        "FA-2026-001",
                        "FA-2025-099",
                        "AV-2026-001");
    }

    @Test
    void sortsByAmountDueWithinEachCurrency() {
        assertThat(find(InvoiceQuery.builder().sortBy(SortKey.AMOUNT_DUE)))
                .containsExactly(
                        "FA-2026-005",
                        "AV-2026-001",
                        "FA-2026-003",
                        "FA-2026-001",
                        "FA-2026-002",
                        "FA-2025-099",
                        "FA-2026-004");
    }

    @Test
    void sortsByCustomerThenNumberInTheSameDirection() {
        assertThat(find(InvoiceQuery.builder().sortBy(SortKey.CUSTOMER)))
                .containsExactly(
                        "FA-2026-001",
                        "FA-2026-003",
                        "AV-2026-001",
                        "FA-2026-002",
                        "FA-2026-005",
                        "FA-2025-099",
                        "FA-2026-004");
        assertThat(find(InvoiceQuery.builder().sortBy(SortKey.CUSTOMER, Direction.DESCENDING)))
                .containsExactly(
                        "FA-2026-004",
                        "FA-2025-099",
                        "FA-2026-005",
                        "FA-2026-002",
                        "AV-2026-001",
                        "FA-2026-003",
                        "FA-2026-001");
    }

    @Test
    void sortsByNumberInBinaryOrder() {
        InMemoryInvoiceRepository repository = InMemoryInvoiceRepository.create();
        for (String number : List.of("F-9", "F-10", "f-1", "F-010")) {
            repository.save(
                    InvoiceRecord.ofIssued("S", "C", RepositoryFixtures.invoice(number, date("2026-01-01"), "10")));
        }
        InvoiceQuery query = InvoiceQuery.builder().sortBy(SortKey.NUMBER).build();
        assertThat(numbers(repository.search("S", query))).containsExactly("F-010", "F-10", "F-9", "f-1");
    }

    @Test
    void describesWhatIsSet() {
        InvoiceQuery query = InvoiceQuery.builder()
                .status(InvoiceStatus.ISSUED)
                .issuedOnOrAfter(date("2026-01-01"))
                .amountDueAtLeast(eur("100"))
                .numberMatches("FA-*")
                .sortBy(SortKey.DUE_DATE, Direction.DESCENDING)
                .page(2, 20)
                .build();
        assertThat(query)
                .hasToString("InvoiceQuery[statuses=[ISSUED], issuedFrom=2026-01-01, minAmountDue=100.00 EUR,"
                        + " numberPattern=\"FA-*\", sort=DUE_DATE DESCENDING, page=2 of 20]");
        assertThat(InvoiceQuery.all()).hasToString("InvoiceQuery[sort=NUMBER ASCENDING, page=0 of 50]");
    }

    @Test
    void equalQueriesHaveEqualHashCodesAndToBuilderCopiesEverything() {
        InvoiceQuery query = InvoiceQuery.builder()
                .customerNumbers(List.of("C2", "C1"))
                .status(InvoiceStatus.ISSUED, InvoiceStatus.PAID)
                .issuedBetween(date("2026-01-01"), date("2026-01-31"))
                .dueBetween(date("2026-02-01"), date("2026-02-28"))
                .amountDueBetween(eur("10"), eur("20"))
                .currency(EUR)
                .documentType(DocumentType.COMMERCIAL_INVOICE)
                .numberStartsWith("FA")
                .numberMatches("FA-*")
                .overdueAsOf(date("2026-03-01"))
                .textContains("site")
                .sortBy(SortKey.AMOUNT_DUE, Direction.DESCENDING)
                .page(3, 7)
                .build();
        InvoiceQuery copy = query.toBuilder().build();
        assertThat(copy).isEqualTo(query).hasSameHashCodeAs(query);
        // 10 EUR and 10.00 EUR are the same bound
        assertThat(query.toBuilder().amountDueAtLeast(eur("10.00")).build()).isEqualTo(query);
        assertThat(query.toBuilder().customerNumbers(List.of("C1", "C2")).build())
                .isEqualTo(query);
        assertThat(query.toBuilder().textContains("Site").build()).isNotEqualTo(query);
        assertThat(query.customerNumbers()).containsExactly("C1", "C2");
        assertThat(query.foldedText()).contains("site");
    }

    @Test
    void withPageKeepsFiltersAndSort() {
        InvoiceQuery query = InvoiceQuery.builder()
                .customerNumber("C2")
                .sortBy(SortKey.ISSUE_DATE)
                .build();
        InvoiceQuery next = query.withPage(1, 2);
        assertThat(next.pageIndex()).isEqualTo(1);
        assertThat(next.pageSize()).isEqualTo(2);
        assertThat(next.withPage(0, InvoiceQuery.DEFAULT_PAGE_SIZE)).isEqualTo(query);
        assertThat(numbers(REPOSITORY.search("S1", next))).containsExactly("FA-2026-005");
    }

    @Test
    void pageIndexMustNotBeNegative() {
        ValidationException e = refusal(InvoiceQuery.builder().page(-1, 10));
        assertThat(e.violations())
                .containsExactly(new Violation("ECH-QUERY-01", "page.index", "-1 is negative; pages count from 0"));
    }

    @Test
    void pageSizeMustBeBetweenOneAndAThousand() {
        assertThat(refusal(InvoiceQuery.builder().page(0, 0)).hasRule("ECH-QUERY-02"))
                .isTrue();
        assertThat(refusal(InvoiceQuery.builder().page(0, 1001)).hasRule("ECH-QUERY-02"))
                .isTrue();
        assertThat(InvoiceQuery.builder().page(0, 1).build().pageSize()).isEqualTo(1);
        assertThat(InvoiceQuery.builder().page(0, 1000).build().pageSize()).isEqualTo(1000);
    }

    @Test
    void dateRangesMustNotBeInverted() {
        ValidationException e = refusal(InvoiceQuery.builder()
                .issuedBetween(date("2026-02-01"), date("2026-01-31"))
                .dueOnOrAfter(date("2026-03-02"))
                .dueOnOrBefore(date("2026-03-01")));
        assertThat(e.violations())
                .extracting(Violation::ruleId, Violation::path)
                .containsExactly(tuple("ECH-QUERY-03", "issueDate"), tuple("ECH-QUERY-03", "dueDate"));
        assertThat(e.violations().get(0).message())
                .isEqualTo("the range ends on 2026-01-31, before it starts on 2026-02-01");
        // a range of one day is fine
        assertThat(InvoiceQuery.builder()
                        .issuedBetween(date("2026-02-01"), date("2026-02-01"))
                        .build()
                        .issuedToInclusive())
                .contains(date("2026-02-01"));
    }

    @Test
    void smallestAmountMustNotExceedLargest() {
        ValidationException e = refusal(InvoiceQuery.builder().amountDueBetween(eur("100.01"), eur("100")));
        assertThat(e.violations())
                .containsExactly(new Violation(
                        "ECH-QUERY-04", "amountDue", "the smallest amount 100.01 is above the largest 100.00"));
        assertThat(InvoiceQuery.builder()
                        .amountDueBetween(eur("100.00"), eur("100"))
                        .build()
                        .maxAmountDue())
                .contains(eur("100"));
    }

    @Test
    void amountBoundsShareOneCurrencyWithTheCurrencyFilter() {
        assertThat(refusal(InvoiceQuery.builder().amountDueBetween(eur("1"), usd("2")))
                        .violations())
                .extracting(Violation::ruleId)
                .containsExactly("ECH-QUERY-05");
        assertThat(refusal(InvoiceQuery.builder().currency(USD).amountDueAtLeast(eur("1")))
                        .violations())
                .extracting(Violation::ruleId, Violation::path)
                .containsExactly(tuple("ECH-QUERY-05", "amountDue.min"));
    }

    @Test
    void textsMustNotBeBlank() {
        assertThat(refusal(InvoiceQuery.builder().numberStartsWith(" ")).hasRule("ECH-QUERY-06"))
                .isTrue();
        assertThat(refusal(InvoiceQuery.builder().numberMatches("")).hasRule("ECH-QUERY-06"))
                .isTrue();
        assertThat(refusal(InvoiceQuery.builder().textContains("\t\n")).hasRule("ECH-QUERY-06"))
                .isTrue();
        // a lone combining accent folds to nothing
        assertThat(refusal(InvoiceQuery.builder().textContains("\u0301")).hasRule("ECH-QUERY-06"))
                .isTrue();
        assertThat(refusal(InvoiceQuery.builder().customerNumbers(List.of("C1", " ")))
                        .violations())
                .containsExactly(new Violation("ECH-QUERY-06", "customerNumbers[1]", "a customer number is blank"));
    }

    @Test
    void textsMustNotBeTooLong() {
        String longest = "F".repeat(InvoiceQuery.MAX_TEXT_LENGTH);
        assertThat(InvoiceQuery.builder().numberStartsWith(longest).build().numberPrefix())
                .contains(longest);
        assertThat(refusal(InvoiceQuery.builder().numberStartsWith(longest + "F"))
                        .hasRule("ECH-QUERY-07"))
                .isTrue();
        assertThat(refusal(InvoiceQuery.builder().numberMatches("*".repeat(201)))
                        .hasRule("ECH-QUERY-07"))
                .isTrue();
        assertThat(refusal(InvoiceQuery.builder().textContains("a".repeat(201))).hasRule("ECH-QUERY-07"))
                .isTrue();
    }

    @Test
    void setsMustNotBeEmpty() {
        ValidationException e = refusal(InvoiceQuery.builder()
                .customerNumbers(List.of())
                .statuses(List.of())
                .documentTypes(Set.of()));
        assertThat(e.violations())
                .extracting(Violation::ruleId, Violation::path)
                .containsExactly(
                        tuple("ECH-QUERY-08", "customerNumbers"),
                        tuple("ECH-QUERY-08", "statuses"),
                        tuple("ECH-QUERY-08", "documentTypes"));
    }

    @Test
    void everyFaultIsReportedAtOnce() {
        ValidationException e = refusal(InvoiceQuery.builder()
                .page(-2, 0)
                .issuedBetween(date("2026-02-01"), date("2026-01-01"))
                .amountDueBetween(eur("5"), eur("1"))
                .textContains(" "));
        assertThat(e.violations())
                .extracting(Violation::ruleId)
                .containsExactly("ECH-QUERY-01", "ECH-QUERY-02", "ECH-QUERY-03", "ECH-QUERY-04", "ECH-QUERY-06");
    }

    @Test
    void nullsAreRejectedWithTheirName() {
        assertThatThrownBy(() -> InvoiceQuery.builder().customerNumber(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("customerNumber");
        assertThatThrownBy(() -> InvoiceQuery.builder().issuedBetween(date("2026-01-01"), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("toInclusive");
        assertThatThrownBy(() -> InvoiceQuery.all().matches(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("record");
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
