package org.echeance.core.identifier;

import java.util.Objects;

/**
 * Represents a SIREN, the 9-digit number INSEE gives a French company (système d'identification du répertoire des
 * entreprises), such as {@code 552100554}.
 *
 * <p>A SIREN is valid when it has 9 digits and passes the Luhn check. {@link #parse(String)} accepts spaces; {@link
 * #toString()} returns the 9 digits and {@link #toPrintString()} the usual grouping {@code 552 100 554}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Siren {
    private static final String FORMAT = "SIREN format";
    private static final String CHECKSUM = "Luhn";

    private final String value;

    private Siren(String value) {
        this.value = value;
    }

    /**
     * Parses a SIREN.
     *
     * <p>Spaces are removed before the checks. For example, {@code parse("552 100 554")} returns {@code 552100554}.
     *
     * @param text the SIREN
     * @return the SIREN
     * @throws NullPointerException if {@code text} is null
     * @throws InvalidIdentifierException if the text is not 9 digits (SIREN format) or fails the Luhn check (Luhn)
     */
    public static Siren parse(String text) {
        Objects.requireNonNull(text, "text");
        String siren = Checks.strip(text, " ");
        if (!Checks.isDigits(siren) || siren.length() != 9) {
            throw invalid(text, FORMAT, digitsReason(siren, 9));
        }
        if (!Checks.isLuhnValid(siren)) {
            throw invalid(text, CHECKSUM, "fails the Luhn check");
        }
        return new Siren(siren);
    }

    /**
     * Checks if a text is a valid SIREN, without throwing.
     *
     * @param text the text to check
     * @return a valid check with the 9 digits, or an invalid one with the reason {@link #parse(String)} gives
     * @throws NullPointerException if {@code text} is null
     */
    public static IdentifierCheck check(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return IdentifierCheck.valid(IdentifierType.SIREN, text, parse(text).toString());
        } catch (InvalidIdentifierException e) {
            return IdentifierCheck.from(e);
        }
    }

    /** Creates a SIREN from 9 digits already known to pass the Luhn check. */
    static Siren ofChecked(String digits) {
        return new Siren(digits);
    }

    /** Explains why {@code compact} is not a string of {@code length} digits. */
    static String digitsReason(String compact, int length) {
        for (int i = 0; i < compact.length(); i++) {
            if (!Checks.isAsciiDigit(compact.charAt(i))) {
                return "contains " + Checks.describe(compact, i) + ", only digits and spaces are allowed";
            }
        }
        return "has " + compact.length() + " digits instead of " + length;
    }

    private static InvalidIdentifierException invalid(String text, String rule, String reason) {
        return new InvalidIdentifierException(IdentifierType.SIREN, text, rule, reason);
    }

    /**
     * Returns the SIREN in groups of three digits, for example {@code "552 100 554"}.
     *
     * @return the SIREN for display
     */
    public String toPrintString() {
        return value.substring(0, 3) + ' ' + value.substring(3, 6) + ' ' + value.substring(6);
    }

    /**
     * Checks if this SIREN has the same digits as another object.
     *
     * @param other the object to compare with
     * @return true if {@code other} is a SIREN with the same digits
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Siren that && value.equals(that.value);
    }

    /**
     * Returns a hash code of the digits.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Returns the 9 digits without spaces, for example {@code "552100554"}.
     *
     * @return the SIREN, which {@link #parse(String)} reads back
     */
    @Override
    public String toString() {
        return value;
    }
}
