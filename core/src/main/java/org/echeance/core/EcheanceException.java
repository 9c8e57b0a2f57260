package org.echeance.core;

/**
 * Root of every exception Echeance throws.
 *
 * <p>All Echeance exceptions are unchecked: they report input that breaks a documented rule, and the call
 * that threw them has changed nothing.
 */
public class EcheanceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message naming the field, the value and the rule.
     *
     * @param message the message, a sentence without a trailing full stop
     */
    public EcheanceException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message the message, a sentence without a trailing full stop
     * @param cause the underlying cause
     */
    public EcheanceException(String message, Throwable cause) {
        super(message, cause);
    }
}
