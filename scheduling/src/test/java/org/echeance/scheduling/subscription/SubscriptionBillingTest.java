package org.echeance.scheduling.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.echeance.scheduling.subscription.SubscriptionFixtures.CUSTOMER;
import static org.echeance.scheduling.subscription.SubscriptionFixtures.ENGLISH_CUSTOMER;
import static org.echeance.scheduling.subscription.SubscriptionFixtures.date;
import static org.echeance.scheduling.subscription.SubscriptionFixtures.eur;
import static org.echeance.scheduling.subscription.SubscriptionFixtures.line;
import static org.echeance.scheduling.subscription.SubscriptionFixtures.lineAmounts;
import static org.echeance.scheduling.subscription.SubscriptionFixtures.monthly;
import static org.echeance.scheduling.subscription.SubscriptionFixtures.netTotal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.echeance.core.invoice.AllowanceCharge;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.InvoicePeriod;
import org.echeance.core.money.Amounts;
import org.echeance.core.recurrence.RecurrenceRule;
import org.echeance.core.validation.En16931Validator;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of recurring billing, with amounts computed by hand in the comments. The same tests run again
 * under far-away default time zones ({@link SubscriptionBillingApiaTest}, {@link SubscriptionBillingKathmanduTest}).
 */
class SubscriptionBillingTest {

    // ---- month-end anchors (peer lessons R1, R4, R5)

    @Test
    void monthlyOnThe31stClampsToShortMonthsAndReturnsToThe31st() {
        Subscription subscription =
                monthly("S-31", "FREQ=MONTHLY", date("2025-01-31")).build();

        assertThat(subscription.periods().limit(6).map(BillingPeriod::toString))
                .containsExactly(
                        "[2025-01-31, 2025-02-28)",
                        "[2025-02-28, 2025-03-31)",
                        "[2025-03-31, 2025-04-30)",
                        "[2025-04-30, 2025-05-31)",
                        "[2025-05-31, 2025-06-30)",
                        "[2025-06-30, 2025-07-31)");
        // in a leap year February ends on the 29th, and March goes back to the 31st
        assertThat(subscription.periodContaining(date("2028-02-15")))
                .contains(BillingPeriod.parse("[2028-01-31, 2028-02-29)"));
        assertThat(subscription.periodContaining(date("2028-03-30")))
                .contains(BillingPeriod.parse("[2028-02-29, 2028-03-31)"));
        assertThat(subscription.periodContaining(date("2025-01-30"))).isEmpty();
    }

    @Test
    void anAnchorOnThe31stBillsExactlyTwelveFullInvoicesAYearFebruaryIncluded() {
        Subscription subscription =
                monthly("S-31", "FREQ=MONTHLY", date("2025-01-31")).build();

        List<BilledPeriod> billed = BillingRun.preview(date("2025-01-31"), date("2025-12-31"), List.of(subscription));

        assertThat(billed).hasSize(12);
        assertThat(billed.stream().map(b -> b.billingDate().toString()))
                .containsExactly(
                        "2025-01-31",
                        "2025-02-28",
                        "2025-03-31",
                        "2025-04-30",
                        "2025-05-31",
                        "2025-06-30",
                        "2025-07-31",
                        "2025-08-31",
                        "2025-09-30",
                        "2025-10-31",
                        "2025-11-30",
                        "2025-12-31");
        assertThat(billed).allSatisfy(b -> assertThat(netTotal(b.invoice())).isEqualTo("30.00"));
        // the invoice period is written closed: 31 January to 27 February
        assertThat(billed.get(0).invoice().invoicingPeriod())
                .contains(InvoicePeriod.ofClosed(date("2025-01-31"), date("2025-02-27")));
        assertThat(BillingRun.preview(date("2028-01-01"), date("2028-12-31"), List.of(subscription)).stream()
                        .map(b -> b.billingDate().toString()))
                .contains("2028-02-29")
                .hasSize(12);
    }

    @Test
    void aYearlyPlanStartedOnALeapDayIsBilledOnThe28thInCommonYears() {
        Subscription subscription =
                monthly("S-Y", "FREQ=YEARLY", date("2024-02-29")).build();

        assertThat(subscription.periods().limit(5).map(BillingPeriod::toString))
                .containsExactly(
                        "[2024-02-29, 2025-02-28)",
                        "[2025-02-28, 2026-02-28)",
                        "[2026-02-28, 2027-02-28)",
                        "[2027-02-28, 2028-02-29)",
                        "[2028-02-29, 2029-02-28)");
    }

    // ---- proration (peer lesson R2)

    @Test
    void aQuarterlyPlanStartedMidQuarterIsProratedByTheActualDaysOfTheFullQuarter() {
        // Calendar quarters anchored on 1 January; the service starts on 10 February.
        Subscription subscription = Subscription.builder("atelier", "S-Q")
                .seller(SubscriptionFixtures.ATELIER)
                .customer(CUSTOMER)
                .line(line("1", "Maintenance trimestrielle", eur("100.00")))
                .rule(RecurrenceRule.parse("FREQ=MONTHLY;INTERVAL=3"))
                .anchor(date("2025-01-01"))
                .start(date("2025-02-10"))
                .build();

        List<BilledPeriod> billed = BillingRun.preview(date("2025-04-01"), List.of(subscription));

        assertThat(billed).hasSize(2);
        BilledPeriod first = billed.get(0);
        // the full period is the quarter [1 Jan, 1 Apr) of 90 days, not the 50 days the subscription covers
        assertThat(first.period()).isEqualTo(BillingPeriod.parse("[2025-01-01, 2025-04-01)"));
        // billed in advance on its first billed day, due 30 days later
        assertThat(first.billingDate()).isEqualTo(date("2025-02-10"));
        assertThat(first.invoice().issueDate()).contains(date("2025-02-10"));
        assertThat(first.invoice().dueDate()).contains(date("2025-03-12"));
        // 100.00 × 50 / 90 = 55.5555… → 55.56; VAT 20 % = 11.11
        assertThat(lineAmounts(first.invoice())).containsExactly("55.56");
        assertThat(Amounts.toPlainString(first.invoice().totals().amountDue())).isEqualTo("66.67");
        InvoiceLine line = first.invoice().lines().get(0);
        assertThat(line.period()).contains(InvoicePeriod.ofClosed(date("2025-02-10"), date("2025-03-31")));
        assertThat(line.allowancesCharges()).singleElement().satisfies(ac -> {
            assertThat(Amounts.toPlainString(ac.amount())).isEqualTo("44.44");
            assertThat(ac.reason()).contains("Prorata temporis : 50 jours sur 90");
        });
        // the second quarter is billed in full on 1 April
        assertThat(billed.get(1).billingDate()).isEqualTo(date("2025-04-01"));
        assertThat(lineAmounts(billed.get(1).invoice())).containsExactly("100.00");
        assertThat(billed.get(1).invoice().lines().get(0).allowancesCharges()).isEmpty();
        billed.forEach(b -> assertThat(En16931Validator.validate(b.invoice().issue("FA-1", b.billingDate())))
                .isEmpty());
    }

    @Test
    void thirty360CountsEveryMonthAsThirtyDaysAndNoneBillsTheFullPeriod() {
        Subscription.Builder base =
                monthly("S-M", "FREQ=MONTHLY", date("2025-01-15")).anchor(date("2025-01-01"));

        // actual days: 30.00 × 17 / 31 = 16.45; 30E/360: 15 January to 1 February counts 16 of 30 days = 16.00
        assertThat(lineAmounts(firstDraft(base.build()))).containsExactly("16.45");
        Invoice thirty = firstDraft(base.proration(ProrationPolicy.THIRTY_360).build());
        assertThat(lineAmounts(thirty)).containsExactly("16.00");
        assertThat(thirty.lines().get(0).allowancesCharges().get(0).reason())
                .contains("Prorata temporis : 16 jours sur 30 (30E/360)");
        Invoice none = firstDraft(base.proration(ProrationPolicy.NONE).build());
        assertThat(lineAmounts(none)).containsExactly("30.00");
        assertThat(none.lines().get(0).period())
                .contains(InvoicePeriod.ofClosed(date("2025-01-15"), date("2025-01-31")));
    }

    @Test
    void theProrationReasonFollowsTheCustomersLanguage() {
        Subscription subscription = monthly("S-EN", "FREQ=MONTHLY", date("2025-01-15"))
                .anchor(date("2025-01-01"))
                .customer(ENGLISH_CUSTOMER)
                .build();

        Invoice draft = firstDraft(subscription);

        assertThat(draft.lines().get(0).allowancesCharges().get(0).reason())
                .contains("Prorata temporis: 17 of 31 days");
        assertThat(draft.paymentTerms()).contains("15 days net");
        assertThat(draft.dueDate()).contains(date("2025-01-30"));
    }

    // ---- cancellation (R3)

    @Test
    void aCancellationMidPeriodBillsTheLastPeriodInPart() {
        Subscription subscription =
                monthly("S-C", "FREQ=MONTHLY", date("2025-01-15")).build().cancel(date("2025-03-20"));

        List<BilledPeriod> billed = BillingRun.preview(date("2025-12-31"), List.of(subscription));

        assertThat(billed.stream().map(b -> b.period().toString()))
                .containsExactly("[2025-01-15, 2025-02-15)", "[2025-02-15, 2025-03-15)", "[2025-03-15, 2025-04-15)");
        // 15 to 19 March: 5 of 31 days, 30.00 × 5 / 31 = 4.838… → 4.84
        assertThat(lineAmounts(billed.get(2).invoice())).containsExactly("4.84");
        assertThat(billed.get(2).invoice().lines().get(0).period())
                .contains(InvoicePeriod.ofClosed(date("2025-03-15"), date("2025-03-19")));
        assertThat(subscription.periods().count()).isEqualTo(3);
        assertThat(subscription.coverageEnd()).contains(date("2025-03-20"));
    }

    @Test
    void aCancellationOnAPeriodStartBillsNothingOfThatPeriodAndInArrearsBillsAtThePeriodEnd() {
        Subscription onAnchorDay =
                monthly("S-C", "FREQ=MONTHLY", date("2025-01-15")).build().cancel(date("2025-03-15"));
        assertThat(BillingRun.preview(date("2025-12-31"), List.of(onAnchorDay)))
                .extracting(b -> b.period().startInclusive().toString())
                .containsExactly("2025-01-15", "2025-02-15");

        Subscription inArrears = monthly("S-C", "FREQ=MONTHLY", date("2025-01-15"))
                .timing(BillingTiming.IN_ARREARS)
                .build()
                .cancel(date("2025-03-20"));
        List<BilledPeriod> billed = BillingRun.preview(date("2025-12-31"), List.of(inArrears));
        assertThat(billed.stream().map(b -> b.billingDate().toString()))
                .containsExactly("2025-02-15", "2025-03-15", "2025-04-15");
        assertThat(lineAmounts(billed.get(2).invoice())).containsExactly("4.84");
        // nothing is due before the period ends
        assertThat(BillingRun.preview(date("2025-02-14"), List.of(inArrears))).isEmpty();
    }

    @Test
    void anEndDateCutsTheLastPeriodLikeACancellation() {
        Subscription subscription = monthly("S-E", "FREQ=MONTHLY", date("2025-01-01"))
                .endExclusive(date("2025-03-11"))
                .build();

        List<BilledPeriod> billed = BillingRun.preview(date("2026-01-01"), List.of(subscription));

        // March: 10 of 31 days, 30.00 × 10 / 31 = 9.677… → 9.68
        assertThat(billed.stream().map(b -> lineAmounts(b.invoice()).get(0))).containsExactly("30.00", "30.00", "9.68");
    }

    // ---- price changes (R8)

    @Test
    void aPriceChangeMidPeriodSplitsThePeriodIntoTwoProratedLines() {
        Subscription subscription = monthly("S-P", "FREQ=MONTHLY", date("2025-01-01"))
                .build()
                .changePrice(date("2025-03-15"), "1", eur("45.00"));

        List<BilledPeriod> billed = BillingRun.preview(date("2025-04-01"), List.of(subscription));

        assertThat(billed).hasSize(4);
        Invoice march = billed.get(2).invoice();
        // 1-14 March at 30.00: 30 × 14 / 31 = 13.548… → 13.55; 15-31 March at 45.00: 45 × 17 / 31 = 24.677… → 24.68
        assertThat(lineAmounts(march)).containsExactly("13.55", "24.68");
        assertThat(march.lines()).extracting(InvoiceLine::id).containsExactly("1-1", "1-2");
        assertThat(march.lines().get(0).period())
                .contains(InvoicePeriod.ofClosed(date("2025-03-01"), date("2025-03-14")));
        assertThat(march.lines().get(1).period())
                .contains(InvoicePeriod.ofClosed(date("2025-03-15"), date("2025-03-31")));
        assertThat(Amounts.toPlainString(march.lines().get(1).price().netPrice()))
                .isEqualTo("45.00");
        assertThat(lineAmounts(billed.get(3).invoice())).containsExactly("45.00");
        assertThat(subscription.priceOn("1", date("2025-03-14")).netPrice()).isEqualTo(eur("30.00"));
        assertThat(subscription.priceOn("1", date("2025-03-15")).netPrice()).isEqualTo(eur("45"));
    }

    @Test
    void aPriceChangeBackAndForthAddsUpToTheFullPriceOfEachPart() {
        // 30.00 → 45.00 on 11 June → 30.00 on 21 June: June has 30 days, cut 10 / 10 / 10
        Subscription subscription = monthly("S-P", "FREQ=MONTHLY", date("2025-01-01"))
                .build()
                .changePrice(date("2025-06-11"), "1", eur("45.00"))
                .changePrice(date("2025-06-21"), "1", eur("30.00"));

        Invoice june = BillingRun.preview(date("2025-06-01"), date("2025-06-01"), List.of(subscription))
                .get(0)
                .invoice();

        // 30.00: 10.00 + 10.00 (the two parts of one price), 45.00: 15.00
        assertThat(lineAmounts(june)).containsExactly("10.00", "15.00", "10.00");
        assertThat(netTotal(june)).isEqualTo("35.00");
    }

    // ---- pauses

    @Test
    void aPauseBillsTheDaysAroundItAndSkipsAFullyPausedPeriod() {
        Subscription subscription = monthly("S-Z", "FREQ=MONTHLY", date("2025-01-01"))
                .line(line("2", "Sauvegarde", eur("31.00")))
                .build()
                .pause(date("2025-02-10"), date("2025-04-05"));
        InMemoryBillingRunStore store = InMemoryBillingRunStore.create();

        List<BilledPeriod> billed = BillingRun.of(store).run(date("2025-04-30"), List.of(subscription));

        assertThat(billed.stream().map(b -> b.period().toString()))
                .containsExactly("[2025-01-01, 2025-02-01)", "[2025-02-01, 2025-03-01)", "[2025-04-01, 2025-05-01)");
        // February, 9 of 28 days: 30.00 → 9.64, 31.00 → 9.96
        assertThat(lineAmounts(billed.get(1).invoice())).containsExactly("9.64", "9.96");
        // April, 26 of 30 days from 5 April, billed on 5 April: 30.00 → 26.00, 31.00 → 26.87
        assertThat(billed.get(2).billingDate()).isEqualTo(date("2025-04-05"));
        assertThat(lineAmounts(billed.get(2).invoice())).containsExactly("26.00", "26.87");
        // March was not billed and not claimed
        assertThat(store.size()).isEqualTo(3);
        assertThat(store.claimedBy("atelier", "S-Z", date("2025-03-01"))).isEmpty();
    }

    @Test
    void aPauseInsideAPeriodGivesTwoLinesApportionedByLargestRemainder() {
        Subscription subscription = monthly("S-Z", "FREQ=MONTHLY", date("2025-06-01"))
                .line(line("2", "Sauvegarde", eur("31.00")))
                .build()
                .pause(date("2025-06-10"), date("2025-06-20"));

        Invoice june = firstDraft(subscription);

        // 31.00 over 30 days: 9 days = 9.30, 11 days = 11.3666…, the 10 paused days = 10.3333…;
        // floors 9.30 + 11.36 + 10.33 leave one cent, which goes to the largest remainder (11.3666…)
        assertThat(lineAmounts(june)).containsExactly("9.00", "11.00", "9.30", "11.37");
        assertThat(june.lines()).extracting(InvoiceLine::id).containsExactly("1-1", "1-2", "2-1", "2-2");
    }

    @Test
    void anOpenPauseStopsBillingUntilResumedAndTheNextRunBillsFromTheResumeDate() {
        Subscription paused =
                monthly("S-Z", "FREQ=MONTHLY", date("2025-01-01")).build().pause(date("2025-02-10"));
        InMemoryBillingRunStore store = InMemoryBillingRunStore.create();
        BillingRun run = BillingRun.of(store);

        assertThat(run.run(date("2025-05-31"), List.of(paused)))
                .extracting(b -> b.period().startInclusive().toString())
                .containsExactly("2025-01-01", "2025-02-01");

        Subscription resumed = paused.resume(date("2025-04-05"));
        assertThat(resumed.pauses()).containsExactly(Pause.of(date("2025-02-10"), date("2025-04-05")));
        List<BilledPeriod> afterResume = run.run(date("2025-05-31"), List.of(resumed));

        assertThat(afterResume.stream().map(b -> b.billingDate().toString()))
                .containsExactly("2025-04-05", "2025-05-01");
        assertThat(lineAmounts(afterResume.get(0).invoice())).containsExactly("26.00");
    }

    // ---- catch-up (R7)

    @Test
    void aCatchUpOfThreeMissedMonthsUsesTheScheduledDatesEverywhere() {
        Subscription subscription =
                monthly("S-31", "FREQ=MONTHLY", date("2025-01-31")).build();
        InMemoryBillingRunStore store = InMemoryBillingRunStore.create();
        BillingRun run = BillingRun.of(store);
        assertThat(run.run(date("2025-01-31"), List.of(subscription))).hasSize(1);

        // no run from February to the end of April: the run of 30 April catches up three periods
        List<BilledPeriod> caughtUp = run.run(date("2025-04-30"), List.of(subscription));

        assertThat(caughtUp.stream().map(b -> b.period().toString()))
                .containsExactly("[2025-02-28, 2025-03-31)", "[2025-03-31, 2025-04-30)", "[2025-04-30, 2025-05-31)");
        assertThat(caughtUp.stream()
                        .map(b -> b.invoice().issueDate().orElseThrow().toString()))
                .containsExactly("2025-02-28", "2025-03-31", "2025-04-30");
        assertThat(caughtUp.stream()
                        .map(b -> b.invoice().dueDate().orElseThrow().toString()))
                .containsExactly("2025-03-30", "2025-04-30", "2025-05-30");
        assertThat(caughtUp.stream()
                        .map(b -> b.invoice().lines().get(0).period().orElseThrow())
                        .collect(Collectors.toList()))
                .containsExactly(
                        InvoicePeriod.ofClosed(date("2025-02-28"), date("2025-03-30")),
                        InvoicePeriod.ofClosed(date("2025-03-31"), date("2025-04-29")),
                        InvoicePeriod.ofClosed(date("2025-04-30"), date("2025-05-30")));
        assertThat(caughtUp).allSatisfy(b -> assertThat(b.invoice().isDraft()).isTrue());
        // and a second run the same day bills nothing
        assertThat(run.run(date("2025-04-30"), List.of(subscription))).isEmpty();
    }

    @Test
    void inArrearsAPeriodIsBilledOnTheDayAfterItEnds() {
        Subscription subscription = monthly("S-A", "FREQ=MONTHLY", date("2025-01-31"))
                .timing(BillingTiming.IN_ARREARS)
                .build();

        assertThat(BillingRun.preview(date("2025-02-27"), List.of(subscription)))
                .isEmpty();
        List<BilledPeriod> billed = BillingRun.preview(date("2025-02-28"), List.of(subscription));
        assertThat(billed).singleElement().satisfies(b -> {
            assertThat(b.period()).isEqualTo(BillingPeriod.parse("[2025-01-31, 2025-02-28)"));
            assertThat(b.invoice().issueDate()).contains(date("2025-02-28"));
        });
    }

    @Test
    void aRuleWithCountHasThatManyPeriods() {
        Subscription subscription =
                monthly("S-12", "FREQ=MONTHLY;COUNT=12", date("2025-01-31")).build();

        assertThat(subscription.periods().count()).isEqualTo(12);
        assertThat(subscription.periods().reduce((a, b) -> b))
                .contains(BillingPeriod.parse("[2025-12-31, 2026-01-31)"));
        assertThat(BillingRun.preview(date("2030-01-01"), List.of(subscription)))
                .hasSize(12);
    }

    @Test
    void templateLineAllowancesAndQuantitiesAreKeptAndProratedOnTheNetAmount() {
        // 3 seats at 12.00 with a 10 % line allowance: 36.00 − 3.60 = 32.40 per month
        InvoiceLine seats = InvoiceLine.builder("1", "Sièges")
                .quantity("3", org.echeance.core.invoice.UnitCode.ONE)
                .unitPrice(eur("12.00"))
                .vatRate(org.echeance.core.invoice.VatRate.standard("20"))
                .allowanceCharge(AllowanceCharge.allowance(eur("3.60")).withReason("Remise fidélité"))
                .build();
        Subscription subscription = Subscription.builder("atelier", "S-Q")
                .seller(SubscriptionFixtures.ATELIER)
                .customer(CUSTOMER)
                .rule(RecurrenceRule.parse("FREQ=MONTHLY"))
                .anchor(date("2025-04-01"))
                .start(date("2025-04-16"))
                .line(seats)
                .build();

        Invoice april = firstDraft(subscription);

        // 15 of 30 days: 32.40 / 2 = 16.20
        assertThat(lineAmounts(april)).containsExactly("16.20");
        assertThat(april.lines().get(0).quantity()).isEqualByComparingTo("3");
        assertThat(april.lines().get(0).allowancesCharges())
                .extracting(ac -> Amounts.toPlainString(ac.amount()))
                .containsExactly("3.60", "16.20");
    }

    private static Invoice firstDraft(Subscription subscription) {
        Optional<BillingPeriod> first = subscription.periods().findFirst();
        LocalDate billingDate = subscription.billingDate(first.orElseThrow()).orElseThrow();
        return BillingRun.preview(billingDate, billingDate, List.of(subscription))
                .get(0)
                .invoice();
    }
}
