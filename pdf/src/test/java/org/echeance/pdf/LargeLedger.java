package org.echeance.pdf;

import static org.echeance.pdf.PdfFixtures.EUR;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.echeance.overdue.OverdueAnalysis;
import org.echeance.overdue.ReceivableItem;
import org.echeance.overdue.ReceivablesLedger;
import org.javamoney.moneta.Money;

/**
 * A seller with many customers, generated on the fly so that the ledger itself takes no memory: the analyses stream
 * it, as they would a database cursor.
 *
 * <p>As of {@link #AS_OF}, every customer {@code i} (from 1, number {@code C000001}…) owes invoice {@code N<i>} of
 * {@code 100.00 + (i mod 100) / 100}, due 15 days later; one customer in {@code lateEvery} (those with {@code i}
 * a multiple of it) also owes invoice {@code O<i>} of {@code 50.00 + (i mod 50) / 100}, due {@code 1 + (i mod 120)}
 * days before the as-of date. Every invoice is issued 30 days before its due date. So every customer has one row in
 * the aging table, and the late ones one row in the late customers.
 */
final class LargeLedger {
    static final LocalDate AS_OF = LocalDate.of(2026, 3, 15);
    static final String SELLER = "S";

    private final int customers;
    private final int lateEvery;

    private LargeLedger(int customers, int lateEvery) {
        this.customers = customers;
        this.lateEvery = lateEvery;
    }

    static LargeLedger of(int customers, int lateEvery) {
        return new LargeLedger(customers, lateEvery);
    }

    int customers() {
        return customers;
    }

    boolean isLate(int i) {
        return i % lateEvery == 0;
    }

    int lateCustomers() {
        return customers / lateEvery;
    }

    static String customerNumber(int i) {
        return String.format("C%06d", i);
    }

    static BigDecimal notYetDue(int i) {
        return BigDecimal.valueOf(10_000 + i % 100, 2);
    }

    static BigDecimal overdue(int i) {
        return BigDecimal.valueOf(5_000 + i % 50, 2);
    }

    static int daysLate(int i) {
        return 1 + i % 120;
    }

    /** The ledger; every call streams the items anew. */
    ReceivablesLedger ledger() {
        return seller -> SELLER.equals(seller)
                ? IntStream.rangeClosed(1, customers).boxed().flatMap(this::items)
                : Stream.empty();
    }

    private Stream<ReceivableItem> items(int i) {
        LocalDate due = AS_OF.plusDays(15);
        ReceivableItem notYetDue = ReceivableItem.builder(customerNumber(i), "N" + i, EUR)
                .issueDate(due.minusDays(30))
                .dueDate(due)
                .amount(Money.of(notYetDue(i), EUR))
                .build();
        if (!isLate(i)) {
            return Stream.of(notYetDue);
        }
        LocalDate late = AS_OF.minusDays(daysLate(i));
        return Stream.of(
                notYetDue,
                ReceivableItem.builder(customerNumber(i), "O" + i, EUR)
                        .issueDate(late.minusDays(30))
                        .dueDate(late)
                        .amount(Money.of(overdue(i), EUR))
                        .build());
    }

    /** The report, as the overdue module computes it, with the months from October 2025. */
    ReceivablesReport report() {
        return ReceivablesReport.of(
                OverdueAnalysis.of(ledger()),
                SELLER,
                AS_OF,
                YearMonth.from(AS_OF).minusMonths(5));
    }
}
