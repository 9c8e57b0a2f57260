package org.echeance.core.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.echeance.core.identifier.Iban;
import org.echeance.core.identifier.RfCreditorReference;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;
import org.junit.jupiter.api.Test;

class PaymentMethodTest {

    /** One example of each method of the closed family. */
    static List<PaymentMethod> examples() {
        return List.of(
                new BankTransfer(
                        Optional.of(Iban.parse("FR1420041010050500013M02606")),
                        Optional.empty(),
                        Optional.of(RfCreditorReference.of("FA-2026-00042"))),
                SepaDirectDebit.of("MANDAT-2026-0042", "FR72ZZZ123456", SequenceType.RCUR),
                Card.of("4242", "CB"),
                Cheque.of("0001234"),
                new Cash(),
                PaymentLink.of(URI.create("https://pay.example.com/i/42")));
    }

    @Test
    void everyMethodHasItsMeansCode() {
        Map<Class<?>, String> codes = examples().stream()
                .collect(Collectors.toMap(Object::getClass, m -> m.meansCode().code()));

        assertThat(codes)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        BankTransfer.class, "58",
                        SepaDirectDebit.class, "59",
                        Card.class, "48",
                        Cheque.class, "20",
                        Cash.class, "10",
                        PaymentLink.class, "68"));
    }

    @Test
    void theExamplesCoverTheWholeFamily() {
        assertThat(PaymentMethod.class.isSealed()).isTrue();
        assertThat(Arrays.asList(PaymentMethod.class.getPermittedSubclasses()))
                .containsExactlyInAnyOrderElementsOf(
                        examples().stream().map(Object::getClass).collect(Collectors.toList()));
    }

    @Test
    void chequeHoldsItsNumberAndBank() {
        Cheque cheque = new Cheque(Optional.of("0001234"), Optional.of("Crédit Agricole Centre-Est"));

        assertThat(cheque.chequeNumber()).contains("0001234");
        assertThat(cheque.bank()).contains("Crédit Agricole Centre-Est");
        assertThat(Cheque.of("0001234").bank()).isEmpty();
        assertThat(new Cheque(Optional.empty(), Optional.empty()).meansCode()).isEqualTo(PaymentMeansCode.CHEQUE);
    }

    @Test
    void chequeRefusesBlankOrBrokenText() {
        assertThatThrownBy(() -> Cheque.of(""))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(new Violation("ECH-PAY-09", "chequeNumber", "\"\" is blank")));
        assertThatThrownBy(() -> new Cheque(Optional.empty(), Optional.of("Banque\nPopulaire")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(new Violation(
                                        "ECH-PAY-09",
                                        "bank",
                                        "\"BanqueU+000APopulaire\" contains U+000A, a control character")));
        assertThatThrownBy(() -> Cheque.of("1".repeat(36))).hasMessageContaining("has 36 characters, more than 35");
        assertThatThrownBy(() -> new Cheque(null, Optional.empty())).hasMessage("chequeNumber");
        assertThatThrownBy(() -> new Cheque(Optional.empty(), null)).hasMessage("bank");
    }

    @Test
    void cashHasNoPartsAndAllCashIsEqual() {
        assertThat(new Cash()).isEqualTo(new Cash()).hasSameHashCodeAs(new Cash());
        assertThat(new Cash().meansCode()).isEqualTo(PaymentMeansCode.CASH);
    }
}
