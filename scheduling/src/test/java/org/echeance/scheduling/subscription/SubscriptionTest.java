package org.echeance.scheduling.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.echeance.scheduling.subscription.SubscriptionFixtures.ATELIER;
import static org.echeance.scheduling.subscription.SubscriptionFixtures.CUSTOMER;
import static org.echeance.scheduling.subscription.SubscriptionFixtures.date;
import static org.echeance.scheduling.subscription.SubscriptionFixtures.eur;
import static org.echeance.scheduling.subscription.SubscriptionFixtures.line;
import static org.echeance.scheduling.subscription.SubscriptionFixtures.money;
import static org.echeance.scheduling.subscription.SubscriptionFixtures.monthly;

import java.util.List;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.recurrence.RecurrenceRule;
import org.echeance.core.terms.PaymentTerms;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** Building subscriptions, the rules they check (ECH-SUB-nn) and the plan changes that return new ones. */
class SubscriptionTest {

    @Test
    void defaultsAreTheAnchorOnTheStartInAdvanceActualDaysAndTheCustomersTerms() {
        Subscription subscription =
                monthly("S-1", "FREQ=MONTHLY", date("2025-01-31")).build();

        assertThat(subscription.anchor()).isEqualTo(date("2025-01-31"));
        assertThat(subscription.timing()).isEqualTo(BillingTiming.IN_ADVANCE);
        assertThat(subscription.proration()).isEqualTo(ProrationPolicy.ACTUAL_DAYS);
        assertThat(subscription.paymentTerms()).isEqualTo(CUSTOMER.paymentTerms());
        assertThat(subscription.currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(subscription.coverageEnd()).isEmpty();
        assertThat(subscription.toBuilder().build()).isEqualTo(subscription).hasSameHashCodeAs(subscription);
        assertThat(subscription.toString()).contains("atelier/S-1", "FREQ=MONTHLY", "2025-01-31");
    }

    @Test
    void everyMissingPartIsReportedAtOnce() {
        assertThatThrownBy(() -> Subscription.builder(" ", "").build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::ruleId, Violation::path)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple("ECH-SUB-01", "sellerId"),
                                        org.assertj.core.groups.Tuple.tuple("ECH-SUB-01", "id"),
                                        org.assertj.core.groups.Tuple.tuple("ECH-SUB-02", "seller"),
                                        org.assertj.core.groups.Tuple.tuple("ECH-SUB-02", "customer"),
                                        org.assertj.core.groups.Tuple.tuple("ECH-SUB-02", "rule"),
                                        org.assertj.core.groups.Tuple.tuple("ECH-SUB-02", "start"),
                                        org.assertj.core.groups.Tuple.tuple("ECH-SUB-03", "lines")));
    }

    @Test
    void anEndOnOrBeforeTheStartIsRefused() {
        assertRefused(
                monthly("S", "FREQ=MONTHLY", date("2025-01-31")).endExclusive(date("2025-01-31")),
                "ECH-SUB-06",
                "endExclusive",
                "2025-01-31 is not after the start 2025-01-31");
    }

    @Test
    void anAnchorThatIsNotADateOfTheRuleOrIsAfterTheStartIsRefused() {
        assertRefused(
                monthly("S", "FREQ=MONTHLY;BYMONTHDAY=1", date("2025-01-15")),
                "ECH-SUB-07",
                "anchor",
                "2025-01-15 is not a date of FREQ=MONTHLY;BYMONTHDAY=1 (its first date is 2025-02-01)");
        assertRefused(
                monthly("S", "FREQ=MONTHLY", date("2025-01-15")).anchor(date("2025-02-01")),
                "ECH-SUB-07",
                "anchor",
                "2025-02-01 is after the start 2025-01-15");
    }

    @Test
    void aRuleThatYieldsNoPeriodIsRefused() {
        assertRefused(
                monthly("S", "FREQ=MONTHLY;UNTIL=20240101", date("2025-01-01")),
                "ECH-SUB-08",
                "rule",
                "yields no date from the anchor 2025-01-01");
        // three monthly periods from January, and a start in May
        assertRefused(
                monthly("S", "FREQ=MONTHLY;COUNT=3", date("2025-05-10")).anchor(date("2025-01-10")),
                "ECH-SUB-08",
                "rule",
                "yields no billing period holding the start 2025-05-10");
    }

    @Test
    void negativeAmountsAreRefused() {
        InvoiceLine credit = InvoiceLine.builder("2", "Remise")
                .quantity("-1", UnitCode.ONE)
                .unitPrice(eur("5.00"))
                .vatRate(VatRate.standard("20"))
                .build();
        assertRefused(
                monthly("S", "FREQ=MONTHLY", date("2025-01-01")).line(credit),
                "ECH-SUB-05",
                "lines[1]",
                "the amount per period -5.00 EUR is negative");
        assertThatThrownBy(() -> PriceChange.of(date("2025-02-01"), "1", eur("-1.00")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.hasRule("ECH-SUB-05")).isTrue())
                .hasMessageContaining("priceChange.newPrice");
    }

    @Test
    void linesMustBeDistinctAndInOneCurrency() {
        assertRefused(
                monthly("S", "FREQ=MONTHLY", date("2025-01-01")).line(line("1", "Encore", eur("1.00"))),
                "ECH-SUB-03",
                "lines[1].id",
                "line id \"1\" is used twice");
        assertRefused(
                monthly("S", "FREQ=MONTHLY", date("2025-01-01")).line(line("2", "Swiss", money("1.00", "CHF"))),
                "ECH-SUB-04",
                "lines[1]",
                "every amount must be in EUR");
    }

    @Test
    void pausesMustStartInsideTheSubscriptionAndNotOverlap() {
        Subscription subscription = monthly("S", "FREQ=MONTHLY", date("2025-01-01"))
                .endExclusive(date("2025-12-01"))
                .build();

        assertRefusedCall(
                () -> subscription.pause(date("2024-12-20"), date("2025-01-10")),
                "ECH-SUB-09",
                "pauses[0].fromInclusive",
                "2024-12-20 is before the start 2025-01-01");
        assertRefusedCall(
                () -> subscription.pause(date("2025-12-01")),
                "ECH-SUB-09",
                "pauses[0].fromInclusive",
                "is not before the end 2025-12-01");
        assertRefusedCall(
                () -> subscription.pause(date("2025-03-01"), date("2025-04-01")).pause(date("2025-03-31")),
                "ECH-SUB-09",
                "pauses[1]",
                "overlaps the pause");
        assertThatThrownBy(() -> Pause.of(date("2025-03-01"), date("2025-03-01")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("ECH-SUB-09");
    }

    @Test
    void priceChangesMustNameALineAndFallInsideTheSubscription() {
        Subscription subscription = monthly("S", "FREQ=MONTHLY", date("2025-01-01"))
                .endExclusive(date("2025-12-01"))
                .build();

        assertRefusedCall(
                () -> subscription.changePrice(date("2025-02-01"), "9", eur("40.00")),
                "ECH-SUB-10",
                "priceChanges[0].lineId",
                "no template line has the id \"9\"");
        assertRefusedCall(
                () -> subscription.changePrice(date("2025-12-01"), "1", eur("40.00")),
                "ECH-SUB-10",
                "priceChanges[0].effectiveDate",
                "2025-12-01 is outside the subscription [2025-01-01, 2025-12-01)");
        assertRefusedCall(
                () -> subscription.changePrice(date("2025-02-01"), "1", money("40.00", "CHF")),
                "ECH-SUB-04",
                "priceChanges[0].newPrice",
                "currency CHF is not the lines' EUR");
        assertRefused(
                subscription.toBuilder()
                        .priceChange(PriceChange.of(date("2025-02-01"), "1", eur("40.00")))
                        .priceChange(PriceChange.of(date("2025-02-01"), "1", eur("41.00"))),
                "ECH-SUB-10",
                "priceChanges[1]",
                "changes price twice on 2025-02-01");
        // through the plan change, a second change on the same day replaces the first
        assertThat(subscription
                        .changePrice(date("2025-02-01"), "1", eur("40.00"))
                        .changePrice(date("2025-02-01"), "1", eur("41.00"))
                        .priceChanges())
                .containsExactly(PriceChange.of(date("2025-02-01"), "1", eur("41.00")));
    }

    @Test
    void aCancellationMustFallFromTheStartToTheEnd() {
        Subscription subscription = monthly("S", "FREQ=MONTHLY", date("2025-01-01"))
                .endExclusive(date("2025-12-01"))
                .build();

        assertRefusedCall(
                () -> subscription.cancel(date("2024-12-31")),
                "ECH-SUB-11",
                "cancellationDate",
                "2024-12-31 is before the start 2025-01-01");
        assertRefusedCall(
                () -> subscription.cancel(date("2025-12-02")),
                "ECH-SUB-11",
                "cancellationDate",
                "is after the end 2025-12-01");
        assertThat(subscription.cancel(date("2025-01-01")).periods()).isEmpty();
        assertThat(subscription
                        .cancel(date("2025-06-10"))
                        .cancel(date("2025-05-10"))
                        .coverageEnd())
                .contains(date("2025-05-10"));
    }

    @Test
    void planChangesReturnNewSubscriptionsAndLeaveTheOriginalUnchanged() {
        Subscription original = monthly("S", "FREQ=MONTHLY", date("2025-01-01")).build();

        Subscription changed = original.changePrice(date("2025-03-01"), "1", eur("40.00"))
                .pause(date("2025-05-01"), date("2025-06-01"))
                .cancel(date("2025-09-15"));

        assertThat(original.priceChanges()).isEmpty();
        assertThat(original.pauses()).isEmpty();
        assertThat(original.cancellationDate()).isEmpty();
        assertThat(changed).isNotEqualTo(original);
        assertThat(changed.priceChanges()).containsExactly(PriceChange.of(date("2025-03-01"), "1", eur("40.00")));
        assertThat(changed.pauses()).containsExactly(Pause.of(date("2025-05-01"), date("2025-06-01")));
        assertThat(changed.cancellationDate()).contains(date("2025-09-15"));
        assertThat(changed.periods().count()).isEqualTo(9);
        assertThat(changed.billingDate(BillingPeriod.parse("[2025-05-01, 2025-06-01)")))
                .isEmpty();
    }

    @Test
    void resumeEndsThePauseCoveringTheDayOrRemovesIt() {
        Subscription paused =
                monthly("S", "FREQ=MONTHLY", date("2025-01-01")).build().pause(date("2025-03-10"));

        assertThat(paused.pauses()).containsExactly(Pause.from(date("2025-03-10")));
        assertThat(paused.pauses().get(0).isOpen()).isTrue();
        assertThat(paused.resume(date("2025-04-01")).pauses())
                .containsExactly(Pause.of(date("2025-03-10"), date("2025-04-01")));
        assertThat(paused.resume(date("2025-03-10")).pauses()).isEmpty();
        assertRefusedCall(
                () -> paused.resume(date("2025-03-09")), "ECH-SUB-12", "resume.date", "no pause covers 2025-03-09");
    }

    @Test
    void billedPartsAreTheCoveredDaysMinusThePausedOnes() {
        Subscription subscription = monthly("S", "FREQ=MONTHLY", date("2025-01-10"))
                .anchor(date("2025-01-01"))
                .build()
                .pause(date("2025-01-20"), date("2025-01-25"))
                .cancel(date("2025-01-30"));
        BillingPeriod january = BillingPeriod.parse("[2025-01-01, 2025-02-01)");

        assertThat(subscription.billedParts(january))
                .containsExactly(
                        BillingPeriod.parse("[2025-01-10, 2025-01-20)"),
                        BillingPeriod.parse("[2025-01-25, 2025-01-30)"));
        assertThat(subscription.billingDate(january)).contains(date("2025-01-10"));
        assertThat(subscription.billedParts(BillingPeriod.parse("[2025-02-01, 2025-03-01)")))
                .isEmpty();
    }

    @Test
    void explicitPaymentTermsReplaceTheCustomers() {
        Subscription subscription = monthly("S", "FREQ=MONTHLY", date("2025-01-01"))
                .paymentTerms(PaymentTerms.onReceipt())
                .build();

        BilledPeriod first =
                BillingRun.preview(date("2025-01-01"), List.of(subscription)).get(0);

        assertThat(first.invoice().dueDate()).contains(date("2025-01-01"));
    }

    @Test
    void aDayOfMonthAnchorFromAShortMonthUsesBymonthday() {
        Subscription subscription = Subscription.builder("atelier", "S")
                .seller(ATELIER)
                .customer(CUSTOMER)
                .line(line("1", "Hébergement", eur("30.00")))
                .rule(RecurrenceRule.monthlyOnDay(31))
                .start(date("2025-04-30"))
                .build();

        assertThat(subscription.periods().limit(3).map(BillingPeriod::toString))
                .containsExactly("[2025-04-30, 2025-05-31)", "[2025-05-31, 2025-06-30)", "[2025-06-30, 2025-07-31)");
    }

    private static void assertRefused(Subscription.Builder builder, String rule, String path, String message) {
        assertRefusedCall(builder::build, rule, path, message);
    }

    private static void assertRefusedCall(Runnable call, String rule, String path, String message) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations()).anySatisfy(v -> {
                            assertThat(v.ruleId()).isEqualTo(rule);
                            assertThat(v.path()).isEqualTo(path);
                            assertThat(v.message()).contains(message);
                        }));
    }
}
