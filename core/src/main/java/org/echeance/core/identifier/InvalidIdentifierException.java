package org.echeance.core.identifier;

import java.util.Objects;
import org.echeance.core.EcheanceException;

/**
 * Reports a value that is not a valid identifier of the expected type, naming the rule it breaks.
 *
 * <p>The message reads {@code TYPE "VALUE": REASON (RULE)}, for example {@code IBAN "FR7630006000011234567890188":
 * check digits do not match (ISO 13616 mod-97)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InvalidIdentifierException extends EcheanceException {
    private static final long serialVersionUID = 1L;

    /** Values longer than this are shortened in the message, never in {@link #value()}. */
    private static final int MAX_QUOTED_LENGTH = 80;

    /** The expected type of identifier. */
    private final IdentifierType type;
    /** The value as the caller gave it. */
    private final String value;
    /** The rule the value breaks. */
    private final String rule;
    /** What is wrong with the value. */
    private final String reason;

    /**
     * Creates an exception for a value of the given type that breaks a rule.
     *
     * @param type the expected type of identifier
     * @param value the value as the caller gave it, before normalisation
     * @param rule the rule that failed, for example {@code "ISO 13616 mod-97"}
     * @param reason what is wrong, a sentence fragment without a trailing full stop
     * @throws NullPointerException if any argument is null
     */
    public InvalidIdentifierException(IdentifierType type, String value, String rule, String reason) {
        super(message(type, value, rule, reason));
        this.type = type;
        this.value = value;
        this.rule = rule;
        this.reason = reason;
    }

    private static String message(IdentifierType type, String value, String rule, String reason) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
        String quoted = value.length() <= MAX_QUOTED_LENGTH ? value : value.substring(0, MAX_QUOTED_LENGTH) + "...";
        return type.displayName() + " \"" + quoted + "\": " + reason + " (" + rule + ")";
    }

    /**
     * Returns the type of identifier the value was expected to be.
     *
     * @return the expected type
     */
    public IdentifierType type() {
        return type;
    }

    /**
     * Returns the value as the caller gave it, before normalisation.
     *
     * @return the raw value
     */
    public String value() {
        return value;
    }

    /**
     * Returns the rule the value breaks, for example {@code "ISO 13616 mod-97"}, {@code "Luhn"} or {@code "E.164"}.
     *
     * @return the rule
     */
    public String rule() {
        return rule;
    }

    /**
     * Returns what is wrong with the value, without the rule, for example {@code "check digits do not match"}.
     *
     * @return the reason
     */
    public String reason() {
        return reason;
    }
}
