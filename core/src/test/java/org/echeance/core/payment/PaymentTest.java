package org.echeance.core.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.echeance.core.identifier.RfCreditorReference;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentTest {
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    private static Money eur(String amount) {
        return Money.of(new BigDecimal(amount), "EUR");
    }

    @Test
    void recordsABankTransferQuotingAnRfReference() {
        RfCreditorReference reference = RfCreditorReference.of("FA-2026-00042");

        Payment payment = Payment.bankTransfer("BQ-2026-03-02-0017", MARCH_2, eur("2880.00"), reference);

        assertThat(payment.idempotencyKey()).isEqualTo("BQ-2026-03-02-0017");
        assertThat(payment.receivedOn()).isEqualTo(MARCH_2);
        assertThat(payment.amount()).isEqualTo(eur("2880.00"));
        assertThat(payment.method()).isEqualTo(BankTransfer.ofReference(reference));
        assertThat(payment.payerReference()).contains("RF39FA202600042");
    }

    @Test
    void recordsACardPaymentReportedByAPsp() {
        Payment payment = Payment.of("ch_3PZx8u2eZvKYlo2C1", MARCH_2, eur("49.90"), Card.of("4242", "Visa"));

        assertThat(payment.method().meansCode()).isEqualTo(PaymentMeansCode.BANK_CARD);
        assertThat(payment.payerReference()).isEmpty();
        assertThat(payment.withPayerReference("FA-2026-00043").payerReference()).contains("FA-2026-00043");
        assertThat(payment.withPayerReference("FA-2026-00043").idempotencyKey()).isEqualTo("ch_3PZx8u2eZvKYlo2C1");
    }

    @Test
    void isEqualByValueWhateverTheAmountsScale() {
        Payment a = Payment.of("tx-1", MARCH_2, eur("9.5"), new Cash());
        Payment b = Payment.of("tx-1", MARCH_2, eur("9.50"), new Cash());

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(Payment.of("tx-2", MARCH_2, eur("9.50"), new Cash()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0      | EUR | ECH-PAY-01 | 0.00 EUR is not positive; a payment brings money in
            -10.00 | EUR | ECH-PAY-01 | -10.00 EUR is not positive; a payment brings money in
            10.005 | EUR | ECH-PAY-02 | 10.005 EUR has more decimals than the 2 of EUR
            100.5  | JPY | ECH-PAY-02 | 100.5 JPY has more decimals than the 0 of JPY
            """)
    void refusesAnAmountThatIsNotAPositiveAmountOfItsCurrency(
            String amount, String currency, String rule, String message) {
        Money money = Money.of(new BigDecimal(amount), currency);

        assertThatThrownBy(() -> Payment.of("tx-1", MARCH_2, money, new Cash()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations()).containsExactly(new Violation(rule, "amount", message)));
    }

    @Test
    void acceptsAmountsAtTheirCurrencysScale() {
        assertThat(Payment.of("tx-1", MARCH_2, Money.of(1500, "JPY"), new Cash())
                        .amount())
                .isEqualTo(Money.of(1500, "JPY"));
        assertThat(Payment.of("tx-1", MARCH_2, Money.of(new BigDecimal("0.001"), "BHD"), new Cash())
                        .amount())
                .isEqualTo(Money.of(new BigDecimal("0.001"), "BHD"));
    }

    @Test
    void acceptsKeysOfUpTo200Characters() {
        String longest = "k".repeat(199) + "\uD83D\uDCB6"; // 200 code points, the last one a surrogate pair

        assertThat(Payment.of(longest, MARCH_2, eur("1"), new Cash()).idempotencyKey())
                .isEqualTo(longest);
        assertThat(Payment.of("évt 42/α", MARCH_2, eur("1"), new Cash()).idempotencyKey())
                .isEqualTo("évt 42/α");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""        | "" is blank
            "   "     | "   " is blank
            " tx-1"   | " tx-1" starts or ends with a space; the key must be the source's id exactly
            "tx-1 "   | "tx-1 " starts or ends with a space; the key must be the source's id exactly
            """)
    void refusesAKeyThatCouldNotDeduplicate(String key, String message) {
        assertThatThrownBy(() -> Payment.of(key, MARCH_2, eur("1"), new Cash()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(new Violation("ECH-PAY-03", "idempotencyKey", message)));
    }

    @Test
    void refusesALongKeyOrAControlCharacter() {
        String tooLong = "k".repeat(201);
        assertThatThrownBy(() -> Payment.of(tooLong, MARCH_2, eur("1"), new Cash()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(new Violation(
                                        "ECH-PAY-03",
                                        "idempotencyKey",
                                        "\"" + "k".repeat(80) + "...\" has 201 characters, more than 200")));
        assertThatThrownBy(() -> Payment.of("tx-1\n", MARCH_2, eur("1"), new Cash()))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(new Violation(
                                        "ECH-PAY-03",
                                        "idempotencyKey",
                                        "\"tx-1U+000A\" contains U+000A, a control character")));
    }

    @Test
    void reportsEveryViolationAtOnce() {
        assertThatThrownBy(() -> new Payment(" ", MARCH_2, eur("0"), new Cash(), Optional.of("x".repeat(141))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::ruleId, Violation::path)
                                .containsExactly(
                                        tuple("ECH-PAY-03", "idempotencyKey"),
                                        tuple("ECH-PAY-01", "amount"),
                                        tuple("ECH-PAY-09", "payerReference")));
    }

    @Test
    void refusesABlankPayerReference() {
        Payment payment = Payment.of("tx-1", MARCH_2, eur("1"), new Cash());

        assertThatThrownBy(() -> payment.withPayerReference(" "))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(new Violation("ECH-PAY-09", "payerReference", "\" \" is blank")));
    }

    @Test
    void refusesNullParts() {
        Cash cash = new Cash();
        assertThatThrownBy(() -> Payment.of(null, MARCH_2, eur("1"), cash)).hasMessage("idempotencyKey");
        assertThatThrownBy(() -> Payment.of("tx-1", null, eur("1"), cash)).hasMessage("receivedOn");
        assertThatThrownBy(() -> Payment.of("tx-1", MARCH_2, null, cash)).hasMessage("amount");
        assertThatThrownBy(() -> Payment.of("tx-1", MARCH_2, eur("1"), null)).hasMessage("method");
        assertThatThrownBy(() -> new Payment("tx-1", MARCH_2, eur("1"), cash, null))
                .hasMessage("payerReference");
        assertThatThrownBy(() -> Payment.bankTransfer("tx-1", MARCH_2, eur("1"), null))
                .hasMessage("reference");
        assertThatThrownBy(() -> Payment.of("tx-1", MARCH_2, eur("1"), cash).withPayerReference(null))
                .hasMessage("reference");
    }
}
