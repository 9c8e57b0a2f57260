package org.echeance.core.customer;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.echeance.core.party.Party;
import org.echeance.core.payment.PaymentMeansCode;
import org.echeance.core.terms.PaymentTerms;
import org.echeance.core.validation.ValidationException;

/**
 * A customer of the seller: the party billed, with what the seller keeps about it to bill it (customer
 * number, category, language, currency, default payment terms and means, notes).
 *
 * <p>Built with {@link #builder(String, Party)}. Defaults: French language, euro, payment 30 days net.
 *
 * <p>Two customers are equal when all their parts are equal. This class is immutable and thread-safe.
 */
public final class Customer {
    private final String customerNumber;
    private final Party party;
    private final Optional<CustomerCategory> category;
    private final Locale language;
    private final CurrencyUnit currency;
    private final PaymentTerms paymentTerms;
    private final Optional<PaymentMeansCode> defaultPaymentMeans;
    private final Optional<String> notes;

    private Customer(Builder b) {
        this.customerNumber = b.customerNumber;
        this.party = b.party;
        this.category = b.category;
        this.language = b.language;
        this.currency = b.currency;
        this.paymentTerms = b.paymentTerms;
        this.defaultPaymentMeans = b.defaultPaymentMeans;
        this.notes = b.notes;
    }

    /**
     * Starts building a customer.
     *
     * @param customerNumber the seller's number for the customer, not blank
     * @param party the customer as a party: names, addresses, identifiers, contact
     * @return a builder
     * @throws ValidationException if the customer number is blank
     */
    public static Builder builder(String customerNumber, Party party) {
        return new Builder(customerNumber, party);
    }

    /**
     * Returns a builder initialised with this customer's parts, to build a changed copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(customerNumber, party);
        b.category = category;
        b.language = language;
        b.currency = currency;
        b.paymentTerms = paymentTerms;
        b.defaultPaymentMeans = defaultPaymentMeans;
        b.notes = notes;
        return b;
    }

    /**
     * Returns the seller's number for this customer.
     *
     * @return the customer number
     */
    public String customerNumber() {
        return customerNumber;
    }

    /**
     * Returns the customer as a party, the buyer of its invoices.
     *
     * @return the party
     */
    public Party party() {
        return party;
    }

    /**
     * Returns the customer's category.
     *
     * @return the category, if any
     */
    public Optional<CustomerCategory> category() {
        return category;
    }

    /**
     * Returns the language documents and messages to the customer are written in.
     *
     * @return the language
     */
    public Locale language() {
        return language;
    }

    /**
     * Returns the currency the customer is billed in.
     *
     * @return the currency
     */
    public CurrencyUnit currency() {
        return currency;
    }

    /**
     * Returns the payment terms its invoices get unless stated otherwise.
     *
     * @return the terms
     */
    public PaymentTerms paymentTerms() {
        return paymentTerms;
    }

    /**
     * Returns how the customer usually pays.
     *
     * @return the payment means, if known
     */
    public Optional<PaymentMeansCode> defaultPaymentMeans() {
        return defaultPaymentMeans;
    }

    /**
     * Returns free notes about the customer.
     *
     * @return the notes, if any
     */
    public Optional<String> notes() {
        return notes;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Customer)) {
            return false;
        }
        Customer c = (Customer) o;
        return customerNumber.equals(c.customerNumber)
                && party.equals(c.party)
                && category.equals(c.category)
                && language.equals(c.language)
                && currency.equals(c.currency)
                && paymentTerms.equals(c.paymentTerms)
                && defaultPaymentMeans.equals(c.defaultPaymentMeans)
                && notes.equals(c.notes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(customerNumber, party);
    }

    @Override
    public String toString() {
        return "Customer[" + customerNumber + ", " + party.legalName() + "]";
    }

    /** Builds a {@link Customer}. A builder is not thread-safe; the customer it builds is. */
    public static final class Builder {
        private final String customerNumber;
        private final Party party;
        private Optional<CustomerCategory> category = Optional.empty();
        private Locale language = Locale.FRANCE;
        private CurrencyUnit currency = Monetary.getCurrency("EUR");
        private PaymentTerms paymentTerms = PaymentTerms.net(30);
        private Optional<PaymentMeansCode> defaultPaymentMeans = Optional.empty();
        private Optional<String> notes = Optional.empty();

        private Builder(String customerNumber, Party party) {
            Objects.requireNonNull(customerNumber, "customerNumber");
            if (customerNumber.isBlank()) {
                throw ValidationException.of("ECH-CUST-01", "customer.customerNumber", "customer number is blank");
            }
            this.customerNumber = customerNumber;
            this.party = Objects.requireNonNull(party, "party");
        }

        /**
         * Sets the category.
         *
         * @param value the category
         * @return this builder
         */
        public Builder category(CustomerCategory value) {
            this.category = Optional.of(Objects.requireNonNull(value, "category"));
            return this;
        }

        /**
         * Sets the language of documents and messages.
         *
         * @param value the language
         * @return this builder
         */
        public Builder language(Locale value) {
            this.language = Objects.requireNonNull(value, "language");
            return this;
        }

        /**
         * Sets the billing currency.
         *
         * @param value the currency
         * @return this builder
         */
        public Builder currency(CurrencyUnit value) {
            this.currency = Objects.requireNonNull(value, "currency");
            return this;
        }

        /**
         * Sets the default payment terms.
         *
         * @param value the terms
         * @return this builder
         */
        public Builder paymentTerms(PaymentTerms value) {
            this.paymentTerms = Objects.requireNonNull(value, "paymentTerms");
            return this;
        }

        /**
         * Sets the usual payment means.
         *
         * @param value the payment means
         * @return this builder
         */
        public Builder defaultPaymentMeans(PaymentMeansCode value) {
            this.defaultPaymentMeans = Optional.of(Objects.requireNonNull(value, "defaultPaymentMeans"));
            return this;
        }

        /**
         * Sets free notes.
         *
         * @param value the notes
         * @return this builder
         */
        public Builder notes(String value) {
            this.notes = Optional.of(Objects.requireNonNull(value, "notes"));
            return this;
        }

        /**
         * Builds the customer.
         *
         * @return the customer
         */
        public Customer build() {
            return new Customer(this);
        }
    }
}
