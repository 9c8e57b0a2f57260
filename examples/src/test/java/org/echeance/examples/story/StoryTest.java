package org.echeance.examples.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceStatus;
import org.echeance.core.ledger.Allocated;
import org.echeance.core.ledger.CustomerAccount;
import org.echeance.core.ledger.DueAmount;
import org.echeance.core.ledger.InvoiceCharged;
import org.echeance.core.ledger.ItemKind;
import org.echeance.core.ledger.LedgerEntry;
import org.echeance.core.ledger.PaymentReversed;
import org.echeance.core.money.Amounts;
import org.echeance.core.payment.Payment;
import org.echeance.core.payment.SepaDirectDebit;
import org.echeance.core.repository.InvoiceQuery;
import org.echeance.core.repository.InvoiceRecord;
import org.echeance.core.repository.InvoiceRepository;
import org.echeance.scheduling.reminder.Reminder;
import org.echeance.scheduling.reminder.ReminderPlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plays a small story once and checks its invariants against the documents it wrote and its ledgers. */
class StoryTest {
    private static final Pattern AMOUNT_DUE = Pattern.compile("AMOUNT DUE \\(BT-115\\)\\s+(-?[0-9.]+) EUR");

    @TempDir
    static Path output;

    private static RecordingListener heard;
    private static StoryResult result;
    private static String progress;

    @BeforeAll
    static void play() {
        heard = new RecordingListener();
        StoryConfig config = StoryConfig.defaults(output).withCustomers(12);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        result = Story.of(config, StoryListener.all(List.of(TextDocumentSink.into(OutputLayout.of(output)), heard)))
                .play(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        progress = bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void summaryTotalsEqualTheSumOfTheDocumentsWritten() throws IOException {
        StorySummary summary = result.summary();
        BigDecimal invoiced = BigDecimal.ZERO;
        BigDecimal credited = BigDecimal.ZERO;
        List<Path> files = list(output.resolve("invoices"));
        for (Path file : files) {
            Matcher m = AMOUNT_DUE.matcher(Files.readString(file));
            assertThat(m.find()).as(file.toString()).isTrue();
            if (file.getFileName().toString().startsWith("FA-")) {
                invoiced = invoiced.add(new BigDecimal(m.group(1)));
            } else {
                credited = credited.add(new BigDecimal(m.group(1)));
            }
        }
        BigDecimal collected = BigDecimal.ZERO;
        for (Payment payment : heard.payments) {
            collected = collected.add(Amounts.decimal(payment.amount()));
        }
        for (RecordingListener.Reversal reversal : heard.reversals) {
            collected = collected.subtract(Amounts.decimal(reversal.entry().amount()));
        }

        assertThat(invoiced).isPositive().isEqualByComparingTo(decimal(summary.invoiced()));
        assertThat(credited).isPositive().isEqualByComparingTo(decimal(summary.credited()));
        assertThat(collected).isPositive().isEqualByComparingTo(decimal(summary.collected()));
        // the ledger's equation: invoiced - credited - collected = outstanding - customer credit
        assertThat(invoiced.subtract(credited).subtract(collected))
                .isEqualByComparingTo(decimal(summary.outstanding()).subtract(decimal(summary.customerCredit())));
        // the overdue module's aging: its buckets add up to the outstanding amount, its late customers to the overdue
        BigDecimal aged =
                summary.agingTotal().amounts().stream().map(Amounts::decimal).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(aged).isEqualByComparingTo(decimal(summary.outstanding()));
        BigDecimal late = summary.lateCustomers().customers().stream()
                .map(c -> decimal(c.overdue()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(late).isEqualByComparingTo(decimal(summary.overdue()));

        StoryCounts counts = summary.counts();
        assertThat(files.stream().filter(f -> f.getFileName().toString().startsWith("FA-")))
                .hasSize(counts.invoices());
        assertThat(files.stream().filter(f -> f.getFileName().toString().startsWith("AV-")))
                .hasSize(counts.creditNotes());
        assertThat(list(output.resolve("reminders")))
                .hasSize(counts.reminders())
                .hasSize(heard.reminders.size());
        assertThat(list(output.resolve("statements"))).hasSize(12);
        assertThat(counts.payments()).isEqualTo(heard.payments.size());
        assertThat(Files.readString(output.resolve("summary.txt")))
                .isEqualTo(summary.toText())
                .containsPattern("invoiced\\s+" + Pattern.quote(Amounts.toPlainString(summary.invoiced())) + "\n")
                .containsPattern("credit notes\\s+" + counts.creditNotes() + "\n");
    }

    @Test
    void everyNumberIsUniqueGapFreeAndChronologicalInItsSeries() throws IOException {
        Map<String, List<Invoice>> bySeries = new LinkedHashMap<>();
        for (Invoice document : heard.documents) {
            String number = document.number().orElseThrow();
            bySeries.computeIfAbsent(number.substring(0, number.lastIndexOf('-')), s -> new ArrayList<>())
                    .add(document);
        }

        assertThat(bySeries.keySet()).contains("FA-2025", "FA-2026", "AV-2026");
        bySeries.forEach((series, documents) -> {
            for (int i = 0; i < documents.size(); i++) {
                Invoice document = documents.get(i);
                assertThat(document.number()).hasValue(String.format("%s-%05d", series, i + 1));
                assertThat(document.issueDate().orElseThrow().getYear())
                        .isEqualTo(Integer.parseInt(series.substring(3)));
                if (i > 0) {
                    assertThat(document.issueDate().orElseThrow())
                            .isAfterOrEqualTo(documents.get(i - 1).issueDate().orElseThrow());
                }
            }
        });
        Set<String> files = list(output.resolve("invoices")).stream()
                .map(f -> f.getFileName().toString().replace(".txt", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(files)
                .isEqualTo(heard.documents.stream()
                        .map(d -> d.number().orElseThrow())
                        .collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void everyReminderConcernsAnItemUnpaidOnItsDayAndComesOnItsStepsDay() {
        assertThat(heard.reminders).isNotEmpty();
        for (ReminderNotice notice : heard.reminders) {
            Reminder r = notice.reminder();
            BigDecimal open =
                    openOn(result.account(r.customerNumber()), r.invoiceNumber(), r.installmentNumber(), r.date());
            assertThat(open).as(r.key().toString()).isPositive().isEqualByComparingTo(decimal(r.amountDue()));
            int offset =
                    ReminderPlan.frenchDefault().step(r.stepKey()).orElseThrow().offsetDays();
            if (r.skippedSteps().isEmpty()) {
                assertThat(r.date())
                        .as(r.key().toString())
                        .isEqualTo(r.dueDate().plusDays(offset));
            } else {
                assertThat(r.date()).isAfterOrEqualTo(r.dueDate().plusDays(offset));
            }
        }
    }

    @Test
    void eachDunningLevelAndEachPaymentMethodAppear() {
        assertThat(result.summary().counts().remindersByStep())
                .containsOnlyKeys(ReminderPlan.frenchDefault().steps().stream()
                        .map(s -> s.key())
                        .toArray(String[]::new))
                .allSatisfy((step, count) -> assertThat(count).as(step).isPositive());
        assertThat(heard.reminders.stream().map(n -> n.reminder().level()).distinct())
                .containsExactlyInAnyOrder(0, 1, 2, 3);
        assertThat(heard.reminders)
                .filteredOn(n -> n.reminder().stepKey().equals(ReminderPlan.FORMAL_NOTICE))
                .allSatisfy(n -> {
                    assertThat(n.claimIndemnity()).isTrue();
                    assertThat(n.accruedInterest()).isPresent();
                });
        assertThat(heard.payments.stream().map(p -> p.method().getClass().getSimpleName()))
                .containsOnly("BankTransfer", "SepaDirectDebit", "Card", "Cheque", "Cash", "PaymentLink")
                .contains("BankTransfer", "SepaDirectDebit", "Card", "Cheque", "Cash", "PaymentLink");
        assertThat(heard.payments)
                .filteredOn(p -> p.method().getClass().getSimpleName().equals("BankTransfer"))
                .allSatisfy(p -> assertThat(p.payerReference())
                        .hasValueSatisfying(ref -> assertThat(ref).startsWith("RF")));
    }

    @Test
    void theBouncedDirectDebitReopensItsInvoiceUntilItIsPresentedAgain() {
        assertThat(heard.reversals).hasSize(1);
        RecordingListener.Reversal reversal = heard.reversals.get(0);
        PaymentReversed entry = reversal.entry();
        Payment bounced = heard.payments.stream()
                .filter(p -> p.idempotencyKey().equals(entry.paymentKey()))
                .findFirst()
                .orElseThrow();
        assertThat(bounced.method()).isInstanceOf(SepaDirectDebit.class);
        assertThat(entry.reason()).isEqualTo("AM04");
        assertThat(entry.date()).isEqualTo(bounced.receivedOn().plusDays(5));
        List<Allocated> paid = reversal.after().entries().stream()
                .filter(e -> e instanceof Allocated a && a.sourceId().equals(entry.paymentKey()))
                .map(Allocated.class::cast)
                .toList();
        assertThat(paid).hasSize(1);
        String invoice = paid.get(0).invoiceNumber();

        assertThat(reversal.after().statusOf(invoice)).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(reversal.after().openAmount(invoice)).isEqualTo(bounced.amount());
        CustomerAccount end = result.account(reversal.after().customerNumber());
        assertThat(end.statusOf(invoice)).isEqualTo(InvoiceStatus.PAID);
        assertThat(heard.payments)
                .filteredOn(
                        p -> p.receivedOn().equals(entry.date().plusDays(7)) && p.method() instanceof SepaDirectDebit)
                .anySatisfy(p -> assertThat(p.amount()).isEqualTo(bounced.amount()));
    }

    @Test
    void theVeryLateInvoiceIsChargedInterestAndTheRecoveryIndemnity() {
        CustomerAccount account = result.account("C-00002");
        List<InvoiceCharged> charges = account.entries().stream()
                .filter(e -> e instanceof InvoiceCharged)
                .map(InvoiceCharged.class::cast)
                .toList();
        InvoiceCharged late = charges.get(0);
        InvoiceCharged interest = charges.stream()
                .filter(c -> c.kind() == ItemKind.INTEREST)
                .findFirst()
                .orElseThrow();
        LocalDate paidOn = account.entries().stream()
                .filter(e -> e instanceof Allocated a && a.invoiceNumber().equals(late.invoiceNumber()))
                .map(LedgerEntry::date)
                .max(LocalDate::compareTo)
                .orElseThrow();
        long days = ChronoUnit.DAYS.between(late.schedule().get(0).dueDate(), paidOn);
        // simple interest at 12.15 % (ECB 2.15 + 10 points) on a 365-day year, plus the 40 EUR of D441-5
        BigDecimal expected = decimal(late.amount())
                .multiply(new BigDecimal("12.15"))
                .multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(36500), 2, RoundingMode.HALF_UP);

        assertThat(days).isEqualTo(75);
        assertThat(interest.date()).isEqualTo(paidOn);
        assertThat(decimal(interest.amount())).isEqualByComparingTo(expected.add(BigDecimal.valueOf(40)));
        assertThat(result.summary().counts().interestInvoices()).isEqualTo(1);
    }

    @Test
    void theCreditNoteReferencesAnEarlierInvoiceOfItsCustomer() {
        Invoice creditNote = heard.documents.stream()
                .filter(Invoice::isCreditNote)
                .findFirst()
                .orElseThrow();
        String corrected = creditNote.precedingInvoices().get(0).number();
        CustomerAccount account = result.account("C-00003");

        assertThat(account.invoiceNumbers()).contains(corrected);
        assertThat(account.totalCredited()).isEqualTo(creditNote.totals().amountDue());
        assertThat(creditNote.precedingInvoices().get(0).issueDate())
                .hasValueSatisfying(
                        d -> assertThat(d).isBefore(creditNote.issueDate().orElseThrow()));
    }

    @Test
    void subscriptionsAreBilledOnMonthEnds() {
        List<Invoice> periods = heard.documents.stream()
                .filter(d -> d.invoicingPeriod().isPresent())
                .toList();

        assertThat(periods).isNotEmpty();
        assertThat(periods).allSatisfy(d -> {
            LocalDate issued = d.issueDate().orElseThrow();
            assertThat(issued).isEqualTo(issued.withDayOfMonth(issued.lengthOfMonth()));
        });
    }

    @Test
    void theRepositoryKeepsEveryDocumentWithItsFinalStatus() {
        InvoiceRepository repository = result.invoices().orElseThrow();

        assertThat(repository.count(Cast.SELLER_ID, InvoiceQuery.all())).isEqualTo(heard.documents.size());
        for (CustomerAccount account : result.accounts()) {
            for (String number : account.invoiceNumbers()) {
                InvoiceRecord record = repository.find(Cast.SELLER_ID, number).orElseThrow();
                assertThat(record.status()).isEqualTo(account.statusOf(number));
                assertThat(record.openAmount()).isEqualTo(account.openAmount(number));
            }
        }
    }

    @Test
    void progressIsPrintedOnceAMonthAndListenersHearTheStoryInOrder() {
        assertThat(progress.lines()).hasSize(14).first().asString().startsWith("  2025-11  invoices");
        assertThat(progress.lines().toList().get(13)).startsWith("  2026-12  invoices");
        assertThat(heard.months).hasSize(14);
        assertThat(heard.order.get(0)).isEqualTo("started");
        assertThat(heard.order.get(heard.order.size() - 1)).isEqualTo("finished");
        assertThat(heard.order.subList(heard.order.size() - 13, heard.order.size() - 1))
                .containsOnly("statement");
        assertThat(heard.result).isSameAs(result);
        assertThat(heard.statements)
                .allSatisfy(s -> assertThat(s.closingBalance())
                        .isEqualTo(result.account(s.customerNumber()).balance()));
    }

    /** What was open on an installment at the end of a day, rebuilt from the ledger's dated entries. */
    private static BigDecimal openOn(CustomerAccount account, String invoice, int installment, LocalDate day) {
        BigDecimal open = null;
        Map<String, LocalDate> reversedOn = new HashMap<>();
        for (LedgerEntry entry : account.entries()) {
            if (entry instanceof InvoiceCharged charged
                    && charged.invoiceNumber().equals(invoice)) {
                for (DueAmount due : charged.schedule()) {
                    if (due.installmentNumber() == installment) {
                        open = decimal(due.amount());
                    }
                }
            } else if (entry instanceof PaymentReversed reversed) {
                reversedOn.put(reversed.paymentKey(), reversed.date());
            }
        }
        assertThat(open).as(invoice + " installment " + installment).isNotNull();
        for (LedgerEntry entry : account.entries()) {
            if (entry instanceof Allocated a
                    && a.invoiceNumber().equals(invoice)
                    && a.installmentNumber() == installment
                    && !a.date().isAfter(day)) {
                LocalDate reversal = reversedOn.get(a.sourceId());
                if (reversal == null || reversal.isAfter(day)) {
                    open = open.subtract(decimal(a.amount()));
                }
            }
        }
        return open;
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static BigDecimal decimal(javax.money.MonetaryAmount amount) {
        return Amounts.decimal(amount);
    }
}
