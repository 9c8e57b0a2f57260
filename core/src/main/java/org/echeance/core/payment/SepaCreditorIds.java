package org.echeance.core.payment;

import java.util.Locale;
import java.util.Map;
import org.echeance.core.validation.ValidationException;

/**
 * Checks SEPA creditor identifiers (AT-02 of the SEPA Direct Debit rulebooks, EPC262-08). Not API.
 *
 * <p>A creditor identifier is a country code, two check digits, a three-character creditor business code ({@code ZZZ}
 * when unused) and the national identifier the country's community assigns, 8 to 35 letters and digits in all. The
 * check digits are ISO 7064 MOD 97-10 computed like an IBAN's over the national identifier followed by the country
 * code and {@code 00}: the business code is left out, so a creditor can change it freely.
 */
final class SepaCreditorIds {
    private static final String RULE = "ECH-PAY-05";
    private static final int MIN_LENGTH = 8;
    private static final int MAX_LENGTH = 35;

    /**
     * Lengths of the countries whose structure is fixed and well known: France (ICS: 6-character national issuer
     * number), Germany (Gläubiger-Identifikationsnummer: 11 characters), Spain (NIF: 9 characters).
     */
    private static final Map<String, Integer> LENGTHS = Map.of("FR", 13, "DE", 18, "ES", 16);

    private SepaCreditorIds() {}

    /**
     * Returns the electronic form of a creditor identifier, upper case without spaces, after checking it.
     *
     * @throws ValidationException ECH-PAY-05 if the identifier is malformed, from a country outside SEPA or its check
     *     digits do not match
     */
    static String normalise(String text, String path) {
        String id = text.replace(" ", "").toUpperCase(Locale.ROOT);
        String quoted = PaymentTexts.quote(text);
        if (id.isEmpty()) {
            throw ValidationException.of(RULE, path, quoted + " is empty");
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!isUpper(c) && !isDigit(c)) {
                throw ValidationException.of(
                        RULE,
                        path,
                        quoted + " contains " + PaymentTexts.describe(id, i) + ", only letters and digits are allowed");
            }
        }
        if (id.length() > MAX_LENGTH) {
            throw ValidationException.of(
                    RULE, path, quoted + " has " + id.length() + " characters, more than " + MAX_LENGTH);
        }
        if (id.length() < MIN_LENGTH) {
            throw ValidationException.of(
                    RULE,
                    path,
                    quoted + " has " + id.length() + " characters; a SEPA creditor identifier has a country code, two"
                            + " check digits, a three-character business code and a national identifier");
        }
        if (!isUpper(id.charAt(0)) || !isUpper(id.charAt(1))) {
            throw ValidationException.of(RULE, path, quoted + " does not start with a two-letter country code");
        }
        String country = id.substring(0, 2);
        if (!SepaCountries.contains(country)) {
            throw ValidationException.of(
                    RULE, path, quoted + " has country code " + country + ", which is outside the SEPA schemes");
        }
        if (!isDigit(id.charAt(2)) || !isDigit(id.charAt(3))) {
            throw ValidationException.of(RULE, path, quoted + " has no two check digits after the country code");
        }
        Integer expected = LENGTHS.get(country);
        if (expected != null && id.length() != expected) {
            throw ValidationException.of(
                    RULE,
                    path,
                    quoted + " has " + id.length() + " characters, " + country + " creditor identifiers have "
                            + expected);
        }
        if (mod97(id.substring(7) + id.substring(0, 4)) != 1) {
            throw ValidationException.of(
                    RULE,
                    path,
                    quoted + ": check digits do not match (ISO 7064 MOD 97-10 over the national identifier, the"
                            + " business code left out)");
        }
        return id;
    }

    /** Returns the remainder modulo 97 of digits and upper-case letters read as a number, A = 10 ... Z = 35. */
    private static int mod97(String alphanumeric) {
        int remainder = 0;
        for (int i = 0; i < alphanumeric.length(); i++) {
            char c = alphanumeric.charAt(i);
            remainder = isUpper(c) ? (remainder * 100 + (c - 'A' + 10)) % 97 : (remainder * 10 + (c - '0')) % 97;
        }
        return remainder;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
