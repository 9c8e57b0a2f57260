package org.echeance.core.party;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.echeance.core.validation.ValidationException;

/**
 * A postal address (EN 16931 BG-5, BG-8, BG-12, BG-15): up to three lines, post code, city, country
 * subdivision and ISO 3166-1 alpha-2 country code.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param lines the address lines (BT-35, BT-36, BT-162), at most three, none blank
 * @param postCode the post code (BT-38), if any
 * @param city the city (BT-37), if any
 * @param subdivision the country subdivision (BT-39), if any
 * @param countryCode the ISO 3166-1 alpha-2 country code (BT-40), upper case
 */
public record PostalAddress(
        List<String> lines,
        Optional<String> postCode,
        Optional<String> city,
        Optional<String> subdivision,
        String countryCode) {

    private static final Set<String> COUNTRIES = Set.copyOf(extendedCountries());

    /**
     * Creates an address, checking the country code and the number of lines.
     *
     * @throws ValidationException if the country is not an ISO 3166-1 code (BR-CL-14) or there are more than
     *     three lines
     */
    public PostalAddress {
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        Objects.requireNonNull(postCode, "postCode");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(subdivision, "subdivision");
        Objects.requireNonNull(countryCode, "countryCode");
        if (lines.size() > 3) {
            throw ValidationException.of(
                    "ECH-ADDR-01", "address.lines", lines.size() + " lines given; an address has three at most");
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                throw ValidationException.of("ECH-ADDR-02", "address.lines[" + i + "]", "line is blank");
            }
        }
        if (!COUNTRIES.contains(countryCode)) {
            throw ValidationException.of(
                    "BR-CL-14",
                    "address.countryCode",
                    "\"" + countryCode + "\" is not an ISO 3166-1 alpha-2 country code");
        }
    }

    /**
     * Returns an address from its usual parts.
     *
     * <p>For example, {@code PostalAddress.of("12 rue de la Paix", "75002", "Paris", "FR")}.
     *
     * @param line the first address line
     * @param postCode the post code
     * @param city the city
     * @param countryCode the ISO 3166-1 alpha-2 country code
     * @return the address
     */
    public static PostalAddress of(String line, String postCode, String city, String countryCode) {
        return new PostalAddress(
                List.of(line), Optional.of(postCode), Optional.of(city), Optional.empty(), countryCode);
    }

    /**
     * Returns an address with only a country, the least EN 16931 asks for.
     *
     * @param countryCode the ISO 3166-1 alpha-2 country code
     * @return the address
     */
    public static PostalAddress ofCountry(String countryCode) {
        return new PostalAddress(List.of(), Optional.empty(), Optional.empty(), Optional.empty(), countryCode);
    }

    /**
     * Returns a copy with the given address lines.
     *
     * @param newLines the lines, at most three
     * @return the copy
     */
    public PostalAddress withLines(String... newLines) {
        return new PostalAddress(List.of(newLines), postCode, city, subdivision, countryCode);
    }

    /**
     * Returns a copy with the given country subdivision (BT-39).
     *
     * @param newSubdivision the subdivision, such as a region or state
     * @return the copy
     */
    public PostalAddress withSubdivision(String newSubdivision) {
        return new PostalAddress(lines, postCode, city, Optional.of(newSubdivision), countryCode);
    }

    private static List<String> extendedCountries() {
        var codes = new java.util.ArrayList<>(List.of(Locale.getISOCountries()));
        codes.add("XK"); // Kosovo, user-assigned but in the EN 16931 country code list
        codes.add("XI"); // Northern Ireland for VAT purposes
        return codes;
    }
}
