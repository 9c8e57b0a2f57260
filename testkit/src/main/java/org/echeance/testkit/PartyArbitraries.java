package org.echeance.testkit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.echeance.core.customer.Customer;
import org.echeance.core.customer.CustomerCategory;
import org.echeance.core.identifier.EmailAddress;
import org.echeance.core.identifier.PhoneNumber;
import org.echeance.core.identifier.VatNumber;
import org.echeance.core.party.Contact;
import org.echeance.core.party.ElectronicAddress;
import org.echeance.core.party.Party;
import org.echeance.core.party.PartyIdentifier;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.payment.PaymentMeansCode;
import org.echeance.testkit.internal.CheckDigits;

/**
 * Generates postal addresses, parties (sellers and buyers) and customers.
 *
 * <p>Names mix accents, apostrophes, quotes, ampersands and backslashes, the characters that break naive
 * exports. A French business party, as {@link #frenchBusinesses()} gives, has everything EN 16931 and the French
 * profile ask of a seller or a business buyer: a SIREN (legal registration, scheme 0002), a French VAT number of
 * the same SIREN, an address in France and an electronic address (scheme 0225).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PartyArbitraries {
    private static final List<String> NAMES = List.of(
            "Dupont",
            "Martin & Fils",
            "Boulangerie L'Épi d'Or",
            "Müller",
            "Société \"Les Forges\"",
            "Zoë\\Co",
            "Nguyễn",
            "O'Neil",
            "Ateliers Réunis");
    private static final List<String> FORMS = List.of("SARL", "SAS", "SA", "EURL", "GmbH", "SCOP");
    private static final List<String> STREETS =
            List.of("1 rue de la Paix", "12 avenue Foch", "3 bis place Bellecour", "Hauptstraße 5", "Rue Neuve 20");
    private static final List<String> CITIES = List.of("Paris", "Lyon", "Saint-Étienne", "Lille", "Nantes");

    private PartyArbitraries() {}

    /**
     * Returns legal names, two to four words, some with accents and punctuation.
     *
     * @return non-blank names
     */
    public static Arbitrary<String> names() {
        return Combinators.combine(
                        Arbitraries.of(NAMES),
                        Arbitraries.of(FORMS),
                        Arbitraries.integers().between(0, 99))
                .as((name, form, n) -> n == 0 ? name + " " + form : name + " " + n + " " + form);
    }

    /**
     * Returns addresses in France with one to three lines, a post code and a city.
     *
     * @return French addresses
     */
    public static Arbitrary<PostalAddress> frenchAddresses() {
        Arbitrary<List<String>> lines =
                Arbitraries.of(STREETS).list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<String> postCode =
                Arbitraries.integers().between(1000, 95999).map(n -> String.format(Locale.ROOT, "%05d", n));
        return Combinators.combine(lines, postCode, Arbitraries.of(CITIES))
                .as((l, p, c) -> new PostalAddress(l, Optional.of(p), Optional.of(c), Optional.empty(), "FR"));
    }

    /**
     * Returns addresses in France, Belgium, Germany or Italy, some without post code or city.
     *
     * @return addresses
     */
    public static Arbitrary<PostalAddress> addresses() {
        Arbitrary<PostalAddress> other = Combinators.combine(
                        Arbitraries.of(STREETS).list().ofMaxSize(3),
                        Arbitraries.strings().numeric().ofLength(4).optional(0.8),
                        Arbitraries.of(CITIES).optional(0.8),
                        Arbitraries.of("Brabant", "Bayern").optional(0.2),
                        Arbitraries.of("BE", "DE", "IT"))
                .as(PostalAddress::new);
        return Arbitraries.oneOf(frenchAddresses(), other);
    }

    /**
     * Returns French businesses with a SIREN, a French VAT number, an address in France and an electronic
     * address: fit to be the seller or the buyer of an invoice that passes EN 16931 and the French profile.
     *
     * @return French business parties
     */
    public static Arbitrary<Party> frenchBusinesses() {
        return Combinators.combine(
                        names(),
                        IdentifierArbitraries.sirenTexts(),
                        frenchAddresses(),
                        contacts().optional(0.5),
                        Arbitraries.of("Enseigne", "Boutique du Marché").optional(0.3))
                .as((name, siren, address, contact, trading) -> {
                    Party.Builder b = Party.builder(name)
                            .legalRegistration(new PartyIdentifier(siren, Optional.of(PartyIdentifier.SCHEME_SIREN)))
                            .vatNumber(VatNumber.parse("FR" + CheckDigits.frenchVatKey(siren) + siren))
                            .address(address)
                            .electronicAddress(ElectronicAddress.of("0225", siren));
                    contact.ifPresent(b::contact);
                    trading.ifPresent(b::tradingName);
                    return b.build();
                });
    }

    /**
     * Returns parties of every kind: French businesses, foreign businesses with a VAT number, and consumers with
     * a name and an address only.
     *
     * @return parties
     */
    public static Arbitrary<Party> parties() {
        Arbitrary<Party> foreign = Combinators.combine(
                        names(),
                        IdentifierArbitraries.vatNumbers(),
                        addresses(),
                        contacts().optional(0.5))
                .as((name, vat, address, contact) -> {
                    Party.Builder b = Party.builder(name)
                            .vatNumber(vat)
                            .address(address)
                            .identifier(PartyIdentifier.of("ID-" + vat.number()));
                    contact.ifPresent(b::contact);
                    return b.build();
                });
        Arbitrary<Party> consumer = Combinators.combine(names(), addresses())
                .as((name, address) -> Party.builder(name).address(address).build());
        return Arbitraries.oneOf(frenchBusinesses(), foreign, consumer);
    }

    /**
     * Returns contacts with a name, an e-mail address and a phone number, some parts absent.
     *
     * @return contacts
     */
    public static Arbitrary<Contact> contacts() {
        return Combinators.combine(
                        Arbitraries.of("Anne Dupont", "Service comptabilité", "José Müller")
                                .optional(0.8),
                        Arbitraries.of("compta@example.fr", "anne.dupont@example.com")
                                .map(EmailAddress::parse)
                                .optional(0.8),
                        Arbitraries.of("+33 1 23 45 67 89", "01 98 76 54 32", "+49 30 1234567")
                                .map(PhoneNumber::parse)
                                .optional(0.6))
                .as((name, email, phone) -> new Contact(name, email, phone, Optional.empty()));
    }

    /**
     * Returns customers: a number, a party, a language, a currency, payment terms and optional category, means
     * and notes.
     *
     * @return customers
     */
    public static Arbitrary<Customer> customers() {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 999_999).map(n -> "C" + n),
                        parties(),
                        Arbitraries.of("Grands comptes", "PME", "Particuliers").optional(0.5),
                        Arbitraries.of(Locale.FRANCE, Locale.UK, Locale.GERMANY, Locale.forLanguageTag("fr-BE")),
                        MoneyArbitraries.currencies(),
                        TermsArbitraries.paymentTerms(),
                        Arbitraries.of(PaymentMeansCode.class).optional(0.5),
                        Arbitraries.of("Relancer par téléphone", "VIP \"gold\"").optional(0.3))
                .as((number, party, category, language, currency, terms, means, notes) -> {
                    Customer.Builder b = Customer.builder(number, party)
                            .language(language)
                            .currency(currency)
                            .paymentTerms(terms);
                    category.map(CustomerCategory::of).ifPresent(b::category);
                    means.ifPresent(b::defaultPaymentMeans);
                    notes.ifPresent(b::notes);
                    return b.build();
                });
    }
}
