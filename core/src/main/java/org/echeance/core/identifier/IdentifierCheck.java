package org.echeance.core.identifier;

import java.util.Objects;
import java.util.Optional;

/**
 * Records the outcome of checking a value as an identifier of a given type.
 *
 * <p>A valid check carries the normalised form ({@code toString()} of the parsed identifier) and no reason; an
 * invalid check carries a reason and no normalised form. The reason of a check made by this package names the rule
 * in parentheses, for example {@code "check digits do not match (ISO 13616 mod-97)"}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param type the type the value was checked as
 * @param input the value as given, before normalisation
 * @param valid whether the value is a valid identifier of that type
 * @param normalized the normalised form, present exactly when the value is valid
 * @param reason why the value is invalid, present exactly when it is invalid
 */
public record IdentifierCheck(
        IdentifierType type, String input, boolean valid, Optional<String> normalized, Optional<String> reason) {

    /**
     * Creates a check and verifies that its parts agree.
     *
     * @param type the type the value was checked as
     * @param input the value as given, before normalisation
     * @param valid whether the value is a valid identifier of that type
     * @param normalized the normalised form, present exactly when the value is valid
     * @param reason why the value is invalid, present exactly when it is invalid
     * @throws NullPointerException if any component is null
     * @throws IllegalArgumentException if a valid check has no normalised form or has a reason, if an invalid check
     *     has a normalised form or no reason, or if the reason is blank
     */
    public IdentifierCheck {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(normalized, "normalized");
        Objects.requireNonNull(reason, "reason");
        if (valid && (normalized.isEmpty() || reason.isPresent())) {
            throw new IllegalArgumentException("a valid check has a normalised form and no reason");
        }
        if (!valid && (normalized.isPresent() || reason.isEmpty())) {
            throw new IllegalArgumentException("an invalid check has a reason and no normalised form");
        }
        if (reason.isPresent() && reason.get().isBlank()) {
            throw new IllegalArgumentException("reason is blank");
        }
    }

    /**
     * Creates the check of a valid value.
     *
     * @param type the type the value was checked as
     * @param input the value as given
     * @param normalized the normalised form of the value
     * @return a valid check
     * @throws NullPointerException if any argument is null
     */
    public static IdentifierCheck valid(IdentifierType type, String input, String normalized) {
        Objects.requireNonNull(normalized, "normalized");
        return new IdentifierCheck(type, input, true, Optional.of(normalized), Optional.empty());
    }

    /**
     * Creates the check of an invalid value.
     *
     * @param type the type the value was checked as
     * @param input the value as given
     * @param reason why the value is invalid, preferably ending with the rule in parentheses
     * @return an invalid check
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if the reason is blank
     */
    public static IdentifierCheck invalid(IdentifierType type, String input, String reason) {
        Objects.requireNonNull(reason, "reason");
        return new IdentifierCheck(type, input, false, Optional.empty(), Optional.of(reason));
    }

    /**
     * Creates the invalid check that reports the same failure as an exception.
     *
     * <p>The reason is the exception's reason followed by its rule in parentheses.
     *
     * @param exception the failure to report
     * @return an invalid check of the exception's type and value
     * @throws NullPointerException if {@code exception} is null
     */
    public static IdentifierCheck from(InvalidIdentifierException exception) {
        Objects.requireNonNull(exception, "exception");
        return invalid(exception.type(), exception.value(), exception.reason() + " (" + exception.rule() + ")");
    }
}
