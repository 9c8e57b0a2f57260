package org.echeance.testkit.internal;

import java.math.BigInteger;

/**
 * Computes check digits with arithmetic of its own (not the code under test): ISO 13616 mod-97, Luhn, the French
 * VAT key.
 */
public final class CheckDigits {
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private CheckDigits() {}

    /**
     * Returns the two ISO 13616 check digits of an IBAN: 98 minus (BBAN, country, "00") mod 97.
     *
     * @param country the two-letter country code
     * @param bban the basic bank account number, upper-case letters and digits
     * @return the check digits, two characters
     */
    public static String ibanCheckDigits(String country, String bban) {
        StringBuilder digits = new StringBuilder();
        for (char c : (bban + country + "00").toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        int check = 98 - new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
        return String.format(java.util.Locale.ROOT, "%02d", check);
    }

    /**
     * Returns the Luhn check digit to append to a string of digits.
     *
     * @param body the digits
     * @return the check digit, from 0 to 9
     */
    public static int luhnCheckDigit(String body) {
        int sum = 0;
        boolean doubled = true;
        for (int i = body.length() - 1; i >= 0; i--) {
            int digit = body.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }

    /**
     * Returns the two-digit key of a French VAT number: (12 + 3 × (SIREN mod 97)) mod 97.
     *
     * @param siren the nine-digit SIREN
     * @return the key, two characters
     */
    public static String frenchVatKey(String siren) {
        long key = (12 + 3 * (Long.parseLong(siren) % 97)) % 97;
        return String.format(java.util.Locale.ROOT, "%02d", key);
    }
}
