package org.echeance.core.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import javax.money.Monetary;
import org.echeance.core.party.Party;
import org.echeance.core.terms.PaymentTerms;
import org.echeance.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class CustomerTest {
    private final Party party = Party.builder("Boulangerie Martin SAS").build();

    @Test
    void defaultsAreFrenchEuroAndThirtyDaysNet() {
        Customer customer = Customer.builder("C1", party).build();

        assertThat(customer.language()).isEqualTo(Locale.FRANCE);
        assertThat(customer.currency()).isEqualTo(Monetary.getCurrency("EUR"));
        assertThat(customer.paymentTerms().dueDate(LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(customer.category()).isEmpty();
    }

    @Test
    void copiesChangeOnlyWhatIsAsked() {
        Customer customer = Customer.builder("C1", party)
                .category(CustomerCategory.of("VIP"))
                .language(Locale.UK)
                .build();
        Customer copy = customer.toBuilder().paymentTerms(PaymentTerms.net(45)).build();

        assertThat(copy.category()).contains(CustomerCategory.of("VIP"));
        assertThat(copy.language()).isEqualTo(Locale.UK);
        assertThat(copy.paymentTerms()).isEqualTo(PaymentTerms.net(45));
        assertThat(copy).isNotEqualTo(customer);
        assertThat(customer.toBuilder().build()).isEqualTo(customer);
    }

    @Test
    void blankNumbersAndCategoriesAreRefused() {
        assertThatThrownBy(() -> Customer.builder("", party))
                .isInstanceOf(ValidationException.class)
                .hasMessage("customer.customerNumber: customer number is blank (ECH-CUST-01)");
        assertThatThrownBy(() -> CustomerCategory.of("  "))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("ECH-CUST-02");
    }
}
