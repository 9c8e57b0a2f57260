package org.echeance.core.money;

import java.util.Objects;
import javax.money.CurrencyUnit;
import org.echeance.core.EcheanceException;

/**
 * Thrown when an amount is in another currency than the document or operation it belongs to.
 *
 * <p>Echeance never converts between currencies silently: a mismatch is an error.
 */
public final class CurrencyMismatchException extends EcheanceException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String actual;
    private final String expected;

    /**
     * Creates the exception.
     *
     * @param path the field path of the amount, such as {@code lines[2].price}
     * @param actual the currency found
     * @param expected the currency required
     */
    public CurrencyMismatchException(String path, CurrencyUnit actual, CurrencyUnit expected) {
        super(Objects.requireNonNull(path, "path") + ": currency " + actual.getCurrencyCode()
                + " does not match the document currency " + expected.getCurrencyCode());
        this.path = path;
        this.actual = actual.getCurrencyCode();
        this.expected = expected.getCurrencyCode();
    }

    /**
     * Returns the field path of the offending amount.
     *
     * @return the path
     */
    public String path() {
        return path;
    }

    /**
     * Returns the ISO 4217 code of the currency found.
     *
     * @return the currency code
     */
    public String actualCurrency() {
        return actual;
    }

    /**
     * Returns the ISO 4217 code of the currency required.
     *
     * @return the currency code
     */
    public String expectedCurrency() {
        return expected;
    }
}
