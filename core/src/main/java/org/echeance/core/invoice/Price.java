package org.echeance.core.invoice;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.echeance.core.money.Amounts;
import org.echeance.core.validation.ValidationException;

/**
 * The unit price of an invoice line (EN 16931 BG-29): the net price, optionally the gross price and the
 * discount that lead to it, and the base quantity the price is for.
 *
 * <p>Prices keep the scale they were given (four or more decimals are common); only amounts are rounded. The
 * net price equals the gross price minus the discount (BT-146 = BT-148 − BT-147) and neither may be negative
 * (BR-27, BR-28). A price "per 100 pieces" has base quantity 100 (BT-149): the line net amount is then
 * quantity × price / base quantity.
 *
 * <p>On an invoice entered with {@link PriceEntry#VAT_INCLUSIVE} prices, these amounts include VAT; the invoice
 * derives the net prices.
 *
 * <p>Amount equality follows Moneta ({@code 9.5} and {@code 9.50} EUR are equal). This class is immutable and
 * thread-safe.
 *
 * @param netPrice the item net price (BT-146)
 * @param grossPrice the item gross price (BT-148), if stated
 * @param discount the item price discount (BT-147), if stated
 * @param baseQuantity the item price base quantity (BT-149), if stated; 1 otherwise
 */
public record Price(
        MonetaryAmount netPrice,
        Optional<MonetaryAmount> grossPrice,
        Optional<MonetaryAmount> discount,
        Optional<BigDecimal> baseQuantity) {

    /**
     * Creates a price, checking its rules.
     *
     * @throws ValidationException if a price is negative (BR-27, BR-28), the base quantity is not positive, the
     *     currencies differ or the net price is not the gross price minus the discount
     */
    public Price {
        Objects.requireNonNull(netPrice, "netPrice");
        Objects.requireNonNull(grossPrice, "grossPrice");
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(baseQuantity, "baseQuantity");
        if (netPrice.isNegative()) {
            throw ValidationException.of("BR-27", "price.netPrice", netPrice + " is negative");
        }
        if (grossPrice.isPresent() && grossPrice.get().isNegative()) {
            throw ValidationException.of("BR-28", "price.grossPrice", grossPrice.get() + " is negative");
        }
        if (discount.isPresent() && grossPrice.isEmpty()) {
            throw ValidationException.of(
                    "ECH-PRICE-01", "price.discount", "a price discount needs the gross price it is taken from");
        }
        for (Optional<MonetaryAmount> other : java.util.List.of(grossPrice, discount)) {
            if (other.isPresent() && !other.get().getCurrency().equals(netPrice.getCurrency())) {
                throw ValidationException.of(
                        "ECH-CUR-01",
                        "price",
                        "gross price, discount and net price must share one currency, found "
                                + other.get().getCurrency() + " and " + netPrice.getCurrency());
            }
        }
        if (grossPrice.isPresent()) {
            BigDecimal expected = Amounts.decimal(grossPrice.get())
                    .subtract(discount.map(Amounts::decimal).orElse(BigDecimal.ZERO));
            if (expected.compareTo(Amounts.decimal(netPrice)) != 0) {
                throw ValidationException.of(
                        "ECH-PRICE-02",
                        "price.netPrice",
                        netPrice + " is not the gross price minus the discount (" + expected.toPlainString() + ")");
            }
        }
        if (baseQuantity.isPresent() && baseQuantity.get().signum() <= 0) {
            throw ValidationException.of(
                    "ECH-PRICE-03",
                    "price.baseQuantity",
                    baseQuantity.get().toPlainString() + " is not a positive base quantity");
        }
    }

    /**
     * Returns a net unit price, for a base quantity of one.
     *
     * @param netPrice the net price
     * @return the price
     */
    public static Price of(MonetaryAmount netPrice) {
        return new Price(netPrice, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Returns a price from a gross price and a discount; the net price is their difference.
     *
     * @param grossPrice the gross price (BT-148)
     * @param discount the discount (BT-147)
     * @return the price
     */
    public static Price ofGross(MonetaryAmount grossPrice, MonetaryAmount discount) {
        Objects.requireNonNull(grossPrice, "grossPrice");
        Objects.requireNonNull(discount, "discount");
        return new Price(
                grossPrice.subtract(discount), Optional.of(grossPrice), Optional.of(discount), Optional.empty());
    }

    /**
     * Returns a copy for a base quantity (the price is for that many units).
     *
     * @param quantity the base quantity (BT-149), positive
     * @return the copy
     */
    public Price withBaseQuantity(BigDecimal quantity) {
        return new Price(netPrice, grossPrice, discount, Optional.of(Objects.requireNonNull(quantity, "quantity")));
    }

    /**
     * Returns the base quantity the price applies to.
     *
     * @return the stated base quantity, or one
     */
    public BigDecimal effectiveBaseQuantity() {
        return baseQuantity.orElse(BigDecimal.ONE);
    }
}
