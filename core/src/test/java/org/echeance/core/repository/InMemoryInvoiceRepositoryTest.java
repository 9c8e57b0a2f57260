package org.echeance.core.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.echeance.core.repository.RepositoryFixtures.date;
import static org.echeance.core.repository.RepositoryFixtures.eur;
import static org.echeance.core.repository.RepositoryFixtures.invoice;
import static org.echeance.core.repository.RepositoryFixtures.numbers;
import static org.echeance.core.repository.RepositoryFixtures.sample;
import static org.echeance.core.repository.RepositoryFixtures.sampleRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.InvoiceStatus;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.repository.InvoiceQuery.SortKey;
import org.junit.jupiter.api.Test;

class InMemoryInvoiceRepositoryTest {
    private static final LocalDate JAN_15 = date("2026-01-15");
    private static final Invoice FA_1 = invoice("FA-2026-00001", JAN_15, "100");

    @Test
    void findsWhatWasSaved() {
        InMemoryInvoiceRepository repository = InMemoryInvoiceRepository.create();
        InvoiceRecord record = InvoiceRecord.ofIssued("seller-A", "C1", FA_1);

        repository.save(record);

        assertThat(repository.find("seller-A", "FA-2026-00001")).contains(record);
        assertThat(repository.find("seller-A", "FA-2026-00002")).isEmpty();
        assertThat(repository.find("seller-B", "FA-2026-00001")).isEmpty();
        assertThat(repository).hasToString("InMemoryInvoiceRepository[1 sellers, 1 records]");
    }

    @Test
    void savingANewSnapshotUpdatesTheState() {
        InMemoryInvoiceRepository repository = InMemoryInvoiceRepository.create();
        InvoiceRecord issued = InvoiceRecord.ofIssued("seller-A", "C1", FA_1);
        repository.save(issued);

        InvoiceRecord partly = issued.withState(InvoiceStatus.PARTIALLY_PAID, eur("20.00"), Optional.of(JAN_15));
        repository.save(partly);
        assertThat(repository.find("seller-A", "FA-2026-00001")).contains(partly);

        InvoiceRecord paid = partly.withState(InvoiceStatus.PAID, eur("0"), Optional.empty());
        repository.save(paid);
        assertThat(repository.find("seller-A", "FA-2026-00001")).contains(paid);
        assertThat(repository.count("seller-A", InvoiceQuery.all())).isEqualTo(1);
        assertThat(numbers(repository.search(
                        "seller-A",
                        InvoiceQuery.builder().status(InvoiceStatus.PAID).build())))
                .containsExactly("FA-2026-00001");
    }

    @Test
    void savingTheSameRecordAgainChangesNothing() {
        InMemoryInvoiceRepository repository = InMemoryInvoiceRepository.create();
        InvoiceRecord record = InvoiceRecord.ofIssued("seller-A", "C1", FA_1);

        repository.save(record);
        repository.save(InvoiceRecord.ofIssued("seller-A", "C1", invoice("FA-2026-00001", JAN_15, "100.00")));

        assertThat(repository.find("seller-A", "FA-2026-00001")).contains(record);
    }

    @Test
    void anIssuedDocumentNeverChanges() {
        InMemoryInvoiceRepository repository = InMemoryInvoiceRepository.create();
        InvoiceRecord stored = InvoiceRecord.ofIssued("seller-A", "C1", FA_1);
        repository.save(stored);
        Invoice changed = FA_1.toBuilder()
                .line(InvoiceLine.builder("2", "Extra")
                        .quantity("1", UnitCode.ONE)
                        .unitPrice(eur("1"))
                        .vatRate(VatRate.standard("20"))
                        .build())
                .build();

        assertThatThrownBy(() -> repository.save(InvoiceRecord.ofIssued("seller-A", "C1", changed)))
                .isInstanceOfSatisfying(InvoiceImmutableException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("ECH-REPO-02");
                    assertThat(e.sellerId()).isEqualTo("seller-A");
                    assertThat(e.invoiceNumber()).isEqualTo("FA-2026-00001");
                })
                .hasMessage("seller-A/FA-2026-00001: the document saved differs from the stored one; an issued"
                        + " document never changes, correct it with a credit note (ECH-REPO-02)");
        assertThat(repository.find("seller-A", "FA-2026-00001")).contains(stored);
    }

    @Test
    void aChangedDueDateIsAChangedDocument() {
        InMemoryInvoiceRepository repository = InMemoryInvoiceRepository.create();
        InvoiceRecord stored = InvoiceRecord.ofIssued("seller-A", "C1", FA_1);
        repository.save(stored);
        Invoice later = FA_1.toBuilder().dueDate(JAN_15.plusDays(60)).build();

        assertThatThrownBy(() -> repository.save(InvoiceRecord.ofIssued("seller-A", "C1", later)))
                .isInstanceOf(InvoiceImmutableException.class);
        assertThat(repository.find("seller-A", "FA-2026-00001")).contains(stored);
    }

    @Test
    void anIssuedDocumentStaysWithItsCustomer() {
        InMemoryInvoiceRepository repository = InMemoryInvoiceRepository.create();
        InvoiceRecord stored = InvoiceRecord.ofIssued("seller-A", "C1", FA_1);
        repository.save(stored);

        assertThatThrownBy(() -> repository.save(InvoiceRecord.ofIssued("seller-A", "C2", FA_1)))
                .isInstanceOf(InvoiceImmutableException.class)
                .hasMessageContaining("charged to customer C1, not C2");
        assertThat(repository.find("seller-A", "FA-2026-00001")).contains(stored);
    }

    @Test
    void sellersSharingNumbersNeverSeeEachOther() {
        InMemoryInvoiceRepository repository = InMemoryInvoiceRepository.create();
        sample("company-A").forEach(repository::save);
        // company B uses the same numbers and customer numbers, with other documents and states
        List<InvoiceRecord> companyB = new ArrayList<>();
        for (InvoiceRecord a : sample("company-A").subList(0, 3)) {
            Invoice other = invoice(a.id(), a.issueDate().plusDays(1), "7");
            companyB.add(InvoiceRecord.ofIssued("company-B", a.customerNumber(), other));
        }
        companyB.forEach(repository::save);

        Page<InvoiceRecord> pageA = repository.search("company-A", InvoiceQuery.all());
        Page<InvoiceRecord> pageB = repository.search("company-B", InvoiceQuery.all());
        assertThat(pageA.items()).extracting(InvoiceRecord::sellerId).containsOnly("company-A");
        assertThat(pageA.totalItems()).isEqualTo(7);
        assertThat(pageA.items()).containsExactlyInAnyOrderElementsOf(sample("company-A"));
        assertThat(pageB.items()).extracting(InvoiceRecord::sellerId).containsOnly("company-B");
        assertThat(pageB.items()).containsExactlyInAnyOrderElementsOf(companyB);

        InvoiceQuery c1 = InvoiceQuery.builder().customerNumber("C1").build();
        assertThat(repository.count("company-A", c1)).isEqualTo(2);
        assertThat(repository.count("company-B", c1)).isEqualTo(1);
        assertThat(repository.find("company-B", "FA-2026-001")).contains(companyB.get(1));
        assertThat(repository.find("company-A", "FA-2026-001"))
                .contains(sample("company-A").get(1));
        assertThat(repository.search("company-C", InvoiceQuery.all()))
                .isEqualTo(new Page<InvoiceRecord>(List.of(), 0, InvoiceQuery.DEFAULT_PAGE_SIZE, 0));
        assertThat(repository.count("company-C", InvoiceQuery.all())).isZero();
        assertThat(repository.find("company-C", "FA-2026-001")).isEmpty();
    }

    @Test
    void pagesWalkThroughTheSortedResult() {
        InMemoryInvoiceRepository repository = sampleRepository("S1");
        InvoiceQuery query =
                InvoiceQuery.builder().sortBy(SortKey.ISSUE_DATE).page(0, 3).build();

        Page<InvoiceRecord> first = repository.search("S1", query);
        Page<InvoiceRecord> second = repository.search("S1", query.withPage(1, 3));
        Page<InvoiceRecord> third = repository.search("S1", query.withPage(2, 3));
        Page<InvoiceRecord> past = repository.search("S1", query.withPage(3, 3));

        assertThat(numbers(first)).containsExactly("FA-2025-099", "FA-2026-001", "FA-2026-002");
        assertThat(numbers(second)).containsExactly("FA-2026-003", "AV-2026-001", "FA-2026-004");
        assertThat(numbers(third)).containsExactly("FA-2026-005");
        assertThat(past.items()).isEmpty();
        assertThat(List.of(first, second, third, past))
                .allSatisfy(p -> assertThat(p.totalItems()).isEqualTo(7))
                .allSatisfy(p -> assertThat(p.totalPages()).isEqualTo(3))
                .extracting(Page::hasNext)
                .containsExactly(true, true, false, false);
        assertThat(repository.count("S1", query.withPage(2, 1))).isEqualTo(7);
    }

    @Test
    void nullsAreRejectedWithTheirName() {
        InMemoryInvoiceRepository repository = InMemoryInvoiceRepository.create();

        assertThatThrownBy(() -> repository.save(null)).hasMessage("record");
        assertThatThrownBy(() -> repository.find(null, "F")).hasMessage("sellerId");
        assertThatThrownBy(() -> repository.find("S", null)).hasMessage("number");
        assertThatThrownBy(() -> repository.search(null, InvoiceQuery.all())).hasMessage("sellerId");
        assertThatThrownBy(() -> repository.count("S", null)).hasMessage("query");
    }

    /**
     * Eight threads save, update and search two sellers' records at once; afterwards every record is found in its
     * last state, and no search ever saw a torn page or another seller's record.
     */
    @Test
    void concurrentSavesAndSearchesLoseNothing() throws Exception {
        InMemoryInvoiceRepository repository = InMemoryInvoiceRepository.create();
        int threads = 8;
        int perThread = 150;
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            tasks.add(() -> {
                String seller = "seller-" + (thread % 2);
                start.await();
                int searches = 0;
                for (int i = 0; i < perThread; i++) {
                    String number = "T" + thread + "-" + i;
                    InvoiceRecord issued = InvoiceRecord.ofIssued(
                            seller, "C" + (i % 5), invoice(number, JAN_15.plusDays(i % 40), "10"));
                    repository.save(issued);
                    repository.save(issued.withState(InvoiceStatus.PAID, eur("0"), Optional.empty()));
                    if (i % 10 == 0) {
                        Page<InvoiceRecord> page = repository.search(
                                seller,
                                InvoiceQuery.builder()
                                        .sortBy(SortKey.ISSUE_DATE)
                                        .page(0, 100)
                                        .build());
                        assertThat(page.items())
                                .extracting(InvoiceRecord::sellerId)
                                .containsOnly(seller);
                        assertThat(page.items().size()).isEqualTo((int) Math.min(100, page.totalItems()));
                        searches++;
                    }
                }
                return searches;
            });
        }
        List<Future<Integer>> futures = new ArrayList<>();
        try {
            for (Callable<Integer> task : tasks) {
                futures.add(executor.submit(task));
            }
            start.countDown();
            for (Future<Integer> f : futures) {
                assertThat(f.get(30, TimeUnit.SECONDS)).isEqualTo(perThread / 10);
            }
        } finally {
            executor.shutdownNow();
            assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }

        InvoiceQuery paid = InvoiceQuery.builder()
                .status(InvoiceStatus.PAID)
                .page(0, InvoiceQuery.MAX_PAGE_SIZE)
                .build();
        for (int s = 0; s < 2; s++) {
            String seller = "seller-" + s;
            assertThat(repository.count(seller, InvoiceQuery.all())).isEqualTo(threads / 2 * perThread);
            assertThat(repository.count(seller, paid)).isEqualTo(threads / 2 * perThread);
            Set<String> found = new HashSet<>(numbers(repository.search(seller, paid)));
            assertThat(found).hasSize(threads / 2 * perThread);
        }
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < perThread; i++) {
                assertThat(repository.find("seller-" + (t % 2), "T" + t + "-" + i))
                        .get()
                        .extracting(InvoiceRecord::status)
                        .isEqualTo(InvoiceStatus.PAID);
                assertThat(repository.find("seller-" + ((t + 1) % 2), "T" + t + "-" + i))
                        .isEmpty();
            }
        }
    }
}
