package org.echeance.core.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.echeance.core.repository.RepositoryFixtures.EUR;
import static org.echeance.core.repository.RepositoryFixtures.USD;
import static org.echeance.core.repository.RepositoryFixtures.numbers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.constraints.IntRange;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceStatus;
import org.echeance.core.money.Amounts;
import org.echeance.core.repository.InvoiceQuery.Direction;
import org.echeance.core.repository.InvoiceQuery.SortKey;

/**
 * Sorting, paging and seller scope over generated records: few distinct dates, amounts and customers, so that ties
 * are common, and numbers whose binary order differs from the order they are saved in.
 */
class InvoiceRepositoryProperties {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    /** The parts of a generated record; its number comes from its position. */
    record Spec(
            int issueDay,
            Optional<Integer> dueDay,
            int tens,
            String customer,
            CurrencyUnit currency,
            InvoiceStatus status,
            String item) {}

    @Property(tries = 300)
    void pagesConcatenateToTheWholeSortedResult(
            @ForAll("records") List<InvoiceRecord> records,
            @ForAll SortKey key,
            @ForAll Direction direction,
            @ForAll @IntRange(min = 1, max = 8) int pageSize) {
        InvoiceRepository repository = InMemoryInvoiceRepository.create();
        records.forEach(repository::save);
        InvoiceQuery query = InvoiceQuery.builder().sortBy(key, direction).build();

        List<InvoiceRecord> whole = repository
                .search("S", query.withPage(0, InvoiceQuery.MAX_PAGE_SIZE))
                .items();
        List<InvoiceRecord> concatenated = new ArrayList<>();
        int index = 0;
        Page<InvoiceRecord> page;
        do {
            page = repository.search("S", query.withPage(index, pageSize));
            assertThat(page.pageIndex()).isEqualTo(index);
            assertThat(page.totalItems()).isEqualTo(records.size());
            assertThat(page.items().size()).isLessThanOrEqualTo(pageSize);
            concatenated.addAll(page.items());
            index++;
        } while (page.hasNext());

        assertThat(concatenated).isEqualTo(whole);
        assertThat((long) index).isEqualTo(Math.max(1, page.totalPages()));
        assertThat(new HashSet<>(numbers(whole))).hasSize(records.size());
        assertThat(whole).containsExactlyInAnyOrderElementsOf(records);
        for (int i = 1; i < whole.size(); i++) {
            assertThat(inOrder(whole.get(i - 1), whole.get(i), key, direction))
                    .as(
                            "%s before %s by %s %s",
                            whole.get(i - 1).id(), whole.get(i).id(), key, direction)
                    .isTrue();
        }
        assertThat(repository
                        .search("S", query.withPage(0, InvoiceQuery.MAX_PAGE_SIZE))
                        .items())
                .isEqualTo(whole);
    }

    @Property(tries = 200)
    void searchFindsWhatMatchesAccepts(
            @ForAll("records") List<InvoiceRecord> records, @ForAll("queries") InvoiceQuery query) {
        InvoiceRepository repository = InMemoryInvoiceRepository.create();
        records.forEach(repository::save);

        List<InvoiceRecord> expected = records.stream()
                .filter(query::matches)
                .sorted(query.comparator())
                .toList();
        Page<InvoiceRecord> page = repository.search("S", query);

        assertThat(page.totalItems()).isEqualTo(expected.size());
        assertThat(repository.count("S", query)).isEqualTo(expected.size());
        assertThat(page.items())
                .isEqualTo(
                        Page.from(expected, query.pageIndex(), query.pageSize()).items());
    }

    @Property(tries = 200)
    void sellersNeverSeeEachOthersRecords(
            @ForAll("records") List<InvoiceRecord> ofS,
            @ForAll("records") List<InvoiceRecord> generated,
            @ForAll("queries") InvoiceQuery query) {
        // T's records reuse S's numbers and customer numbers
        List<InvoiceRecord> ofT = generated.stream()
                .map(r -> new InvoiceRecord(
                        "T", r.customerNumber(), r.invoice(), r.status(), r.openAmount(), r.oldestOpenDueDate()))
                .toList();
        InvoiceRepository repository = InMemoryInvoiceRepository.create();
        for (int i = 0; i < Math.max(ofS.size(), ofT.size()); i++) {
            if (i < ofS.size()) {
                repository.save(ofS.get(i));
            }
            if (i < ofT.size()) {
                repository.save(ofT.get(i));
            }
        }
        InvoiceQuery everything = query.withPage(0, InvoiceQuery.MAX_PAGE_SIZE);

        assertThat(repository.search("S", everything).items())
                .containsExactlyElementsOf(ofS.stream()
                        .filter(query::matches)
                        .sorted(query.comparator())
                        .toList());
        assertThat(repository.search("T", everything).items())
                .containsExactlyElementsOf(ofT.stream()
                        .filter(query::matches)
                        .sorted(query.comparator())
                        .toList());
        for (InvoiceRecord r : ofS) {
            assertThat(repository.find("S", r.id())).contains(r);
        }
        for (InvoiceRecord r : ofT) {
            assertThat(repository.find("T", r.id())).contains(r);
        }
    }

    /** Checks the order of two neighbours from the sort rules, independently of {@link InvoiceQuery#comparator()}. */
    private static boolean inOrder(InvoiceRecord a, InvoiceRecord b, SortKey key, Direction direction) {
        int sign = direction == Direction.ASCENDING ? 1 : -1;
        int byKey;
        if (key == SortKey.DUE_DATE) {
            Optional<LocalDate> da = a.invoice().dueDate();
            Optional<LocalDate> db = b.invoice().dueDate();
            if (da.isEmpty() || db.isEmpty()) {
                // without a due date comes last, whatever the direction
                byKey = da.isPresent() ? -1 : db.isPresent() ? 1 : 0;
            } else {
                byKey = sign * da.get().compareTo(db.get());
            }
        } else if (key == SortKey.ISSUE_DATE) {
            byKey = sign * a.issueDate().compareTo(b.issueDate());
        } else if (key == SortKey.AMOUNT_DUE) {
            String ca = a.amountDue().getCurrency().getCurrencyCode();
            String cb = b.amountDue().getCurrency().getCurrencyCode();
            byKey = sign
                    * (ca.equals(cb)
                            ? Amounts.decimal(a.amountDue()).compareTo(Amounts.decimal(b.amountDue()))
                            : ca.compareTo(cb));
        } else if (key == SortKey.CUSTOMER) {
            byKey = sign * a.customerNumber().compareTo(b.customerNumber());
        } else {
            byKey = 0;
        }
        return byKey < 0 || byKey == 0 && sign * a.id().compareTo(b.id()) < 0;
    }

    @Provide
    Arbitrary<List<InvoiceRecord>> records() {
        Arbitrary<Spec> spec = Combinators.combine(
                        Arbitraries.integers().between(0, 9),
                        Arbitraries.integers().between(0, 9).injectNull(0.25).map(Optional::ofNullable),
                        Arbitraries.integers().between(1, 4),
                        Arbitraries.of("C1", "C2", "C10"),
                        Arbitraries.of(EUR, EUR, EUR, USD),
                        Arbitraries.of(
                                InvoiceStatus.ISSUED,
                                InvoiceStatus.PARTIALLY_PAID,
                                InvoiceStatus.PAID,
                                InvoiceStatus.CANCELLED),
                        Arbitraries.of("Item", "Réparation vélo", "Café CRÈME"))
                .as(Spec::new);
        return spec.withoutEdgeCases()
                .list()
                .ofMaxSize(40)
                .withSizeDistribution(RandomDistribution.uniform())
                .map(InvoiceRepositoryProperties::toRecords);
    }

    private static List<InvoiceRecord> toRecords(List<Spec> specs) {
        List<InvoiceRecord> records = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            // unique while fewer than 101 records, and "F-10" sorts before "F-9"
            String number = "F-" + (i * 37 % 101);
            LocalDate issued = START.plusDays(s.issueDay());
            Invoice.Builder builder = RepositoryFixtures.document(
                    DocumentType.COMMERCIAL_INVOICE,
                    s.currency(),
                    number,
                    issued,
                    BigDecimal.TEN.multiply(BigDecimal.valueOf(s.tens())).toPlainString(),
                    s.item());
            s.dueDay().ifPresent(d -> builder.dueDate(issued.plusDays(d)));
            Invoice invoice = builder.build();
            boolean open = s.status() == InvoiceStatus.ISSUED || s.status() == InvoiceStatus.PARTIALLY_PAID;
            records.add(new InvoiceRecord(
                    "S",
                    s.customer(),
                    invoice,
                    s.status(),
                    open ? invoice.totals().amountDue() : Amounts.zero(s.currency()),
                    open ? invoice.dueDate() : Optional.empty()));
        }
        return records;
    }

    /** The filters of a generated query; null when left out. */
    record Filters(
            String customer,
            InvoiceStatus status,
            Integer issueDay,
            Integer overdueDay,
            Integer minAmount,
            String text,
            String glob) {}

    /** The sort and page of a generated query. */
    record Order(SortKey key, Direction direction, int pageIndex, int pageSize) {}

    @Provide
    Arbitrary<InvoiceQuery> queries() {
        Arbitrary<Filters> filters = Combinators.combine(
                        Arbitraries.of("C1", "C2", "C10").injectNull(0.75),
                        Arbitraries.of(InvoiceStatus.values()).injectNull(0.75),
                        Arbitraries.integers().between(0, 9).injectNull(0.8),
                        Arbitraries.integers().between(0, 12).injectNull(0.8),
                        Arbitraries.integers().between(1, 5).injectNull(0.8),
                        Arbitraries.of("cafe creme", "VÉLO", "item", "répar", "x")
                                .injectNull(0.8),
                        Arbitraries.of("F-1*", "F-?", "*0").injectNull(0.8))
                .as(Filters::new)
                .withoutEdgeCases();
        Arbitrary<Order> orders = Combinators.combine(
                        Arbitraries.of(SortKey.values()),
                        Arbitraries.of(Direction.values()),
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(1, 10))
                .as(Order::new);
        return Combinators.combine(filters, orders).as(InvoiceRepositoryProperties::query);
    }

    private static InvoiceQuery query(Filters f, Order o) {
        InvoiceQuery.Builder b = InvoiceQuery.builder();
        if (f.customer() != null) {
            b.customerNumber(f.customer());
        }
        if (f.status() != null) {
            b.status(f.status());
        }
        if (f.issueDay() != null) {
            b.issuedBetween(START.plusDays(f.issueDay()), START.plusDays(f.issueDay() + 3));
        }
        if (f.overdueDay() != null) {
            b.overdueAsOf(START.plusDays(f.overdueDay()));
        }
        if (f.minAmount() != null) {
            b.amountDueAtLeast(RepositoryFixtures.eur(String.valueOf(f.minAmount() * 12)));
        }
        if (f.text() != null) {
            b.textContains(f.text());
        }
        if (f.glob() != null) {
            b.numberMatches(f.glob());
        }
        return b.sortBy(o.key(), o.direction())
                .page(o.pageIndex(), o.pageSize())
                .build();
    }
}
