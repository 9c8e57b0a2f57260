package org.echeance.examples.story;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.money.MonetaryAmount;
import org.echeance.core.customer.Customer;
import org.echeance.core.installment.Deposit;
import org.echeance.core.installment.DueDates;
import org.echeance.core.installment.InstallmentPlan;
import org.echeance.core.installment.PlanShape;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceStatus;
import org.echeance.core.ledger.AccountUpdate;
import org.echeance.core.ledger.AllocationStrategy;
import org.echeance.core.ledger.CustomerAccount;
import org.echeance.core.ledger.DueAmount;
import org.echeance.core.ledger.ItemKind;
import org.echeance.core.ledger.LedgerEntry;
import org.echeance.core.ledger.OpenItem;
import org.echeance.core.ledger.PaymentOutcome;
import org.echeance.core.ledger.PaymentReversed;
import org.echeance.core.money.Amounts;
import org.echeance.core.payment.Payment;
import org.echeance.core.repository.InMemoryInvoiceRepository;
import org.echeance.core.repository.InvoiceRecord;
import org.echeance.core.terms.LatePaymentTerms;
import org.echeance.examples.DemoCompany;
import org.echeance.examples.DemoNumbering;
import org.echeance.examples.story.Cast.Casting;
import org.echeance.examples.story.Cast.PlanKind;
import org.echeance.examples.story.Cast.Project;
import org.echeance.overdue.ReceivableItem;
import org.echeance.overdue.ReceivablesLedger;
import org.echeance.overdue.interest.InterestPeriod;
import org.echeance.overdue.interest.LatePaymentInterest;
import org.echeance.scheduling.Scheduler;
import org.echeance.scheduling.calendar.TimelineScheduler;
import org.echeance.scheduling.reminder.InMemoryReminderLog;
import org.echeance.scheduling.reminder.Reminder;
import org.echeance.scheduling.reminder.ReminderContext;
import org.echeance.scheduling.reminder.ReminderEngine;
import org.echeance.scheduling.reminder.ReminderPlan;
import org.echeance.scheduling.reminder.ReminderStep;
import org.echeance.scheduling.subscription.BilledPeriod;
import org.echeance.scheduling.subscription.BillingRun;
import org.echeance.scheduling.subscription.InMemoryBillingRunStore;
import org.echeance.scheduling.subscription.Subscription;
import org.javamoney.moneta.Money;

/** One playing of the {@link Story}: the mutable state of the run, day by day. Not thread-safe. */
final class StoryRun {
    /** Customers paying by direct debit get no courtesy notice: the debit is collected on the due date. */
    private static final ReminderPlan DEBIT_PLAN =
            ReminderPlan.of(ReminderPlan.frenchDefault().steps().subList(2, 5).toArray(new ReminderStep[0]));

    private static final String BOUNCE_REASON = "AM04";

    /**
     * The days from an installment's due date on which something may happen to it: the reminder steps' offsets, and
     * the due date and the day after (time events), ascending.
     */
    private static final int[] FOLLOW_UP_OFFSETS = Stream.concat(
                    ReminderPlan.frenchDefault().steps().stream().map(ReminderStep::offsetDays), Stream.of(0, 1))
            .mapToInt(Integer::intValue)
            .distinct()
            .sorted()
            .toArray();

    private final StoryConfig config;
    private final StoryListener listener;
    private final PrintStream progress;
    private final OutputLayout layout;
    private final LatePaymentTerms terms = LatePaymentTerms.frenchDefault(DemoCompany.ECB_MAIN_REFINANCING_RATE);
    private final LatePaymentInterest lateInterest = LatePaymentInterest.of(terms);
    private final StoryDocuments documents = new StoryDocuments(terms);
    private final Scheduler scheduler;
    private final Optional<InMemoryInvoiceRepository> repository;

    private final Map<String, StoryCustomer> customers = new TreeMap<>();
    private final Map<String, CustomerAccount> accounts = new TreeMap<>();
    /** The accounts with something left to pay. */
    private final Set<String> owing = new TreeSet<>();
    /**
     * The customers with an installment due on a day: an application's index on due dates, which tells which accounts
     * have a time event or a reminder step on a day (see {@link #followedOn(LocalDate)}).
     */
    private final Map<LocalDate, Set<String>> dueIndex = new HashMap<>();
    /** The accounts changed since the scheduler last ran: a reversal may have reopened a past installment. */
    private final Set<String> touched = new TreeSet<>();

    private final Map<String, Subscription> subscriptions = new TreeMap<>();
    private final Map<String, StoryCustomer> subscribers = new HashMap<>();
    /** Each subscription's billing dates still to come, as an application's "next billing date" index. */
    private final Map<String, ArrayDeque<LocalDate>> billingDates = new HashMap<>();

    /** The bank's work of each day (payments, reversals), done first. */
    private final TreeMap<LocalDate, List<Runnable>> bank = new TreeMap<>();
    /** The office's work of each day (invoices, credit notes), done after the bank's. */
    private final TreeMap<LocalDate, List<Runnable>> office = new TreeMap<>();

    private final Set<String> debited = new TreeSet<>();
    private final Map<String, Integer> remindersByStep = new LinkedHashMap<>();
    private final RemindersSent remindersSent = new RemindersSent();
    private DemoNumbering numbering;
    private int invoices;
    private int interestInvoices;
    private int creditNotes;
    private int payments;
    private int reversals;
    private long paymentSequence;
    private boolean bounceArmed;
    private String interestTarget = "";
    private boolean interestCharged;
    private boolean creditNoteScheduled;

    StoryRun(StoryConfig config, StoryListener listener, PrintStream progress) {
        this.config = config;
        this.listener = listener;
        this.progress = progress;
        this.layout = OutputLayout.of(config.output());
        ReminderContext context = ReminderContext.of(Locale.FRENCH).withLatePaymentTerms(terms);
        TimelineScheduler timeline = TimelineScheduler.builder(
                        ReminderEngine.ofBuiltInTemplates(), InMemoryReminderLog.create())
                .planFor(account -> customers.get(account.customerNumber()).channel() == PaymentChannel.DIRECT_DEBIT
                        ? DEBIT_PLAN
                        : ReminderPlan.frenchDefault())
                .contextFor(account -> context)
                .build();
        this.scheduler = Scheduler.of(BillingRun.of(InMemoryBillingRunStore.create()), timeline);
        this.repository = config.keepInvoices() ? Optional.of(InMemoryInvoiceRepository.create()) : Optional.empty();
        ReminderPlan.frenchDefault().steps().forEach(s -> remindersByStep.put(s.key(), 0));
    }

    StoryResult play() {
        layout.prepare();
        try (DemoNumbering opened = DemoNumbering.createIn(config.output())) {
            this.numbering = opened;
            cast();
            listener.started(config, layout);
            LocalDate end = config.end();
            for (LocalDate day = config.start(); !day.isAfter(end); day = day.plusDays(1)) {
                runDay(day);
                if (day.equals(end) || day.getMonth() != day.plusDays(1).getMonth()) {
                    progress.println(progressLine(day));
                    listener.monthClosed(YearMonth.from(day), counts());
                }
            }
            for (StoryCustomer who : customers.values()) {
                listener.statementProduced(
                        accounts.get(who.number()).statement(config.start(), end, end), who.customer());
            }
            repository.ifPresent(this::refresh);
            StorySummary summary = StorySummary.tally(
                    Cast.SELLER_ID, config.start(), end, DemoCompany.EUR, accounts.values(), remindersSent, counts());
            StoryResult result = new StoryResult(
                    config,
                    layout,
                    List.copyOf(customers.values()),
                    List.copyOf(accounts.values()),
                    summary,
                    repository.map(r -> r));
            listener.finished(result);
            return result;
        }
    }

    private void cast() {
        LocalDate end = config.end();
        for (int i = 0; i < config.customers(); i++) {
            Casting casting = Cast.member(config, i);
            StoryCustomer who = casting.who();
            customers.put(who.number(), who);
            accounts.put(who.number(), CustomerAccount.open(Cast.SELLER_ID, who.number(), DemoCompany.EUR));
            casting.subscription().ifPresent(s -> {
                subscriptions.put(s.id(), s);
                subscribers.put(s.id(), who);
                billingDates.put(
                        s.id(),
                        s.periods()
                                .map(s::billingDate)
                                .flatMap(Optional::stream)
                                .takeWhile(d -> !d.isAfter(end))
                                .collect(Collectors.toCollection(ArrayDeque::new)));
            });
            for (Project project : casting.projects()) {
                schedule(office, project.issueDate(), () -> invoiceProject(who, project));
            }
        }
    }

    private void runDay(LocalDate day) {
        runTasks(bank, day);
        runTasks(office, day);
        // the clock the scheduler reads: 08:00 in the business's zone, moved one day at a time
        Clock clock = Clock.fixed(day.atTime(8, 0).atZone(config.zone()).toInstant(), config.zone());
        List<Subscription> due = new ArrayList<>();
        for (Subscription subscription : subscriptions.values()) {
            ArrayDeque<LocalDate> dates = billingDates.get(subscription.id());
            if (!dates.isEmpty() && !dates.peekFirst().isAfter(day)) {
                due.add(subscription);
            }
        }
        Scheduler.DayRun run = scheduler.runDay(due, followedOn(day), clock, config.zone());
        touched.clear();
        if (!run.timeline().failures().isEmpty()) {
            throw new IllegalStateException(
                    "the scheduler failed on " + day + ": " + run.timeline().failures());
        }
        for (Subscription subscription : due) {
            ArrayDeque<LocalDate> dates = billingDates.get(subscription.id());
            while (!dates.isEmpty() && !dates.peekFirst().isAfter(day)) {
                dates.removeFirst();
            }
        }
        for (BilledPeriod billed : run.billed()) {
            StoryCustomer who = subscribers.get(billed.subscriptionId());
            Invoice draft =
                    documents.decorate(billed.invoice().toBuilder(), who).build();
            issue(who, draft, billed.billingDate(), Optional.empty(), ItemKind.PRINCIPAL);
        }
        for (Reminder reminder : run.timeline().reminders()) {
            remind(reminder);
        }
    }

    /**
     * Returns the accounts the scheduler follows up on a day: those owing something with an installment due on a day
     * that makes a time event (the due date, the day after) or a reminder step (the plan's offsets) fall today, and
     * those changed since the last run. Passing every owing account instead gives the same reminders and events, as
     * the engine produces each step once, on its day or at the first run after it: the index only spares it the
     * accounts with nothing due that day.
     */
    private List<CustomerAccount> followedOn(LocalDate day) {
        Set<String> numbers = new TreeSet<>(touched);
        for (int offset : FOLLOW_UP_OFFSETS) {
            numbers.addAll(dueIndex.getOrDefault(day.minusDays(offset), Set.of()));
        }
        dueIndex.remove(day.minusDays(FOLLOW_UP_OFFSETS[FOLLOW_UP_OFFSETS.length - 1]));
        List<CustomerAccount> followed = new ArrayList<>(numbers.size());
        for (String number : numbers) {
            if (owing.contains(number)) {
                followed.add(accounts.get(number));
            }
        }
        return followed;
    }

    // ---------------------------------------------------------------- the office

    private void invoiceProject(StoryCustomer who, Project project) {
        List<LocalDate> dueDates = StoryDocuments.dueDates(who, project);
        Optional<PlanRecipe> plan = project.plan() == PlanKind.NONE
                ? Optional.empty()
                : Optional.of(new PlanRecipe(project.plan(), DueDates.of(dueDates)));
        Invoice invoice =
                issue(who, documents.project(who, project, dueDates), project.issueDate(), plan, ItemKind.PRINCIPAL);
        if (who.role().equals(Cast.INTEREST_ROLE) && interestTarget.isEmpty()) {
            interestTarget = invoice.number().orElseThrow();
        }
        if (who.role().equals(Cast.CREDIT_NOTE_ROLE) && !creditNoteScheduled) {
            creditNoteScheduled = true;
            LocalDate day = project.issueDate().plusDays(9);
            schedule(office, day, () -> creditNote(who, invoice, day));
        }
    }

    /** The shape and dates of a plan, applied once the invoice's amount due is known. */
    private record PlanRecipe(PlanKind kind, DueDates dates) {
        InstallmentPlan apply(Invoice invoice) {
            PlanShape shape = kind == PlanKind.DEPOSIT_AND_BALANCE
                    ? PlanShape.depositAndBalance(Deposit.ofPercent("30"))
                    : PlanShape.equalParts(3);
            return InstallmentPlan.forInvoice(invoice, shape, dates);
        }
    }

    private Invoice issue(StoryCustomer who, Invoice draft, LocalDate day, Optional<PlanRecipe> recipe, ItemKind kind) {
        Customer customer = who.customer();
        Invoice invoice = numbering.issue(draft, day, customer);
        String number = invoice.number().orElseThrow();
        Optional<InstallmentPlan> plan = recipe.map(r -> r.apply(invoice));
        CustomerAccount account = accounts.get(who.number());
        List<DueAmount> schedule = new ArrayList<>();
        if (plan.isPresent()) {
            plan.get().installments().forEach(i -> schedule.add(new DueAmount(i.number(), i.dueDate(), i.amount())));
        } else {
            schedule.add(new DueAmount(
                    1, invoice.dueDate().orElseThrow(), invoice.totals().amountDue()));
        }
        update(who.number(), account.charge(invoice, schedule, kind).account());
        schedule.forEach(
                d -> dueIndex.computeIfAbsent(d.dueDate(), x -> new TreeSet<>()).add(who.number()));
        invoices++;
        repository.ifPresent(r -> r.save(new InvoiceRecord(
                Cast.SELLER_ID,
                who.number(),
                invoice,
                InvoiceStatus.ISSUED,
                invoice.totals().amountDue(),
                Optional.of(schedule.get(0).dueDate()))));
        listener.invoiceIssued(invoice, customer, plan);
        planPayments(who, invoice, schedule, day);
        return invoice;
    }

    private void creditNote(StoryCustomer who, Invoice corrected, LocalDate day) {
        Invoice creditNote = numbering.issue(documents.goodwillCreditNote(who, corrected), day, who.customer());
        AccountUpdate update = accounts.get(who.number()).credit(creditNote);
        update(who.number(), update.account());
        creditNotes++;
        repository.ifPresent(r -> r.save(new InvoiceRecord(
                Cast.SELLER_ID,
                who.number(),
                creditNote,
                InvoiceStatus.ISSUED,
                Amounts.zero(DemoCompany.EUR),
                Optional.empty())));
        listener.creditNoteIssued(creditNote, who.customer());
    }

    private void chargeInterest(StoryCustomer who, OpenItem late, LocalDate paidOn) {
        List<InterestPeriod> interest =
                lateInterest.interest(receivable(who.number(), late.invoiceNumber(), late.installmentNumber()), paidOn);
        Invoice draft = documents.lateInterest(who, late.invoiceNumber(), late.dueDate(), paidOn, interest);
        issue(who, draft, paidOn, Optional.empty(), ItemKind.INTEREST);
        interestInvoices++;
    }

    /** Returns an installment as the overdue module sees it: its amount and its settlements, day by day. */
    private ReceivableItem receivable(String customerNumber, String invoiceNumber, int installment) {
        return ReceivablesLedger.itemsOf(accounts.get(customerNumber)).stream()
                .filter(i -> i.invoiceNumber().equals(invoiceNumber) && i.installmentNumber() == installment)
                .findFirst()
                .orElseThrow();
    }

    // ---------------------------------------------------------------- the bank

    private void planPayments(StoryCustomer who, Invoice invoice, List<DueAmount> schedule, LocalDate issued) {
        String number = invoice.number().orElseThrow();
        Random random = new Random(config.seed() * 31 + number.hashCode());
        PaymentHabit habit = who.habit();
        boolean target = who.role().equals(Cast.INTEREST_ROLE) && interestTarget.isEmpty();
        for (DueAmount due : schedule) {
            LocalDate day = due.dueDate();
            int k = due.installmentNumber();
            if (target) {
                payOn(who, number, k, BigDecimal.ONE, day.plusDays(75), issued);
                continue;
            }
            switch (habit) {
                case ON_TIME:
                    payOn(
                            who,
                            number,
                            k,
                            BigDecimal.ONE,
                            who.channel() == PaymentChannel.DIRECT_DEBIT ? day : day.minusDays(random.nextInt(6)),
                            issued);
                    break;
                case LATE:
                    payOn(who, number, k, BigDecimal.ONE, day.plusDays(between(random, habit)), issued);
                    break;
                case PARTIAL:
                    payOn(who, number, k, new BigDecimal("0.5"), day.plusDays(random.nextInt(4)), issued);
                    payOn(who, number, k, BigDecimal.ONE, day.plusDays(between(random, habit)), issued);
                    break;
                default:
                    if (random.nextInt(100) >= 20) {
                        payOn(who, number, k, BigDecimal.ONE, day.plusDays(between(random, habit)), issued);
                    }
                    break;
            }
        }
    }

    private static int between(Random random, PaymentHabit habit) {
        return habit.fromDays() + random.nextInt(habit.toDays() - habit.fromDays() + 1);
    }

    /** Schedules a payment of a share of what is open on an installment, never on or before the issue day. */
    private void payOn(
            StoryCustomer who, String invoice, int installment, BigDecimal share, LocalDate day, LocalDate issued) {
        LocalDate when = day.isAfter(issued) ? day : issued.plusDays(1);
        schedule(bank, when, () -> pay(who, invoice, installment, share, when));
    }

    private void pay(StoryCustomer who, String invoiceNumber, int installment, BigDecimal share, LocalDate day) {
        CustomerAccount account = accounts.get(who.number());
        Optional<OpenItem> open = account.openItems().stream()
                .filter(i -> i.invoiceNumber().equals(invoiceNumber) && i.installmentNumber() == installment)
                .findFirst();
        if (open.isEmpty()) {
            return; // paid already, or credited
        }
        OpenItem item = open.get();
        BigDecimal amount = Amounts.decimal(item.openAmount()).multiply(share).setScale(2, RoundingMode.HALF_UP);
        if (amount.signum() <= 0) {
            return;
        }
        Customer customer = who.customer();
        String key = String.format(Locale.ROOT, "PAY-%08d", ++paymentSequence);
        Money money = Money.of(amount, DemoCompany.EUR);
        Payment payment = who.channel() == PaymentChannel.BANK_TRANSFER
                ? Payment.bankTransfer(key, day, money, PaymentChannel.reference(customer))
                : Payment.of(
                        key,
                        day,
                        money,
                        who.channel().method(customer, invoiceNumber, paymentSequence, debited.add(who.number())));
        PaymentOutcome outcome = account.recordPayment(payment, AllocationStrategy.remittance(invoiceNumber));
        update(who.number(), outcome.account());
        payments++;
        listener.paymentRecorded(payment, outcome, customer);
        if (!bounceArmed
                && who.role().equals(Cast.BOUNCE_ROLE)
                && who.channel() == PaymentChannel.DIRECT_DEBIT
                && !day.isBefore(config.start().plusMonths(3))) {
            bounceArmed = true;
            schedule(bank, day.plusDays(5), () -> bounce(who, key, invoiceNumber, installment, day.plusDays(5)));
        }
        if (!interestCharged
                && invoiceNumber.equals(interestTarget)
                && outcome.account().statusOf(invoiceNumber) == InvoiceStatus.PAID
                && day.isAfter(item.dueDate())) {
            interestCharged = true;
            schedule(office, day, () -> chargeInterest(who, item, day));
        }
    }

    private void bounce(StoryCustomer who, String paymentKey, String invoiceNumber, int installment, LocalDate day) {
        AccountUpdate update = accounts.get(who.number()).reversePayment(paymentKey, day, BOUNCE_REASON);
        update(who.number(), update.account());
        reversals++;
        List<LedgerEntry> entries = update.account().entries();
        PaymentReversed reversal = (PaymentReversed) entries.get(entries.size() - 1);
        listener.paymentReversed(reversal, update.account(), who.customer());
        // the debit is presented again a week later
        LocalDate again = day.plusDays(7);
        schedule(bank, again, () -> pay(who, invoiceNumber, installment, BigDecimal.ONE, again));
    }

    // ---------------------------------------------------------------- follow-up

    private void remind(Reminder reminder) {
        StoryCustomer who = customers.get(reminder.customerNumber());
        Optional<MonetaryAmount> interest =
                reminder.level() >= 2 ? Optional.of(accruedInterest(reminder)) : Optional.empty();
        boolean indemnity = reminder.stepKey().equals(ReminderPlan.FORMAL_NOTICE);
        remindersByStep.merge(reminder.stepKey(), 1, Integer::sum);
        remindersSent.record(reminder);
        listener.reminderProduced(new ReminderNotice(reminder, who.customer(), terms, interest, indemnity));
    }

    /** The interest accrued on a reminded installment by the reminder's day, following its partial payments. */
    private MonetaryAmount accruedInterest(Reminder reminder) {
        BigDecimal total = BigDecimal.ZERO;
        for (InterestPeriod line : lateInterest.interest(
                receivable(reminder.customerNumber(), reminder.invoiceNumber(), reminder.installmentNumber()),
                reminder.date())) {
            total = total.add(Amounts.decimal(line.interest()));
        }
        return Amounts.money(total, reminder.amountDue().getCurrency());
    }

    private void refresh(InMemoryInvoiceRepository store) {
        for (CustomerAccount account : accounts.values()) {
            Map<String, LocalDate> oldestOpen = new HashMap<>();
            for (OpenItem item : account.openItems()) {
                oldestOpen.putIfAbsent(item.invoiceNumber(), item.dueDate());
            }
            for (String number : account.invoiceNumbers()) {
                InvoiceRecord record = store.find(Cast.SELLER_ID, number).orElseThrow();
                store.save(new InvoiceRecord(
                        Cast.SELLER_ID,
                        account.customerNumber(),
                        record.invoice(),
                        account.statusOf(number),
                        account.openAmount(number),
                        Optional.ofNullable(oldestOpen.get(number))));
            }
        }
    }

    // ---------------------------------------------------------------- bookkeeping

    private void update(String customerNumber, CustomerAccount account) {
        accounts.put(customerNumber, account);
        touched.add(customerNumber);
        if (account.openBalance().isZero()) {
            owing.remove(customerNumber);
        } else {
            owing.add(customerNumber);
        }
    }

    private static void schedule(TreeMap<LocalDate, List<Runnable>> agenda, LocalDate day, Runnable task) {
        agenda.computeIfAbsent(day, d -> new ArrayList<>()).add(task);
    }

    private static void runTasks(TreeMap<LocalDate, List<Runnable>> agenda, LocalDate day) {
        // a task may add work for the same day: it runs too, after the others
        for (List<Runnable> tasks = agenda.remove(day); tasks != null; tasks = agenda.remove(day)) {
            tasks.forEach(Runnable::run);
        }
    }

    private StoryCounts counts() {
        return new StoryCounts(invoices, interestInvoices, creditNotes, payments, reversals, remindersByStep);
    }

    private String progressLine(LocalDate day) {
        StoryCounts c = counts();
        return String.format(
                Locale.ROOT,
                "  %s  invoices %8d   credit notes %3d   payments %8d   reminders %8d",
                YearMonth.from(day),
                c.invoices(),
                c.creditNotes(),
                c.payments(),
                c.reminders());
    }
}
