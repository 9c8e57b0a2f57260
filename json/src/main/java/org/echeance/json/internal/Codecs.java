package org.echeance.json.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryException;
import org.echeance.core.customer.Customer;
import org.echeance.core.customer.CustomerCategory;
import org.echeance.core.identifier.Bic;
import org.echeance.core.identifier.EmailAddress;
import org.echeance.core.identifier.Iban;
import org.echeance.core.identifier.PhoneNumber;
import org.echeance.core.identifier.RfCreditorReference;
import org.echeance.core.identifier.Siren;
import org.echeance.core.identifier.Siret;
import org.echeance.core.identifier.VatNumber;
import org.echeance.core.money.Amounts;
import org.echeance.core.party.Contact;
import org.echeance.core.party.ElectronicAddress;
import org.echeance.core.party.Party;
import org.echeance.core.party.PartyIdentifier;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.payment.PaymentMeansCode;
import org.echeance.core.recurrence.RecurrenceRule;

/** Codecs of money, identifiers, parties and customers, and the building blocks of the others. */
public final class Codecs {
    private Codecs() {}

    /**
     * Returns a codec of a value written as a string.
     *
     * @param format writes the text
     * @param parse reads the text; its refusal becomes an error at the property
     * @param <T> the value type
     * @return the codec
     */
    public static <T> Codec<T> text(Function<T, String> format, Function<String, T> parse) {
        return new Codec<>() {
            @Override
            public void write(T value, Out out) throws IOException {
                out.generator().writeString(format.apply(value));
            }

            @Override
            public T read(Object node, Path path, ReadOptions options) {
                String text = In.textOf(node, path);
                return In.build(path, () -> parse.apply(text));
            }
        };
    }

    /**
     * Returns a codec of an enum written as its code (UNTDID and UNCL codes) or its name.
     *
     * @param values the constants
     * @param code the code of a constant
     * @param <E> the enum
     * @return the codec
     */
    public static <E extends Enum<E>> Codec<E> coded(E[] values, Function<E, String> code) {
        List<String> codes = Arrays.stream(values).map(code).toList();
        return new Codec<>() {
            @Override
            public void write(E value, Out out) throws IOException {
                out.generator().writeString(code.apply(value));
            }

            @Override
            public E read(Object node, Path path, ReadOptions options) {
                String text = In.textOf(node, path);
                for (E value : values) {
                    if (code.apply(value).equals(text)) {
                        return value;
                    }
                }
                throw Paths.error(path, "\"" + In.clip(text) + "\" is not one of " + codes);
            }
        };
    }

    /**
     * Returns a codec of an enum written as its constant's name.
     *
     * @param values the constants
     * @param <E> the enum
     * @return the codec
     */
    public static <E extends Enum<E>> Codec<E> named(E[] values) {
        return coded(values, Enum::name);
    }

    /** Strings, as they are. */
    public static final Codec<String> STRING = text(s -> s, s -> s);

    /** Whole numbers in arrays. */
    public static final Codec<Integer> INTEGER = new Codec<>() {
        @Override
        public void write(Integer value, Out out) throws IOException {
            out.generator().writeRawValue(Integer.toString(value));
        }

        @Override
        public Integer read(Object node, Path path, ReadOptions options) {
            return In.integerOf(node, path);
        }
    };

    /** Whole numbers of up to 18 digits (days late…), as raw digits. */
    public static final Codec<Long> LONG = new Codec<>() {
        @Override
        public void write(Long value, Out out) throws IOException {
            out.generator().writeRawValue(Long.toString(value));
        }

        @Override
        public Long read(Object node, Path path, ReadOptions options) {
            return In.longOf(node, path);
        }
    };

    /** Decimals in arrays, as plain strings. */
    public static final Codec<BigDecimal> DECIMAL = new Codec<>() {
        @Override
        public void write(BigDecimal value, Out out) throws IOException {
            out.generator().writeString(value.toPlainString());
        }

        @Override
        public BigDecimal read(Object node, Path path, ReadOptions options) {
            return In.decimalOf(node, path, options.limits());
        }
    };

    private static final java.util.regex.Pattern CURRENCY_CODE = java.util.regex.Pattern.compile("[A-Z]{3}");

    /** Currencies already looked up: Moneta's lookup costs microseconds, and an invoice names its currency often. */
    private static final java.util.concurrent.ConcurrentHashMap<String, CurrencyUnit> CURRENCIES =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** ISO 4217 currency codes. */
    public static final Codec<CurrencyUnit> CURRENCY = text(CurrencyUnit::getCurrencyCode, code -> {
        CurrencyUnit known = CURRENCIES.get(code);
        if (known != null) {
            return known;
        }
        if (!CURRENCY_CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("\"" + In.clip(code) + "\" is not an ISO 4217 currency code");
        }
        try {
            CurrencyUnit currency = Monetary.getCurrency(code);
            if (CURRENCIES.size() < 1000) {
                CURRENCIES.put(code, currency);
            }
            return currency;
        } catch (MonetaryException e) {
            throw new IllegalArgumentException("\"" + code + "\" is not an ISO 4217 currency code", e);
        }
    });

    /** Amounts: {@code {"amount":"1234.50","currency":"EUR"}}, with at least the currency's decimals. */
    public static final ObjectCodec<MonetaryAmount> MONEY = new ObjectCodec<>() {
        @Override
        protected void writeFields(MonetaryAmount value, Out out) throws IOException {
            out.text("amount", Amounts.toPlainString(value));
            out.text("currency", value.getCurrency().getCurrencyCode());
        }

        @Override
        protected MonetaryAmount read(In in) {
            BigDecimal amount = in.decimal("amount");
            CurrencyUnit currency = in.get("currency", CURRENCY);
            return Amounts.money(amount, currency);
        }
    };

    /** BCP 47 language tags ({@code fr-FR}). */
    public static final Codec<Locale> LOCALE = text(Locale::toLanguageTag, tag -> {
        Locale locale = Locale.forLanguageTag(tag);
        if (locale.getLanguage().isEmpty() || !locale.toLanguageTag().equals(tag)) {
            throw new IllegalArgumentException("\"" + In.clip(tag) + "\" is not a BCP 47 language tag such as fr-FR");
        }
        return locale;
    });

    /** IBANs, electronic format. */
    public static final Codec<Iban> IBAN = text(Iban::toString, Iban::parse);
    /** BICs. */
    public static final Codec<Bic> BIC = text(Bic::toString, Bic::parse);
    /** VAT numbers. */
    public static final Codec<VatNumber> VAT_NUMBER = text(VatNumber::toString, VatNumber::parse);
    /** SIRENs. */
    public static final Codec<Siren> SIREN = text(Siren::toString, Siren::parse);
    /** SIRETs. */
    public static final Codec<Siret> SIRET = text(Siret::toString, Siret::parse);
    /** E-mail addresses. */
    public static final Codec<EmailAddress> EMAIL = text(EmailAddress::toString, EmailAddress::parse);
    /** Phone numbers, E.164. */
    public static final Codec<PhoneNumber> PHONE = text(PhoneNumber::toString, PhoneNumber::parse);
    /** RF creditor references. */
    public static final Codec<RfCreditorReference> RF_REFERENCE =
            text(RfCreditorReference::toString, RfCreditorReference::parse);
    /** Recurrence rules, as RFC 5545 RRULE text. */
    public static final Codec<RecurrenceRule> RECURRENCE_RULE = text(RecurrenceRule::format, RecurrenceRule::parse);
    /** Payment means, UNTDID 4461 codes. */
    public static final Codec<PaymentMeansCode> PAYMENT_MEANS =
            coded(PaymentMeansCode.values(), PaymentMeansCode::code);

    /** Party identifiers. */
    public static final ObjectCodec<PartyIdentifier> PARTY_IDENTIFIER = new ObjectCodec<>() {
        @Override
        protected void writeFields(PartyIdentifier value, Out out) throws IOException {
            out.text("value", value.value());
            out.optText("schemeId", value.schemeId());
        }

        @Override
        protected PartyIdentifier read(In in) {
            String value = in.text("value");
            var scheme = in.optText("schemeId");
            return in.build(() -> new PartyIdentifier(value, scheme));
        }
    };

    /** Postal addresses. */
    public static final ObjectCodec<PostalAddress> ADDRESS = new ObjectCodec<>() {
        @Override
        protected void writeFields(PostalAddress value, Out out) throws IOException {
            out.list("lines", value.lines(), STRING);
            out.optText("postCode", value.postCode());
            out.optText("city", value.city());
            out.optText("subdivision", value.subdivision());
            out.text("countryCode", value.countryCode());
        }

        @Override
        protected PostalAddress read(In in) {
            var lines = in.list("lines", STRING);
            var postCode = in.optText("postCode");
            var city = in.optText("city");
            var subdivision = in.optText("subdivision");
            String country = in.text("countryCode");
            return in.build(() -> new PostalAddress(lines, postCode, city, subdivision, country));
        }
    };

    /** Contacts. */
    public static final ObjectCodec<Contact> CONTACT = new ObjectCodec<>() {
        @Override
        protected void writeFields(Contact value, Out out) throws IOException {
            out.optText("name", value.name());
            out.opt("email", value.email(), EMAIL);
            out.opt("phone", value.phone(), PHONE);
            out.opt("alternatePhone", value.alternatePhone(), PHONE);
        }

        @Override
        protected Contact read(In in) {
            var name = in.optText("name");
            var email = in.opt("email", EMAIL);
            var phone = in.opt("phone", PHONE);
            var alternate = in.opt("alternatePhone", PHONE);
            return in.build(() -> new Contact(name, email, phone, alternate));
        }
    };

    /** Electronic addresses. */
    public static final ObjectCodec<ElectronicAddress> ELECTRONIC_ADDRESS = new ObjectCodec<>() {
        @Override
        protected void writeFields(ElectronicAddress value, Out out) throws IOException {
            out.text("schemeId", value.schemeId());
            out.text("value", value.value());
        }

        @Override
        protected ElectronicAddress read(In in) {
            String scheme = in.text("schemeId");
            String value = in.text("value");
            return in.build(() -> new ElectronicAddress(scheme, value));
        }
    };

    /** Parties. */
    public static final ObjectCodec<Party> PARTY = new ObjectCodec<>() {
        @Override
        protected void writeFields(Party value, Out out) throws IOException {
            out.text("legalName", value.legalName());
            out.optText("tradingName", value.tradingName());
            out.list("identifiers", value.identifiers(), PARTY_IDENTIFIER);
            out.opt("legalRegistration", value.legalRegistration(), PARTY_IDENTIFIER);
            out.opt("vatNumber", value.vatNumber(), VAT_NUMBER);
            out.optText("taxRegistration", value.taxRegistration());
            out.optText("legalInformation", value.legalInformation());
            out.opt("address", value.address(), ADDRESS);
            out.opt("contact", value.contact(), CONTACT);
            out.opt("electronicAddress", value.electronicAddress(), ELECTRONIC_ADDRESS);
        }

        @Override
        protected Party read(In in) {
            String name = in.text("legalName");
            var trading = in.optText("tradingName");
            var identifiers = in.list("identifiers", PARTY_IDENTIFIER);
            var registration = in.opt("legalRegistration", PARTY_IDENTIFIER);
            var vat = in.opt("vatNumber", VAT_NUMBER);
            var tax = in.optText("taxRegistration");
            var legal = in.optText("legalInformation");
            var address = in.opt("address", ADDRESS);
            var contact = in.opt("contact", CONTACT);
            var electronic = in.opt("electronicAddress", ELECTRONIC_ADDRESS);
            return in.build(() -> {
                Party.Builder b = Party.builder(name);
                trading.ifPresent(b::tradingName);
                identifiers.forEach(b::identifier);
                registration.ifPresent(b::legalRegistration);
                vat.ifPresent(b::vatNumber);
                tax.ifPresent(b::taxRegistration);
                legal.ifPresent(b::legalInformation);
                address.ifPresent(b::address);
                contact.ifPresent(b::contact);
                electronic.ifPresent(b::electronicAddress);
                return b.build();
            });
        }
    };

    /** Customers. */
    public static final ObjectCodec<Customer> CUSTOMER = new ObjectCodec<>() {
        @Override
        protected void writeFields(Customer value, Out out) throws IOException {
            out.text("customerNumber", value.customerNumber());
            out.value("party", value.party(), PARTY);
            out.optText("category", value.category().map(CustomerCategory::name));
            out.value("language", value.language(), LOCALE);
            out.value("currency", value.currency(), CURRENCY);
            out.value("paymentTerms", value.paymentTerms(), TermsCodecs.PAYMENT_TERMS);
            out.opt("defaultPaymentMeans", value.defaultPaymentMeans(), PAYMENT_MEANS);
            out.optText("notes", value.notes());
        }

        @Override
        protected Customer read(In in) {
            String number = in.text("customerNumber");
            Party party = in.get("party", PARTY);
            var category = in.optText("category");
            Locale language = in.get("language", LOCALE);
            CurrencyUnit currency = in.get("currency", CURRENCY);
            var terms = in.get("paymentTerms", TermsCodecs.PAYMENT_TERMS);
            var means = in.opt("defaultPaymentMeans", PAYMENT_MEANS);
            var notes = in.optText("notes");
            return in.build(() -> {
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
    };
}
