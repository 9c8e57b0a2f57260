package org.echeance.core.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.echeance.core.installment.Deposit;
import org.echeance.core.installment.Installment;
import org.echeance.core.installment.InstallmentPlan;
import org.echeance.core.installment.PlanPart;
import org.echeance.core.installment.PlanShape;
import org.echeance.core.installment.RemainderRule;
import org.echeance.core.money.Amounts;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class InstallmentTermsTest {
    private static final LocalDate ISSUED = LocalDate.of(2026, 1, 31);

    private static void assertRefused(Runnable call, String ruleId, String path) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).isInstanceOf(ValidationException.class);
        assertThat(((ValidationException) thrown).violations())
                .extracting(Violation::ruleId, Violation::path)
                .containsExactly(tuple(ruleId, path));
    }

    @Test
    void thirtyPercentNowSeventyPercentAtThirtyDays() {
        InstallmentTerms terms = InstallmentTerms.of(PlanShape.percentages("30", "70"), 0, 30);

        assertThat(terms.dueDate(ISSUED)).isEqualTo(ISSUED);
        assertThat(terms.dueDates(ISSUED)).containsExactly(ISSUED, LocalDate.of(2026, 3, 2));
        InstallmentPlan plan = terms.plan(Money.of(new BigDecimal("1234.57"), "EUR"), ISSUED);
        assertThat(plan.installments())
                .extracting(Installment::dueDate, i -> Amounts.toPlainString(i.amount()))
                .containsExactly(tuple(ISSUED, "370.37"), tuple(LocalDate.of(2026, 3, 2), "864.20"));
        assertThat(terms.describe(Locale.FRANCE)).isEqualTo("30 % à réception, 70 % à 30 jours");
        assertThat(terms.describe(Locale.ENGLISH)).isEqualTo("30% on receipt, 70% at 30 days");
        assertThat(terms).hasToString("30% on receipt, 70% at 30 days");
    }

    @Test
    void wordingOfEveryShape() {
        assertThat(InstallmentTerms.of(PlanShape.equalParts(3), 0, 30, 60).describe(Locale.FRANCE))
                .isEqualTo("1/3 à réception, 1/3 à 30 jours, 1/3 à 60 jours");
        assertThat(InstallmentTerms.of(PlanShape.equalParts(1), 45).describe(Locale.UK))
                .isEqualTo("100% at 45 days");
        assertThat(InstallmentTerms.of(PlanShape.depositAndBalance(Deposit.ofPercent("30")), 0, 30)
                        .describe(Locale.forLanguageTag("fr-BE")))
                .isEqualTo("Acompte de 30 % à réception, solde à 30 jours");
        assertThat(InstallmentTerms.of(PlanShape.depositAndBalance(Deposit.ofPercent("12.5")), 1, 30)
                        .describe(Locale.ENGLISH))
                .isEqualTo("Deposit of 12.5% at 1 day, balance at 30 days");
        assertThat(InstallmentTerms.of(
                                PlanShape.depositAndEqualParts(
                                        Deposit.of(Money.of(new BigDecimal("500.50"), "EUR")), 2, RemainderRule.FIRST),
                                0,
                                30,
                                60)
                        .describe(Locale.FRANCE))
                .isEqualTo("Acompte de 500,50 EUR à réception, 1/2 du solde à 30 jours, 1/2 du solde à 60 jours");
        assertThat(InstallmentTerms.of(
                                PlanShape.ofParts(List.of(
                                        PlanPart.fixed(Money.of(400, "EUR")),
                                        PlanPart.percentOfRemainder("50"),
                                        PlanPart.balance())),
                                0,
                                30,
                                60)
                        .describe(Locale.ENGLISH))
                .isEqualTo("400 EUR on receipt, 50% of the remainder at 30 days, balance at 60 days");
        assertThat(InstallmentTerms.of(
                                PlanShape.ofParts(List.of(PlanPart.percentOfRemainder("40"), PlanPart.balance())), 0, 1)
                        .describe(Locale.FRANCE))
                .isEqualTo("40 % à réception, solde à 1 jour");
    }

    @Test
    void theTermsArePaymentTerms() {
        PaymentTerms terms = InstallmentTerms.of(PlanShape.equalParts(2), 10, 40);
        assertThat(terms.dueDate(ISSUED)).isEqualTo(LocalDate.of(2026, 2, 10));
        assertThat(terms.isPrepayment()).isFalse();
        assertThat(terms).isEqualTo(new InstallmentTerms(PlanShape.equalParts(2), List.of(10, 40)));
    }

    @Test
    void offsetsAreCheckedAgainstTheShape() {
        assertThatThrownBy(() -> InstallmentTerms.of(PlanShape.equalParts(3), 0, 30))
                .isInstanceOf(ValidationException.class)
                .hasMessage("paymentTerms.dayOffsets: 2 day offsets for 3 installments; give one offset per installment"
                        + " (ECH-PLAN-10)");
        assertRefused(
                () -> InstallmentTerms.of(PlanShape.equalParts(2), -1, 30),
                "ECH-PLAN-06",
                "paymentTerms.dayOffsets[0]");
        assertRefused(
                () -> InstallmentTerms.of(PlanShape.equalParts(2), 30, 30),
                "ECH-PLAN-05",
                "paymentTerms.dayOffsets[1]");
        assertRefused(
                () -> InstallmentTerms.of(PlanShape.equalParts(2), 0, NetDays.MAX_DAYS + 1),
                "ECH-TERMS-01",
                "paymentTerms.dayOffsets[1]");
    }
}
