package org.echeance.overdue.dso;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.echeance.overdue.ItemArbitraries;
import org.echeance.overdue.ReceivableItem;
import org.echeance.overdue.Settlement;

class DsoProperties {
    @Provide
    Arbitrary<List<ReceivableItem>> paidOnIssue() {
        return ItemArbitraries.items(false)
                .map(i -> ReceivableItem.builder(i.customerNumber(), i.invoiceNumber(), i.currency())
                        .issueDate(i.issueDate())
                        .dueDate(i.dueDate())
                        .amount(i.amount())
                        .settlement(Settlement.payment("P-" + i.invoiceNumber(), i.issueDate(), i.amount()))
                        .build())
                .list()
                .ofMinSize(1)
                .ofMaxSize(30);
    }

    @Property
    void dsoOfALedgerPaidOnIssueIsZero(
            @ForAll("paidOnIssue") List<ReceivableItem> items,
            @ForAll @IntRange(min = 0, max = 800) int asOfDay,
            @ForAll @IntRange(min = 1, max = 24) int months) {
        LocalDate asOf = ItemArbitraries.START.plusDays(asOfDay);
        LocalDate from = asOf.minusDays(89);

        DaysSalesOutstanding.simple(items.stream(), from, asOf)
                .values()
                .forEach(r -> assertThat(r.days()).contains(BigDecimal.ZERO.setScale(2)));
        DaysSalesOutstanding.countBack(items.stream(), asOf, months)
                .values()
                .forEach(r -> assertThat(r.days()).contains(BigDecimal.ZERO.setScale(2)));
    }

    @Property
    void simpleDsoNeverExceedsThePeriodWhenEverythingOpenWasSoldInIt(@ForAll("unpaid") List<ReceivableItem> items) {
        LocalDate from = ItemArbitraries.START;
        LocalDate asOf = ItemArbitraries.START.plusDays(730);
        // every item is issued in [from, asOf] and unpaid: receivables = sales, DSO = the period's days
        DaysSalesOutstanding.simple(items.stream(), from, asOf)
                .values()
                .forEach(r -> assertThat(r.days()).contains(new BigDecimal("731.00")));
    }

    @Provide
    Arbitrary<List<ReceivableItem>> unpaid() {
        return ItemArbitraries.items(false).list().ofMinSize(1).ofMaxSize(30);
    }
}
