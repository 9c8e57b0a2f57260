package org.echeance.core.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.echeance.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class PaymentTermsTest {
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
}
