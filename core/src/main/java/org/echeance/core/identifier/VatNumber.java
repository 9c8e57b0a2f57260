package org.echeance.core.identifier;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Represents an EU VAT identification number with its country prefix, as the seller and buyer VAT identifiers (BT-31,
 * BT-48) carry it, such as {@code FR40303265045} or {@code DE136695976}.
 *
 * <p>The prefix is the member state's ISO 3166 code, except {@code EL} for Greece (BR-CO-09: {@code GR} is refused)
 * and {@code XI} for Northern Ireland. The number after the prefix must have the format of its member state, as
 * published for VIES (for example 9 digits for DE, {@code U} and 8 digits for AT). VAT ids of countries outside the
 * EU that EN 16931 invoices carry with an ISO 3166 prefix ({@code NO987654321MVA}, {@code CHE123456789MWST}) are
 * accepted on a generic format: 2 to 18 letters and digits after the prefix. Only French numbers are checked
 * further: the number is a 2-character key followed by the company's 9-digit SIREN, and when the key is two digits it
 * must equal {@code (12 + 3 * (SIREN % 97)) % 97} and the SIREN must pass the Luhn check, except for SIRENs starting
 * with {@code 000}, which the French tax office gives Monaco companies without an INSEE number. Keys with letters
 * (an older scheme) are checked on format only.
 *
 * <p>{@link #parse(String)} accepts spaces, dots, dashes and lower case; {@link #toString()} returns the prefix and
 * the number in upper case without separators.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class VatNumber {
    private static final String FORMAT = "EU VAT format";
    private static final String GREECE = "BR-CO-09";
    private static final String FRENCH_KEY = "FR VAT key";
    private static final String SIREN_CHECKSUM = "Luhn";

    /** The number format of each prefix, with a description for messages. */
    private static final Map<String, Format> FORMATS = Map.ofEntries(
            Map.entry("AT", new Format("U\\d{8}", "U and 8 digits")),
            Map.entry("BE", new Format("[01]\\d{9}", "10 digits starting with 0 or 1")),
            Map.entry("BG", new Format("\\d{9,10}", "9 or 10 digits")),
            Map.entry("CY", new Format("\\d{8}[A-Z]", "8 digits and a letter")),
            Map.entry("CZ", new Format("\\d{8,10}", "8 to 10 digits")),
            Map.entry("DE", new Format("\\d{9}", "9 digits")),
            Map.entry("DK", new Format("\\d{8}", "8 digits")),
            Map.entry("EE", new Format("\\d{9}", "9 digits")),
            Map.entry("EL", new Format("\\d{9}", "9 digits")),
            Map.entry(
                    "ES",
                    new Format(
                            "[A-Z]\\d{7}[A-Z0-9]|\\d{8}[A-Z]",
                            "9 characters: a letter, 7 digits and a letter or digit, or 8 digits and a letter")),
            Map.entry("FI", new Format("\\d{8}", "8 digits")),
            Map.entry("FR", new Format("[0-9A-HJ-NP-Z]{2}\\d{9}", "a 2-character key and the 9-digit SIREN")),
            Map.entry("HR", new Format("\\d{11}", "11 digits")),
            Map.entry("HU", new Format("\\d{8}", "8 digits")),
            Map.entry(
                    "IE",
                    new Format(
                            "\\d{7}[A-W][A-IW]?|\\d[A-Z+*]\\d{5}[A-W]",
                            "7 digits and 1 or 2 letters, or a digit, a letter, + or *, 5 digits and a letter")),
            Map.entry("IT", new Format("\\d{11}", "11 digits")),
            Map.entry("LT", new Format("\\d{9}|\\d{12}", "9 or 12 digits")),
            Map.entry("LU", new Format("\\d{8}", "8 digits")),
            Map.entry("LV", new Format("\\d{11}", "11 digits")),
            Map.entry("MT", new Format("\\d{8}", "8 digits")),
            Map.entry("NL", new Format("\\d{9}B\\d{2}", "9 digits, B and 2 digits")),
            Map.entry("PL", new Format("\\d{10}", "10 digits")),
            Map.entry("PT", new Format("\\d{9}", "9 digits")),
            Map.entry("RO", new Format("[1-9]\\d{1,9}", "2 to 10 digits, the first not 0")),
            Map.entry("SE", new Format("\\d{10}01", "12 digits ending with 01")),
            Map.entry("SI", new Format("\\d{8}", "8 digits")),
            Map.entry("SK", new Format("\\d{10}", "10 digits")),
            Map.entry(
                    "XI", new Format("\\d{9}|\\d{12}|GD\\d{3}|HA\\d{3}", "9 or 12 digits, or GD or HA and 3 digits")));

    /** Countries outside the EU whose VAT ids appear on EU invoices (NO…MVA, CHE…MWST, GB…): format only. */
    private static final java.util.Set<String> OTHER_COUNTRIES = java.util.Set.of(Locale.getISOCountries());

    private static final Format OUTSIDE_EU = new Format("[A-Z0-9]{2,18}", "2 to 18 letters and digits outside the EU");

    private final String countryCode;
    private final String number;

    private VatNumber(String countryCode, String number) {
        this.countryCode = countryCode;
        this.number = number;
    }

    /**
     * Parses a VAT identification number with its country prefix.
     *
     * <p>Spaces, dots and dashes are removed and letters upper-cased before the checks. For example, {@code parse("fr
     * 40 303.265.045")} returns {@code FR40303265045}.
     *
     * @param text the VAT number
     * @return the VAT number
     * @throws NullPointerException if {@code text} is null
     * @throws InvalidIdentifierException if the text does not start with the prefix of an EU member state or XI or
     *     the number does not have that state's format (EU VAT format), if the prefix is GR (BR-CO-09), or if a
     *     French number's key does not match its SIREN (FR VAT key) or its SIREN fails the Luhn check (Luhn)
     */
    public static VatNumber parse(String text) {
        Objects.requireNonNull(text, "text");
        String vat = Checks.strip(text, " .-").toUpperCase(Locale.ROOT);
        if (vat.isEmpty()) {
            throw invalid(text, FORMAT, "is empty");
        }
        if (vat.length() < 2 || !Checks.isAsciiUpper(vat.charAt(0)) || !Checks.isAsciiUpper(vat.charAt(1))) {
            throw invalid(text, FORMAT, "does not start with a two-letter country prefix");
        }
        String prefix = vat.substring(0, 2);
        String number = vat.substring(2);
        if (prefix.equals("GR")) {
            throw invalid(text, GREECE, "Greek VAT numbers take the prefix EL, not GR");
        }
        Format format = FORMATS.get(prefix);
        if (format == null && OTHER_COUNTRIES.contains(prefix)) {
            format = OUTSIDE_EU;
        }
        if (format == null) {
            throw invalid(text, FORMAT, prefix + " is not an ISO 3166 country code nor the prefix EL or XI");
        }
        if (!format.pattern().matcher(number).matches()) {
            throw invalid(text, FORMAT, prefix + " numbers have " + format.description());
        }
        if (prefix.equals("FR")) {
            checkFrench(text, number);
        }
        return new VatNumber(prefix, number);
    }

    private static void checkFrench(String text, String number) {
        String key = number.substring(0, 2);
        String siren = number.substring(2);
        if (!Checks.isDigits(key)) {
            return;
        }
        int expected = (int) ((12 + 3 * (Long.parseLong(siren) % 97)) % 97);
        if (Integer.parseInt(key) != expected) {
            throw invalid(text, FRENCH_KEY, "key " + key + " does not match SIREN " + siren);
        }
        if (!isMonegasque(siren) && !Checks.isLuhnValid(siren)) {
            throw invalid(text, SIREN_CHECKSUM, "SIREN " + siren + " fails the Luhn check");
        }
    }

    /** Checks if a French VAT number's SIREN part is one the tax office gives Monaco companies (not Luhn-checked). */
    private static boolean isMonegasque(String siren) {
        return siren.startsWith("000");
    }

    /**
     * Checks if a text is a valid VAT identification number, without throwing.
     *
     * @param text the text to check
     * @return a valid check with the normalised number, or an invalid one with the reason {@link #parse(String)} gives
     * @throws NullPointerException if {@code text} is null
     */
    public static IdentifierCheck check(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return IdentifierCheck.valid(
                    IdentifierType.VAT_NUMBER, text, parse(text).toString());
        } catch (InvalidIdentifierException e) {
            return IdentifierCheck.from(e);
        }
    }

    /** Checks if a two-letter code is a VAT prefix this class knows, GR included so that it can be refused clearly. */
    static boolean isKnownPrefix(String prefix) {
        return FORMATS.containsKey(prefix) || prefix.equals("GR");
    }

    private static InvalidIdentifierException invalid(String text, String rule, String reason) {
        return new InvalidIdentifierException(IdentifierType.VAT_NUMBER, text, rule, reason);
    }

    /**
     * Returns the country prefix: the ISO 3166 code of the member state, {@code "EL"} for Greece or {@code "XI"} for
     * Northern Ireland.
     *
     * @return the two-letter prefix
     */
    public String countryCode() {
        return countryCode;
    }

    /**
     * Returns the number without its prefix, for example {@code "40303265045"} for {@code FR40303265045}.
     *
     * @return the national number
     */
    public String number() {
        return number;
    }

    /**
     * Returns the SIREN inside a French VAT number.
     *
     * <p>For example, {@code 303265045} for {@code FR40303265045}.
     *
     * @return the SIREN, empty if the number is not French or its last 9 digits are not a valid SIREN (a Monaco
     *     company, or a key with letters on a number that fails the Luhn check)
     */
    public Optional<Siren> siren() {
        if (!countryCode.equals("FR")) {
            return Optional.empty();
        }
        String digits = number.substring(2);
        return !isMonegasque(digits) && Checks.isLuhnValid(digits)
                ? Optional.of(Siren.ofChecked(digits))
                : Optional.empty();
    }

    /**
     * Checks if this VAT number has the same prefix and number as another object.
     *
     * @param other the object to compare with
     * @return true if {@code other} is a VAT number with the same normalised form
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof VatNumber that && countryCode.equals(that.countryCode) && number.equals(that.number);
    }

    /**
     * Returns a hash code of the normalised form.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(countryCode, number);
    }

    /**
     * Returns the prefix and the number in upper case without separators, for example {@code "FR40303265045"}.
     *
     * @return the VAT number, which {@link #parse(String)} reads back
     */
    @Override
    public String toString() {
        return countryCode + number;
    }

    private record Format(Pattern pattern, String description) {
        Format(String regex, String description) {
            this(Pattern.compile(regex), description);
        }
    }
}
