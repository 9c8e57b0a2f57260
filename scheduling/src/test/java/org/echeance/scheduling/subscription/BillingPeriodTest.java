package org.echeance.scheduling.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.echeance.scheduling.subscription.SubscriptionFixtures.date;

import org.echeance.core.invoice.InvoicePeriod;
import org.echeance.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** Half-open periods: text round trip, lengths, containment and the closed form of EN 16931. */
class BillingPeriodTest {
    @Test
    void parseReadsWhatToStringWrites() {
        BillingPeriod period = BillingPeriod.of(date("2025-01-31"), date("2025-02-28"));

        assertThat(period.toString()).isEqualTo("[2025-01-31, 2025-02-28)");
        assertThat(BillingPeriod.parse(period.toString())).isEqualTo(period).hasSameHashCodeAs(period);
        assertThat(BillingPeriod.parse(" [2025-01-31,2025-02-28) ")).isEqualTo(period);
    }

    @Test
    void theEndIsExcludedAndTheClosedFormEndsTheDayBefore() {
        BillingPeriod period = BillingPeriod.of(date("2025-01-31"), date("2025-02-28"));

        assertThat(period.lengthInDays()).isEqualTo(28);
        assertThat(period.lastDay()).isEqualTo(date("2025-02-27"));
        assertThat(period.contains(date("2025-01-31"))).isTrue();
        assertThat(period.contains(date("2025-02-27"))).isTrue();
        assertThat(period.contains(date("2025-02-28"))).isFalse();
        assertThat(period.contains(date("2025-01-30"))).isFalse();
        assertThat(period.toInvoicePeriod()).isEqualTo(InvoicePeriod.ofClosed(date("2025-01-31"), date("2025-02-27")));
        assertThat(BillingPeriod.ofClosed(date("2025-01-31"), date("2025-02-27")))
                .isEqualTo(period);
    }

    @Test
    void intersectionAndEnclosure() {
        BillingPeriod january = BillingPeriod.parse("[2025-01-01, 2025-02-01)");

        assertThat(january.intersection(BillingPeriod.parse("[2025-01-20, 2025-03-01)")))
                .contains(BillingPeriod.parse("[2025-01-20, 2025-02-01)"));
        assertThat(january.intersection(BillingPeriod.parse("[2025-02-01, 2025-03-01)")))
                .isEmpty();
        assertThat(january.encloses(BillingPeriod.parse("[2025-01-05, 2025-02-01)")))
                .isTrue();
        assertThat(january.encloses(BillingPeriod.parse("[2025-01-05, 2025-02-02)")))
                .isFalse();
    }

    @Test
    void anEmptyPeriodOrBadTextIsRefused() {
        assertThatThrownBy(() -> BillingPeriod.of(date("2025-01-31"), date("2025-01-31")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("period.endExclusive: 2025-01-31 is not after the start 2025-01-31; a period has one"
                        + " day at least (ECH-SUB-06)");
        assertThatThrownBy(() -> BillingPeriod.parse("2025-01-31/2025-02-28"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("ECH-SUB-14");
        assertThatThrownBy(() -> BillingPeriod.parse("[2025-01-31, 2025-02-30)"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("not an ISO date");
    }
}
