package org.echeance.overdue.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.money.CurrencyUnit;

/**
 * Mutable accumulators, one per customer and currency: the only state the streaming reports keep, so their memory
 * grows with the number of customers. Not API; used by one thread.
 *
 * @param <T> the accumulator type
 */
public final class PerCustomer<T> {
    private final Map<String, Node<T>> byCustomer = new HashMap<>();
    private final Supplier<T> factory;

    /**
     * Creates an empty set of accumulators.
     *
     * @param factory creates the accumulator of a new customer and currency
     */
    public PerCustomer(Supplier<T> factory) {
        this.factory = factory;
    }

    /**
     * Returns the accumulator of a customer in a currency, creating it when first asked.
     *
     * @param customer the customer number
     * @param currency the currency
     * @return the accumulator
     */
    public T get(String customer, CurrencyUnit currency) {
        Node<T> first = byCustomer.get(customer);
        for (Node<T> node = first; node != null; node = node.next) {
            if (node.currency == currency || node.currency.equals(currency)) {
                return node.value;
            }
        }
        Node<T> added = new Node<>(customer, currency, factory.get(), first);
        byCustomer.put(customer, added);
        return added.value;
    }

    /**
     * Returns every accumulator, ordered by currency code then customer number.
     *
     * @return the entries
     */
    public List<Entry<T>> entries() {
        List<Entry<T>> all = new ArrayList<>();
        for (Node<T> first : byCustomer.values()) {
            for (Node<T> node = first; node != null; node = node.next) {
                all.add(new Entry<>(node.customer, node.currency, node.value));
            }
        }
        all.sort(Comparator.comparing((Entry<T> e) -> e.currency().getCurrencyCode())
                .thenComparing(Entry::customer));
        return all;
    }

    /**
     * One accumulator with its customer and currency.
     *
     * @param customer the customer number
     * @param currency the currency
     * @param value the accumulator
     * @param <T> the accumulator type
     */
    public record Entry<T>(String customer, CurrencyUnit currency, T value) {}

    private static final class Node<T> {
        final String customer;
        final CurrencyUnit currency;
        final T value;
        final Node<T> next;

        Node(String customer, CurrencyUnit currency, T value, Node<T> next) {
            this.customer = customer;
            this.currency = currency;
            this.value = value;
            this.next = next;
        }
    }
}
