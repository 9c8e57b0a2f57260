package org.echeance.overdue.dso;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.echeance.core.validation.ValidationException;
import org.echeance.overdue.ReceivableItem;
import org.echeance.overdue.aging.AgingReport;

/**
 * Computes {@link PaymentBehaviour} per customer and overall, for the installments due in a period {@code [from,
 * to]}, read as of {@code to}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PaymentBehaviours {
    private final List<PaymentBehaviour> customers;
    private final PaymentBehaviour overall;

    private PaymentBehaviours(List<PaymentBehaviour> customers, PaymentBehaviour overall) {
        this.customers = List.copyOf(customers);
        this.overall = overall;
    }

    /**
     * Computes the behaviours of the installments due in {@code [from, to]}.
     *
     * @param items the items; read once and closed
     * @param from the first due date counted, included
     * @param to the last due date counted, included; settlements count if effective on or before it
     * @return the behaviours
     * @throws ValidationException if {@code from} is after {@code to} ({@code ECH-OVERDUE-11})
     */
    public static PaymentBehaviours of(Stream<ReceivableItem> items, LocalDate from, LocalDate to) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw ValidationException.of("ECH-OVERDUE-11", "from", from + " is after the end of the period " + to);
        }
        long first = from.toEpochDay();
        long last = to.toEpochDay();
        TreeMap<String, long[]> sums = new TreeMap<>();
        try (items) {
            Iterator<ReceivableItem> it = items.iterator();
            while (it.hasNext()) {
                ReceivableItem item = it.next();
                long due = item.dueEpochDay();
                if (due < first || due > last || item.issueEpochDay() > last) {
                    continue;
                }
                long[] s = sums.computeIfAbsent(item.customerNumber(), c -> new long[4]);
                s[0]++;
                Optional<LocalDate> settled = item.settledDate(to);
                if (settled.isPresent()) {
                    long late = settled.get().toEpochDay() - due;
                    if (late <= 0) {
                        s[1]++;
                    } else {
                        s[2]++;
                        s[3] += late;
                    }
                }
            }
        }
        List<PaymentBehaviour> customers = new ArrayList<>();
        long[] all = new long[4];
        sums.forEach((customer, s) -> {
            customers.add(behaviour(customer, s));
            for (int i = 0; i < 4; i++) {
                all[i] += s[i];
            }
        });
        return new PaymentBehaviours(customers, behaviour(AgingReport.ALL_CUSTOMERS, all));
    }

    private static PaymentBehaviour behaviour(String customer, long[] s) {
        return new PaymentBehaviour(customer, (int) s[0], (int) s[1], (int) s[2], s[3]);
    }

    /**
     * Returns the behaviour of each customer with an installment due in the period, by customer number.
     *
     * @return the behaviours
     */
    public List<PaymentBehaviour> customers() {
        return customers;
    }

    /**
     * Returns the behaviour of one customer.
     *
     * @param customerNumber the customer number
     * @return the behaviour, or empty if nothing of the customer fell due in the period
     */
    public Optional<PaymentBehaviour> customer(String customerNumber) {
        Objects.requireNonNull(customerNumber, "customerNumber");
        return customers.stream()
                .filter(b -> b.customerNumber().equals(customerNumber))
                .findFirst();
    }

    /**
     * Returns the behaviour of all customers together.
     *
     * @return the behaviour
     */
    public PaymentBehaviour overall() {
        return overall;
    }
}
