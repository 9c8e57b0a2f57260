package org.echeance.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of RF creditor references (ISO 11649). Check digits are computed here with BigInteger, so the properties
 * do not test the code against itself.
 */
class RfCreditorReferenceProperties {
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String DIGITS = "0123456789";

    @Property
    void generatedReferencesParseAndRoundTrip(@ForAll("references") String reference) {
        RfCreditorReference generated = RfCreditorReference.of(reference);

        assertThat(generated.toString()).isEqualTo("RF" + checkDigits(reference) + reference);
        assertThat(generated.reference()).isEqualTo(reference);
        assertThat(RfCreditorReference.parse(generated.toString())).isEqualTo(generated);
        assertThat(RfCreditorReference.parse(generated.toPrintString())).isEqualTo(generated);
        assertThat(RfCreditorReference.parse(generated.toString().toLowerCase(Locale.ROOT)))
                .isEqualTo(generated);
    }

    @Property
    void separatorsAndCaseDoNotChangeTheGeneratedReference(
            @ForAll("references") String reference, @ForAll("indexes") int seed) {
        int position = seed % (reference.length() + 1);
        String typed =
                (reference.substring(0, position) + "-/ " + reference.substring(position)).toLowerCase(Locale.ROOT);

        assertThat(RfCreditorReference.of(typed)).isEqualTo(RfCreditorReference.of(reference));
    }

    @Property
    void changingOneCharacterForAnotherOfTheSameKindIsDetected(
            @ForAll("references") String reference, @ForAll("indexes") int seed, @ForAll("shifts") int shift) {
        String valid = RfCreditorReference.of(reference).toString();
        int position = seed % valid.length();
        char original = valid.charAt(position);
        String kind = Character.isDigit(original) ? DIGITS : LETTERS;
        char replacement = kind.charAt((kind.indexOf(original) + shift % (kind.length() - 1) + 1) % kind.length());

        String changed = valid.substring(0, position) + replacement + valid.substring(position + 1);

        assertThat(replacement).isNotEqualTo(original);
        assertThat(RfCreditorReference.check(changed).valid()).isFalse();
    }

    @Property
    void swappingTwoAdjacentDifferentDigitsOfTheReferenceIsDetected(
            @ForAll("numericReferences") String reference, @ForAll("indexes") int seed) {
        String valid = RfCreditorReference.of(reference).toString();
        int position = 4 + seed % (valid.length() - 5);
        String swapped = valid.substring(0, position)
                + valid.charAt(position + 1)
                + valid.charAt(position)
                + valid.substring(position + 2);

        if (!swapped.equals(valid)) {
            assertThat(RfCreditorReference.check(swapped).valid()).isFalse();
        }
    }

    @Provide
    Arbitrary<String> references() {
        return Arbitraries.strings().withChars(LETTERS + DIGITS).ofMinLength(1).ofMaxLength(21);
    }

    @Provide
    Arbitrary<String> numericReferences() {
        return Arbitraries.strings().withChars(DIGITS).ofMinLength(2).ofMaxLength(21);
    }

    @Provide
    Arbitrary<Integer> indexes() {
        return Arbitraries.integers().between(0, 1000);
    }

    @Provide
    Arbitrary<Integer> shifts() {
        return Arbitraries.integers().between(0, 100);
    }

    /** Computes ISO 11649 check digits: 98 - (reference, "RF00" as a number) mod 97. */
    private static String checkDigits(String reference) {
        StringBuilder digits = new StringBuilder();
        for (char c : (reference + "RF00").toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        int check = 98
                - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
        return String.format("%02d", check);
    }
}
