package org.echeance.core.party;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.echeance.core.identifier.Siren;
import org.echeance.core.identifier.VatNumber;
import org.echeance.core.validation.ValidationException;

/**
 * A party to an invoice: the seller (EN 16931 BG-4), the buyer (BG-7) or the payee (BG-10).
 *
 * <p>Built with {@link #builder(String)}; only the legal name is required here. What a given role needs
 * (addresses of seller and buyer, the seller's VAT number for standard-rated supplies…) is checked by the
 * invoice validators, which know the role.
 *
 * <p>Two parties are equal when all their parts are equal. This class is immutable and thread-safe.
 */
public final class Party {
    private final String legalName;
    private final Optional<String> tradingName;
    private final List<PartyIdentifier> identifiers;
    private final Optional<PartyIdentifier> legalRegistration;
    private final Optional<VatNumber> vatNumber;
    private final Optional<String> taxRegistration;
    private final Optional<String> legalInformation;
    private final Optional<PostalAddress> address;
    private final Optional<Contact> contact;
    private final Optional<ElectronicAddress> electronicAddress;

    private Party(Builder b) {
        this.legalName = b.legalName;
        this.tradingName = b.tradingName;
        this.identifiers = List.copyOf(b.identifiers);
        this.legalRegistration = b.legalRegistration;
        this.vatNumber = b.vatNumber;
        this.taxRegistration = b.taxRegistration;
        this.legalInformation = b.legalInformation;
        this.address = b.address;
        this.contact = b.contact;
        this.electronicAddress = b.electronicAddress;
    }

    /**
     * Starts building a party with its legal name.
     *
     * @param legalName the registered name (BT-27, BT-44, BT-59)
     * @return a builder
     */
    public static Builder builder(String legalName) {
        return new Builder(legalName);
    }

    /**
     * Returns a builder initialised with this party's parts, to build a changed copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(legalName);
        b.tradingName = tradingName;
        b.identifiers.addAll(identifiers);
        b.legalRegistration = legalRegistration;
        b.vatNumber = vatNumber;
        b.taxRegistration = taxRegistration;
        b.legalInformation = legalInformation;
        b.address = address;
        b.contact = contact;
        b.electronicAddress = electronicAddress;
        return b;
    }

    /**
     * Returns the legal name (BT-27, BT-44, BT-59).
     *
     * @return the name
     */
    public String legalName() {
        return legalName;
    }

    /**
     * Returns the trading name (BT-28, BT-45, BT-60 is an identifier, not a name).
     *
     * @return the trading name, if different from the legal name
     */
    public Optional<String> tradingName() {
        return tradingName;
    }

    /**
     * Returns the party's other identifiers (BT-29, BT-46, BT-60), such as a GLN.
     *
     * @return the identifiers, possibly empty
     */
    public List<PartyIdentifier> identifiers() {
        return identifiers;
    }

    /**
     * Returns the legal registration identifier (BT-30, BT-47, BT-61): in France the SIREN or SIRET.
     *
     * @return the registration, if any
     */
    public Optional<PartyIdentifier> legalRegistration() {
        return legalRegistration;
    }

    /**
     * Returns the VAT identifier (BT-31, BT-48).
     *
     * @return the VAT number, if any
     */
    public Optional<VatNumber> vatNumber() {
        return vatNumber;
    }

    /**
     * Returns the seller's tax registration identifier other than VAT (BT-32).
     *
     * @return the registration, if any
     */
    public Optional<String> taxRegistration() {
        return taxRegistration;
    }

    /**
     * Returns additional legal information (BT-33): legal form, share capital, register.
     *
     * <p>For example {@code "SAS au capital de 10 000 €, RCS Paris 552 100 554"}.
     *
     * @return the text, if any
     */
    public Optional<String> legalInformation() {
        return legalInformation;
    }

    /**
     * Returns the postal address (BG-5, BG-8).
     *
     * @return the address, if any
     */
    public Optional<PostalAddress> address() {
        return address;
    }

    /**
     * Returns the contact (BG-6, BG-9).
     *
     * @return the contact, if any
     */
    public Optional<Contact> contact() {
        return contact;
    }

    /**
     * Returns the electronic address for e-invoices (BT-34, BT-49).
     *
     * @return the address, if any
     */
    public Optional<ElectronicAddress> electronicAddress() {
        return electronicAddress;
    }

    /**
     * Returns the SIREN of the party, from its legal registration or, in France, its VAT number.
     *
     * @return the SIREN, if the party carries one
     */
    public Optional<Siren> siren() {
        Optional<Siren> fromRegistration = legalRegistration.flatMap(PartyIdentifier::siren);
        return fromRegistration.isPresent() ? fromRegistration : vatNumber.flatMap(VatNumber::siren);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Party)) {
            return false;
        }
        Party p = (Party) o;
        return legalName.equals(p.legalName)
                && tradingName.equals(p.tradingName)
                && identifiers.equals(p.identifiers)
                && legalRegistration.equals(p.legalRegistration)
                && vatNumber.equals(p.vatNumber)
                && taxRegistration.equals(p.taxRegistration)
                && legalInformation.equals(p.legalInformation)
                && address.equals(p.address)
                && contact.equals(p.contact)
                && electronicAddress.equals(p.electronicAddress);
    }

    @Override
    public int hashCode() {
        return Objects.hash(legalName, vatNumber, legalRegistration, address);
    }

    @Override
    public String toString() {
        return "Party[" + legalName + vatNumber.map(v -> ", " + v).orElse("") + "]";
    }

    /** Builds a {@link Party}. A builder is not thread-safe; the party it builds is. */
    public static final class Builder {
        private final String legalName;
        private Optional<String> tradingName = Optional.empty();
        private final List<PartyIdentifier> identifiers = new ArrayList<>();
        private Optional<PartyIdentifier> legalRegistration = Optional.empty();
        private Optional<VatNumber> vatNumber = Optional.empty();
        private Optional<String> taxRegistration = Optional.empty();
        private Optional<String> legalInformation = Optional.empty();
        private Optional<PostalAddress> address = Optional.empty();
        private Optional<Contact> contact = Optional.empty();
        private Optional<ElectronicAddress> electronicAddress = Optional.empty();

        private Builder(String legalName) {
            Objects.requireNonNull(legalName, "legalName");
            if (legalName.isBlank()) {
                throw ValidationException.of("BR-06", "party.legalName", "legal name is blank");
            }
            this.legalName = legalName;
        }

        /**
         * Sets the trading name.
         *
         * @param name the trading name
         * @return this builder
         */
        public Builder tradingName(String name) {
            this.tradingName = Optional.of(Objects.requireNonNull(name, "tradingName"));
            return this;
        }

        /**
         * Adds another identifier (BT-29, BT-46, BT-60).
         *
         * @param identifier the identifier
         * @return this builder
         */
        public Builder identifier(PartyIdentifier identifier) {
            identifiers.add(Objects.requireNonNull(identifier, "identifier"));
            return this;
        }

        /**
         * Sets the legal registration (BT-30, BT-47).
         *
         * @param registration the registration, such as {@code PartyIdentifier.of(Siret.parse(...))}
         * @return this builder
         */
        public Builder legalRegistration(PartyIdentifier registration) {
            this.legalRegistration = Optional.of(Objects.requireNonNull(registration, "legalRegistration"));
            return this;
        }

        /**
         * Sets the VAT identifier (BT-31, BT-48).
         *
         * @param vat the VAT number
         * @return this builder
         */
        public Builder vatNumber(VatNumber vat) {
            this.vatNumber = Optional.of(Objects.requireNonNull(vat, "vatNumber"));
            return this;
        }

        /**
         * Sets the VAT identifier (BT-31, BT-48) from its text.
         *
         * @param vat the VAT number, such as {@code "FR40303265045"}
         * @return this builder
         * @throws org.echeance.core.identifier.InvalidIdentifierException if the number is malformed
         */
        public Builder vatNumber(String vat) {
            return vatNumber(VatNumber.parse(vat));
        }

        /**
         * Sets the tax registration other than VAT (BT-32).
         *
         * @param registration the registration
         * @return this builder
         */
        public Builder taxRegistration(String registration) {
            this.taxRegistration = Optional.of(Objects.requireNonNull(registration, "taxRegistration"));
            return this;
        }

        /**
         * Sets additional legal information (BT-33).
         *
         * @param text the legal form, capital, register
         * @return this builder
         */
        public Builder legalInformation(String text) {
            this.legalInformation = Optional.of(Objects.requireNonNull(text, "legalInformation"));
            return this;
        }

        /**
         * Sets the postal address.
         *
         * @param postalAddress the address
         * @return this builder
         */
        public Builder address(PostalAddress postalAddress) {
            this.address = Optional.of(Objects.requireNonNull(postalAddress, "address"));
            return this;
        }

        /**
         * Sets the contact.
         *
         * @param partyContact the contact
         * @return this builder
         */
        public Builder contact(Contact partyContact) {
            this.contact = Optional.of(Objects.requireNonNull(partyContact, "contact"));
            return this;
        }

        /**
         * Sets the electronic address (BT-34, BT-49).
         *
         * @param electronic the address
         * @return this builder
         */
        public Builder electronicAddress(ElectronicAddress electronic) {
            this.electronicAddress = Optional.of(Objects.requireNonNull(electronic, "electronicAddress"));
            return this;
        }

        /**
         * Builds the party.
         *
         * @return the party
         */
        public Party build() {
            return new Party(this);
        }
    }
}
