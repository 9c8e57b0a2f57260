package org.echeance.core.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.echeance.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class PaymentTermsTest {
    private static final Locale BELGIAN_FRENCH = Locale.forLanguageTag("fr-BE");

    @Test
    void netDaysCountCalendarDaysFromTheIssueDate() {
        assertThat(PaymentTerms.net(0).dueDate(LocalDate.of(2026, 2, 28))).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(PaymentTerms.net(30).dueDate(LocalDate.of(2028, 2, 1))).isEqualTo(LocalDate.of(2028, 3, 2));
        assertThat(PaymentTerms.net(60).dueDate(LocalDate.of(2026, 12, 15))).isEqualTo(LocalDate.of(2027, 2, 13));
    }

    @Test
    void negativeOrAbsurdDaysAreRefused() {
        assertThatThrownBy(() -> PaymentTerms.net(-1))
                .isInstanceOf(ValidationException.class)
                .hasMessage("paymentTerms.days: -1 is not a number of days from 0 to 3660 (ECH-TERMS-01)");
        assertThatThrownBy(() -> PaymentTerms.net(3661)).isInstanceOf(ValidationException.class);
    }

    @Test
    void netDaysAcrossFebruaryInCommonAndLeapYears() {
        // 31 January + 30 days: 2 March in a common year, 1 March in a leap year.
        assertThat(PaymentTerms.net(30).dueDate(LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(PaymentTerms.net(30).dueDate(LocalDate.of(2028, 1, 31))).isEqualTo(LocalDate.of(2028, 3, 1));
        assertThat(PaymentTerms.net(3660).dueDate(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2036, 1, 9));
    }

    @Test
    void netDaysAreDescribedInFrenchAndEnglish() {
        assertThat(PaymentTerms.net(30).describe(Locale.FRANCE)).isEqualTo("30 jours net");
        assertThat(PaymentTerms.net(30).describe(Locale.UK)).isEqualTo("30 days net");
        assertThat(PaymentTerms.net(1).describe(Locale.FRENCH)).isEqualTo("1 jour net");
        assertThat(PaymentTerms.net(1).describe(Locale.ENGLISH)).isEqualTo("1 day net");
        assertThat(PaymentTerms.net(0).describe(Locale.FRENCH)).isEqualTo("0 jour net");
        assertThat(PaymentTerms.net(0).describe(Locale.ENGLISH)).isEqualTo("0 days net");
    }

    @Test
    void frenchIsChosenByLanguageAndEnglishOtherwise() {
        assertThat(PaymentTerms.net(45).describe(BELGIAN_FRENCH)).isEqualTo("45 jours net");
        assertThat(PaymentTerms.net(45).describe(Locale.CANADA_FRENCH)).isEqualTo("45 jours net");
        assertThat(PaymentTerms.net(45).describe(Locale.GERMANY)).isEqualTo("45 days net");
        assertThat(PaymentTerms.net(45).describe(Locale.ROOT)).isEqualTo("45 days net");
        assertThatThrownBy(() -> PaymentTerms.net(45).describe(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("locale");
    }

    @Test
    void netDaysAreValuesWithAReadableToString() {
        assertThat(PaymentTerms.net(30)).isEqualTo(new NetDays(30)).hasSameHashCodeAs(new NetDays(30));
        assertThat(PaymentTerms.net(30)).isNotEqualTo(PaymentTerms.net(31));
        assertThat(PaymentTerms.net(30)).hasToString("net 30 days");
    }

    @Test
    void onReceiptIsDueOnTheIssueDate() {
        PaymentTerms terms = PaymentTerms.onReceipt();

        assertThat(terms.dueDate(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(terms.dueDate(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(terms.isPrepayment()).isFalse();
        assertThat(terms).isEqualTo(new OnReceipt());
        assertThat(terms.describe(Locale.FRANCE)).isEqualTo("Paiement à réception");
        assertThat(terms.describe(Locale.ENGLISH)).isEqualTo("Due on receipt");
    }

    @Test
    void cashOnDeliveryIsDueOnTheDeliveryDate() {
        PaymentTerms terms = PaymentTerms.cashOnDelivery();
        LocalDate issued = LocalDate.of(2026, 12, 30);

        assertThat(terms.dueDate(issued, Optional.of(LocalDate.of(2027, 1, 4)))).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(terms.dueDate(issued, Optional.of(issued))).isEqualTo(issued);
        assertThat(terms.dueDate(issued, Optional.empty())).isEqualTo(issued);
        assertThat(terms.dueDate(issued)).isEqualTo(issued);
        assertThat(terms.describe(Locale.FRANCE)).isEqualTo("Paiement à la livraison");
        assertThat(terms.describe(Locale.ENGLISH)).isEqualTo("Cash on delivery");
    }

    @Test
    void cashOnDeliveryIssuedAfterDeliveryIsDueOnTheIssueDate() {
        // Delivered on 5 March, invoiced on 10 March: the due date cannot precede the invoice (BR-FR-CO-07).
        assertThat(PaymentTerms.cashOnDelivery()
                        .dueDate(LocalDate.of(2026, 3, 10), Optional.of(LocalDate.of(2026, 3, 5))))
                .isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void otherTermsIgnoreTheDeliveryDate() {
        LocalDate issued = LocalDate.of(2026, 1, 15);
        Optional<LocalDate> delivered = Optional.of(LocalDate.of(2026, 2, 20));

        assertThat(PaymentTerms.net(30).dueDate(issued, delivered)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(EndOfMonth.thenDays(45).dueDate(issued, delivered)).isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(PaymentTerms.onReceipt().dueDate(issued, delivered)).isEqualTo(issued);
        assertThat(PaymentTerms.prepayment().dueDate(issued, delivered)).isEqualTo(issued);
        assertThatThrownBy(() -> PaymentTerms.net(30).dueDate(issued, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("deliveryDate");
    }

    @Test
    void prepaymentIsDueOnTheIssueDateBeforeDelivery() {
        PaymentTerms terms = PaymentTerms.prepayment();

        assertThat(terms.dueDate(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(terms.isPrepayment()).isTrue();
        assertThat(terms).isEqualTo(new Prepayment());
        assertThat(terms.describe(Locale.FRANCE)).isEqualTo("Paiement d'avance, avant livraison");
        assertThat(terms.describe(Locale.ENGLISH)).isEqualTo("Payment in advance, before delivery");
    }

    @Test
    void onlyPrepaymentIsPrepayment() {
        assertThat(PaymentTerms.net(30).isPrepayment()).isFalse();
        assertThat(EndOfMonth.ofIssueMonth().isPrepayment()).isFalse();
        assertThat(new FixedDayOfNextMonth(10).isPrepayment()).isFalse();
        assertThat(PaymentTerms.cashOnDelivery().isPrepayment()).isFalse();
    }

    @Test
    void nullIssueDatesAreRefusedByEveryTerm() {
        for (PaymentTerms terms : new PaymentTerms[] {
            PaymentTerms.net(30),
            EndOfMonth.thenDays(45),
            EndOfMonth.afterDays(45),
            new FixedDayOfNextMonth(10),
            PaymentTerms.onReceipt(),
            PaymentTerms.cashOnDelivery(),
            PaymentTerms.prepayment()
        }) {
            assertThatThrownBy(() -> terms.dueDate(null))
                    .as("%s", terms)
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("issueDate");
        }
        assertThatThrownBy(() -> PaymentTerms.cashOnDelivery().dueDate(null, Optional.empty()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("issueDate");
    }

    @Test
    void theFamilyIsClosed() {
        assertThat(PaymentTerms.class.isSealed()).isTrue();
        assertThat(PaymentTerms.class.getPermittedSubclasses())
                .contains(
                        NetDays.class,
                        EndOfMonth.class,
                        FixedDayOfNextMonth.class,
                        OnReceipt.class,
                        CashOnDelivery.class,
                        Prepayment.class);
    }
}
