package org.echeance.core.identifier;

import java.util.Locale;
import java.util.Objects;

/**
 * Represents an International Bank Account Number (ISO 13616), such as {@code FR1420041010050500013M02606}.
 *
 * <p>An IBAN is a two-letter country code, two check digits and the country's basic bank account number (BBAN). It is
 * valid when it has only letters A-Z and digits, at most 34 characters, the length the SWIFT IBAN registry gives its
 * country, and its check digits make the ISO 7064 MOD 97-10 remainder 1. The format of the BBAN inside a country (which
 * positions are letters) is not checked.
 *
 * <p>{@link #parse(String)} accepts spaces and lower case; {@link #toString()} returns the electronic form, upper case
 * without spaces, and {@link #toPrintString()} the paper form in groups of four. Two IBANs are equal when their
 * electronic forms are.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Iban {
    /** The longest IBAN ISO 13616 allows. */
    private static final int MAX_LENGTH = 34;

    private static final String FORMAT = "ISO 13616";
    private static final String CHECKSUM = "ISO 13616 mod-97";

    private final String value;

    private Iban(String value) {
        this.value = value;
    }

    /**
     * Parses an IBAN in electronic or paper form.
     *
     * <p>Spaces are removed and letters upper-cased before the checks; no other separator is accepted. For example,
     * {@code parse("fr14 2004 1010 0505 0001 3m02 606")} returns {@code FR1420041010050500013M02606}.
     *
     * @param text the IBAN
     * @return the IBAN
     * @throws NullPointerException if {@code text} is null
     * @throws InvalidIdentifierException if the text has a character other than a letter, a digit or a space, is
     *     longer than 34 characters, does not start with a country code of the SWIFT IBAN registry and two digits, does
     *     not have the length of its country, or fails the mod-97 check (ISO 13616)
     */
    public static Iban parse(String text) {
        Objects.requireNonNull(text, "text");
        String iban = Checks.strip(text, " ").toUpperCase(Locale.ROOT);
        if (iban.isEmpty()) {
            throw invalid(text, FORMAT, "is empty");
        }
        int bad = Checks.firstNonUpperAlphanumeric(iban);
        if (bad >= 0) {
            throw invalid(
                    text, FORMAT, "contains " + Checks.describe(iban, bad) + ", only letters and digits are allowed");
        }
        if (iban.length() > MAX_LENGTH) {
            throw invalid(text, FORMAT, "has " + iban.length() + " characters, more than " + MAX_LENGTH);
        }
        if (iban.length() < 2 || !Checks.isAsciiUpper(iban.charAt(0)) || !Checks.isAsciiUpper(iban.charAt(1))) {
            throw invalid(text, FORMAT, "does not start with a two-letter country code");
        }
        if (iban.length() < 4 || !Checks.isAsciiDigit(iban.charAt(2)) || !Checks.isAsciiDigit(iban.charAt(3))) {
            throw invalid(text, FORMAT, "has no two check digits after the country code");
        }
        String country = iban.substring(0, 2);
        int expected = IbanRegistry.length(country)
                .orElseThrow(() -> invalid(text, FORMAT, "country code " + country + " has no IBAN format"));
        if (iban.length() != expected) {
            throw invalid(text, FORMAT, "has " + iban.length() + " characters, " + country + " IBANs have " + expected);
        }
        if (Checks.mod97(iban.substring(4) + iban.substring(0, 4)) != 1) {
            throw invalid(text, CHECKSUM, "check digits do not match");
        }
        return new Iban(iban);
    }

    /**
     * Checks if a text is a valid IBAN, without throwing.
     *
     * @param text the text to check
     * @return a valid check with the electronic form, or an invalid one with the reason {@link #parse(String)} gives
     * @throws NullPointerException if {@code text} is null
     */
    public static IdentifierCheck check(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return IdentifierCheck.valid(IdentifierType.IBAN, text, parse(text).toString());
        } catch (InvalidIdentifierException e) {
            return IdentifierCheck.from(e);
        }
    }

    private static InvalidIdentifierException invalid(String text, String rule, String reason) {
        return new InvalidIdentifierException(IdentifierType.IBAN, text, rule, reason);
    }

    /**
     * Returns the ISO 3166 country code the IBAN starts with, for example {@code "FR"}.
     *
     * @return the two-letter country code
     */
    public String countryCode() {
        return value.substring(0, 2);
    }

    /**
     * Returns the two check digits that follow the country code, for example {@code "14"}.
     *
     * @return the check digits
     */
    public String checkDigits() {
        return value.substring(2, 4);
    }

    /**
     * Returns the basic bank account number: the part after the check digits, for example {@code
     * "20041010050500013M02606"}.
     *
     * @return the BBAN
     */
    public String bban() {
        return value.substring(4);
    }

    /**
     * Returns the paper form: groups of four characters separated by a space, the last group possibly shorter.
     *
     * <p>For example, {@code "FR14 2004 1010 0505 0001 3M02 606"}.
     *
     * @return the IBAN in paper form
     */
    public String toPrintString() {
        return Checks.inGroupsOfFour(value);
    }

    /**
     * Checks if this IBAN has the same electronic form as another object.
     *
     * @param other the object to compare with
     * @return true if {@code other} is an IBAN with the same electronic form
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Iban that && value.equals(that.value);
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
     * Returns the electronic form: upper case, without spaces, for example {@code "FR1420041010050500013M02606"}.
     *
     * @return the IBAN in electronic form, which {@link #parse(String)} reads back
     */
    @Override
    public String toString() {
        return value;
    }
}
