package org.echeance.overdue;

import java.util.List;
import java.util.Objects;
import org.echeance.core.EcheanceException;

/**
 * Thrown when a single figure is asked of amounts in several currencies and no {@link CurrencyConverter} was
 * given: Echeance never adds amounts of different currencies.
 */
public final class MixedCurrenciesException extends EcheanceException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final List<String> currencies;

    /**
     * Creates the exception.
     *
     * @param path what was asked, such as {@code aging.total}
     * @param currencies the ISO 4217 codes found, in alphabetical order
     */
    public MixedCurrenciesException(String path, List<String> currencies) {
        super(Objects.requireNonNull(path, "path") + ": amounts in " + String.join(", ", currencies)
                + " cannot be added without a CurrencyConverter and a reporting currency; read the figures per"
                + " currency or give a converter (ECH-OVERDUE-20)");
        this.path = path;
        this.currencies = List.copyOf(currencies);
    }

    /**
     * Returns what was asked.
     *
     * @return the path
     */
    public String path() {
        return path;
    }

    /**
     * Returns the currencies found.
     *
     * @return the ISO 4217 codes, in alphabetical order
     */
    public List<String> currencies() {
        return currencies;
    }
}
