package org.echeance.core.validation;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.echeance.core.EcheanceException;

/**
 * Thrown when input breaks one or more rules; holds every violation found, not only the first.
 *
 * <p>The call that threw it changed nothing.
 */
public class ValidationException extends EcheanceException {
    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /**
     * Creates the exception from the violations found.
     *
     * @param violations the violations, at least one
     * @throws IllegalArgumentException if the list is empty
     */
    public ValidationException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    /**
     * Creates the exception for a single broken rule.
     *
     * @param ruleId the rule id
     * @param path the field path
     * @param message what is wrong
     * @return the exception, to be thrown by the caller
     */
    public static ValidationException of(String ruleId, String path, String message) {
        return new ValidationException(List.of(new Violation(ruleId, path, message)));
    }

    /**
     * Returns every violation found, in the order they were found.
     *
     * @return the violations, never empty
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * Checks if a rule is among the violations.
     *
     * @param ruleId the rule id
     * @return true if at least one violation has that rule id
     */
    public boolean hasRule(String ruleId) {
        return violations.stream().anyMatch(v -> v.ruleId().equals(ruleId));
    }

    private static String describe(List<Violation> violations) {
        Objects.requireNonNull(violations, "violations");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("violations: empty list; a validation exception needs one at least");
        }
        if (violations.size() == 1) {
            return violations.get(0).toString();
        }
        return violations.size() + " violations: "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}
