package org.echeance.core.party;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.echeance.core.identifier.Siren;
import org.echeance.core.identifier.Siret;
import org.echeance.core.validation.ValidationException;

/**
 * An identifier of a party with its ISO/IEC 6523 scheme: a legal registration (EN 16931 BT-30, BT-47) or
 * another identifier (BT-29, BT-46, BT-60) such as a GLN.
 *
 * <p>In France the scheme is {@value #SCHEME_SIREN} for a SIREN and {@value #SCHEME_SIRET} for a SIRET.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the identifier
 * @param schemeId the ISO/IEC 6523 International Code Designator, if any
 */
public record PartyIdentifier(String value, Optional<String> schemeId) {
    private static final Pattern SCHEME_ID = Pattern.compile("[0-9A-Z]{1,10}");

    /** ISO/IEC 6523 ICD of the French SIREN register. */
    public static final String SCHEME_SIREN = "0002";
    /** ISO/IEC 6523 ICD of the French SIRET register. */
    public static final String SCHEME_SIRET = "0009";

    /**
     * Creates an identifier.
     *
     * @throws ValidationException if the value is blank or the scheme is not a code
     * @throws org.echeance.core.identifier.InvalidIdentifierException if a SIREN (scheme 0002) or SIRET (0009) is
     *     not valid
     */
    public PartyIdentifier {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(schemeId, "schemeId");
        if (value.isBlank()) {
            throw ValidationException.of("ECH-PARTY-01", "identifier.value", "identifier is blank");
        }
        if (schemeId.isPresent() && !SCHEME_ID.matcher(schemeId.get()).matches()) {
            throw ValidationException.of(
                    "BR-CL-11",
                    "identifier.schemeId",
                    "\"" + schemeId.get() + "\" is not a scheme code (ISO/IEC 6523 ICD such as 0002, or SEPA)");
        }
        // A SIREN or SIRET registration must be a valid one: reading its SIREN later never fails
        if (schemeId.equals(Optional.of(SCHEME_SIREN))) {
            value = Siren.parse(value).toString();
        } else if (schemeId.equals(Optional.of(SCHEME_SIRET))) {
            value = Siret.parse(value).toString();
        }
    }

    /**
     * Returns the identifier of a SIREN, scheme {@value #SCHEME_SIREN}.
     *
     * @param siren the SIREN
     * @return the identifier
     */
    public static PartyIdentifier of(Siren siren) {
        return new PartyIdentifier(siren.toString(), Optional.of(SCHEME_SIREN));
    }

    /**
     * Returns the identifier of a SIRET, scheme {@value #SCHEME_SIRET}.
     *
     * @param siret the SIRET
     * @return the identifier
     */
    public static PartyIdentifier of(Siret siret) {
        return new PartyIdentifier(siret.toString(), Optional.of(SCHEME_SIRET));
    }

    /**
     * Returns an identifier without a scheme.
     *
     * @param value the identifier
     * @return the identifier
     */
    public static PartyIdentifier of(String value) {
        return new PartyIdentifier(value, Optional.empty());
    }

    /**
     * Returns the SIREN this identifier carries, directly or inside a SIRET.
     *
     * @return the SIREN, or empty if the identifier is of another scheme
     */
    public Optional<Siren> siren() {
        String scheme = schemeId.orElse("");
        if (scheme.equals(SCHEME_SIREN)) {
            return Optional.of(Siren.parse(value));
        }
        if (scheme.equals(SCHEME_SIRET)) {
            return Optional.of(Siret.parse(value).siren());
        }
        return Optional.empty();
    }
}
