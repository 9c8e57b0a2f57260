package org.echeance.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the check-digit identifiers. The generators compute check digits with their own arithmetic
 * (BigInteger for mod-97, a separate Luhn), so the properties do not test the code against itself.
 */
class IdentifierProperties {

    /** A sample of the SWIFT registry with mixed lengths, from the shortest (NO, 15) to the longest (RU, 33). */
    private static final Map<String, Integer> IBAN_LENGTHS =
            Map.of("FR", 27, "DE", 22, "GB", 22, "BE", 16, "NO", 15, "MT", 31, "RU", 33, "CH", 21, "IT", 27, "LC", 32);

    @Property
    void generatedIbansParseAndRoundTrip(@ForAll("ibans") String iban) {
        Iban parsed = Iban.parse(iban);

        assertThat(parsed.toString()).isEqualTo(iban);
        assertThat(Iban.parse(parsed.toPrintString())).isEqualTo(parsed);
        assertThat(Iban.parse(iban.toLowerCase(Locale.ROOT))).isEqualTo(parsed);
    }

    @Property
    void changingOneDigitOfAnIbanMakesItInvalid(
            @ForAll("ibans") String iban, @ForAll("indexes") int seed, @ForAll("nonZeroDigits") int delta) {
        List<Integer> digitPositions = digitPositions(iban, 2);
        int position = digitPositions.get(seed % digitPositions.size());

        String changed = replaceDigit(iban, position, delta);

        IdentifierCheck check = Iban.check(changed);
        assertThat(check.valid()).isFalse();
        assertThat(check.reason()).contains("check digits do not match (ISO 13616 mod-97)");
    }

    @Property
    void generatedSirensParseAndRoundTrip(@ForAll("sirens") String siren) {
        Siren parsed = Siren.parse(siren);

        assertThat(parsed.toString()).isEqualTo(siren);
        assertThat(Siren.parse(parsed.toPrintString())).isEqualTo(parsed);
    }

    @Property
    void changingOneDigitOfASirenMakesItInvalid(
            @ForAll("sirens") String siren, @ForAll("indexes") int seed, @ForAll("nonZeroDigits") int delta) {
        String changed = replaceDigit(siren, seed % siren.length(), delta);

        assertThat(Siren.check(changed).reason()).contains("fails the Luhn check (Luhn)");
    }

    @Property
    void generatedSiretsParseAndKeepTheirSiren(@ForAll("sirets") String siret) {
        Siret parsed = Siret.parse(siret);

        assertThat(parsed.toString()).isEqualTo(siret);
        assertThat(parsed.siren().toString()).isEqualTo(siret.substring(0, 9));
        assertThat(Siret.parse(parsed.toPrintString())).isEqualTo(parsed);
    }

    @Property
    void changingOneDigitOfASiretMakesItInvalid(
            @ForAll("sirets") String siret, @ForAll("indexes") int seed, @ForAll("nonZeroDigits") int delta) {
        String changed = replaceDigit(siret, seed % siret.length(), delta);

        assertThat(Siret.check(changed).valid()).isFalse();
    }

    @Property
    void frenchVatNumbersBuiltFromASirenAreValid(@ForAll("sirens") String siren) {
        String vat = "FR" + frenchKey(siren) + siren;

        VatNumber parsed = VatNumber.parse(vat);

        assertThat(parsed.toString()).isEqualTo(vat);
        if (siren.startsWith("000")) {
            // Monaco companies: the tax office's numbers, not INSEE SIRENs.
            assertThat(parsed.siren()).isEmpty();
        } else {
            assertThat(parsed.siren()).contains(Siren.parse(siren));
        }
    }

    @Property
    void changingOneDigitOfAFrenchVatKeyMakesItInvalid(
            @ForAll("sirens") String siren, @ForAll("indexes") int seed, @ForAll("nonZeroDigits") int delta) {
        String vat = replaceDigit("FR" + frenchKey(siren) + siren, 2 + seed % 2, delta);

        assertThat(VatNumber.check(vat).reason())
                .hasValueSatisfying(reason -> assertThat(reason).endsWith("(FR VAT key)"));
    }

    @Property
    void everyValidCheckRoundTripsItsNormalisedForm(@ForAll("anyIdentifier") String value) {
        Identifiers.check(value).filter(IdentifierCheck::valid).ifPresent(check -> {
            String normalized = check.normalized().orElseThrow();
            assertThat(Identifiers.check(check.type(), normalized).normalized()).contains(normalized);
        });
    }

    @Provide
    Arbitrary<String> ibans() {
        Arbitrary<String> countries = Arbitraries.of(IBAN_LENGTHS.keySet());
        return countries.flatMap(country -> Arbitraries.strings()
                .withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
                .ofLength(IBAN_LENGTHS.get(country) - 4)
                .map(bban -> country + ibanCheckDigits(country, bban) + bban));
    }

    @Provide
    Arbitrary<String> sirens() {
        return Arbitraries.strings().numeric().ofLength(8).map(body -> body + luhnCheckDigit(body));
    }

    @Provide
    Arbitrary<String> sirets() {
        Arbitrary<String> nics = Arbitraries.strings().numeric().ofLength(4);
        return Combinators.combine(sirens(), nics)
                .as((siren, nic) -> siren + nic + luhnCheckDigit(siren + nic))
                // La Poste follows another rule, tested by example.
                .filter(siret -> !siret.startsWith("356000000"));
    }

    @Provide
    Arbitrary<Integer> indexes() {
        return Arbitraries.integers().between(0, 1000);
    }

    @Provide
    Arbitrary<Integer> nonZeroDigits() {
        return Arbitraries.integers().between(1, 9);
    }

    @Provide
    Arbitrary<String> anyIdentifier() {
        return Arbitraries.oneOf(
                ibans(),
                sirens(),
                sirets(),
                Arbitraries.strings().withChars("AB12 .-+@").ofMaxLength(20),
                Arbitraries.strings().ofMaxLength(20));
    }

    /** Computes ISO 13616 check digits: 98 - (BBAN, country, "00" as a number) mod 97. */
    private static String ibanCheckDigits(String country, String bban) {
        StringBuilder digits = new StringBuilder();
        for (char c : (bban + country + "00").toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        int check = 98
                - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
        return String.format("%02d", check);
    }

    /** Computes the Luhn check digit of a string of digits. */
    private static int luhnCheckDigit(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            // The check digit will be rightmost, so the rightmost digit of the body is doubled.
            sum += i % 2 == 0 ? (digit * 2) / 10 + (digit * 2) % 10 : digit;
        }
        return (10 - sum % 10) % 10;
    }

    /** Computes the French VAT key: (SIREN followed by 12) mod 97, on two digits. */
    private static String frenchKey(String siren) {
        return String.format(
                "%02d", new BigInteger(siren + "12").mod(BigInteger.valueOf(97)).intValue());
    }

    private static List<Integer> digitPositions(String value, int from) {
        List<Integer> positions = new ArrayList<>();
        for (int i = from; i < value.length(); i++) {
            if (Character.isDigit(value.charAt(i))) {
                positions.add(i);
            }
        }
        return positions;
    }

    /** Adds {@code delta} (1 to 9) modulo 10 to the digit at {@code position}, so the digit always changes. */
    private static String replaceDigit(String value, int position, int delta) {
        int digit = (value.charAt(position) - '0' + delta) % 10;
        return value.substring(0, position) + digit + value.substring(position + 1);
    }
}
