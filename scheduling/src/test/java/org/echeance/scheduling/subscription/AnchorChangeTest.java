package org.echeance.scheduling.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.echeance.scheduling.subscription.SubscriptionFixtures.date;
import static org.echeance.scheduling.subscription.SubscriptionFixtures.eur;
import static org.echeance.scheduling.subscription.SubscriptionFixtures.lineAmounts;
import static org.echeance.scheduling.subscription.SubscriptionFixtures.monthly;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceReference;
import org.echeance.core.money.Amounts;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** Moving a subscription's billing cycle, plan changes with a re-anchor flag, and the preview of a change. */
class AnchorChangeTest {
    /** Monthly hosting at 30.00 EUR from 1 January 2025, billed in advance. */
    private static final Subscription HOSTING =
            monthly("S-1", "FREQ=MONTHLY", date("2025-01-01")).build();

    @Test
    void aLaterAnchorCutsThePeriodInProgressAndBillsAStubUntilIt() {
        Subscription moved = HOSTING.changeAnchor(date("2025-03-10"), date("2025-03-15"));

        assertThat(moved.periods().limit(5).map(BillingPeriod::toString).collect(Collectors.toList()))
                .containsExactly(
                        "[2025-01-01, 2025-02-01)",
                        "[2025-02-01, 2025-03-01)",
                        "[2025-03-01, 2025-04-01)",
                        "[2025-03-10, 2025-03-15)",
                        "[2025-03-15, 2025-04-15)");
        List<BilledPeriod> billed = BillingRun.preview(date("2025-04-15"), List.of(moved));
        assertThat(billed)
                .extracting(b -> b.period().startInclusive().toString(), b -> lineAmounts(b.invoice()))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2025-01-01", List.of("30.00")),
                        org.assertj.core.groups.Tuple.tuple("2025-02-01", List.of("30.00")),
                        // 9 of 31 days: 30 x 9 / 31 = 8.7096…
                        org.assertj.core.groups.Tuple.tuple("2025-03-01", List.of("8.71")),
                        // the 5-day stub against the 31 days of [15 Mar, 15 Apr): 30 x 5 / 31 = 4.8387…
                        org.assertj.core.groups.Tuple.tuple("2025-03-10", List.of("4.84")),
                        org.assertj.core.groups.Tuple.tuple("2025-03-15", List.of("30.00")),
                        org.assertj.core.groups.Tuple.tuple("2025-04-15", List.of("30.00")));
        Invoice stub = billed.get(3).invoice();
        assertThat(stub.lines().get(0).period().orElseThrow().startDate()).contains(date("2025-03-10"));
        assertThat(stub.lines().get(0).period().orElseThrow().endDate()).contains(date("2025-03-14"));
        assertThat(stub.lines().get(0).allowancesCharges().get(0).reason())
                .contains("Prorata temporis : 5 jours sur 31");
        assertThat(moved.prorationBasis(billed.get(3).period()))
                .isEqualTo(BillingPeriod.of(date("2025-02-12"), date("2025-03-15")));
    }

    @Test
    void reanchoringOnTheEffectiveDateStartsAFullPeriodThere() {
        Subscription moved = HOSTING.changeAnchor(date("2025-03-10"), date("2025-03-10"));

        assertThat(BillingRun.preview(date("2025-04-10"), List.of(moved)))
                .extracting(b -> b.period().toString(), b -> lineAmounts(b.invoice()))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("[2025-01-01, 2025-02-01)", List.of("30.00")),
                        org.assertj.core.groups.Tuple.tuple("[2025-02-01, 2025-03-01)", List.of("30.00")),
                        org.assertj.core.groups.Tuple.tuple("[2025-03-01, 2025-04-01)", List.of("8.71")),
                        org.assertj.core.groups.Tuple.tuple("[2025-03-10, 2025-04-10)", List.of("30.00")),
                        org.assertj.core.groups.Tuple.tuple("[2025-04-10, 2025-05-10)", List.of("30.00")));
    }

    @Test
    void anUpgradeWithReanchorCreditsTheUnusedDaysAndBillsANewPeriod() {
        // billed in advance on 1 Jan, 1 Feb and 1 Mar; on 10 March the customer upgrades to 60.00 and restarts the
        // cycle
        Subscription upgraded = HOSTING.changePlan(date("2025-03-10"), Map.of("1", eur("60.00")), true);

        ChangePreview preview = ChangePreview.of(HOSTING, upgraded, date("2025-03-09"), date("2025-03-10"));

        assertThat(preview.adjustments()).hasSize(1);
        PeriodAdjustment march = preview.adjustments().get(0);
        assertThat(march.billed().period()).isEqualTo(BillingPeriod.of(date("2025-03-01"), date("2025-04-01")));
        // 30.00 billed for March, 8.71 due for 1-9 March: 21.29 to credit
        assertThat(Amounts.toPlainString(march.net())).isEqualTo("-21.29");
        assertThat(Amounts.toPlainString(preview.netAdjustment())).isEqualTo("-21.29");
        assertThat(preview.upcoming())
                .extracting(b -> b.period().toString(), b -> lineAmounts(b.invoice()))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("[2025-03-10, 2025-04-10)", List.of("60.00")));

        Invoice creditNote = march.creditNote(
                        InvoiceReference.of("FA-2025-00003", date("2025-03-01")), date("2025-03-10"))
                .orElseThrow();
        assertThat(creditNote.documentType()).isEqualTo(DocumentType.CREDIT_NOTE);
        assertThat(creditNote.precedingInvoices())
                .extracting(InvoiceReference::number)
                .containsExactly("FA-2025-00003");
        assertThat(lineAmounts(creditNote)).containsExactly("21.29");
        assertThat(Amounts.toPlainString(creditNote.totals().taxInclusiveAmount()))
                .isEqualTo("25.55");
        assertThat(march.extraInvoice(InvoiceReference.of("FA-2025-00003", date("2025-03-01")), date("2025-03-10")))
                .isEmpty();
    }

    @Test
    void anUpgradeWithoutReanchorChargesTheDifferenceOfTheBilledPeriod() {
        Subscription upgraded = HOSTING.changePlan(date("2025-03-10"), Map.of("1", eur("60.00")), false);

        ChangePreview preview = ChangePreview.of(HOSTING, upgraded, date("2025-03-09"), date("2025-03-10"));

        // March is now 9 days at 30.00 and 22 at 60.00 over 31 days: 8.71 + 42.58 = 51.29, so 21.29 more
        assertThat(preview.adjustments()).singleElement().satisfies(march -> {
            assertThat(Amounts.toPlainString(march.net())).isEqualTo("21.29");
            Invoice extra = march.extraInvoice(
                            InvoiceReference.of("FA-2025-00003", date("2025-03-01")), date("2025-03-10"))
                    .orElseThrow();
            assertThat(extra.documentType()).isEqualTo(DocumentType.COMMERCIAL_INVOICE);
            assertThat(lineAmounts(extra)).containsExactly("21.29");
        });
        assertThat(preview.upcoming()).isEmpty();
    }

    @Test
    void aChangeBeforeBilledPeriodsCreditsThoseThatNoLongerExist() {
        // billed through 1 May, then the cycle is moved back to 10 March: April and May no longer exist as billed
        Subscription moved = HOSTING.changeAnchor(date("2025-03-10"), date("2025-03-10"));

        ChangePreview preview = ChangePreview.of(HOSTING, moved, date("2025-05-01"), date("2025-05-10"));

        assertThat(preview.adjustments())
                .extracting(a -> a.billed().period().startInclusive().toString(), a -> Amounts.toPlainString(a.net()))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2025-03-01", "-21.29"),
                        org.assertj.core.groups.Tuple.tuple("2025-04-01", "-30.00"),
                        org.assertj.core.groups.Tuple.tuple("2025-05-01", "-30.00"));
        assertThat(preview.upcoming())
                .extracting(b -> b.period().startInclusive().toString())
                .containsExactly("2025-03-10", "2025-04-10", "2025-05-10");
    }

    @Test
    void aChangeThatTouchesNoBilledPeriodHasNoAdjustment() {
        Subscription upgraded = HOSTING.changePrice(date("2025-06-01"), "1", eur("45.00"));

        ChangePreview preview = ChangePreview.of(HOSTING, upgraded, date("2025-03-01"), date("2025-03-01"));

        assertThat(preview.adjustments()).isEmpty();
        assertThat(Amounts.toPlainString(preview.netAdjustment())).isEqualTo("0.00");
    }

    @Test
    void anchorChangesThatCannotApplyAreRefusedWithTheRule() {
        assertRefused(() -> HOSTING.changeAnchor(date("2025-01-01"), date("2025-01-01")), "is not after the start");
        assertRefused(
                () -> HOSTING.changeAnchor(date("2025-03-10"), date("2025-04-20")),
                "is longer than the new schedule's first period");
        assertRefused(
                () -> monthly("S-2", "FREQ=MONTHLY;BYMONTHDAY=31", date("2025-01-31"))
                        .build()
                        .changeAnchor(date("2025-03-10"), date("2025-03-15")),
                "is not a date of FREQ=MONTHLY;BYMONTHDAY=31");
        assertRefused(
                () -> monthly("S-3", "FREQ=MONTHLY;COUNT=12", date("2025-01-01"))
                        .build()
                        .changeAnchor(date("2025-03-10"), date("2025-03-10")),
                "instead of COUNT");
        assertRefused(
                () -> HOSTING.cancel(date("2025-03-01")).changeAnchor(date("2025-03-10"), date("2025-03-10")),
                "is not before the end of billing 2025-03-01");
        assertThatThrownBy(() -> new AnchorChange(date("2025-03-10"), date("2025-03-09")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("ECH-SUB-16")
                .hasMessageContaining("2025-03-09 is before the effective date 2025-03-10");
    }

    @Test
    void aSecondChangeOnTheSameDayReplacesTheFirst() {
        Subscription moved = HOSTING.changeAnchor(date("2025-03-10"), date("2025-03-15"))
                .changeAnchor(date("2025-03-10"), date("2025-03-12"));

        assertThat(moved.anchorChanges()).containsExactly(new AnchorChange(date("2025-03-10"), date("2025-03-12")));
        assertThat(moved.toBuilder().build()).isEqualTo(moved);
        assertThat(moved).isNotEqualTo(HOSTING);
        assertThat(moved.toString()).contains("anchor changes");
    }

    private static void assertRefused(Runnable change, String message) {
        assertThatThrownBy(change::run)
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::ruleId)
                                .containsExactly("ECH-SUB-16"))
                .hasMessageContaining(message);
    }
}
