package org.echeance.overdue.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.echeance.overdue.OverdueFixtures.date;
import static org.echeance.overdue.OverdueFixtures.item;
import static org.echeance.overdue.OverdueFixtures.paidItem;

import java.math.BigDecimal;
import java.util.List;
import org.echeance.core.money.Amounts;
import org.echeance.core.terms.LatePaymentTerms;
import org.echeance.core.validation.ValidationException;
import org.echeance.overdue.ReceivableItem;
import org.junit.jupiter.api.Test;

class LatePaymentInterestTest {
    /** ECB rate 2.15 % + 10 points = 12.15 % (L441-10 II), and the 40 EUR indemnity (D441-5). */
    private static final LatePaymentTerms TERMS = LatePaymentTerms.frenchDefault(new BigDecimal("2.15"));

    @Test
    void tenDaysLateOnAThousand() {
        // due 31 January, paid 10 February: 1..10 February, 1000 × 12.15 / 100 × 10 / 365 = 3.3287 -> 3.33
        ReceivableItem invoice = paidItem("C", "F1", "2026-01-01", "2026-01-31", "1000", "2026-02-10", "1000");

        LatePaymentClaim claim = LatePaymentInterest.of(TERMS).claim(List.of(invoice), date("2026-03-31"));

        assertThat(claim.lines()).singleElement().satisfies(line -> {
            assertThat(line.from()).isEqualTo(date("2026-02-01"));
            assertThat(line.to()).isEqualTo(date("2026-02-10"));
            assertThat(line.days()).isEqualTo(10);
            assertThat(line.annualRatePercent()).isEqualByComparingTo("12.15");
        });
        assertThat(Amounts.toPlainString(claim.interest())).isEqualTo("3.33");
        assertThat(claim.recoveryIndemnity().map(Amounts::toPlainString)).contains("40.00");
        assertThat(claim.isLate()).isTrue();
    }

    @Test
    void partialPaymentLowersTheBaseFromTheNextDay() {
        // 1..10 Feb on 1000: 3.33; 11..28 Feb on 600: 600 × 12.15 × 18 / 36500 = 3.5951 -> 3.60
        ReceivableItem invoice = paidItem("C", "F1", "2026-01-01", "2026-01-31", "1000", "2026-02-10", "400");

        LatePaymentClaim claim = LatePaymentInterest.of(TERMS).claim(List.of(invoice), date("2026-02-28"));

        assertThat(claim.lines())
                .extracting(
                        l -> Amounts.toPlainString(l.base()),
                        InterestPeriod::days,
                        l -> Amounts.toPlainString(l.interest()))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1000.00", 10, "3.33"),
                        org.assertj.core.groups.Tuple.tuple("600.00", 18, "3.60"));
        assertThat(Amounts.toPlainString(claim.interest())).isEqualTo("6.93");
        // still due in full after a partial payment
        assertThat(claim.recoveryIndemnity().map(Amounts::toPlainString)).contains("40.00");
    }

    @Test
    void frenchRateChangesWithTheHalfYear() {
        // ECB 2.15 on 1 January, 2.40 on 1 July: 12.15 % then 12.40 %
        PenaltyRates rates = PenaltyRates.frenchDefault(List.of(
                new RatePeriod(date("2026-01-01"), new BigDecimal("2.15")),
                new RatePeriod(date("2026-07-01"), new BigDecimal("2.40"))));
        ReceivableItem invoice = item("C", "F1", "2026-05-01", "2026-06-20", "1000");

        LatePaymentClaim claim = LatePaymentInterest.of(rates, TERMS).claim(List.of(invoice), date("2026-07-10"));

        // 21..30 June: 1000 × 12.15 × 10 / 36500 = 3.33; 1..10 July: 1000 × 12.40 × 10 / 36500 = 3.3973 -> 3.40
        assertThat(claim.lines())
                .extracting(l -> l.annualRatePercent().toPlainString(), l -> Amounts.toPlainString(l.interest()))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("12.15", "3.33"),
                        org.assertj.core.groups.Tuple.tuple("12.4", "3.40"));
        assertThat(Amounts.toPlainString(claim.interest())).isEqualTo("6.73");
        assertThat(rates.rateOn(date("2025-12-31"))).isEmpty();
    }

    @Test
    void installmentsOfOneInvoiceOweOneIndemnity() {
        ReceivableItem first = ReceivableItem.builder("C", "F1", org.echeance.overdue.OverdueFixtures.EUR)
                .installment(1, 2)
                .issueDate(date("2026-01-01"))
                .dueDate(date("2026-01-31"))
                .amount(org.echeance.overdue.OverdueFixtures.eur("365"))
                .build();
        ReceivableItem second = ReceivableItem.builder("C", "F1", org.echeance.overdue.OverdueFixtures.EUR)
                .installment(2, 2)
                .issueDate(date("2026-01-01"))
                .dueDate(date("2026-02-28"))
                .amount(org.echeance.overdue.OverdueFixtures.eur("365"))
                .build();

        LatePaymentClaim claim = LatePaymentInterest.of(
                        LatePaymentTerms.of(BigDecimal.TEN, LatePaymentTerms.FRENCH_RECOVERY_INDEMNITY))
                .claim(List.of(first, second), date("2026-03-10"));

        // 365 × 10 % / 365 = 0.10 a day: 38 days (1 Feb..10 Mar) and 10 days (1..10 Mar)
        assertThat(claim.lines())
                .extracting(l -> Amounts.toPlainString(l.interest()))
                .containsExactly("3.80", "1.00");
        assertThat(Amounts.toPlainString(claim.interest())).isEqualTo("4.80");
        assertThat(claim.recoveryIndemnity().map(Amounts::toPlainString)).contains("40.00");
    }

    @Test
    void nothingIsOwedOnTimeNorByAConsumerIndemnity() {
        ReceivableItem onTime = paidItem("C", "F1", "2026-01-01", "2026-01-31", "1000", "2026-01-31", "1000");
        LatePaymentClaim claim = LatePaymentInterest.of(TERMS).claim(List.of(onTime), date("2026-06-30"));
        assertThat(claim.isLate()).isFalse();
        assertThat(claim.interest().isZero()).isTrue();
        assertThat(claim.recoveryIndemnity()).isEmpty();

        ReceivableItem late = item("C", "F2", "2026-01-01", "2026-01-31", "1000");
        LatePaymentClaim consumer =
                LatePaymentInterest.of(TERMS.withoutRecoveryIndemnity()).claim(List.of(late), date("2026-02-10"));
        assertThat(Amounts.toPlainString(consumer.interest())).isEqualTo("3.33");
        assertThat(consumer.recoveryIndemnity()).isEmpty();
    }

    @Test
    void badInputIsRefused() {
        ReceivableItem invoice = item("C", "F1", "2026-01-10", "2026-02-09", "1000");
        LatePaymentInterest calc = LatePaymentInterest.of(TERMS);

        assertThatThrownBy(() -> calc.interest(invoice, date("2026-01-09")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("asOf: 2026-01-09 is before the issue date 2026-01-10 of invoice F1; nothing was owed on"
                        + " it then (ECH-OVERDUE-10)");
        assertThatThrownBy(() -> calc.claim(
                        List.of(invoice, item("C", "F2", "2026-01-10", "2026-02-09", "1")), date("2026-03-01")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("ECH-OVERDUE-13");
        assertThatThrownBy(() ->
                        PenaltyRates.frenchDefault(List.of(new RatePeriod(date("2026-03-01"), new BigDecimal("2.15")))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("ecbRates[0].from: 2026-03-01 is not 1 January or 1 July");
        PenaltyRates fromJuly = new PenaltyRates(List.of(new RatePeriod(date("2026-07-01"), BigDecimal.TEN)));
        assertThatThrownBy(() -> LatePaymentInterest.of(fromJuly, TERMS).interest(invoice, date("2026-03-01")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("ECH-OVERDUE-31");
    }
}
