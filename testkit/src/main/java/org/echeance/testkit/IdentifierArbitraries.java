package org.echeance.testkit;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.echeance.core.identifier.Bic;
import org.echeance.core.identifier.Iban;
import org.echeance.core.identifier.Siren;
import org.echeance.core.identifier.Siret;
import org.echeance.core.identifier.VatNumber;
import org.echeance.testkit.internal.CheckDigits;

/**
 * Generates valid identifiers: IBANs, BICs, SIRENs, SIRETs and VAT numbers.
 *
 * <p>Check digits are computed by the testkit's own arithmetic, not by the parsers, so a property that feeds these
 * values to the parsers does test them. Every value is returned parsed, so its text is the parser's canonical
 * form ({@code toString()}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IdentifierArbitraries {
    /** IBAN lengths of a sample of the SWIFT registry, from the shortest (NO, 15) to one of the longest (MT, 31). */
    private static final Map<String, Integer> IBAN_LENGTHS =
            Map.of("FR", 27, "DE", 22, "BE", 16, "IT", 27, "NL", 18, "ES", 24, "NO", 15, "GB", 22, "CH", 21, "MT", 31);

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private IdentifierArbitraries() {}

    /**
     * Returns IBANs of ten countries with random account numbers and correct check digits.
     *
     * @return valid IBANs
     */
    public static Arbitrary<Iban> ibans() {
        return Arbitraries.of(IBAN_LENGTHS.keySet().stream().sorted().toList()).flatMap(IdentifierArbitraries::ibans);
    }

    /**
     * Returns French IBANs (27 characters), the accounts French sellers give.
     *
     * @return valid French IBANs
     */
    public static Arbitrary<Iban> frenchIbans() {
        return ibans("FR");
    }

    private static Arbitrary<Iban> ibans(String country) {
        return Arbitraries.strings()
                .withChars(ALPHANUMERIC)
                .ofLength(IBAN_LENGTHS.get(country) - 4)
                .map(bban -> Iban.parse(country + CheckDigits.ibanCheckDigits(country, bban) + bban));
    }

    /**
     * Returns BICs of 8 or 11 characters of French, German and Belgian banks.
     *
     * @return valid BICs
     */
    public static Arbitrary<Bic> bics() {
        Arbitrary<String> bank = Arbitraries.strings().withChars(LETTERS).ofLength(4);
        Arbitrary<String> country = Arbitraries.of("FR", "DE", "BE");
        Arbitrary<String> location =
                Arbitraries.strings().withChars(ALPHANUMERIC).ofLength(2);
        Arbitrary<String> branch = Arbitraries.strings()
                .withChars(ALPHANUMERIC)
                .ofLength(3)
                .optional(0.5)
                .map(b -> b.orElse(""));
        return Combinators.combine(bank, country, location, branch).as((b, c, l, br) -> Bic.parse(b + c + l + br));
    }

    /**
     * Returns SIRENs (French company numbers, 9 digits with a Luhn check digit).
     *
     * @return valid SIRENs
     */
    public static Arbitrary<Siren> sirens() {
        return sirenTexts().map(Siren::parse);
    }

    /**
     * Returns SIRETs (French establishment numbers: SIREN, 4-digit NIC, Luhn check digit); La Poste's numbers,
     * which follow another rule, are left out.
     *
     * @return valid SIRETs
     */
    public static Arbitrary<Siret> sirets() {
        Arbitrary<String> nics = Arbitraries.strings().numeric().ofLength(4);
        return Combinators.combine(sirenTexts(), nics)
                .as((siren, nic) -> siren + nic + CheckDigits.luhnCheckDigit(siren + nic))
                .filter(siret -> !siret.startsWith("356000000"))
                .map(Siret::parse);
    }

    /**
     * Returns French VAT numbers ({@code FR}, the two-digit key, the SIREN).
     *
     * @return valid French VAT numbers
     */
    public static Arbitrary<VatNumber> frenchVatNumbers() {
        return sirenTexts().map(siren -> VatNumber.parse("FR" + CheckDigits.frenchVatKey(siren) + siren));
    }

    /**
     * Returns VAT numbers of France (checked key), Germany, Italy and Belgium (format only).
     *
     * @return valid VAT numbers
     */
    public static Arbitrary<VatNumber> vatNumbers() {
        Arbitrary<VatNumber> german =
                Arbitraries.strings().numeric().ofLength(9).map(n -> VatNumber.parse("DE" + n));
        Arbitrary<VatNumber> italian =
                Arbitraries.strings().numeric().ofLength(11).map(n -> VatNumber.parse("IT" + n));
        Arbitrary<VatNumber> belgian = Combinators.combine(
                        Arbitraries.of("0", "1"),
                        Arbitraries.strings().numeric().ofLength(9))
                .as((first, rest) -> VatNumber.parse("BE" + first + rest));
        return Arbitraries.oneOf(frenchVatNumbers(), frenchVatNumbers(), german, italian, belgian);
    }

    /**
     * Returns the text of SIRENs, the nine digits (for building other identifiers from one company number).
     *
     * @return SIREN texts
     */
    public static Arbitrary<String> sirenTexts() {
        return Arbitraries.strings()
                .numeric()
                .ofLength(8)
                .map(body -> body + CheckDigits.luhnCheckDigit(body))
                // SIRENs starting with 000 are the tax office's numbers for Monaco: not Luhn-checked.
                .filter(siren -> !siren.startsWith("000"));
    }
}
