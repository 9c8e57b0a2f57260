package org.echeance.core.party;

import java.util.Objects;
import org.echeance.core.validation.ValidationException;

/**
 * An electronic address where a party receives e-invoices (EN 16931 BT-34, BT-49), with its EAS scheme.
 *
 * <p>For example {@code ElectronicAddress.of("EM", "invoices@example.fr")} or, on the French platform
 * network, scheme {@code 0225} with the SIREN.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param schemeId the CEF Electronic Address Scheme code (BT-34-1)
 * @param value the address
 */
public record ElectronicAddress(String schemeId, String value) {
    /**
     * Creates an electronic address.
     *
     * @throws ValidationException if the scheme or the value is blank
     */
    public ElectronicAddress {
        Objects.requireNonNull(schemeId, "schemeId");
        Objects.requireNonNull(value, "value");
        if (schemeId.isBlank() || value.isBlank()) {
            throw ValidationException.of(
                    "BR-62",
                    "electronicAddress",
                    "scheme \"" + schemeId + "\" and value \"" + value + "\" must be set");
        }
    }

    /**
     * Returns an electronic address.
     *
     * @param schemeId the EAS code
     * @param value the address
     * @return the address
     */
    public static ElectronicAddress of(String schemeId, String value) {
        return new ElectronicAddress(schemeId, value);
    }
}
