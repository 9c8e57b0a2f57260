package org.echeance.scheduling.subscription;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.echeance.core.validation.ValidationException;
import org.echeance.scheduling.subscription.internal.Drafts;
import org.echeance.scheduling.subscription.internal.Drafts.Due;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bills subscriptions "for a date": every period due on or before that date, each once, as draft invoices.
 *
 * <h2>What a run bills</h2>
 *
 * <p>For each subscription, every period whose billing date (see {@link BillingTiming}) is on or before the date
 * and that no run has claimed yet. A missed run is caught up by the next one, and every date of a caught-up
 * invoice comes from the schedule: a period due on 31 January and billed by a run for 3 April is issued on 31
 * January, due by its terms from 31 January, for the days of its period. A period whose days are all paused is
 * not billed (nor claimed): if the pause is shortened later, the next run bills what became billable.
 *
 * <h2>Once per period</h2>
 *
 * <p>Before it returns a period's draft, the run claims the key {@code (seller, subscription, period start)} in
 * its {@link BillingRunStore}, and returns drafts only for the claims it won. Running again for the same date, every
 * hour, or at the same time on several nodes (each with its own {@code BillingRun} over one shared store) bills each
 * period once. Keys are claimed in one order, by seller, subscription and period start, so that concurrent runs on
 * a database wait for each other instead of deadlocking. With {@link JdbcBillingRunStore} the claims belong to the
 * caller's transaction: save the returned invoices in it and commit; a rollback frees the claims for the next run.
 * If the run fails midway, it releases the claims it made before throwing.
 *
 * <p>Each run claims every period since each subscription's start (the claims of periods billed before cost one
 * indexed lookup each). For a subscription taken over from another system, set its start to the first period
 * Echeance bills.
 *
 * <h2>Preview</h2>
 *
 * <p>{@link #preview(LocalDate, Collection)} computes the same drafts with the same engine and touches no store:
 * it is what a run for that date bills on an empty store, and a "what if" for changed subscriptions.
 *
 * <p>This class is immutable and thread-safe when its store is.
 */
public final class BillingRun {
    private static final Logger LOG = LoggerFactory.getLogger(BillingRun.class);
    private static final Comparator<Subscription> ORDER =
            Comparator.comparing(Subscription::sellerId).thenComparing(Subscription::id);

    private final BillingRunStore store;

    private BillingRun(BillingRunStore store) {
        this.store = store;
    }

    /**
     * Returns a billing run over a store.
     *
     * @param store where billed periods are claimed
     * @return the billing run
     */
    public static BillingRun of(BillingRunStore store) {
        return new BillingRun(Objects.requireNonNull(store, "store"));
    }

    /**
     * Bills every period due on or before a date, under a new run id.
     *
     * @param date the date the run is for
     * @param subscriptions the subscriptions to bill, each once
     * @return the periods this run claimed, with their drafts, by seller, subscription and period
     * @throws ValidationException if a subscription is given twice (ECH-SUB-13)
     * @throws org.echeance.core.EcheanceException if the store fails; the claims made are released
     */
    public List<BilledPeriod> run(LocalDate date, Collection<Subscription> subscriptions) {
        Objects.requireNonNull(date, "date");
        return run(date, subscriptions, "run-" + date + "-" + UUID.randomUUID());
    }

    /**
     * Bills every period due on or before today, the date a clock shows in a time zone.
     *
     * <p>Run it as often as wanted (every hour, from every node): each period is billed once, on its scheduled
     * date.
     *
     * @param clock the clock that says what day it is
     * @param zone the time zone of the business, in which the day is read
     * @param subscriptions the subscriptions to bill, each once
     * @return the periods this run claimed, with their drafts
     * @throws ValidationException if a subscription is given twice (ECH-SUB-13)
     * @throws org.echeance.core.EcheanceException if the store fails; the claims made are released
     */
    public List<BilledPeriod> run(Clock clock, ZoneId zone, Collection<Subscription> subscriptions) {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(zone, "zone");
        return run(LocalDate.ofInstant(clock.instant(), zone), subscriptions);
    }

    /**
     * Bills every period due on or before a date, under a given run id.
     *
     * @param date the date the run is for
     * @param subscriptions the subscriptions to bill, each once
     * @param runId the id the claims are recorded under
     * @return the periods this run claimed, with their drafts, by seller, subscription and period
     * @throws ValidationException if a subscription is given twice (ECH-SUB-13)
     * @throws org.echeance.core.EcheanceException if the store fails; the claims made are released
     */
    public List<BilledPeriod> run(LocalDate date, Collection<Subscription> subscriptions, String runId) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(runId, "runId");
        List<Subscription> ordered = ordered(subscriptions);
        List<Subscription> owners = new ArrayList<>();
        List<Due> claimed = new ArrayList<>();
        int due = 0;
        try {
            for (Subscription subscription : ordered) {
                for (Due period : Drafts.due(subscription, null, date)) {
                    due++;
                    if (store.claim(
                            subscription.sellerId(),
                            subscription.id(),
                            period.period().startInclusive(),
                            runId)) {
                        owners.add(subscription);
                        claimed.add(period);
                    }
                }
            }
            List<BilledPeriod> billed = new ArrayList<>(claimed.size());
            for (int i = 0; i < claimed.size(); i++) {
                billed.add(Drafts.bill(owners.get(i), claimed.get(i)));
            }
            LOG.debug("Billing run {} for {}: {} periods due, {} claimed and billed", runId, date, due, billed.size());
            return List.copyOf(billed);
        } catch (RuntimeException e) {
            releaseAfterFailure(owners, claimed, e);
            throw e;
        }
    }

    /**
     * Returns what a run for a date bills on an empty store: every period due on or before {@code asOf}, with its
     * draft. Reads and writes no store and holds no lock.
     *
     * <p>Give changed subscriptions (a new price, a cancellation) to see what the change will bill.
     *
     * @param asOf the date of the run to preview
     * @param subscriptions the subscriptions
     * @return the billed periods, exactly as {@link #run(LocalDate, Collection)} on an empty store returns them
     * @throws ValidationException if a subscription is given twice (ECH-SUB-13)
     */
    public static List<BilledPeriod> preview(LocalDate asOf, Collection<Subscription> subscriptions) {
        Objects.requireNonNull(asOf, "asOf");
        return previewBetween(null, asOf, subscriptions);
    }

    /**
     * Returns the periods whose billing date falls from one date to another, both inclusive, with their drafts:
     * for example the invoices of the coming 30 days. Reads and writes no store.
     *
     * @param fromInclusive the first billing date wanted
     * @param toInclusive the last billing date wanted
     * @param subscriptions the subscriptions
     * @return the billed periods, by seller, subscription and period
     * @throws ValidationException if a subscription is given twice (ECH-SUB-13)
     */
    public static List<BilledPeriod> preview(
            LocalDate fromInclusive, LocalDate toInclusive, Collection<Subscription> subscriptions) {
        Objects.requireNonNull(fromInclusive, "fromInclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        return previewBetween(fromInclusive, toInclusive, subscriptions);
    }

    private static List<BilledPeriod> previewBetween(
            LocalDate fromInclusive, LocalDate asOf, Collection<Subscription> subscriptions) {
        List<BilledPeriod> billed = new ArrayList<>();
        for (Subscription subscription : ordered(subscriptions)) {
            for (Due period : Drafts.due(subscription, fromInclusive, asOf)) {
                billed.add(Drafts.bill(subscription, period));
            }
        }
        return List.copyOf(billed);
    }

    private static List<Subscription> ordered(Collection<Subscription> subscriptions) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        List<Subscription> ordered = new ArrayList<>(subscriptions.size());
        Map<List<String>, Integer> seen = new HashMap<>();
        int index = 0;
        for (Subscription subscription : subscriptions) {
            Objects.requireNonNull(subscription, "subscriptions[" + index + "]");
            Integer first = seen.putIfAbsent(List.of(subscription.sellerId(), subscription.id()), index);
            if (first != null) {
                throw ValidationException.of(
                        "ECH-SUB-13",
                        "subscriptions[" + index + "]",
                        "subscription \"" + subscription.id() + "\" of seller \"" + subscription.sellerId()
                                + "\" is given twice (first at index " + first + ")");
            }
            ordered.add(subscription);
            index++;
        }
        ordered.sort(ORDER);
        return ordered;
    }

    private void releaseAfterFailure(List<Subscription> owners, List<Due> claimed, RuntimeException failure) {
        for (int i = 0; i < claimed.size(); i++) {
            try {
                store.release(
                        owners.get(i).sellerId(),
                        owners.get(i).id(),
                        claimed.get(i).period().startInclusive());
            } catch (RuntimeException releaseFailure) {
                failure.addSuppressed(releaseFailure);
            }
        }
    }
}
