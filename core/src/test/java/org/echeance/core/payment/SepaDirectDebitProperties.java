package org.echeance.core.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.echeance.core.validation.ValidationException;

/**
 * Properties of SEPA creditor identifiers. The generator computes check digits with BigInteger, so the properties do
 * not test the code against itself.
 */
class SepaDirectDebitProperties {
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    /** National identifier lengths: fixed for FR, DE and ES, free (1 to 28) elsewhere, marked 0. */
    private static final Map<String, Integer> NATIONAL_LENGTHS =
            Map.of("FR", 6, "DE", 11, "ES", 9, "IT", 0, "NL", 0, "BE", 0, "AT", 0, "GB", 0, "CH", 0, "RS", 0);

    @Property
    void generatedCreditorIdentifiersAreAcceptedAndNormalised(@ForAll("creditorIds") String creditorId) {
        String typed = creditorId.substring(0, 4).toLowerCase(Locale.ROOT) + " " + creditorId.substring(4);

        SepaDirectDebit debit = SepaDirectDebit.of("M-1", typed, SequenceType.OOFF);

        assertThat(debit.creditorId()).isEqualTo(creditorId);
        assertThat(debit.creditorBusinessCode()).isEqualTo(creditorId.substring(4, 7));
    }

    @Property
    void theBusinessCodeCanChangeFreely(
            @ForAll("creditorIds") String creditorId, @ForAll("businessCodes") String businessCode) {
        String changed = creditorId.substring(0, 4) + businessCode + creditorId.substring(7);

        assertThat(SepaDirectDebit.of("M-1", changed, SequenceType.OOFF).creditorId())
                .isEqualTo(changed);
    }

    @Property
    void changingOneDigitOfTheCheckedPartIsDetected(
            @ForAll("creditorIds") String creditorId, @ForAll("indexes") int seed, @ForAll("nonZeroDigits") int delta) {
        StringBuilder positions = new StringBuilder();
        for (int i = 2; i < creditorId.length(); i++) {
            boolean businessCode = i >= 4 && i < 7;
            if (!businessCode && Character.isDigit(creditorId.charAt(i))) {
                positions.append((char) i);
            }
        }
        int position = positions.charAt(seed % positions.length());
        int digit = (creditorId.charAt(position) - '0' + delta) % 10;
        String changed = creditorId.substring(0, position) + digit + creditorId.substring(position + 1);

        assertThatThrownBy(() -> SepaDirectDebit.of("M-1", changed, SequenceType.OOFF))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.hasRule("ECH-PAY-05")).isTrue());
    }

    @Provide
    Arbitrary<String> creditorIds() {
        return Arbitraries.of(NATIONAL_LENGTHS.keySet()).flatMap(country -> {
            int fixed = NATIONAL_LENGTHS.get(country);
            Arbitrary<String> national = fixed > 0
                    ? Arbitraries.strings().withChars(ALPHANUMERIC).ofLength(fixed)
                    : Arbitraries.strings()
                            .withChars(ALPHANUMERIC)
                            .ofMinLength(1)
                            .ofMaxLength(28);
            return Combinators.combine(businessCodes(), national)
                    .as((code, id) -> country + checkDigits(country, id) + code + id);
        });
    }

    @Provide
    Arbitrary<String> businessCodes() {
        return Arbitraries.strings().withChars(ALPHANUMERIC).ofLength(3);
    }

    @Provide
    Arbitrary<Integer> indexes() {
        return Arbitraries.integers().between(0, 1000);
    }

    @Provide
    Arbitrary<Integer> nonZeroDigits() {
        return Arbitraries.integers().between(1, 9);
    }

    /** Computes the check digits: 98 - (national identifier, country, "00" as a number) mod 97. */
    private static String checkDigits(String country, String nationalId) {
        StringBuilder digits = new StringBuilder();
        for (char c : (nationalId + country + "00").toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        int check = 98
                - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
        return String.format("%02d", check);
    }
}
