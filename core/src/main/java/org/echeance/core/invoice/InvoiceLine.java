package org.echeance.core.invoice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;

/**
 * One line of an invoice (EN 16931 BG-25): an item, a quantity in a unit, a unit price, line allowances and
 * charges, and the VAT category and rate.
 *
 * <p>The line holds what was entered; its net amount (BT-131) is computed by the invoice (see
 * {@link InvoiceTotals#lines()}), because with VAT-inclusive prices it depends on the other lines of the same
 * VAT rate. Quantities keep their scale and may be negative (a returned item); prices may not (BR-27).
 *
 * <p>Two lines are equal when all their parts are equal; quantities compare by value ({@code 2} equals
 * {@code 2.0}). This class is immutable and thread-safe.
 */
public final class InvoiceLine {
    private final String id;
    private final Optional<String> note;
    private final String itemName;
    private final Optional<String> description;
    private final Optional<String> sellerItemId;
    private final BigDecimal quantity;
    private final UnitCode unit;
    private final Price price;
    private final List<AllowanceCharge> allowancesCharges;
    private final VatRate vatRate;
    private final Optional<String> exemptionReason;
    private final Optional<String> exemptionReasonCode;
    private final Optional<InvoicePeriod> period;
    private final Optional<String> orderLineReference;

    private InvoiceLine(Builder b) {
        this.id = b.id;
        this.note = b.note;
        this.itemName = b.itemName;
        this.description = b.description;
        this.sellerItemId = b.sellerItemId;
        this.quantity = b.quantity;
        this.unit = b.unit;
        this.price = b.price;
        this.allowancesCharges = List.copyOf(b.allowancesCharges);
        this.vatRate = b.vatRate;
        this.exemptionReason = b.exemptionReason;
        this.exemptionReasonCode = b.exemptionReasonCode;
        this.period = b.period;
        this.orderLineReference = b.orderLineReference;
    }

    /**
     * Starts building a line.
     *
     * @param id the line identifier (BT-126), unique within the invoice
     * @param itemName the item name (BT-153)
     * @return a builder
     */
    public static Builder builder(String id, String itemName) {
        return new Builder(id, itemName);
    }

    /**
     * Returns a builder initialised with this line's parts, to build a changed copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id, itemName);
        b.note = note;
        b.description = description;
        b.sellerItemId = sellerItemId;
        b.quantity = quantity;
        b.unit = unit;
        b.price = price;
        b.allowancesCharges.addAll(allowancesCharges);
        b.vatRate = vatRate;
        b.exemptionReason = exemptionReason;
        b.exemptionReasonCode = exemptionReasonCode;
        b.period = period;
        b.orderLineReference = orderLineReference;
        return b;
    }

    /**
     * Returns a copy with another quantity.
     *
     * @param newQuantity the quantity
     * @return the copy
     */
    public InvoiceLine withQuantity(BigDecimal newQuantity) {
        return toBuilder().quantity(newQuantity, unit).build();
    }

    /**
     * Returns the line identifier (BT-126).
     *
     * @return the identifier
     */
    public String id() {
        return id;
    }

    /**
     * Returns the line note (BT-127).
     *
     * @return the note, if any
     */
    public Optional<String> note() {
        return note;
    }

    /**
     * Returns the item name (BT-153).
     *
     * @return the name
     */
    public String itemName() {
        return itemName;
    }

    /**
     * Returns the item description (BT-154).
     *
     * @return the description, if any
     */
    public Optional<String> description() {
        return description;
    }

    /**
     * Returns the seller's item identifier, the product code (BT-155).
     *
     * @return the identifier, if any
     */
    public Optional<String> sellerItemId() {
        return sellerItemId;
    }

    /**
     * Returns the invoiced quantity (BT-129), with the scale it was given.
     *
     * @return the quantity
     */
    public BigDecimal quantity() {
        return quantity;
    }

    /**
     * Returns the unit of the quantity (BT-130).
     *
     * @return the unit code
     */
    public UnitCode unit() {
        return unit;
    }

    /**
     * Returns the unit price as entered (BG-29).
     *
     * @return the price
     */
    public Price price() {
        return price;
    }

    /**
     * Returns the line's allowances and charges (BG-27, BG-28).
     *
     * @return the allowances and charges, possibly empty
     */
    public List<AllowanceCharge> allowancesCharges() {
        return allowancesCharges;
    }

    /**
     * Returns the VAT category and rate of the item (BT-151, BT-152).
     *
     * @return the VAT rate
     */
    public VatRate vatRate() {
        return vatRate;
    }

    /**
     * Returns why no VAT is charged (BT-120), for categories E, AE, K, G and O.
     *
     * @return the reason text, if any
     */
    public Optional<String> exemptionReason() {
        return exemptionReason;
    }

    /**
     * Returns the VATEX code of the exemption (BT-121).
     *
     * @return the code, such as {@code "VATEX-EU-AE"}, if any
     */
    public Optional<String> exemptionReasonCode() {
        return exemptionReasonCode;
    }

    /**
     * Returns the line's invoicing period (BG-26).
     *
     * @return the period, if any
     */
    public Optional<InvoicePeriod> period() {
        return period;
    }

    /**
     * Returns the referenced purchase order line (BT-132).
     *
     * @return the reference, if any
     */
    public Optional<String> orderLineReference() {
        return orderLineReference;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof InvoiceLine)) {
            return false;
        }
        InvoiceLine l = (InvoiceLine) o;
        return id.equals(l.id)
                && note.equals(l.note)
                && itemName.equals(l.itemName)
                && description.equals(l.description)
                && sellerItemId.equals(l.sellerItemId)
                && quantity.compareTo(l.quantity) == 0
                && unit.equals(l.unit)
                && price.equals(l.price)
                && allowancesCharges.equals(l.allowancesCharges)
                && vatRate.equals(l.vatRate)
                && exemptionReason.equals(l.exemptionReason)
                && exemptionReasonCode.equals(l.exemptionReasonCode)
                && period.equals(l.period)
                && orderLineReference.equals(l.orderLineReference);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, itemName, quantity.stripTrailingZeros(), unit, vatRate);
    }

    @Override
    public String toString() {
        return "InvoiceLine[" + id + ", " + itemName + ", " + quantity.toPlainString() + " " + unit + " × "
                + price.netPrice() + ", " + vatRate + "]";
    }

    /** Builds an {@link InvoiceLine}. A builder is not thread-safe; the line it builds is. */
    public static final class Builder {
        private final String id;
        private final String itemName;
        private Optional<String> note = Optional.empty();
        private Optional<String> description = Optional.empty();
        private Optional<String> sellerItemId = Optional.empty();
        private BigDecimal quantity;
        private UnitCode unit = UnitCode.ONE;
        private Price price;
        private final List<AllowanceCharge> allowancesCharges = new ArrayList<>();
        private VatRate vatRate;
        private Optional<String> exemptionReason = Optional.empty();
        private Optional<String> exemptionReasonCode = Optional.empty();
        private Optional<InvoicePeriod> period = Optional.empty();
        private Optional<String> orderLineReference = Optional.empty();

        private Builder(String id, String itemName) {
            this.id = Objects.requireNonNull(id, "id");
            this.itemName = Objects.requireNonNull(itemName, "itemName");
        }

        /**
         * Sets the quantity and its unit.
         *
         * @param value the quantity (BT-129)
         * @param unitCode the unit (BT-130)
         * @return this builder
         */
        public Builder quantity(BigDecimal value, UnitCode unitCode) {
            this.quantity = Objects.requireNonNull(value, "quantity");
            this.unit = Objects.requireNonNull(unitCode, "unit");
            return this;
        }

        /**
         * Sets the quantity from its text, and its unit.
         *
         * @param value the quantity, such as {@code "2.5"}
         * @param unitCode the unit
         * @return this builder
         */
        public Builder quantity(String value, UnitCode unitCode) {
            return quantity(new BigDecimal(Objects.requireNonNull(value, "quantity")), unitCode);
        }

        /**
         * Sets the unit price.
         *
         * @param value the price
         * @return this builder
         */
        public Builder price(Price value) {
            this.price = Objects.requireNonNull(value, "price");
            return this;
        }

        /**
         * Sets a plain unit price, for a base quantity of one.
         *
         * @param value the unit price (BT-146)
         * @return this builder
         */
        public Builder unitPrice(MonetaryAmount value) {
            return price(Price.of(value));
        }

        /**
         * Sets the VAT category and rate.
         *
         * @param rate the VAT rate
         * @return this builder
         */
        public Builder vatRate(VatRate rate) {
            this.vatRate = Objects.requireNonNull(rate, "vatRate");
            return this;
        }

        /**
         * Sets why no VAT is charged, for categories E, AE, K, G and O.
         *
         * @param code the VATEX code (BT-121), such as {@code "VATEX-EU-AE"}, or null for none
         * @param text the reason text (BT-120), or null for none
         * @return this builder
         */
        public Builder exemption(String code, String text) {
            if (code == null && text == null) {
                throw ValidationException.of("ECH-LINE-02", "line.exemption", "give a reason code, a text or both");
            }
            this.exemptionReasonCode = Optional.ofNullable(code);
            this.exemptionReason = Optional.ofNullable(text);
            return this;
        }

        /**
         * Adds a line allowance or charge.
         *
         * @param allowanceCharge the allowance or charge, without VAT rate
         * @return this builder
         */
        public Builder allowanceCharge(AllowanceCharge allowanceCharge) {
            allowancesCharges.add(Objects.requireNonNull(allowanceCharge, "allowanceCharge"));
            return this;
        }

        /**
         * Sets the line note (BT-127).
         *
         * @param text the note
         * @return this builder
         */
        public Builder note(String text) {
            this.note = Optional.of(Objects.requireNonNull(text, "note"));
            return this;
        }

        /**
         * Sets the item description (BT-154).
         *
         * @param text the description
         * @return this builder
         */
        public Builder description(String text) {
            this.description = Optional.of(Objects.requireNonNull(text, "description"));
            return this;
        }

        /**
         * Sets the seller's item identifier, the product code (BT-155).
         *
         * @param itemId the identifier
         * @return this builder
         */
        public Builder sellerItemId(String itemId) {
            this.sellerItemId = Optional.of(Objects.requireNonNull(itemId, "sellerItemId"));
            return this;
        }

        /**
         * Sets the line's invoicing period (BG-26).
         *
         * @param value the period
         * @return this builder
         */
        public Builder period(InvoicePeriod value) {
            this.period = Optional.of(Objects.requireNonNull(value, "period"));
            return this;
        }

        /**
         * Sets the referenced purchase order line (BT-132).
         *
         * @param reference the order line reference
         * @return this builder
         */
        public Builder orderLineReference(String reference) {
            this.orderLineReference = Optional.of(Objects.requireNonNull(reference, "orderLineReference"));
            return this;
        }

        /**
         * Builds the line.
         *
         * @return the line
         * @throws ValidationException listing every missing part (quantity BR-22, price BR-26, VAT rate BR-CO-04),
         *     a blank id (BR-21) or item name (BR-25), or a line allowance carrying its own VAT rate
         */
        public InvoiceLine build() {
            List<Violation> missing = new ArrayList<>();
            if (id.isBlank()) {
                missing.add(new Violation("BR-21", "line.id", "line identifier is blank"));
            }
            if (itemName.isBlank()) {
                missing.add(new Violation("BR-25", "line.itemName", "item name is blank"));
            }
            if (quantity == null) {
                missing.add(new Violation("BR-22", "line.quantity", "quantity is missing"));
            }
            if (price == null) {
                missing.add(new Violation("BR-26", "line.price", "net price is missing"));
            }
            if (vatRate == null) {
                missing.add(new Violation("BR-CO-04", "line.vatRate", "VAT category is missing"));
            }
            for (int i = 0; i < allowancesCharges.size(); i++) {
                if (allowancesCharges.get(i).vatRate().isPresent()) {
                    missing.add(new Violation(
                            "ECH-AC-01",
                            "line.allowancesCharges[" + i + "].vatRate",
                            "a line allowance or charge takes the VAT rate of its line"));
                }
            }
            if (!missing.isEmpty()) {
                throw new ValidationException(missing);
            }
            return new InvoiceLine(this);
        }
    }
}
