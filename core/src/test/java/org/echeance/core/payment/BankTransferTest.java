package org.echeance.core.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.echeance.core.identifier.Bic;
import org.echeance.core.identifier.Iban;
import org.echeance.core.identifier.RfCreditorReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BankTransferTest {

    // IBANs of the SWIFT IBAN registry's examples.
    @ParameterizedTest
    @ValueSource(
            strings = {
                "FR1420041010050500013M02606",
                "DE89370400440532013000",
                "CH9300762011623852957",
                "GB29NWBK60161331926819",
                "NO9386011117947",
                "MC5811222000010123456789030",
                "PT50000201231234567890154"
            })
    void isASepaCreditTransferIntoASepaCountry(String iban) {
        BankTransfer transfer = new BankTransfer(Optional.of(Iban.parse(iban)), Optional.empty(), Optional.empty());

        assertThat(transfer.isSepa()).isTrue();
        assertThat(transfer.meansCode()).isEqualTo(PaymentMeansCode.SEPA_CREDIT_TRANSFER);
        assertThat(transfer.meansCode().code()).isEqualTo("58");
    }

    @ParameterizedTest
    @ValueSource(strings = {"BR1800360305000010009795493C1", "SA0380000000608010167519", "TR330006100519786457841326"})
    void isAPlainCreditTransferIntoAnotherCountry(String iban) {
        BankTransfer transfer = new BankTransfer(Optional.of(Iban.parse(iban)), Optional.empty(), Optional.empty());

        assertThat(transfer.isSepa()).isFalse();
        assertThat(transfer.meansCode()).isEqualTo(PaymentMeansCode.CREDIT_TRANSFER);
        assertThat(transfer.meansCode().code()).isEqualTo("30");
    }

    @Test
    void isAPlainCreditTransferWhenTheAccountIsUnknown() {
        BankTransfer transfer = BankTransfer.ofReference(RfCreditorReference.parse("RF18539007547034"));

        assertThat(transfer.payeeIban()).isEmpty();
        assertThat(transfer.payeeBic()).isEmpty();
        assertThat(transfer.creditorReference()).contains(RfCreditorReference.parse("RF18539007547034"));
        assertThat(transfer.isSepa()).isFalse();
        assertThat(transfer.meansCode()).isEqualTo(PaymentMeansCode.CREDIT_TRANSFER);
    }

    @Test
    void holdsTheAccountBankAndReference() {
        Iban iban = Iban.parse("FR76 3000 6000 0112 3456 7890 189");
        Bic bic = Bic.parse("AGRIFRPP");
        RfCreditorReference reference = RfCreditorReference.of("FA-2026-00042");

        BankTransfer transfer = BankTransfer.of(iban, bic, reference);

        assertThat(transfer)
                .isEqualTo(new BankTransfer(Optional.of(iban), Optional.of(bic), Optional.of(reference)))
                .hasSameHashCodeAs(new BankTransfer(Optional.of(iban), Optional.of(bic), Optional.of(reference)));
        assertThat(transfer.payeeIban()).contains(iban);
        assertThat(transfer.payeeBic()).contains(bic);
        assertThat(transfer.creditorReference().orElseThrow().toString()).isEqualTo("RF39FA202600042");
    }

    @Test
    void refusesNullParts() {
        assertThatThrownBy(() -> new BankTransfer(null, Optional.empty(), Optional.empty()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("payeeIban");
        assertThatThrownBy(() -> new BankTransfer(Optional.empty(), null, Optional.empty()))
                .hasMessage("payeeBic");
        assertThatThrownBy(() -> new BankTransfer(Optional.empty(), Optional.empty(), null))
                .hasMessage("creditorReference");
        assertThatThrownBy(() -> BankTransfer.ofReference(null)).hasMessage("creditorReference");
        assertThatThrownBy(() -> BankTransfer.of(null, Bic.parse("AGRIFRPP"), RfCreditorReference.of("1")))
                .hasMessage("payeeIban");
    }
}
