package org.echeance.core.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;
import org.echeance.core.identifier.Bic;
import org.echeance.core.identifier.Iban;
import org.echeance.core.identifier.RfCreditorReference;
import org.junit.jupiter.api.Test;

class PaymentInstructionsTest {
    private static final Iban PAYEE = Iban.parse("FR7630006000011234567890189");
    private static final Bic BANK = Bic.parse("AGRIFRPP");

    @Test
    void aBankTransferGivesTheAccountBankAndReference() {
        BankTransfer transfer = BankTransfer.of(PAYEE, BANK, RfCreditorReference.of("FA-2026-00042"));

        PaymentInstructions instructions = PaymentInstructions.from(transfer);

        assertThat(instructions.means()).isEqualTo(PaymentMeansCode.SEPA_CREDIT_TRANSFER);
        assertThat(instructions.account()).contains(PAYEE);
        assertThat(instructions.bic()).contains(BANK);
        assertThat(instructions.remittanceInformation()).contains("RF39FA202600042");
        assertThat(instructions.accountName()).isEmpty();
        assertThat(instructions.mandateReference()).isEmpty();
        assertThat(instructions.creditorId()).isEmpty();
        assertThat(instructions.debitedAccount()).isEmpty();
        assertThat(instructions).isEqualTo(PaymentInstructions.sepaCreditTransfer(PAYEE, BANK, "RF39FA202600042"));
    }

    @Test
    void aTransferOutsideSepaKeepsItsMeansCode() {
        Iban brazilian = Iban.parse("BR1800360305000010009795493C1");

        PaymentInstructions instructions =
                PaymentInstructions.from(new BankTransfer(Optional.of(brazilian), Optional.empty(), Optional.empty()));

        assertThat(instructions.means()).isEqualTo(PaymentMeansCode.CREDIT_TRANSFER);
        assertThat(instructions.account()).contains(brazilian);
        assertThat(instructions.remittanceInformation()).isEmpty();
        assertThat(instructions.bic()).isEmpty();
    }

    @Test
    void aSepaDirectDebitGivesTheMandateAndTheDebitedAccount() {
        Iban debtor = Iban.parse("FR1420041010050500013M02606");
        SepaDirectDebit debit =
                new SepaDirectDebit("MANDAT-2026-0042", "fr72 zzz 123456", SequenceType.RCUR, Optional.of(debtor));

        PaymentInstructions instructions = PaymentInstructions.from(debit);

        assertThat(instructions.means()).isEqualTo(PaymentMeansCode.SEPA_DIRECT_DEBIT);
        assertThat(instructions.mandateReference()).contains("MANDAT-2026-0042");
        assertThat(instructions.creditorId()).contains("FR72ZZZ123456");
        assertThat(instructions.debitedAccount()).contains(debtor);
        assertThat(instructions.account()).isEmpty();
        assertThat(instructions.bic()).isEmpty();
        assertThat(instructions.remittanceInformation()).isEmpty();
    }

    @Test
    void theOtherMethodsGiveTheirMeansCodeOnly() {
        assertThat(PaymentInstructions.from(Card.of("4242", "CB")))
                .isEqualTo(PaymentInstructions.of(PaymentMeansCode.BANK_CARD));
        assertThat(PaymentInstructions.from(Cheque.of("0001234")))
                .isEqualTo(PaymentInstructions.of(PaymentMeansCode.CHEQUE));
        assertThat(PaymentInstructions.from(new Cash())).isEqualTo(PaymentInstructions.of(PaymentMeansCode.CASH));
        assertThat(PaymentInstructions.from(PaymentLink.of(URI.create("https://pay.example.com/i/42"))))
                .isEqualTo(PaymentInstructions.of(PaymentMeansCode.ONLINE_PAYMENT_SERVICE));
    }

    @Test
    void everyMethodGivesInstructionsWithItsMeansCode() {
        for (PaymentMethod method : PaymentMethodTest.examples()) {
            assertThat(PaymentInstructions.from(method).means()).isEqualTo(method.meansCode());
        }
    }

    @Test
    void theExistingFactoriesLeaveTheDirectDebitPartsEmpty() {
        PaymentInstructions transfer = PaymentInstructions.sepaCreditTransfer(PAYEE, BANK, "FA-2026-00042");
        PaymentInstructions means = PaymentInstructions.of(PaymentMeansCode.CASH);

        assertThat(transfer.remittanceInformation()).contains("FA-2026-00042");
        assertThat(transfer.mandateReference()).isEmpty();
        assertThat(transfer.creditorId()).isEmpty();
        assertThat(transfer.debitedAccount()).isEmpty();
        assertThat(means.means()).isEqualTo(PaymentMeansCode.CASH);
        assertThat(means.account()).isEmpty();
        assertThat(means.debitedAccount()).isEmpty();
    }

    @Test
    void refusesNullParts() {
        assertThatThrownBy(() -> PaymentInstructions.from(null)).hasMessage("method");
        assertThatThrownBy(() -> PaymentInstructions.of(null)).hasMessage("means");
        assertThatThrownBy(() -> new PaymentInstructions(
                        PaymentMeansCode.SEPA_DIRECT_DEBIT,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        null,
                        Optional.empty(),
                        Optional.empty()))
                .hasMessage("mandateReference");
    }
}
