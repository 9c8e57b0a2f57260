package org.echeance.core.identifier;

import java.util.Objects;
import java.util.Optional;

/**
 * Represents a telephone number in international form (ITU-T E.164), such as {@code +33142685300}.
 *
 * <p>{@link #parse(String)} reads three forms, after removing the separators space, dot, dash and parentheses:
 *
 * <ul>
 *   <li>international with {@code +}: {@code +} then 8 to 15 digits, the first not 0, for example {@code +49 30
 *       1234567};
 *   <li>international with the {@code 00} prefix, read as {@code +}, for example {@code 0049 30 1234567};
 *   <li>French national: {@code 0}, a digit from 1 to 9 and 8 more digits, read as {@code +33} and the 9 digits after
 *       the {@code 0}, for example {@code 01 42 68 53 00} or {@code 06.12.34.56.78}.
 * </ul>
 *
 * <p>A French number ({@code +33}) must have 9 digits after the country code, the first not 0, so {@code +33 (0)1 42
 * 68 53 00} is refused. Numbers of other countries are checked for length only: whether a number is allocated, and
 * which country calling code it starts with, is not checked.
 *
 * <p>{@link #toString()} returns the E.164 form, {@code +} and digits. Two numbers are equal when their E.164 forms
 * are.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PhoneNumber {
    private static final String E164 = "E.164";
    private static final String FRENCH_PLAN = "French numbering plan";
    private static final String SEPARATORS = " .-()";
    private static final int MIN_DIGITS = 8;
    private static final int MAX_DIGITS = 15;

    private final String e164;

    private PhoneNumber(String e164) {
        this.e164 = e164;
    }

    /**
     * Parses a telephone number in international form or in French national form.
     *
     * <p>For example, {@code parse("01 42 68 53 00")} and {@code parse("+33 1 42 68 53 00")} both return {@code
     * +33142685300}.
     *
     * @param text the number
     * @return the number
     * @throws NullPointerException if {@code text} is null
     * @throws InvalidIdentifierException if the text has a character other than digits, separators and a leading
     *     {@code +}, has not 8 to 15 digits after {@code +} or {@code 00} or starts them with 0 (E.164), is not
     *     international and not a French national number, or is a French number without 9 digits after {@code +33}
     *     (French numbering plan)
     */
    public static PhoneNumber parse(String text) {
        Objects.requireNonNull(text, "text");
        String compact = Checks.strip(text, SEPARATORS);
        if (compact.isEmpty()) {
            throw invalid(text, E164, "has no digits");
        }
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt(i);
            if (!Checks.isAsciiDigit(c) && !(c == '+' && i == 0)) {
                throw invalid(
                        text,
                        E164,
                        "contains " + Checks.describe(compact, i)
                                + ", only digits, a leading +, spaces, dots, dashes and parentheses are allowed");
            }
        }
        String digits;
        if (compact.startsWith("+")) {
            digits = compact.substring(1);
        } else if (compact.startsWith("00")) {
            digits = compact.substring(2);
        } else if (compact.startsWith("0")) {
            if (compact.length() != 10) {
                throw invalid(
                        text,
                        FRENCH_PLAN,
                        "has " + compact.length() + " digits, a French national number has 10 starting with 0");
            }
            digits = "33" + compact.substring(1);
        } else {
            throw invalid(text, E164, "does not start with +, 00 or the 0 of a French national number");
        }
        if (digits.length() < MIN_DIGITS || digits.length() > MAX_DIGITS) {
            throw invalid(
                    text,
                    E164,
                    "has " + digits.length() + " digits after the international prefix, not " + MIN_DIGITS + " to "
                            + MAX_DIGITS);
        }
        if (digits.charAt(0) == '0') {
            throw invalid(text, E164, "country code starts with 0");
        }
        if (digits.startsWith("33") && (digits.length() != 11 || digits.charAt(2) == '0')) {
            throw invalid(text, FRENCH_PLAN, "French numbers have 9 digits after +33, the first not 0");
        }
        return new PhoneNumber("+" + digits);
    }

    /**
     * Checks if a text is a valid telephone number, without throwing.
     *
     * @param text the text to check
     * @return a valid check with the E.164 form, or an invalid one with the reason {@link #parse(String)} gives
     * @throws NullPointerException if {@code text} is null
     */
    public static IdentifierCheck check(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return IdentifierCheck.valid(IdentifierType.PHONE, text, parse(text).toString());
        } catch (InvalidIdentifierException e) {
            return IdentifierCheck.from(e);
        }
    }

    private static InvalidIdentifierException invalid(String text, String rule, String reason) {
        return new InvalidIdentifierException(IdentifierType.PHONE, text, rule, reason);
    }

    /**
     * Returns a French number in national form: {@code 0} and the 9 digits after {@code +33}, in pairs.
     *
     * <p>For example, {@code "01 42 68 53 00"} for {@code +33142685300}.
     *
     * @return the national form, empty if the number is not French
     */
    public Optional<String> toNationalFrenchString() {
        if (!e164.startsWith("+33")) {
            return Optional.empty();
        }
        String national = "0" + e164.substring(3);
        StringBuilder printed = new StringBuilder(14);
        for (int i = 0; i < national.length(); i += 2) {
            if (i > 0) {
                printed.append(' ');
            }
            printed.append(national, i, i + 2);
        }
        return Optional.of(printed.toString());
    }

    /**
     * Checks if this number has the same E.164 form as another object.
     *
     * @param other the object to compare with
     * @return true if {@code other} is a telephone number with the same E.164 form
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof PhoneNumber that && e164.equals(that.e164);
    }

    /**
     * Returns a hash code of the E.164 form.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return e164.hashCode();
    }

    /**
     * Returns the E.164 form: {@code +} and the digits, for example {@code "+33142685300"}.
     *
     * @return the number, which {@link #parse(String)} reads back
     */
    @Override
    public String toString() {
        return e164;
    }
}
