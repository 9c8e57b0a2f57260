package org.echeance.core.installment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.money.Amounts;
import org.echeance.core.party.Party;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InstallmentPlanTest {
    private static final LocalDate JAN_15 = LocalDate.of(2026, 1, 15);

    private static MonetaryAmount money(String amount, String currency) {
        return Money.of(new BigDecimal(amount), currency);
    }

    private static MonetaryAmount eur(String amount) {
        return money(amount, "EUR");
    }

    private static DueDates monthly() {
        return DueDates.monthly(JAN_15);
    }

    /** The amounts of a plan as plain text with the currency's scale, so that 333.30 is not read as 333.3. */
    private static List<String> amounts(InstallmentPlan plan) {
        return plan.installments().stream()
                .map(i -> Amounts.toPlainString(i.amount()))
                .toList();
    }

    private static void assertRefused(ThrowingCallable call, String ruleId, String path) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(ValidationException.class);
        assertThat(((ValidationException) thrown).violations())
                .extracting(Violation::ruleId, Violation::path)
                .containsExactly(tuple(ruleId, path));
    }

    @Nested
    class EqualParts {
        @Test
        void thousandEurosInThreeGivesTheCentToTheFirst() {
            InstallmentPlan plan = InstallmentPlan.equalParts(eur("1000.00"), 3, monthly());

            assertThat(amounts(plan)).containsExactly("333.34", "333.33", "333.33");
            assertThat(plan.installments())
                    .extracting(Installment::number, Installment::dueDate)
                    .containsExactly(
                            tuple(1, JAN_15), tuple(2, LocalDate.of(2026, 2, 15)), tuple(3, LocalDate.of(2026, 3, 15)));
            assertThat(plan.installments())
                    .allSatisfy(i -> assertThat(i.vatShares()).isEmpty());
            assertThat(Amounts.toPlainString(plan.total())).isEqualTo("1000.00");
            assertThat(plan.currency().getCurrencyCode()).isEqualTo("EUR");
        }

        @Test
        void yenHaveNoDecimals() {
            assertThat(amounts(InstallmentPlan.equalParts(money("100", "JPY"), 3, monthly())))
                    .containsExactly("34", "33", "33");
        }

        @Test
        void bahrainiDinarsSplitToTheThousandth() {
            // 10.000 BHD = 10000 fils; 10000 div 7 = 1428, 10000 mod 7 = 4
            assertThat(amounts(InstallmentPlan.equalParts(money("10.000", "BHD"), 7, monthly())))
                    .containsExactly("1.429", "1.429", "1.429", "1.429", "1.428", "1.428", "1.428");
        }

        @Test
        void remainderRulePlacesTheExtraCents() {
            // the domain reference's example: EUR 8.00 / 3
            MonetaryAmount total = eur("8.00");
            assertThat(amounts(InstallmentPlan.equalParts(total, 3, monthly())))
                    .containsExactly("2.67", "2.67", "2.66");
            assertThat(amounts(InstallmentPlan.equalParts(total, 3, monthly(), RemainderRule.FIRST)))
                    .containsExactly("2.67", "2.67", "2.66");
            assertThat(amounts(InstallmentPlan.equalParts(total, 3, monthly(), RemainderRule.LAST)))
                    .containsExactly("2.66", "2.67", "2.67");
            assertThat(amounts(InstallmentPlan.equalParts(total, 3, monthly(), RemainderRule.LARGEST_REMAINDER)))
                    .containsExactly("2.67", "2.67", "2.66");
        }

        @Test
        void aCreditIsSplitAsItsAbsoluteValueThenNegated() {
            assertThat(amounts(InstallmentPlan.equalParts(eur("-1000.00"), 3, monthly())))
                    .containsExactly("-333.34", "-333.33", "-333.33");
            assertThat(amounts(InstallmentPlan.equalParts(eur("-8.00"), 3, monthly(), RemainderRule.LAST)))
                    .containsExactly("-2.66", "-2.67", "-2.67");
        }

        @Test
        void aZeroTotalGivesZeroInstallments() {
            assertThat(amounts(InstallmentPlan.equalParts(eur("0"), 3, monthly())))
                    .containsExactly("0.00", "0.00", "0.00");
        }

        @Test
        void fewerUnitsThanInstallmentsGiveZeroParts() {
            assertThat(amounts(InstallmentPlan.equalParts(eur("0.02"), 3, monthly())))
                    .containsExactly("0.01", "0.01", "0.00");
        }
    }

    @Nested
    class Percentages {
        private final List<BigDecimal> thirtyFortyThirty =
                List.of(new BigDecimal("30"), new BigDecimal("40"), new BigDecimal("30"));

        @Test
        void thirtyFortyThirtyOfAnOddCentUnderEachRule() {
            // 1000.01 * 30 % = 300.003, * 40 % = 400.004: floors 300.00, 400.00, 300.00 leave one cent
            MonetaryAmount total = eur("1000.01");
            assertThat(amounts(InstallmentPlan.percentages(total, thirtyFortyThirty, monthly(), RemainderRule.FIRST)))
                    .containsExactly("300.01", "400.00", "300.00");
            assertThat(amounts(InstallmentPlan.percentages(total, thirtyFortyThirty, monthly(), RemainderRule.LAST)))
                    .containsExactly("300.00", "400.00", "300.01");
            assertThat(amounts(InstallmentPlan.percentages(
                            total, thirtyFortyThirty, monthly(), RemainderRule.LARGEST_REMAINDER)))
                    .containsExactly("300.00", "400.01", "300.00");
        }

        @Test
        void largestRemainderBreaksTiesByPosition() {
            // 0.05 EUR in 3 x 33.33 % + 0.01 %: 5 * 0.3333 = 1.6665 each, 0.0005 for the last; 2 cents left over
            List<BigDecimal> percents = List.of(
                    new BigDecimal("33.33"), new BigDecimal("33.33"), new BigDecimal("33.33"), new BigDecimal("0.01"));
            assertThat(amounts(InstallmentPlan.percentages(
                            eur("0.05"), percents, monthly(), RemainderRule.LARGEST_REMAINDER)))
                    .containsExactly("0.02", "0.02", "0.01", "0.00");
        }

        @Test
        void leftoverUnitsNeverGoToAZeroPercentage() {
            List<BigDecimal> percents =
                    List.of(BigDecimal.ZERO, new BigDecimal("50"), new BigDecimal("50"), BigDecimal.ZERO);
            assertThat(amounts(InstallmentPlan.percentages(
                            eur("0.01"), percents, DueDates.monthly(JAN_15), RemainderRule.FIRST)))
                    .containsExactly("0.00", "0.01", "0.00", "0.00");
            assertThat(amounts(InstallmentPlan.percentages(
                            eur("0.01"), percents, DueDates.monthly(JAN_15), RemainderRule.LAST)))
                    .containsExactly("0.00", "0.00", "0.01", "0.00");
        }

        @Test
        void percentagesMustSumToExactlyAHundred() {
            assertThatThrownBy(() -> PlanShape.percentages("30", "40", "29.99"))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("plan.percentages: the percentages sum to 99.99, not 100 (ECH-PLAN-03)");
            assertRefused(() -> PlanShape.percentages("50", "50.001"), "ECH-PLAN-03", "plan.percentages");
        }

        @Test
        void negativePercentagesAreRefused() {
            assertRefused(() -> PlanShape.percentages("60", "50", "-10"), "ECH-PLAN-02", "plan.percentages[2]");
        }

        @Test
        void theDefaultShapeMakesTheLastInstallmentTheBalance() {
            InstallmentPlan plan =
                    InstallmentPlan.of(eur("1000.01"), PlanShape.percentages("30", "40", "30"), monthly());
            assertThat(amounts(plan)).containsExactly("300.00", "400.00", "300.01");
        }
    }

    @Nested
    class Deposits {
        @Test
        void aPercentageDepositIsRoundedHalfUpAndTheBalanceIsTheRest() {
            // 30 % of 1000.05 = 300.015, rounded half-up to 300.02
            InstallmentPlan plan = InstallmentPlan.depositAndBalance(
                    eur("1000.05"), Deposit.ofPercent("30"), DueDates.of(JAN_15, JAN_15.plusDays(30)));
            assertThat(amounts(plan)).containsExactly("300.02", "700.03");
        }

        @Test
        void aThirtyPercentDepositOfAThousand() {
            assertThat(amounts(InstallmentPlan.depositAndBalance(eur("1000.00"), Deposit.ofPercent("30"), monthly())))
                    .containsExactly("300.00", "700.00");
        }

        @Test
        void aFixedDepositThenEqualPartsOfTheBalance() {
            InstallmentPlan plan = InstallmentPlan.depositAndEqualParts(
                    eur("1000.00"), Deposit.of(eur("250.00")), 3, monthly(), RemainderRule.LAST);
            assertThat(amounts(plan)).containsExactly("250.00", "250.00", "250.00", "250.00");

            InstallmentPlan odd = InstallmentPlan.depositAndEqualParts(
                    eur("1000.00"), Deposit.ofPercent("33.3"), 3, monthly(), RemainderRule.LAST);
            // deposit 333.00, balance 667.00 = 222.33 * 3 + 0.01
            assertThat(amounts(odd)).containsExactly("333.00", "222.33", "222.33", "222.34");
        }

        @Test
        void aDepositLargerThanTheTotalIsRefused() {
            assertThatThrownBy(() ->
                            InstallmentPlan.depositAndBalance(eur("1000.00"), Deposit.of(eur("1000.01")), monthly()))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage(
                            "plan.deposit: the deposit 1000.01 EUR is larger than the total 1000.00 EUR (ECH-PLAN-07)");
            assertRefused(() -> Deposit.ofPercent("100.5"), "ECH-PLAN-07", "plan.deposit.percent");
            assertRefused(() -> Deposit.ofPercent("-5"), "ECH-PLAN-02", "plan.deposit.percent");
        }

        @Test
        void theWholeTotalAsDepositLeavesAZeroBalance() {
            assertThat(amounts(InstallmentPlan.depositAndBalance(eur("80.00"), Deposit.ofPercent("100"), monthly())))
                    .containsExactly("80.00", "0.00");
        }

        @Test
        void theOpenBalanceIsSplitNotTheOriginalTotal() {
            // Invoice Ninja #11385: the schedule must be computed on what remains after the deposit was paid
            MonetaryAmount invoiced = eur("1000.00");
            MonetaryAmount depositPaid = eur("300.00");
            InstallmentPlan plan =
                    InstallmentPlan.fromOpenBalance(invoiced.subtract(depositPaid), PlanShape.equalParts(3), monthly());
            assertThat(amounts(plan)).containsExactly("233.34", "233.33", "233.33");
        }
    }

    @Nested
    class Parts {
        @Test
        void fixedAmountsFirstThenPercentagesOfTheRemainder() {
            // OCA/account-payment #924: 400 fixed + 33/33/34 % on 1000 must be 400, 198, 198, 204
            InstallmentPlan plan = InstallmentPlan.fromParts(
                    eur("1000.00"),
                    List.of(
                            PlanPart.fixed(eur("400")),
                            PlanPart.percentOfRemainder("33"),
                            PlanPart.percentOfRemainder("33"),
                            PlanPart.percentOfRemainder("34")),
                    monthly());
            assertThat(amounts(plan)).containsExactly("400.00", "198.00", "198.00", "204.00");
        }

        @Test
        void aFixedAmountBetweenPercentagesIsStillTakenOffFirst() {
            // odoo/odoo PR #121505: 50 % / 50 fixed / 50 % on 1000
            InstallmentPlan plan = InstallmentPlan.fromParts(
                    eur("1000.00"),
                    List.of(
                            PlanPart.percentOfRemainder("50"),
                            PlanPart.fixed(eur("50")),
                            PlanPart.percentOfRemainder("50")),
                    monthly());
            assertThat(amounts(plan)).containsExactly("475.00", "50.00", "475.00");
        }

        @Test
        void theLastPercentageTakesTheRoundingRemainder() {
            InstallmentPlan plan = InstallmentPlan.fromParts(
                    eur("100.00"),
                    List.of(
                            PlanPart.fixed(eur("0.01")),
                            PlanPart.percentOfRemainder("33.33"),
                            PlanPart.percentOfRemainder("33.33"),
                            PlanPart.percentOfRemainder("33.34")),
                    monthly());
            // remainder 99.99: 33.326667 floored to 33.32 twice, the last 99.99 - 66.64 = 33.35
            assertThat(amounts(plan)).containsExactly("0.01", "33.32", "33.32", "33.35");
        }

        @Test
        void aBalancePartTakesWhatTheOthersLeave() {
            InstallmentPlan plan = InstallmentPlan.fromParts(
                    eur("1000.00"),
                    List.of(PlanPart.fixed(eur("100")), PlanPart.percentOfRemainder("50"), PlanPart.balance()),
                    monthly());
            assertThat(amounts(plan)).containsExactly("100.00", "450.00", "450.00");
        }

        @Test
        void fixedAmountsAboveTheTotalAreRefusedNamingTheInstallment() {
            assertThatThrownBy(() -> InstallmentPlan.fromParts(
                            eur("1000.00"),
                            List.of(
                                    PlanPart.fixed(eur("600")),
                                    PlanPart.fixed(eur("500")),
                                    PlanPart.percentOfRemainder("100")),
                            monthly()))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("plan.parts[2]: installment 3 would be -100.00 EUR: the fixed amounts sum to 1100.00"
                            + " EUR, more than the total 1000.00 EUR (ECH-PLAN-09)");
        }

        @Test
        void aFixedAmountOfTheOppositeSignIsRefused() {
            assertRefused(
                    () -> InstallmentPlan.fromParts(
                            eur("100.00"), List.of(PlanPart.fixed(eur("-10")), PlanPart.balance()), monthly()),
                    "ECH-PLAN-09",
                    "plan.parts[0].amount");
        }

        @Test
        void aBalanceMustBeTheLastPart() {
            assertRefused(
                    () -> PlanShape.ofParts(List.of(PlanPart.balance(), PlanPart.fixed(eur("1")))),
                    "ECH-PLAN-03",
                    "plan.parts[0]");
            assertRefused(
                    () -> PlanShape.ofParts(List.of(
                            PlanPart.percentOfRemainder("60"), PlanPart.percentOfRemainder("50"), PlanPart.balance())),
                    "ECH-PLAN-03",
                    "plan.parts");
        }

        @Test
        void aCreditSplitsLikeADebitWithFixedAmountsOfItsSign() {
            InstallmentPlan plan = InstallmentPlan.fromParts(
                    eur("-1000.00"),
                    List.of(
                            PlanPart.fixed(eur("-400")),
                            PlanPart.percentOfRemainder("50"),
                            PlanPart.percentOfRemainder("50")),
                    monthly());
            assertThat(amounts(plan)).containsExactly("-400.00", "-300.00", "-300.00");
        }
    }

    @Nested
    class Explicit {
        @Test
        void explicitAmountsThatSumToTheTotal() {
            InstallmentPlan plan = InstallmentPlan.explicit(
                    eur("1000.00"), List.of(eur("100"), eur("400.50"), eur("499.50")), monthly());
            assertThat(amounts(plan)).containsExactly("100.00", "400.50", "499.50");
        }

        @Test
        void explicitAmountsThatMissTheTotalAreRefused() {
            assertThatThrownBy(() ->
                            InstallmentPlan.explicit(eur("1000.00"), List.of(eur("500"), eur("499.99")), monthly()))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("plan.parts: the amounts sum to 999.99 EUR, not the total 1000.00 EUR (ECH-PLAN-04)");
        }

        @Test
        void mixedCurrenciesAreRefused() {
            assertRefused(
                    () -> InstallmentPlan.explicit(eur("100.00"), List.of(eur("50"), money("50", "USD")), monthly()),
                    "ECH-CUR-01",
                    "plan.parts[1].amount");
        }
    }

    @Nested
    class CashRoundingOfInstallments {
        private final CashRounding chf = CashRounding.swissFrancs();

        @Test
        void swissInvoiceOf868_35InThreeAndFourInstallments() {
            // odoo/odoo PR #176289: each installment must be payable in cash (multiple of 0.05), summing to the total
            InstallmentPlan three = InstallmentPlan.equalParts(money("868.35", "CHF"), 3, monthly())
                    .withCashRounding(chf);
            assertThat(amounts(three)).containsExactly("289.45", "289.45", "289.45");

            InstallmentPlan four = InstallmentPlan.equalParts(money("868.35", "CHF"), 4, monthly())
                    .withCashRounding(chf);
            // exact share 217.0875 rounds to 217.10; the last takes the residue
            assertThat(amounts(four)).containsExactly("217.10", "217.10", "217.10", "217.05");
            assertThat(four.cashRounding()).contains(chf);

            InstallmentPlan percentages = InstallmentPlan.of(
                            money("868.35", "CHF"), PlanShape.percentages("30", "40", "30"), monthly())
                    .withCashRounding(chf);
            // 260.505 -> 260.50, 347.34 -> 347.35, last 868.35 - 607.85 = 260.50
            assertThat(amounts(percentages)).containsExactly("260.50", "347.35", "260.50");
        }

        @Test
        void aTotalThatIsNotAMultipleLeavesTheResidueOnTheLastInstallment() {
            InstallmentPlan plan = InstallmentPlan.equalParts(money("100.02", "CHF"), 3, monthly())
                    .withCashRounding(chf);
            assertThat(amounts(plan)).containsExactly("33.35", "33.35", "33.32");
        }

        @Test
        void cashRoundingIsOneStepFromTheExactShare() {
            // Moneta #421: NOK 0.499 must round to 0 (to 0.50 first, then to 1, is wrong). 4.99 % of 10.00 = 0.499
            CashRounding kroner = CashRounding.of(new BigDecimal("1.00"), RoundingMode.HALF_UP);
            InstallmentPlan plan =
                    InstallmentPlan.of(money("10.00", "NOK"), PlanShape.percentages("4.99", "95.01"), monthly());
            assertThat(amounts(plan)).containsExactly("0.49", "9.51");
            assertThat(amounts(plan.withCashRounding(kroner))).containsExactly("0.00", "10.00");
            assertThat(kroner.round(new BigDecimal("0.499"))).isEqualByComparingTo("0");
        }

        @Test
        void roundingAgainStartsFromTheExactShares() {
            InstallmentPlan plan = InstallmentPlan.equalParts(money("100.00", "SEK"), 3, monthly());
            InstallmentPlan whole = plan.withCashRounding(CashRounding.of(BigDecimal.ONE, RoundingMode.HALF_UP));
            assertThat(amounts(whole)).containsExactly("33.00", "33.00", "34.00");
            assertThat(whole.withCashRounding(CashRounding.of(BigDecimal.TEN, RoundingMode.HALF_UP)))
                    .isEqualTo(plan.withCashRounding(CashRounding.of(BigDecimal.TEN, RoundingMode.HALF_UP)));
        }

        @Test
        void cashRoundingThatWouldMakeTheLastInstallmentNegativeIsRefused() {
            // 0.10 CHF in 4: 0.025 each rounds half-up to 0.05; three of them exceed the total
            InstallmentPlan plan = InstallmentPlan.equalParts(money("0.10", "CHF"), 4, monthly());
            assertThatThrownBy(() -> plan.withCashRounding(chf))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage(
                            "plan.installments[3]: with cash rounding 0.05 HALF_UP, installment 4 would be -0.05 CHF,"
                                    + " of the opposite sign of the total 0.10 CHF (ECH-PLAN-09)");
        }

        @Test
        void anIncrementFinerThanTheMinorUnitIsRefused() {
            InstallmentPlan plan = InstallmentPlan.equalParts(money("100", "JPY"), 3, monthly());
            assertRefused(
                    () -> plan.withCashRounding(CashRounding.of(new BigDecimal("0.5"), RoundingMode.HALF_UP)),
                    "ECH-PLAN-12",
                    "plan.cashRounding.increment");
            assertThat(amounts(plan.withCashRounding(CashRounding.of(BigDecimal.TEN, RoundingMode.HALF_UP))))
                    .containsExactly("30", "30", "40");
        }

        @Test
        void cashRoundingRules() {
            assertThat(chf.round(new BigDecimal("123.7456"))).isEqualByComparingTo("123.75");
            assertThat(chf.round(new BigDecimal("0.025"))).isEqualByComparingTo("0.05");
            assertThat(chf.round(new BigDecimal("-0.025"))).isEqualByComparingTo("-0.05");
            assertThat(CashRounding.of(new BigDecimal("1.00"), RoundingMode.HALF_UP)
                            .round(new BigDecimal("12.50")))
                    .isEqualByComparingTo("13");
            assertThat(CashRounding.of(new BigDecimal("1.00"), RoundingMode.HALF_UP))
                    .isEqualTo(CashRounding.of(BigDecimal.ONE, RoundingMode.HALF_UP));
            assertRefused(
                    () -> CashRounding.of(BigDecimal.ZERO, RoundingMode.HALF_UP),
                    "ECH-PLAN-12",
                    "plan.cashRounding.increment");
            assertRefused(
                    () -> CashRounding.of(BigDecimal.ONE, RoundingMode.UNNECESSARY),
                    "ECH-PLAN-12",
                    "plan.cashRounding.mode");
        }
    }

    @Nested
    class VatShares {
        private final VatRate s20 = VatRate.standard("20");
        private final VatRate s55 = VatRate.standard("5.5");

        private Invoice twoRateInvoice() {
            return Invoice.builder(DocumentType.COMMERCIAL_INVOICE, Monetary.getCurrency("EUR"))
                    .number("FA-2026-00042")
                    .issueDate(JAN_15)
                    .seller(Party.builder("Atelier Durand SARL")
                            .vatNumber("FR19812345676")
                            .address(PostalAddress.of("14 rue de la République", "69002", "Lyon", "FR"))
                            .build())
                    .buyer(Party.builder("Boulangerie Martin SAS")
                            .address(PostalAddress.of("3 place Grandclément", "69100", "Villeurbanne", "FR"))
                            .build())
                    .line(InvoiceLine.builder("1", "Installation")
                            .quantity("1", UnitCode.ONE)
                            .unitPrice(eur("1234.56"))
                            .vatRate(s20)
                            .build())
                    .line(InvoiceLine.builder("2", "Travaux de rénovation énergétique")
                            .quantity("1", UnitCode.ONE)
                            .unitPrice(eur("78.90"))
                            .vatRate(s55)
                            .build())
                    .build();
        }

        @Test
        void eachColumnSumsExactlyToTheInvoiceBreakdown() {
            // taxable 1234.56 @ 20 % (VAT 246.91) and 78.90 @ 5.5 % (VAT 4.34): amount due 1564.71
            Invoice invoice = twoRateInvoice();
            InstallmentPlan plan = InstallmentPlan.forInvoice(
                    invoice,
                    PlanShape.depositAndEqualParts(Deposit.ofPercent("30"), 2, RemainderRule.FIRST),
                    DueDates.afterIssue(JAN_15, List.of(0, 30, 60)));

            assertThat(amounts(plan)).containsExactly("469.41", "547.65", "547.65");
            assertThat(plan.vatBreakdown()).hasSize(2);
            // each column: floor of the exact proportion, leftover cents to the largest fractional parts
            assertThat(shares(plan, 0))
                    .containsExactly(tuple("370.36", "74.07"), tuple("432.10", "86.42"), tuple("432.10", "86.42"));
            assertThat(shares(plan, 1))
                    .containsExactly(tuple("23.67", "1.30"), tuple("27.62", "1.52"), tuple("27.61", "1.52"));
            assertThat(plan.installment(1).vatShares())
                    .extracting(VatBreakdownShare::vatRate)
                    .containsExactly(s20, s55);
        }

        @Test
        void sharesFollowTheCashRoundedAmounts() {
            Invoice invoice = twoRateInvoice();
            InstallmentPlan plan =
                    InstallmentPlan.forInvoice(invoice, PlanShape.equalParts(3), DueDates.monthly(JAN_15));
            InstallmentPlan rounded = plan.withCashRounding(CashRounding.of(BigDecimal.ONE, RoundingMode.HALF_UP));
            assertThat(amounts(rounded)).containsExactly("522.00", "522.00", "520.71");
            for (int g = 0; g < 2; g++) {
                BigDecimal taxable = BigDecimal.ZERO;
                BigDecimal vat = BigDecimal.ZERO;
                for (Installment i : rounded.installments()) {
                    taxable = taxable.add(Amounts.decimal(i.vatShares().get(g).taxableAmount()));
                    vat = vat.add(Amounts.decimal(i.vatShares().get(g).vatAmount()));
                }
                assertThat(taxable)
                        .isEqualByComparingTo(Amounts.decimal(
                                invoice.totals().vatBreakdown().get(g).taxableAmount()));
                assertThat(vat)
                        .isEqualByComparingTo(Amounts.decimal(
                                invoice.totals().vatBreakdown().get(g).vatAmount()));
            }
            assertThat(rounded).isEqualTo(plan.withCashRounding(CashRounding.of(BigDecimal.ONE, RoundingMode.HALF_UP)));
        }

        @Test
        void aFirstDueDateBeforeTheIssueDateIsRefused() {
            assertRefused(
                    () -> InstallmentPlan.forInvoice(
                            twoRateInvoice(), PlanShape.equalParts(2), DueDates.monthly(JAN_15.minusDays(1))),
                    "ECH-PLAN-06",
                    "plan.dueDates[0]");
        }

        @Test
        void aBreakdownInAnotherCurrencyIsRefused() {
            InstallmentPlan plan = InstallmentPlan.equalParts(money("100", "JPY"), 2, monthly());
            assertRefused(
                    () -> plan.withVatBreakdown(twoRateInvoice().totals().vatBreakdown()),
                    "ECH-CUR-01",
                    "plan.vatBreakdown[0].taxableAmount");
        }

        private List<org.assertj.core.groups.Tuple> shares(InstallmentPlan plan, int group) {
            return plan.installments().stream()
                    .map(i -> tuple(
                            Amounts.toPlainString(i.vatShares().get(group).taxableAmount()),
                            Amounts.toPlainString(i.vatShares().get(group).vatAmount())))
                    .toList();
        }
    }

    @Nested
    class Queries {
        private final InstallmentPlan plan = InstallmentPlan.equalParts(eur("1000.00"), 3, DueDates.monthly(JAN_15));

        @Test
        void amountDueAsOfSumsTheInstallmentsDueOnOrBeforeTheDate() {
            assertThat(Amounts.toPlainString(plan.amountDueAsOf(JAN_15.minusDays(1))))
                    .isEqualTo("0.00");
            assertThat(Amounts.toPlainString(plan.amountDueAsOf(JAN_15))).isEqualTo("333.34");
            assertThat(Amounts.toPlainString(plan.amountDueAsOf(LocalDate.of(2026, 2, 15))))
                    .isEqualTo("666.67");
            assertThat(Amounts.toPlainString(plan.amountDueAsOf(LocalDate.of(2027, 1, 1))))
                    .isEqualTo("1000.00");
        }

        @Test
        void nextDueDateIsTheFirstOnOrAfterTheDate() {
            assertThat(plan.nextDueDate(JAN_15)).contains(JAN_15);
            assertThat(plan.nextDueDate(JAN_15.plusDays(1))).contains(LocalDate.of(2026, 2, 15));
            assertThat(plan.nextDueDate(LocalDate.of(2026, 3, 16))).isEmpty();
        }

        @Test
        void installmentByNumber() {
            assertThat(plan.installment(2).number()).isEqualTo(2);
            assertThat(plan.installment(2).amount()).isEqualTo(eur("333.33"));
            assertRefused(() -> plan.installment(4), "ECH-PLAN-13", "plan.installments");
            assertRefused(() -> plan.installment(0), "ECH-PLAN-13", "plan.installments");
        }

        @Test
        void equalPlansAndText() {
            InstallmentPlan same = InstallmentPlan.equalParts(eur("1000.0"), 3, DueDates.monthly(JAN_15));
            assertThat(plan).isEqualTo(same).hasSameHashCodeAs(same);
            assertThat(plan)
                    .isNotEqualTo(InstallmentPlan.equalParts(
                            eur("1000.00"), 3, DueDates.monthly(JAN_15), RemainderRule.LAST));
            // same amounts, other exact shares: not equal, since cash rounding would differ
            assertThat(plan)
                    .isNotEqualTo(InstallmentPlan.explicit(
                            eur("1000.00"),
                            List.of(eur("333.34"), eur("333.33"), eur("333.33")),
                            DueDates.monthly(JAN_15)));
            assertThat(plan.toString())
                    .isEqualTo("1000.00 EUR in 3: 1 2026-01-15 333.34, 2 2026-02-15 333.33, 3 2026-03-15 333.33");
            assertThat(plan.cashRounding()).isEqualTo(Optional.empty());
        }

        @Test
        void installmentsAreValues() {
            Installment one = Installment.of(1, JAN_15, eur("9.5"));
            assertThat(one).isEqualTo(new Installment(1, JAN_15, eur("9.50"), List.of()));
            assertRefused(() -> Installment.of(0, JAN_15, eur("1")), "ECH-PLAN-13", "installment.number");
        }
    }

    @Nested
    class Validation {
        @Test
        void aPlanNeedsOneInstallmentAtLeast() {
            assertThatThrownBy(() -> InstallmentPlan.equalParts(eur("100.00"), 0, monthly()))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("plan.count: 0 installments; a plan needs one installment at least (ECH-PLAN-01)");
            assertRefused(() -> PlanShape.percentages(), "ECH-PLAN-01", "plan.percentages");
            assertRefused(() -> PlanShape.ofParts(List.of()), "ECH-PLAN-01", "plan.parts");
        }

        @Test
        void amountsWithMoreDecimalsThanTheCurrencyAreRefused() {
            assertThatThrownBy(() -> InstallmentPlan.equalParts(money("100.5", "JPY"), 2, monthly()))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("plan.total: 100.5 JPY has more decimals than JPY allows (0) (ECH-PLAN-08)");
            assertRefused(
                    () -> InstallmentPlan.explicit(
                            money("100", "JPY"), List.of(money("50.5", "JPY"), money("49.5", "JPY")), monthly()),
                    "ECH-PLAN-08",
                    "plan.parts[0].amount");
            assertRefused(() -> InstallmentPlan.equalParts(eur("10.001"), 2, monthly()), "ECH-PLAN-08", "plan.total");
        }

        @Test
        void listedDueDatesMustMatchTheInstallments() {
            assertThatThrownBy(() ->
                            InstallmentPlan.equalParts(eur("100.00"), 3, DueDates.of(JAN_15, JAN_15.plusDays(30))))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("plan.dueDates: 2 due dates for 3 installments; give one due date per installment"
                            + " (ECH-PLAN-10)");
        }

        @Test
        void aFailedCallLeavesThePlanUnchanged() {
            InstallmentPlan plan = InstallmentPlan.equalParts(money("0.10", "CHF"), 4, monthly());
            InstallmentPlan copy = InstallmentPlan.equalParts(money("0.10", "CHF"), 4, monthly());
            assertThatThrownBy(() -> plan.withCashRounding(CashRounding.swissFrancs()))
                    .isInstanceOf(ValidationException.class);
            assertThat(plan).isEqualTo(copy);
        }
    }
}
