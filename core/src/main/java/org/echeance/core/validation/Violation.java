package org.echeance.core.validation;

import java.util.Objects;

/**
 * One broken rule found in a document: the rule's id, where in the document, and what is wrong.
 *
 * <p>Rule ids are EN 16931 business rule ids where one applies ({@code BR-CO-10}, {@code BR-S-08}), French
 * rule ids of the 2026 reform ({@code BR-FR-01}), or Echeance's own ({@code ECH-…}) for structural checks
 * the standard leaves to the syntax. Paths name the field from the document root, for example
 * {@code lines[3].netAmount}.
 *
 * @param ruleId the rule id
 * @param path the field path
 * @param message what is wrong, a sentence without a trailing full stop
 */
public record Violation(String ruleId, String path, String message) {
    /**
     * Creates a violation.
     *
     * @throws NullPointerException if any part is null
     */
    public Violation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Returns the violation as {@code path: message (ruleId)}.
     *
     * @return a line a person reads
     */
    @Override
    public String toString() {
        return path + ": " + message + " (" + ruleId + ")";
    }
}
