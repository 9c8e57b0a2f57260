package org.echeance.core.identifier;

import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Represents a Business Identifier Code (ISO 9362), the identifier of a bank or one of its branches, such as {@code
 * BNPAFRPPXXX} or {@code DEUTDEFF}.
 *
 * <p>A BIC has 8 or 11 letters and digits: a 4-character institution code (letters in BICs issued before the 2018
 * edition, which also allows digits), the ISO 3166 code of the country (a code {@link Locale#getISOCountries()} knows,
 * or XK for Kosovo), a 2-character location code and, in the 11-character form, a 3-character branch code; branch
 * {@code XXX} is the primary office.
 *
 * <p>{@link #parse(String)} accepts spaces and lower case; {@link #toString()} returns the upper-case form without
 * spaces, keeping the length it was given: {@code DEUTDEFF} and {@code DEUTDEFFXXX} name the same office but are
 * different values, so that a code round-trips unchanged.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Bic {
    private static final String RULE = "ISO 9362";

    /** ISO 3166 country codes, plus XK which SWIFT uses for Kosovo. */
    private static final Set<String> COUNTRIES = countries();

    private final String value;

    private Bic(String value) {
        this.value = value;
    }

    private static Set<String> countries() {
        Set<String> countries = new HashSet<>(Set.of(Locale.getISOCountries()));
        countries.add("XK");
        return Set.copyOf(countries);
    }

    /**
     * Parses a BIC of 8 or 11 characters.
     *
     * <p>Spaces are removed and letters upper-cased before the checks. For example, {@code parse("bnpa fr pp xxx")}
     * returns {@code BNPAFRPPXXX}.
     *
     * @param text the BIC
     * @return the BIC
     * @throws NullPointerException if {@code text} is null
     * @throws InvalidIdentifierException if the text does not have 8 or 11 letters and digits, or its country code is
     *     not an ISO 3166 code (ISO 9362)
     */
    public static Bic parse(String text) {
        Objects.requireNonNull(text, "text");
        String bic = Checks.strip(text, " ").toUpperCase(Locale.ROOT);
        if (bic.isEmpty()) {
            throw invalid(text, "is empty");
        }
        int bad = Checks.firstNonUpperAlphanumeric(bic);
        if (bad >= 0) {
            throw invalid(text, "contains " + Checks.describe(bic, bad) + ", only letters and digits are allowed");
        }
        if (bic.length() != 8 && bic.length() != 11) {
            throw invalid(text, "has " + bic.length() + " characters, a BIC has 8 or 11");
        }
        String country = bic.substring(4, 6);
        if (!Checks.isAsciiUpper(country.charAt(0)) || !Checks.isAsciiUpper(country.charAt(1))) {
            throw invalid(text, "characters 5 and 6 must be a country code, found " + country);
        }
        if (!COUNTRIES.contains(country)) {
            throw invalid(text, "country code " + country + " is not an ISO 3166 code");
        }
        return new Bic(bic);
    }

    /**
     * Checks if a text is a valid BIC, without throwing.
     *
     * @param text the text to check
     * @return a valid check with the normalised BIC, or an invalid one with the reason {@link #parse(String)} gives
     * @throws NullPointerException if {@code text} is null
     */
    public static IdentifierCheck check(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return IdentifierCheck.valid(IdentifierType.BIC, text, parse(text).toString());
        } catch (InvalidIdentifierException e) {
            return IdentifierCheck.from(e);
        }
    }

    /** Checks if a two-letter code is one a BIC may carry as its country code. */
    static boolean isCountryCode(String code) {
        return COUNTRIES.contains(code);
    }

    private static InvalidIdentifierException invalid(String text, String reason) {
        return new InvalidIdentifierException(IdentifierType.BIC, text, RULE, reason);
    }

    /**
     * Returns the institution (bank) code: the first four characters, for example {@code "BNPA"}.
     *
     * @return the institution code
     */
    public String institutionCode() {
        return value.substring(0, 4);
    }

    /**
     * Returns the ISO 3166 code of the institution's country, for example {@code "FR"}.
     *
     * @return the two-letter country code
     */
    public String countryCode() {
        return value.substring(4, 6);
    }

    /**
     * Returns the location code: the two characters after the country code, for example {@code "PP"}.
     *
     * @return the location code
     */
    public String locationCode() {
        return value.substring(6, 8);
    }

    /**
     * Returns the branch code of an 11-character BIC, for example {@code "XXX"} for {@code BNPAFRPPXXX}.
     *
     * @return the branch code, empty for an 8-character BIC
     */
    public Optional<String> branchCode() {
        return value.length() == 11 ? Optional.of(value.substring(8)) : Optional.empty();
    }

    /**
     * Checks if this BIC names the primary office: it has 8 characters or branch code {@code XXX}.
     *
     * @return true for the primary office, false for a branch
     */
    public boolean isPrimaryOffice() {
        return value.length() == 8 || value.endsWith("XXX");
    }

    /**
     * Checks if this BIC has the same normalised form as another object.
     *
     * @param other the object to compare with
     * @return true if {@code other} is a BIC with the same normalised form
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Bic that && value.equals(that.value);
    }

    /**
     * Returns a hash code of the normalised form.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Returns the normalised form: 8 or 11 upper-case characters without spaces, for example {@code "BNPAFRPPXXX"}.
     *
     * @return the BIC, which {@link #parse(String)} reads back
     */
    @Override
    public String toString() {
        return value;
    }
}
