package org.echeance.core.identifier;

import java.util.Objects;

/**
 * Represents a SIRET, the 14-digit number INSEE gives an establishment of a French company (système d'identification
 * du répertoire des établissements), such as {@code 73282932000074}.
 *
 * <p>A SIRET is the company's {@link Siren} followed by a 5-digit establishment number (NIC). It is valid when it has
 * 14 digits, its first 9 digits are a valid SIREN and the 14 digits pass the Luhn check. La Poste (SIREN {@code
 * 356000000}) has more establishments than the Luhn check leaves numbers for, so INSEE numbers them so that the sum
 * of the 14 digits is a multiple of 5 instead; its head office, {@code 35600000000048}, still passes the Luhn check.
 * A La Poste SIRET is therefore valid when it passes either check.
 *
 * <p>{@link #parse(String)} accepts spaces; {@link #toString()} returns the 14 digits and {@link #toPrintString()}
 * the usual grouping {@code 732 829 320 00074}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Siret {
    private static final String FORMAT = "SIRET format";
    private static final String CHECKSUM = "Luhn";
    private static final String LA_POSTE_CHECKSUM = "Luhn or La Poste digit sum";
    private static final String LA_POSTE_SIREN = "356000000";

    private final String value;

    private Siret(String value) {
        this.value = value;
    }

    /**
     * Parses a SIRET.
     *
     * <p>Spaces are removed before the checks. For example, {@code parse("732 829 320 00074")} returns {@code
     * 73282932000074}.
     *
     * @param text the SIRET
     * @return the SIRET
     * @throws NullPointerException if {@code text} is null
     * @throws InvalidIdentifierException if the text is not 14 digits (SIRET format), its SIREN part fails the Luhn
     *     check (Luhn) or the 14 digits fail the Luhn check, or for La Poste both the Luhn check and the digit sum
     */
    public static Siret parse(String text) {
        Objects.requireNonNull(text, "text");
        String siret = Checks.strip(text, " ");
        if (!Checks.isDigits(siret) || siret.length() != 14) {
            throw invalid(text, FORMAT, Siren.digitsReason(siret, 14));
        }
        String siren = siret.substring(0, 9);
        if (!Checks.isLuhnValid(siren)) {
            throw invalid(text, CHECKSUM, "SIREN part " + siren + " fails the Luhn check");
        }
        if (!Checks.isLuhnValid(siret)) {
            if (!siren.equals(LA_POSTE_SIREN)) {
                throw invalid(text, CHECKSUM, "fails the Luhn check");
            }
            if (Checks.digitSum(siret) % 5 != 0) {
                throw invalid(text, LA_POSTE_CHECKSUM, "fails the Luhn check and its digit sum is not a multiple of 5");
            }
        }
        return new Siret(siret);
    }

    /**
     * Checks if a text is a valid SIRET, without throwing.
     *
     * @param text the text to check
     * @return a valid check with the 14 digits, or an invalid one with the reason {@link #parse(String)} gives
     * @throws NullPointerException if {@code text} is null
     */
    public static IdentifierCheck check(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return IdentifierCheck.valid(IdentifierType.SIRET, text, parse(text).toString());
        } catch (InvalidIdentifierException e) {
            return IdentifierCheck.from(e);
        }
    }

    private static InvalidIdentifierException invalid(String text, String rule, String reason) {
        return new InvalidIdentifierException(IdentifierType.SIRET, text, rule, reason);
    }

    /**
     * Returns the SIREN of the company this establishment belongs to: the first 9 digits.
     *
     * @return the SIREN
     */
    public Siren siren() {
        return Siren.ofChecked(value.substring(0, 9));
    }

    /**
     * Returns the establishment number (numéro interne de classement): the last 5 digits, for example {@code
     * "00074"}.
     *
     * @return the NIC
     */
    public String nic() {
        return value.substring(9);
    }

    /**
     * Returns the SIRET as the SIREN in groups of three then the NIC, for example {@code "732 829 320 00074"}.
     *
     * @return the SIRET for display
     */
    public String toPrintString() {
        return siren().toPrintString() + ' ' + nic();
    }

    /**
     * Checks if this SIRET has the same digits as another object.
     *
     * @param other the object to compare with
     * @return true if {@code other} is a SIRET with the same digits
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Siret that && value.equals(that.value);
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
     * Returns the 14 digits without spaces, for example {@code "73282932000074"}.
     *
     * @return the SIRET, which {@link #parse(String)} reads back
     */
    @Override
    public String toString() {
        return value;
    }
}
