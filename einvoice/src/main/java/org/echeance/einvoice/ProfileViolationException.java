package org.echeance.einvoice;

import java.util.Objects;
import java.util.Optional;
import org.echeance.core.EcheanceException;

/**
 * Thrown when an invoice has a business term that the chosen profile or syntax cannot carry, so that writing
 * it would silently lose information.
 *
 * <p>The message names the business term, the profile and what to change, for example {@code BG-6 (seller
 * contact) is not allowed in profile BASIC: use EN_16931 or EXTENDED, or remove it}. When a rule of the profile's
 * specification is what the invoice would break, such as a Peppol BIS 3 rule, {@link #rule()} names it and so does
 * the message, for example {@code BT-49 (buyer electronic address) is required by Peppol BIS 3
 * (PEPPOL-EN16931-R010): …}.
 */
public final class ProfileViolationException extends EcheanceException {
    private static final long serialVersionUID = 1L;

    private final String businessTerm;
    private final Profile profile;
    private final String rule;

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
        this.rule = null;
    }

    /**
     * Creates the exception for a rule of the profile's specification that the invoice would break.
     *
     * @param businessTerm the EN 16931 identifier of the term, such as {@code "BT-49"}
     * @param rule the rule, such as {@code "PEPPOL-EN16931-R010"}
     * @param profile the profile whose rule it is
     * @param message the message, a sentence without a trailing full stop, naming the rule
     */
    public ProfileViolationException(String businessTerm, String rule, Profile profile, String message) {
        super(message);
        this.businessTerm = Objects.requireNonNull(businessTerm, "businessTerm");
        this.rule = Objects.requireNonNull(rule, "rule");
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

    /**
     * Returns the rule of the profile's specification that the invoice would break, when one is the reason.
     *
     * @return the rule, such as {@code "PEPPOL-EN16931-R010"}; empty when the profile simply cannot carry the term
     */
    public Optional<String> rule() {
        return Optional.ofNullable(rule);
    }
}
