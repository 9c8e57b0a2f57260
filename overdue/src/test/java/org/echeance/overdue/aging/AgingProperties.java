package org.echeance.overdue.aging;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.echeance.core.money.Amounts;
import org.echeance.overdue.ItemArbitraries;
import org.echeance.overdue.ReceivableItem;
import org.echeance.overdue.Settlement;

class AgingProperties {
    @Provide
    Arbitrary<List<ReceivableItem>> ledgers() {
        return ItemArbitraries.items(true).list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<ReceivableItem>> unpaidLedgers() {
        return ItemArbitraries.items(false).list().ofMinSize(1).ofMaxSize(40);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return ItemArbitraries.dates();
    }

    @Property
    void bucketsSumToOutstandingPerCurrency(
            @ForAll("ledgers") List<ReceivableItem> items, @ForAll("dates") LocalDate asOf) {
        AgingReport report = Aging.standard().report(items, asOf);

        for (AgingRow total : report.totals()) {
            CurrencyUnit currency = total.currency();
            BigDecimal expected = items.stream()
                    .filter(i -> i.currency().equals(currency))
                    .map(i -> Amounts.decimal(i.openAmountOn(asOf)))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum(total)).isEqualByComparingTo(expected);
            assertThat(Amounts.decimal(total.total())).isEqualByComparingTo(expected);
            BigDecimal rows = report.rows().stream()
                    .filter(r -> r.currency().equals(currency))
                    .map(AgingProperties::sum)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(rows).isEqualByComparingTo(expected);
        }
        for (AgingRow row : report.rows()) {
            assertThat(sum(row)).isEqualByComparingTo(Amounts.decimal(row.total()));
            assertThat(row.total().isPositive()).isTrue();
        }
    }

    @Property
    void agingIsMonotoneInAsOfDate(
            @ForAll("unpaidLedgers") List<ReceivableItem> items, @ForAll @IntRange(min = 0, max = 400) int laterBy) {
        LocalDate first = ItemArbitraries.START.plusDays(731);
        LocalDate later = first.plusDays(laterBy);
        AgingReport before = Aging.standard().report(items, first);
        AgingReport after = Aging.standard().report(items, later);

        for (ReceivableItem item : items) {
            assertThat(Aging.standard().bucketOf(item, later))
                    .isGreaterThanOrEqualTo(Aging.standard().bucketOf(item, first));
        }
        for (CurrencyUnit currency : before.currencies()) {
            AgingRow a = before.total(currency);
            AgingRow b = after.total(currency);
            assertThat(Amounts.decimal(b.total())).isEqualByComparingTo(Amounts.decimal(a.total()));
            for (int k = 0; k < a.amounts().size(); k++) {
                // what is at least k buckets old only grows: amounts move to older buckets
                assertThat(tail(b, k)).isGreaterThanOrEqualTo(tail(a, k));
            }
        }
    }

    @Property
    void payingAnInvoiceRemovesExactlyItsAmount(
            @ForAll("ledgers") List<ReceivableItem> items,
            @ForAll("dates") LocalDate asOf,
            @ForAll @IntRange(min = 0, max = 39) int pick) {
        List<ReceivableItem> open =
                items.stream().filter(i -> i.openAmountOn(asOf).isPositive()).toList();
        if (open.isEmpty()) {
            return;
        }
        ReceivableItem target = open.get(pick % open.size());
        BigDecimal amount = Amounts.decimal(target.openAmountOn(asOf));
        ReceivableItem.Builder paid = ReceivableItem.builder(
                        target.customerNumber(), target.invoiceNumber(), target.currency())
                .installment(target.installmentNumber(), target.installmentCount())
                .issueDate(target.issueDate())
                .dueDate(target.dueDate())
                .amount(target.amount());
        target.settlements().forEach(paid::settlement);
        paid.settlement(Settlement.payment("PAY-ALL", asOf, target.openAmountOn(asOf)));
        List<ReceivableItem> after = new ArrayList<>(items);
        after.set(items.indexOf(target), paid.build());

        AgingReport r1 = Aging.standard().report(items, asOf);
        AgingReport r2 = Aging.standard().report(after, asOf);

        int bucket = Aging.standard().bucketOf(target, asOf);
        AgingRow t1 = r1.total(target.currency());
        AgingRow t2 = r2.total(target.currency());
        for (int k = 0; k < t1.amounts().size(); k++) {
            BigDecimal expected = Amounts.decimal(t1.amount(k)).subtract(k == bucket ? amount : BigDecimal.ZERO);
            assertThat(Amounts.decimal(t2.amount(k))).isEqualByComparingTo(expected);
        }
    }

    private static BigDecimal sum(AgingRow row) {
        return row.amounts().stream().map(Amounts::decimal).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal tail(AgingRow row, int from) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = from; i < row.amounts().size(); i++) {
            total = total.add(Amounts.decimal(row.amount(i)));
        }
        return total;
    }
}
