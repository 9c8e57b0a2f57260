package org.echeance.einvoice;

import java.util.Objects;
import org.echeance.core.EcheanceException;

/**
 * Thrown when an invoice has a business term that the chosen profile or syntax cannot carry, so that writing
 * it would silently lose information.
 *
 * <p>The message names the business term, the profile and what to change, for example {@code BG-6 (seller
 * contact) is not allowed in profile BASIC: use EN_16931 or EXTENDED, or remove it}.
 */
public final class ProfileViolationException extends EcheanceException {
    private static final long serialVersionUID = 1L;

    private final String businessTerm;
    private final Profile profile;

    /**
     * Creates the exception.
     *
     * @param businessTerm the EN 16931 identifier of the term, such as {@code "BG-6"}
     * @param profile the profile that cannot carry it
     * @param message the message, a sentence without a trailing full stop
     */
    public ProfileViolationException(String businessTerm, Profile profile, String message) {
        super(message);
        this.businessTerm = Objects.requireNonNull(businessTerm, "businessTerm");
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    /**
     * Returns the business term that cannot be written.
     *
     * @return the identifier, such as {@code "BG-6"}
     */
    public String businessTerm() {
        return businessTerm;
    }

    /**
     * Returns the profile that cannot carry the term.
     *
     * @return the profile
     */
    public Profile profile() {
        return profile;
    }
}
