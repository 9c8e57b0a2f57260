package org.echeance.core.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import javax.money.CurrencyUnit;
import org.echeance.core.validation.ValidationException;

/**
 * The rate at which an invoice's VAT is converted into the VAT accounting currency (EN 16931 BT-6).
 *
 * <p>The rate is the number of tax-currency units for one unit of the invoice currency. Where it comes from and
 * on what date are kept with it, because a tax authority asks.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param taxCurrency the VAT accounting currency (BT-6)
 * @param rate tax-currency units per invoice-currency unit, positive
 * @param source who published the rate, such as {@code "ECB"}
 * @param date the date the rate applies to
 */
public record ExchangeRate(CurrencyUnit taxCurrency, BigDecimal rate, String source, LocalDate date) {
    /**
     * Creates an exchange rate.
     *
     * @throws ValidationException if the rate is not positive or the source is blank
     */
    public ExchangeRate {
        Objects.requireNonNull(taxCurrency, "taxCurrency");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(date, "date");
        if (rate.signum() <= 0) {
            throw ValidationException.of("ECH-FX-01", "exchangeRate.rate", rate.toPlainString() + " is not positive");
        }
        if (source.isBlank()) {
            throw ValidationException.of("ECH-FX-02", "exchangeRate.source", "the source of the rate is blank");
        }
    }
}
