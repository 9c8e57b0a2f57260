package org.echeance.core.text;

import java.util.Objects;
import java.util.Set;

/**
 * The words a family of {@link TextTemplates} may write in braces, and the rule ids its errors cite.
 *
 * <p>A value placeholder ({@code {amount}}) is replaced by a value given when rendering; a clause placeholder
 * ({@code {feeClause}}) by the text of a clause chosen when rendering, or by nothing. For example, the reminders
 * of the scheduling module use {@code Placeholders.of(Set.of("invoice", "amount", …), Set.of("feeClause", …),
 * "ECH-REMIND-20", "ECH-REMIND-22", "ReminderTemplates")}.
 *
 * @param values the placeholders replaced by a value
 * @param clauses the placeholders replaced by a clause, or by nothing; none is also a value placeholder
 * @param clausesInClauses whether the text of a clause may itself use a clause placeholder
 * @param unknownRule the rule id cited when a text is added with a word in braces that is not a placeholder
 * @param missingRule the rule id cited when rendering needs a text or a value that is not there
 * @param guide what the error for an unknown word points to, such as {@code ReminderTemplates}
 * @param missingValueHint how the error for a placeholder without a value goes on after {@code {x} has no value},
 *     such as {@code for this document}
 */
public record Placeholders(
        Set<String> values,
        Set<String> clauses,
        boolean clausesInClauses,
        String unknownRule,
        String missingRule,
        String guide,
        String missingValueHint) {
    /**
     * Creates the placeholders of a family of templates.
     *
     * @throws NullPointerException if any part is null
     * @throws IllegalArgumentException if a name is not a word of ASCII letters, or is both a value and a clause
     */
    public Placeholders {
        values = Set.copyOf(Objects.requireNonNull(values, "values"));
        clauses = Set.copyOf(Objects.requireNonNull(clauses, "clauses"));
        Objects.requireNonNull(unknownRule, "unknownRule");
        Objects.requireNonNull(missingRule, "missingRule");
        Objects.requireNonNull(guide, "guide");
        Objects.requireNonNull(missingValueHint, "missingValueHint");
        for (String name : values) {
            requireWord("values", name);
            if (clauses.contains(name)) {
                throw new IllegalArgumentException("clauses: " + name + " is a value placeholder too");
            }
        }
        for (String name : clauses) {
            requireWord("clauses", name);
        }
    }

    /**
     * Returns the placeholders of a family of templates whose clauses may not use clauses, and whose error for a
     * placeholder without a value says {@code for this document}.
     *
     * @param values the placeholders replaced by a value
     * @param clauses the placeholders replaced by a clause, or by nothing
     * @param unknownRule the rule id cited for a word in braces that is not a placeholder
     * @param missingRule the rule id cited for a missing text or value when rendering
     * @param guide what the error for an unknown word points to
     * @return the placeholders
     * @throws IllegalArgumentException if a name is not a word of ASCII letters, or is both a value and a clause
     */
    public static Placeholders of(
            Set<String> values, Set<String> clauses, String unknownRule, String missingRule, String guide) {
        return new Placeholders(values, clauses, false, unknownRule, missingRule, guide, "for this document");
    }

    /**
     * Returns a copy of these placeholders that lets the text of a clause use clause placeholders; a clause that
     * inserts itself, directly or not, is refused when rendering.
     *
     * @return the placeholders
     */
    public Placeholders withClausesInClauses() {
        return new Placeholders(values, clauses, true, unknownRule, missingRule, guide, missingValueHint);
    }

    /**
     * Returns a copy of these placeholders whose error for a placeholder without a value goes on with another hint.
     *
     * @param hint the words after {@code {x} has no value}, such as {@code for this reminder}
     * @return the placeholders
     */
    public Placeholders withMissingValueHint(String hint) {
        return new Placeholders(values, clauses, clausesInClauses, unknownRule, missingRule, guide, hint);
    }

    /**
     * Checks if a word is a placeholder of this family.
     *
     * @param name the word between the braces
     * @return true if it is a value or a clause placeholder
     */
    public boolean isPlaceholder(String name) {
        return values.contains(name) || clauses.contains(name);
    }

    private static void requireWord(String field, String name) {
        if (!TextTemplates.isWord(Objects.requireNonNull(name, field + " name"))) {
            throw new IllegalArgumentException(field + ": \"" + name + "\" is not a word of ASCII letters");
        }
    }
}
