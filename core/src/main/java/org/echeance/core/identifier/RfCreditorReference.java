package org.echeance.core.identifier;

import java.util.Locale;
import java.util.Objects;

/**
 * Represents an RF creditor reference (ISO 11649), the structured reference a payer quotes in a credit transfer so that
 * the payee can match the payment to its invoice, such as {@code RF18539007547034}.
 *
 * <p>An RF creditor reference is the letters {@code RF}, two check digits and a reference of 1 to 21 letters A-Z and
 * digits, 25 characters at most. It is valid when moving its first four characters to the end and reading the result
 * as a number, each letter standing for two digits (A = 10 ... Z = 35), leaves the remainder 1 modulo 97 (ISO 7064 MOD
 * 97-10, as for an IBAN). Check digits 00, 01 and 99 are refused: the calculation never gives them.
 *
 * <p>The check detects every substitution of one digit by another digit or of one letter by another letter, and
 * every swap of two adjacent digits of the reference. A letter replaced by a digit or the reverse changes the length
 * of the number the check reads, and about one such error in a hundred goes unnoticed: {@code RF8259RFAQ0} and {@code
 * RF82592FAQ0} are both valid.
 *
 * <p>{@link #parse(String)} accepts spaces and lower case; {@link #toString()} returns the electronic form, upper case
 * without spaces, and {@link #toPrintString()} the paper form in groups of four. {@link #of(String)} computes the check
 * digits for a reference, such as an invoice number. Two references are equal when their electronic forms are.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RfCreditorReference {
    /** The longest RF creditor reference: RF, two check digits and 21 characters. */
    private static final int MAX_LENGTH = 25;
    /** The longest reference part, after RF and the check digits. */
    private static final int MAX_REFERENCE_LENGTH = MAX_LENGTH - 4;

    private static final String FORMAT = "ISO 11649";
    private static final String CHECKSUM = "ISO 11649 mod-97";

    private final String value;

    private RfCreditorReference(String value) {
        this.value = value;
    }

    /**
     * Parses an RF creditor reference in electronic or paper form.
     *
     * <p>Spaces are removed and letters upper-cased before the checks; no other separator is accepted. For example,
     * {@code parse("rf18 5390 0754 7034")} returns {@code RF18539007547034}.
     *
     * @param text the RF creditor reference
     * @return the RF creditor reference
     * @throws NullPointerException if {@code text} is null
     * @throws InvalidIdentifierException if the text has a character other than a letter A-Z, a digit or a space, is
     *     longer than 25 characters, does not start with RF and two check digits, has nothing after the check digits,
     *     has check digits 00, 01 or 99, or fails the mod-97 check (ISO 11649)
     */
    public static RfCreditorReference parse(String text) {
        Objects.requireNonNull(text, "text");
        String reference = Checks.strip(text, " ").toUpperCase(Locale.ROOT);
        if (reference.isEmpty()) {
            throw invalid(text, FORMAT, "is empty");
        }
        int bad = Checks.firstNonUpperAlphanumeric(reference);
        if (bad >= 0) {
            throw invalid(
                    text,
                    FORMAT,
                    "contains " + Checks.describe(reference, bad) + ", only letters and digits are allowed");
        }
        if (reference.length() > MAX_LENGTH) {
            throw invalid(text, FORMAT, "has " + reference.length() + " characters, more than " + MAX_LENGTH);
        }
        if (!reference.startsWith("RF")) {
            throw invalid(text, FORMAT, "does not start with RF");
        }
        if (reference.length() < 4
                || !Checks.isAsciiDigit(reference.charAt(2))
                || !Checks.isAsciiDigit(reference.charAt(3))) {
            throw invalid(text, FORMAT, "has no two check digits after RF");
        }
        if (reference.length() == 4) {
            throw invalid(text, FORMAT, "has no reference after the check digits");
        }
        String checkDigits = reference.substring(2, 4);
        if (checkDigits.equals("00") || checkDigits.equals("01") || checkDigits.equals("99")) {
            throw invalid(text, CHECKSUM, "check digits " + checkDigits + " are outside 02 to 98");
        }
        if (Checks.mod97(reference.substring(4) + reference.substring(0, 4)) != 1) {
            throw invalid(text, CHECKSUM, "check digits do not match");
        }
        return new RfCreditorReference(reference);
    }

    /**
     * Creates the RF creditor reference of a reference, computing its check digits.
     *
     * <p>Characters that are neither letters nor digits, such as spaces, dashes and slashes, are dropped and letters
     * upper-cased; what is left must be 1 to 21 letters A-Z and digits. For example, {@code of("FA-2026-00042")}
     * returns {@code RF39FA202600042}. Accented and other non-ASCII letters and digits are refused rather than dropped,
     * so that two different invoice numbers never share a reference.
     *
     * @param reference the reference to quote, such as an invoice number
     * @return the RF creditor reference
     * @throws NullPointerException if {@code reference} is null
     * @throws InvalidIdentifierException if the reference has a letter or digit outside A-Z and 0-9, has no letter or
     *     digit, or has more than 21 once the other characters are dropped (ISO 11649)
     */
    public static RfCreditorReference of(String reference) {
        Objects.requireNonNull(reference, "reference");
        StringBuilder kept = new StringBuilder(reference.length());
        for (int i = 0; i < reference.length(); i += Character.charCount(reference.codePointAt(i))) {
            int c = reference.codePointAt(i);
            if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                kept.append(Character.toUpperCase((char) c));
            } else if (Character.isLetterOrDigit(c)) {
                throw new InvalidIdentifierException(
                        IdentifierType.RF_REFERENCE,
                        reference,
                        FORMAT,
                        "contains " + Checks.describe(reference, i) + ", only letters A-Z and digits can be kept");
            }
        }
        if (kept.length() == 0) {
            throw new InvalidIdentifierException(
                    IdentifierType.RF_REFERENCE, reference, FORMAT, "has no letter or digit to quote");
        }
        if (kept.length() > MAX_REFERENCE_LENGTH) {
            throw new InvalidIdentifierException(
                    IdentifierType.RF_REFERENCE,
                    reference,
                    FORMAT,
                    "has " + kept.length() + " letters and digits, an RF creditor reference holds at most "
                            + MAX_REFERENCE_LENGTH);
        }
        int check = 98 - Checks.mod97(kept + "RF00");
        return new RfCreditorReference("RF" + (check < 10 ? "0" : "") + check + kept);
    }

    /**
     * Checks if a text is a valid RF creditor reference, without throwing.
     *
     * @param text the text to check
     * @return a valid check with the electronic form, or an invalid one with the reason {@link #parse(String)} gives
     * @throws NullPointerException if {@code text} is null
     */
    public static IdentifierCheck check(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return IdentifierCheck.valid(
                    IdentifierType.RF_REFERENCE, text, parse(text).toString());
        } catch (InvalidIdentifierException e) {
            return IdentifierCheck.from(e);
        }
    }

    private static InvalidIdentifierException invalid(String text, String rule, String reason) {
        return new InvalidIdentifierException(IdentifierType.RF_REFERENCE, text, rule, reason);
    }

    /**
     * Returns the two check digits that follow RF, for example {@code "18"}.
     *
     * @return the check digits
     */
    public String checkDigits() {
        return value.substring(2, 4);
    }

    /**
     * Returns the reference without RF and the check digits, for example {@code "539007547034"}.
     *
     * @return the reference, 1 to 21 upper-case letters and digits
     */
    public String reference() {
        return value.substring(4);
    }

    /**
     * Returns the paper form: groups of four characters separated by a space, the last group possibly shorter.
     *
     * <p>For example, {@code "RF18 5390 0754 7034"}.
     *
     * @return the RF creditor reference in paper form
     */
    public String toPrintString() {
        return Checks.inGroupsOfFour(value);
    }

    /**
     * Checks if this reference has the same electronic form as another object.
     *
     * @param other the object to compare with
     * @return true if {@code other} is an RF creditor reference with the same electronic form
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof RfCreditorReference that && value.equals(that.value);
    }

    /**
     * Returns a hash code of the electronic form.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Returns the electronic form: upper case, without spaces, for example {@code "RF18539007547034"}.
     *
     * @return the RF creditor reference in electronic form, which {@link #parse(String)} reads back
     */
    @Override
    public String toString() {
        return value;
    }
}
