package org.echeance.core.identifier;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises and checks identifiers given as free text, for example a value typed in a search box or a column of an
 * imported file.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Identifiers {
    private static final Pattern FRENCH_NATIONAL_PHONE = Pattern.compile("0[1-9]\\d{8}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern RF_SHAPE = Pattern.compile("RF\\d{2}[A-Z0-9]{1,21}");
    private static final Pattern IBAN_SHAPE = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}");
    private static final Pattern BIC_SHAPE = Pattern.compile("[A-Z0-9]{8}|[A-Z0-9]{11}");
    private static final Pattern VAT_SHAPE = Pattern.compile("[A-Z]{2}[A-Z0-9+*]*\\d[A-Z0-9+*]*");

    private Identifiers() {}

    /**
     * Recognises which type of identifier a value looks like, without checking it.
     *
     * <p>The shape decides, in this order:
     *
     * <ol>
     *   <li>a value with an {@code @} is an {@linkplain IdentifierType#EMAIL email address};
     *   <li>a value starting with {@code +} or {@code 00}, or that is {@code 0}, a digit from 1 to 9 and 8 more
     *       digits once spaces, dots, dashes and parentheses are removed, is a {@linkplain IdentifierType#PHONE phone
     *       number};
     *   <li>9 digits, once spaces are removed, are a {@linkplain IdentifierType#SIREN SIREN} and 14 digits a
     *       {@linkplain IdentifierType#SIRET SIRET};
     *   <li>once spaces are removed and letters upper-cased: RF, 2 digits and 1 to 21 letters or digits are an
     *       {@linkplain IdentifierType#RF_REFERENCE RF creditor reference} (no country has the IBAN code RF);
     *   <li>2 letters, 2 digits and 11 to 30 letters or digits are an {@linkplain IdentifierType#IBAN IBAN};
     *   <li>8 or 11 letters or digits that start with 6 letters, or with 4 letters or digits and an ISO 3166 country
     *       code, are a {@linkplain IdentifierType#BIC BIC};
     *   <li>the prefix of an EU member state, EL, XI or GR followed by characters including a digit (once spaces,
     *       dots and dashes are removed) is a {@linkplain IdentifierType#VAT_NUMBER VAT number}.
     * </ol>
     *
     * <p>For example, {@code recognise("FR76 3000 6000 0112 3456 7890 189")} returns {@code IBAN}, and {@code
     * recognise("hello")} returns empty.
     *
     * @param value the value
     * @return the type the value looks like, empty if it looks like none
     * @throws NullPointerException if {@code value} is null
     */
    public static Optional<IdentifierType> recognise(String value) {
        Objects.requireNonNull(value, "value");
        String trimmed = value.strip();
        if (trimmed.indexOf('@') >= 0) {
            return Optional.of(IdentifierType.EMAIL);
        }
        if (trimmed.startsWith("+")
                || trimmed.startsWith("00")
                || FRENCH_NATIONAL_PHONE.matcher(Checks.strip(trimmed, " .-()")).matches()) {
            return Optional.of(IdentifierType.PHONE);
        }
        String compact = Checks.strip(trimmed, " ").toUpperCase(Locale.ROOT);
        if (DIGITS.matcher(compact).matches()) {
            if (compact.length() == 9) {
                return Optional.of(IdentifierType.SIREN);
            }
            if (compact.length() == 14) {
                return Optional.of(IdentifierType.SIRET);
            }
        }
        if (RF_SHAPE.matcher(compact).matches()) {
            return Optional.of(IdentifierType.RF_REFERENCE);
        }
        if (IBAN_SHAPE.matcher(compact).matches()) {
            return Optional.of(IdentifierType.IBAN);
        }
        if (BIC_SHAPE.matcher(compact).matches() && looksLikeBic(compact)) {
            return Optional.of(IdentifierType.BIC);
        }
        String vat = Checks.strip(compact, ".-");
        if (VAT_SHAPE.matcher(vat).matches() && VatNumber.isKnownPrefix(vat.substring(0, 2))) {
            return Optional.of(IdentifierType.VAT_NUMBER);
        }
        return Optional.empty();
    }

    private static boolean looksLikeBic(String compact) {
        boolean sixLetters = compact.chars().limit(6).allMatch(c -> c >= 'A' && c <= 'Z');
        return sixLetters || Bic.isCountryCode(compact.substring(4, 6));
    }

    /**
     * Recognises the type of a value, then checks it as that type.
     *
     * <p>For example, {@code check("552 100 554")} returns a valid SIREN check with {@code 552100554}.
     *
     * @param value the value
     * @return the check of the value as the type {@link #recognise(String)} gives, empty if the value looks like no
     *     identifier
     * @throws NullPointerException if {@code value} is null
     */
    public static Optional<IdentifierCheck> check(String value) {
        Objects.requireNonNull(value, "value");
        return recognise(value).map(type -> check(type, value));
    }

    /**
     * Checks a value as an identifier of the given type.
     *
     * <p>This is the {@code check} method of the type's class, for example {@link Iban#check(String)} for {@code
     * IBAN}.
     *
     * @param type the type to check the value as
     * @param value the value
     * @return the check
     * @throws NullPointerException if an argument is null
     */
    public static IdentifierCheck check(IdentifierType type, String value) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        return switch (type) {
            case IBAN -> Iban.check(value);
            case BIC -> Bic.check(value);
            case VAT_NUMBER -> VatNumber.check(value);
            case SIREN -> Siren.check(value);
            case SIRET -> Siret.check(value);
            case EMAIL -> EmailAddress.check(value);
            case PHONE -> PhoneNumber.check(value);
            case RF_REFERENCE -> RfCreditorReference.check(value);
        };
    }
}
