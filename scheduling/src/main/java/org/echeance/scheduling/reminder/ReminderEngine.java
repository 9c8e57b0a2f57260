package org.echeance.scheduling.reminder;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.echeance.core.invoice.InvoiceStateException;
import org.echeance.core.ledger.CustomerAccount;
import org.echeance.core.ledger.InvoiceCharged;
import org.echeance.core.ledger.LedgerEntry;
import org.echeance.core.ledger.OpenItem;
import org.echeance.core.money.CurrencyMismatchException;
import org.echeance.core.terms.LatePaymentTerms;
import org.echeance.core.text.DocumentText;
import org.echeance.core.validation.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Produces the reminders due for a customer account on a day, following a {@link ReminderPlan}: the one dunning
 * engine for every receivable, whatever created the invoice, and the one code path for scheduled runs and for
 * reminders sent by hand.
 *
 * <p><b>Per open item, from the ledger.</b> Each open item of the account (an installment, or a whole invoice paid at
 * once, with something left to pay) goes through the plan on its own. The items are read from the account each
 * time, as it is: a payment recorded on it counts whatever its date, so an installment that is paid gets no reminder
 * from then on, and a partly paid one states what remains. A reversed payment reopens the item and its plan goes on
 * (steps already recorded are not repeated). An invoice issued after the day asked for gets nothing on that day.
 *
 * <p><b>Which step.</b> A step is due for an item on {@code dueDate + offsetDays}. On a day, the engine produces for
 * each item the <em>latest</em> step due by then, if no step from that one on was recorded for the item in the
 * {@link ReminderLog}. When several steps are due at once (the job did not run for a while, an invoice was charged
 * with a past due date, a promise to pay ran out) only the latest is produced: the customer gets one message, not a
 * burst; the earlier steps are recorded as skipped (and listed in {@link Reminder#skippedSteps()}) so they are never
 * sent afterwards. Dunning never goes back: once a step is recorded, no earlier step is produced.
 *
 * <p><b>Once.</b> A reminder is produced when the engine is the first to {@link ReminderLog#record record} its key
 * (seller, customer, invoice, installment, step): running the engine 24 times on a day, or on several nodes sharing
 * a database log, produces each reminder once, and with it each fee once. The engine computes and renders every
 * reminder before it records anything, so a call that throws records nothing.
 *
 * <p><b>By hand.</b> {@link #sendNow} produces a chosen step for an item now, through the same checks and the same
 * log, without waiting for the step's day: it is not produced for a paid or excluded item, nor if that step or a
 * later one was already recorded; the earlier steps are recorded as skipped.
 *
 * <p><b>Exclusions.</b> While a {@link ReminderExclusion} holds (a promise to pay), nothing is produced nor recorded
 * for the invoice.
 *
 * <p>The amount stated is the item's open amount; the deadline is the step's new deadline counted from the
 * reminder's day (so that a late run still gives the full delay), or the due date. Reminders come in the order of
 * the account's open items (oldest due first). One customer with several late invoices gets one reminder per
 * installment; grouping them into one letter is up to the application.
 *
 * <p>This class is immutable and thread-safe; its thread safety across runs is the log's.
 */
public final class ReminderEngine {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderEngine.class);

    private final ReminderTemplates templates;

    private ReminderEngine(ReminderTemplates templates) {
        this.templates = templates;
    }

    /**
     * Returns an engine writing with some templates.
     *
     * @param templates the wording
     * @return the engine
     */
    public static ReminderEngine of(ReminderTemplates templates) {
        return new ReminderEngine(Objects.requireNonNull(templates, "templates"));
    }

    /**
     * Returns an engine writing with the built-in French and English templates.
     *
     * @return the engine
     */
    public static ReminderEngine ofBuiltInTemplates() {
        return new ReminderEngine(ReminderTemplates.builtIn());
    }

    /**
     * Returns the templates the engine writes with.
     *
     * @return the templates
     */
    public ReminderTemplates templates() {
        return templates;
    }

    /**
     * Returns the reminders due on a day for a French-speaking customer without late-payment terms nor exclusions;
     * see {@link #remindersDue(CustomerAccount, ReminderPlan, ReminderContext, LocalDate, ReminderLog)}.
     *
     * @param account the customer's account
     * @param plan the plan
     * @param asOf the day
     * @param log the log that makes each reminder happen once
     * @return the reminders produced, oldest due item first
     */
    public List<Reminder> remindersDue(CustomerAccount account, ReminderPlan plan, LocalDate asOf, ReminderLog log) {
        return remindersDue(account, plan, ReminderContext.of(Locale.FRENCH), asOf, log);
    }

    /**
     * Returns the reminders due on a day for an account, and records them in the log: for each open item, the
     * latest step due by that day, unless it or a later step was recorded before.
     *
     * <p>For example, with {@link ReminderPlan#frenchDefault()}, an installment due on 1 March and unpaid gets the
     * friendly notice on 22 February, the due-date notice on 1 March, the first reminder on 8 March…; a run on 10
     * March that finds nothing recorded produces the first reminder only, and records the two notices as skipped.
     *
     * @param account the customer's account
     * @param plan the plan
     * @param context the customer's language, late-payment terms and exclusions
     * @param asOf the day, from the application's clock in the account's zone
     * @param log the log that makes each reminder happen once
     * @return the reminders produced, oldest due item first; empty when nothing is due
     * @throws CurrencyMismatchException if a step's fee is not in the account's currency
     * @throws ValidationException if a step's template has no subject or body ({@code ECH-REMIND-21}) or states a
     *     value the reminder does not have ({@code ECH-REMIND-22}); nothing is recorded then
     */
    public List<Reminder> remindersDue(
            CustomerAccount account, ReminderPlan plan, ReminderContext context, LocalDate asOf, ReminderLog log) {
        requireArguments(account, plan, context, asOf, log);
        checkPlan(account, plan, context);
        List<Candidate> candidates = new ArrayList<>();
        for (OpenItem item : account.openItems()) {
            int latest = latestDueStep(plan, item.dueDate(), asOf);
            if (latest >= 0) {
                candidate(account, plan, context, item, latest, asOf, log).ifPresent(candidates::add);
            }
        }
        List<Reminder> produced = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            claim(candidate, log).ifPresent(produced::add);
        }
        return List.copyOf(produced);
    }

    /**
     * Produces one step for one item now, by hand, for a French-speaking customer without late-payment terms nor
     * exclusions; see {@link #sendNow(CustomerAccount, ReminderPlan, ReminderContext, String, OpenItem, LocalDate,
     * ReminderLog)}.
     *
     * @param account the customer's account
     * @param plan the plan
     * @param stepKey the step to send
     * @param item the item, as listed by the account; only its invoice and installment numbers are used
     * @param asOf the day
     * @param log the log
     * @return the reminder, or empty if it is not to be produced
     */
    public Optional<Reminder> sendNow(
            CustomerAccount account,
            ReminderPlan plan,
            String stepKey,
            OpenItem item,
            LocalDate asOf,
            ReminderLog log) {
        return sendNow(account, plan, ReminderContext.of(Locale.FRENCH), stepKey, item, asOf, log);
    }

    /**
     * Produces one step for one item now, by hand ("send the second reminder now"), through the same path as the
     * scheduled run, whether or not the step's day has come.
     *
     * <p>The item is read again from the account: nothing is produced if it is paid by now, if an exclusion holds
     * for its invoice on {@code asOf}, if the invoice is issued after {@code asOf}, or if this step or a later one
     * was already recorded for it (so repeating the call, or a scheduled run the same day, produces it once). The
     * earlier steps not yet recorded are recorded as skipped.
     *
     * @param account the customer's account
     * @param plan the plan
     * @param context the customer's language, late-payment terms and exclusions
     * @param stepKey the step to send
     * @param item the item, as listed by the account; only its invoice and installment numbers are used
     * @param asOf the day
     * @param log the log
     * @return the reminder, or empty if it is not to be produced
     * @throws ValidationException if the plan has no such step ({@code ECH-REMIND-13}), or its template is
     *     incomplete ({@code ECH-REMIND-21}, {@code ECH-REMIND-22})
     * @throws InvoiceStateException if the item's invoice is not on the account ({@code ECH-LEDGER-05})
     * @throws CurrencyMismatchException if a step's fee is not in the account's currency
     */
    public Optional<Reminder> sendNow(
            CustomerAccount account,
            ReminderPlan plan,
            ReminderContext context,
            String stepKey,
            OpenItem item,
            LocalDate asOf,
            ReminderLog log) {
        requireArguments(account, plan, context, asOf, log);
        Objects.requireNonNull(stepKey, "stepKey");
        Objects.requireNonNull(item, "item");
        int index = plan.indexOf(stepKey);
        checkPlan(account, plan, context);
        account.statusOf(item.invoiceNumber());
        Optional<OpenItem> open = account.openItems().stream()
                .filter(i -> i.invoiceNumber().equals(item.invoiceNumber())
                        && i.installmentNumber() == item.installmentNumber())
                .findFirst();
        if (open.isEmpty()) {
            LOG.debug(
                    "No {} for {} installment {}: it is paid", stepKey, item.invoiceNumber(), item.installmentNumber());
            return Optional.empty();
        }
        return candidate(account, plan, context, open.get(), index, asOf, log).flatMap(c -> claim(c, log));
    }

    // ---------------------------------------------------------------- internals

    /** A rendered reminder, with the keys of the earlier steps to record as skipped once it is claimed. */
    private record Candidate(Reminder reminder, List<ReminderKey> earlier) {}

    private static int latestDueStep(ReminderPlan plan, LocalDate dueDate, LocalDate asOf) {
        int latest = -1;
        List<ReminderStep> steps = plan.steps();
        for (int i = 0; i < steps.size(); i++) {
            if (!steps.get(i).dueOn(dueDate).isAfter(asOf)) {
                latest = i;
            }
        }
        return latest;
    }

    private Optional<Candidate> candidate(
            CustomerAccount account,
            ReminderPlan plan,
            ReminderContext context,
            OpenItem item,
            int index,
            LocalDate asOf,
            ReminderLog log) {
        List<ReminderStep> steps = plan.steps();
        ReminderStep step = steps.get(index);
        if (item.issueDate().isAfter(asOf)) {
            return Optional.empty();
        }
        if (context.isExcluded(item.invoiceNumber(), asOf)) {
            LOG.debug("No {} for {}: excluded on {}", step.key(), item.invoiceNumber(), asOf);
            return Optional.empty();
        }
        for (int i = index; i < steps.size(); i++) {
            if (log.isRecorded(key(account, item, steps.get(i)))) {
                return Optional.empty();
            }
        }
        List<ReminderKey> earlier = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < index; i++) {
            ReminderKey key = key(account, item, steps.get(i));
            earlier.add(key);
            if (!log.isRecorded(key)) {
                skipped.add(key.stepKey());
            }
        }
        return Optional.of(new Candidate(render(account, context, item, step, asOf, skipped), earlier));
    }

    private static Optional<Reminder> claim(Candidate candidate, ReminderLog log) {
        if (!log.record(candidate.reminder().key())) {
            return Optional.empty();
        }
        candidate.earlier().forEach(log::record);
        return Optional.of(candidate.reminder());
    }

    private Reminder render(
            CustomerAccount account,
            ReminderContext context,
            OpenItem item,
            ReminderStep step,
            LocalDate asOf,
            List<String> skipped) {
        String language = templates.languageFor(context.locale());
        DocumentText text = DocumentText.ofLanguage(language);
        LocalDate deadline = step.deadline(item.dueDate(), asOf);
        int daysLate = (int) Math.max(0, ChronoUnit.DAYS.between(item.dueDate(), asOf));
        int installments = installmentCount(account, item.invoiceNumber());
        Map<String, String> values = new HashMap<>();
        values.put("invoice", item.invoiceNumber());
        values.put("installment", Integer.toString(item.installmentNumber()));
        values.put("installments", Integer.toString(installments));
        values.put("amount", text.amount(item.openAmount()));
        values.put("currency", account.currency().getCurrencyCode());
        values.put("dueDate", text.date(item.dueDate()));
        values.put("deadline", text.date(deadline));
        values.put("daysLate", Integer.toString(daysLate));
        values.put("customer", account.customerNumber());
        values.put("seller", account.sellerId());
        Optional<LatePaymentTerms> terms = context.latePaymentTerms();
        Optional<MonetaryAmount> indemnity = terms.flatMap(LatePaymentTerms::recoveryIndemnity);
        terms.ifPresent(t -> values.put("penaltyRate", text.percent(t.annualRatePercent())));
        indemnity.ifPresent(i -> values.put("indemnity", text.amountWithCurrency(i)));
        step.fee().ifPresent(f -> values.put("fee", text.amount(f)));
        Map<String, String> clauses = new HashMap<>();
        clauses.put("installmentClause", installments > 1 ? "clause.installment" : "");
        clauses.put("penaltyClause", terms.isPresent() ? "clause.penalty" : "");
        clauses.put("indemnityClause", indemnity.isPresent() ? "clause.indemnity" : "");
        clauses.put("feeClause", step.fee().isPresent() ? "clause.fee" : "");
        Locale locale = context.locale();
        String subject = templates.render(locale, step.templateKey() + ".subject", values, clauses);
        String body = templates.render(locale, step.templateKey() + ".body", values, clauses);
        return new Reminder(
                account.sellerId(),
                account.customerNumber(),
                item.invoiceNumber(),
                item.installmentNumber(),
                step.key(),
                step.level(),
                asOf,
                item.dueDate(),
                item.openAmount(),
                deadline,
                daysLate,
                step.templateKey(),
                context.locale(),
                step.fee(),
                subject,
                body,
                skipped);
    }

    private void checkPlan(CustomerAccount account, ReminderPlan plan, ReminderContext context) {
        String language = templates.languageFor(context.locale());
        List<ReminderStep> steps = plan.steps();
        for (int i = 0; i < steps.size(); i++) {
            ReminderStep step = steps.get(i);
            if (step.fee().isPresent() && !step.fee().get().getCurrency().equals(account.currency())) {
                throw new CurrencyMismatchException(
                        "plan.steps[" + i + "].fee", step.fee().get().getCurrency(), account.currency());
            }
            for (String part : List.of(".subject", ".body")) {
                if (templates.text(context.locale(), step.templateKey() + part).isEmpty()) {
                    throw ValidationException.of(
                            "ECH-REMIND-21",
                            "templates." + language + "." + step.templateKey() + part,
                            "the template of step " + step.key() + " has no text in " + language);
                }
            }
        }
    }

    private static int installmentCount(CustomerAccount account, String invoiceNumber) {
        for (LedgerEntry entry : account.entries()) {
            if (entry instanceof InvoiceCharged charged
                    && charged.invoiceNumber().equals(invoiceNumber)) {
                return charged.schedule().size();
            }
        }
        return 1;
    }

    private static ReminderKey key(CustomerAccount account, OpenItem item, ReminderStep step) {
        return new ReminderKey(
                account.sellerId(),
                account.customerNumber(),
                item.invoiceNumber(),
                item.installmentNumber(),
                step.key());
    }

    private static void requireArguments(
            CustomerAccount account, ReminderPlan plan, ReminderContext context, LocalDate asOf, ReminderLog log) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(log, "log");
    }

    @Override
    public String toString() {
        return "ReminderEngine[" + templates.languages() + "]";
    }
}
