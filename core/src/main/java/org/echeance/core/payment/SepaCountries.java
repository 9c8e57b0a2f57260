package org.echeance.core.payment;

import java.util.Set;

/**
 * Holds the country codes of the SEPA schemes' geographical scope, from the EPC list of SEPA scheme countries
 * (EPC409-09). Not API.
 *
 * <p>The scope as of 2025: the 27 EU member states; Iceland, Liechtenstein and Norway (EEA); Andorra, Monaco, San
 * Marino, Switzerland, the United Kingdom and Vatican City; Gibraltar, Guernsey, Jersey and the Isle of Man; Albania
 * and Montenegro (since November 2024), Moldova and North Macedonia (since March 2025) and Serbia (2025). Territories
 * with an ISO 3166 code of their own are listed too (Åland; French Guiana, Guadeloupe, Martinique, Mayotte, Réunion,
 * Saint Barthélemy, Saint Martin, Saint Pierre and Miquelon), although their accounts mostly carry the IBAN country
 * code of the mainland (FI, FR).
 */
final class SepaCountries {
    /** The ISO 3166 alpha-2 codes in scope; Greece is GR here, as in IBANs, not the EL of VAT numbers. */
    private static final Set<String> CODES = Set.of(
            // EU member states
            "AT",
            "BE",
            "BG",
            "CY",
            "CZ",
            "DE",
            "DK",
            "EE",
            "ES",
            "FI",
            "FR",
            "GR",
            "HR",
            "HU",
            "IE",
            "IT",
            "LT",
            "LU",
            "LV",
            "MT",
            "NL",
            "PL",
            "PT",
            "RO",
            "SE",
            "SI",
            "SK",
            // EEA
            "IS",
            "LI",
            "NO",
            // other countries and states
            "AD",
            "CH",
            "GB",
            "MC",
            "SM",
            "VA",
            // British territories and Crown dependencies
            "GI",
            "GG",
            "IM",
            "JE",
            // enlargement, 2024 and 2025
            "AL",
            "ME",
            "MD",
            "MK",
            "RS",
            // EU territories with their own ISO 3166 code
            "AX",
            "BL",
            "GF",
            "GP",
            "MF",
            "MQ",
            "PM",
            "RE",
            "YT");

    private SepaCountries() {}

    /** Checks if an upper-case two-letter country code is in the SEPA schemes' scope. */
    static boolean contains(String countryCode) {
        return CODES.contains(countryCode);
    }
}
