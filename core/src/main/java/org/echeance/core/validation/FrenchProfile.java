package org.echeance.core.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.echeance.core.identifier.Siren;
import org.echeance.core.invoice.AllowanceCharge;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.InvoiceNote;
import org.echeance.core.invoice.InvoiceReference;
import org.echeance.core.invoice.VatCategory;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.party.Party;
import org.echeance.core.party.PartyIdentifier;
import org.echeance.core.terms.EndOfMonth;
import org.echeance.core.terms.FrenchPaymentTermsCap;

/**
 * Checks the French rules an invoice must meet on top of EN 16931: the mentions of the Code de commerce (L441-9,
 * L441-10) and the rules of the 2026 e-invoicing reform (the "Flux 2" schematron, rules {@code BR-FR-…}).
 *
 * <p>This profile does <em>not</em> repeat the EN 16931 rules: a French invoice must pass both, so callers run
 * {@link En16931Validator#validate(Invoice)} and {@link #validate(Invoice)}, or {@link #validateAll(Invoice)}
 * which returns both lists, EN 16931 first.
 *
 * <p>Rules checked, in document order:
 *
 * <ul>
 *   <li>BR-FR-01, BR-FR-02: the invoice number (and each preceding invoice number) has at most 35 characters, all
 *       from {@code A-Z a-z 0-9 + - _ /};
 *   <li>{@code FR-L441-9-DUE}: a B2B invoice with an amount due states its due date (L441-9; the purchase order
 *       number the same article asks for cannot be checked: only the buyer knows whether there is one);
 *   <li>BR-FR-CO-07: the due date is not before the issue date;
 *   <li>{@code FR-L441-10}: on a B2B invoice the due date is at most {@link Options#maxPaymentDays()} days (60 by
 *       default) after the issue date (L441-10 I);
 *   <li>BR-FR-05: the legal mentions are notes with subject codes {@code PMT} (the indemnité forfaitaire pour
 *       frais de recouvrement of 40 EUR, B2B only), {@code PMD} (the late-payment penalties) and {@code AAB} (the
 *       early-payment discount, or « Pas d'escompte pour paiement anticipé »); the note texts are not read;
 *   <li>BR-FR-06: each of {@code PMT}, {@code PMD}, {@code AAB} and {@code TXD} appears once at most;
 *   <li>BR-FR-10: the seller has a SIREN ({@link Party#siren()}: a legal registration of scheme 0002 or 0009, or
 *       a French VAT number; a writer puts it in BT-30 with scheme 0002);
 *   <li>BR-FR-13: the seller has an electronic address (BT-34);
 *   <li>BR-FR-11: a French business buyer has a SIREN; BR-FR-12: a business buyer has an electronic address
 *       (BT-49);
 *   <li>BR-FR-CO-04: a corrected invoice (384) references exactly one preceding invoice; BR-FR-CO-05: a credit
 *       note (381) references at least one preceding invoice, each with its number and issue date;
 *   <li>BR-FR-15: VAT categories only S, E, AE, K, G, O and Z; BR-FR-16: rates only from {@link #FRENCH_VAT_RATES},
 *       on lines and document-level allowances and charges.
 * </ul>
 *
 * <p>Who is a business buyer ("B2B") is {@link Options#b2b()} when set; otherwise a buyer with a VAT number or a
 * legal registration identifier is a business and a buyer with neither is a consumer. The official schematron
 * reads the treatment from a note with subject {@code BAR}; Echeance derives it from the buyer instead. A business
 * buyer is French when its VAT number starts with {@code FR} or, without a VAT number, its address is in France;
 * only French business buyers need a SIREN (a foreign business has none).
 *
 * <p>Not checked: BR-FR-03 (years 2000 to 2099; {@code LocalDate} makes the format right), BR-FR-04 (the document
 * types Echeance supports are all allowed), BR-FR-08 (the billing mode BT-23 is not in the model), BR-FR-09 and
 * BR-FR-21 to BR-FR-24 (SIRET and electronic address formats, left to the e-invoice writer), BR-FR-17 and BR-FR-18
 * (no attachments), and the BR-FR-DEC rules (the model's scales are within them).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FrenchProfile {
    /**
     * The VAT rates, in percent, that the French "Flux 2" schematron (BR-FR-16, version 1.2.0 of 2025-11-14)
     * accepts: the current metropolitan rates 20, 10, 5.5 and 2.1; Corsica's 13 and 0.9; the overseas
     * departments' 8.5, 1.75 and 1.05; the former rates 19.6 and 7 (before 2014), 9.2, 9.6 and 20.6; and 0.
     *
     * <p>The elements have no trailing zeros, like {@link VatRate#percent()}; compare other decimals with
     * {@code compareTo}.
     */
    public static final Set<BigDecimal> FRENCH_VAT_RATES = Stream.of(
                    "0", "0.9", "1.05", "1.75", "2.1", "5.5", "7", "8.5", "9.2", "9.6", "10", "13", "19.6", "20",
                    "20.6")
            .map(BigDecimal::new)
            .collect(Collectors.toUnmodifiableSet());

    /** The VAT categories BR-FR-15 allows. */
    public static final Set<VatCategory> FRENCH_VAT_CATEGORIES = Set.of(
            VatCategory.STANDARD,
            VatCategory.EXEMPT,
            VatCategory.REVERSE_CHARGE,
            VatCategory.INTRA_COMMUNITY,
            VatCategory.EXPORT,
            VatCategory.OUTSIDE_SCOPE,
            VatCategory.ZERO_RATED);

    private static final int MAX_NUMBER_LENGTH = 35;
    private static final Pattern NUMBER_CHARACTERS = Pattern.compile("[A-Za-z0-9+\\-_/]+");
    private static final Pattern OTHER_CHARACTERS = Pattern.compile("[^A-Za-z0-9+\\-_/]");
    private static final List<String> UNIQUE_NOTE_SUBJECTS = List.of(
            InvoiceNote.RECOVERY_INDEMNITY,
            InvoiceNote.LATE_PAYMENT_PENALTIES,
            InvoiceNote.EARLY_PAYMENT_DISCOUNT,
            "TXD");

    private FrenchProfile() {}

    /**
     * Settings of the French checks that depend on the contract or on who the buyer is.
     *
     * <p>For example, {@code Options.defaults().withMaxPaymentDays(90)} for a sector whose law allows longer terms
     * (L441-11), or {@code Options.defaults().withB2b(false)} for a sale to a consumer whose buyer record carries
     * an identifier.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param maxPaymentDays the most days allowed between the issue date and the due date, zero or more; 60 by
     *     default (L441-10 I: "60 jours à compter de la date d'émission de la facture")
     * @param b2b whether the buyer is a business; empty to derive it from the buyer's identifiers
     * @param endOfMonthAgreed whether the parties expressly agreed "45 jours fin de mois", which L441-10 I allows
     *     instead of the day cap; the later of its two readings is then the limit
     */
    public record Options(int maxPaymentDays, Optional<Boolean> b2b, boolean endOfMonthAgreed) {
        /** The payment-term cap of L441-10 I, in days after the issue date. */
        public static final int DEFAULT_MAX_PAYMENT_DAYS = 60;

        /**
         * Creates options.
         *
         * @throws ValidationException if {@code maxPaymentDays} is negative
         */
        public Options {
            Objects.requireNonNull(b2b, "b2b");
            if (maxPaymentDays < 0) {
                throw ValidationException.of(
                        "ECH-FR-OPT-01", "options.maxPaymentDays", maxPaymentDays + " days is negative");
            }
        }

        /**
         * Returns the default options: a 60-day cap and the buyer's kind derived from its identifiers.
         *
         * @return the options
         */
        public static Options defaults() {
            return new Options(DEFAULT_MAX_PAYMENT_DAYS, Optional.empty(), false);
        }

        /**
         * Returns a copy with another payment-term cap.
         *
         * @param days the most days between issue date and due date, zero or more
         * @return the copy
         * @throws ValidationException if {@code days} is negative
         */
        public Options withMaxPaymentDays(int days) {
            return new Options(days, b2b, endOfMonthAgreed);
        }

        /**
         * Returns a copy for parties that expressly agreed payment at "45 jours fin de mois" (L441-10 I): a due
         * date up to the later of the two readings of that term is then accepted, besides the day cap.
         *
         * @return the copy
         */
        public Options withEndOfMonthAgreed() {
            return new Options(maxPaymentDays, b2b, true);
        }

        /**
         * Returns a copy that states whether the buyer is a business, instead of deriving it.
         *
         * @param business true for a business buyer, false for a consumer
         * @return the copy
         */
        public Options withB2b(boolean business) {
            return new Options(maxPaymentDays, Optional.of(business), endOfMonthAgreed);
        }

        /**
         * Checks if an invoice's buyer is a business: as set, or derived from the buyer having a VAT number or a
         * legal registration identifier.
         *
         * @param invoice the invoice
         * @return true for a business buyer
         */
        public boolean isB2b(Invoice invoice) {
            Objects.requireNonNull(invoice, "invoice");
            Party buyer = invoice.buyer();
            return b2b.orElseGet(() ->
                    buyer.vatNumber().isPresent() || buyer.legalRegistration().isPresent());
        }
    }

    /**
     * Returns every French rule the invoice breaks, with the default options, in document order; the EN 16931
     * rules are not included.
     *
     * @param invoice the invoice or credit note
     * @return the violations, empty when the invoice passes every French rule checked
     * @throws NullPointerException if {@code invoice} is null
     */
    public static List<Violation> validate(Invoice invoice) {
        return validate(invoice, Options.defaults());
    }

    /**
     * Returns every French rule the invoice breaks, in document order; the EN 16931 rules are not included.
     *
     * <p>For example, a due date before the issue date gives {@code dueDate: 2026-05-12 is before the issue date
     * 2026-05-13 (BR-FR-CO-07)}.
     *
     * @param invoice the invoice or credit note
     * @param options the payment-term cap and the buyer's kind
     * @return the violations, empty when the invoice passes every French rule checked
     * @throws NullPointerException if an argument is null
     */
    public static List<Violation> validate(Invoice invoice, Options options) {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(options, "options");
        List<Violation> violations = new ArrayList<>();
        boolean b2b = options.isB2b(invoice);
        header(invoice, options, b2b, violations);
        notes(invoice, b2b, violations);
        seller(invoice.seller(), violations);
        buyer(invoice, b2b, violations);
        precedingInvoices(invoice, violations);
        vatRates(invoice, violations);
        return List.copyOf(violations);
    }

    /**
     * Checks that the invoice passes every French rule, with the default options; the EN 16931 rules are not
     * checked.
     *
     * @param invoice the invoice or credit note
     * @throws NullPointerException if {@code invoice} is null
     * @throws InvoiceValidationException listing every violation, if there is at least one
     */
    public static void check(Invoice invoice) {
        check(invoice, Options.defaults());
    }

    /**
     * Checks that the invoice passes every French rule; the EN 16931 rules are not checked.
     *
     * @param invoice the invoice or credit note
     * @param options the payment-term cap and the buyer's kind
     * @throws NullPointerException if an argument is null
     * @throws InvoiceValidationException listing every violation, if there is at least one
     */
    public static void check(Invoice invoice, Options options) {
        throwIfAny(validate(invoice, options));
    }

    /**
     * Returns the EN 16931 violations followed by the French ones, with the default options.
     *
     * @param invoice the invoice or credit note
     * @return the violations, empty when the invoice passes both
     * @throws NullPointerException if {@code invoice} is null
     */
    public static List<Violation> validateAll(Invoice invoice) {
        return validateAll(invoice, Options.defaults());
    }

    /**
     * Returns the EN 16931 violations followed by the French ones.
     *
     * @param invoice the invoice or credit note
     * @param options the payment-term cap and the buyer's kind
     * @return the violations, empty when the invoice passes both
     * @throws NullPointerException if an argument is null
     */
    public static List<Violation> validateAll(Invoice invoice, Options options) {
        List<Violation> all = new ArrayList<>(En16931Validator.validate(invoice));
        all.addAll(validate(invoice, options));
        return List.copyOf(all);
    }

    /**
     * Checks that the invoice passes both EN 16931 and the French rules, with the default options.
     *
     * @param invoice the invoice or credit note
     * @throws NullPointerException if {@code invoice} is null
     * @throws InvoiceValidationException listing every violation of both, if there is at least one
     */
    public static void checkAll(Invoice invoice) {
        throwIfAny(validateAll(invoice));
    }

    private static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvoiceValidationException(violations);
        }
    }

    private static void header(Invoice invoice, Options options, boolean b2b, List<Violation> out) {
        invoice.number().ifPresent(number -> invoiceNumber(number, "number", out));
        boolean payable =
                !invoice.isCreditNote() && invoice.totals().amountDue().isPositive();
        if (b2b && payable && invoice.dueDate().isEmpty()) {
            out.add(new Violation(
                    "FR-L441-9-DUE",
                    "dueDate",
                    "the due date is missing; an invoice between businesses states it (Code de commerce L441-9)"));
        }
        if (invoice.dueDate().isEmpty() || invoice.issueDate().isEmpty()) {
            return;
        }
        LocalDate due = invoice.dueDate().get();
        LocalDate issued = invoice.issueDate().get();
        if (due.isBefore(issued)) {
            out.add(new Violation("BR-FR-CO-07", "dueDate", due + " is before the issue date " + issued));
        }
        long days = ChronoUnit.DAYS.between(issued, due);
        LocalDate limit = issued.plusDays(options.maxPaymentDays());
        if (options.endOfMonthAgreed()) {
            LocalDate endOfMonth = FrenchPaymentTermsCap.latestDueDate(EndOfMonth.thenDays(45), issued);
            limit = endOfMonth.isAfter(limit) ? endOfMonth : limit;
        }
        if (b2b && !invoice.isCreditNote() && due.isAfter(limit)) {
            out.add(new Violation(
                    "FR-L441-10",
                    "dueDate",
                    due + " is " + days + " days after the issue date " + issued + "; payment terms between"
                            + " businesses are capped at " + options.maxPaymentDays() + " days"
                            + (options.endOfMonthAgreed() ? " or 45 days end of month, here " + limit : "")
                            + " (Code de commerce L441-10)"));
        }
    }

    private static void invoiceNumber(String number, String path, List<Violation> out) {
        if (number.length() > MAX_NUMBER_LENGTH) {
            out.add(new Violation(
                    "BR-FR-01",
                    path,
                    "\"" + number + "\" has " + number.length() + " characters; 35 at most are allowed"));
        }
        if (!NUMBER_CHARACTERS.matcher(number).matches()) {
            String others = OTHER_CHARACTERS
                    .matcher(number)
                    .results()
                    .map(m -> "'" + m.group() + "'")
                    .distinct()
                    .collect(Collectors.joining(", "));
            out.add(new Violation(
                    "BR-FR-02",
                    path,
                    "\"" + number + "\" contains " + (others.isEmpty() ? "no character" : others)
                            + "; only A-Z a-z 0-9 + - _ / are allowed"));
        }
    }

    private static void notes(Invoice invoice, boolean b2b, List<Violation> out) {
        List<InvoiceNote> notes = invoice.notes();
        if (b2b && !hasNote(notes, InvoiceNote.RECOVERY_INDEMNITY)) {
            out.add(new Violation(
                    "BR-FR-05",
                    "notes",
                    "the mention of the 40 EUR recovery indemnity (indemnité forfaitaire pour frais de"
                            + " recouvrement, note subject PMT) is missing"));
        }
        if (!hasNote(notes, InvoiceNote.LATE_PAYMENT_PENALTIES)) {
            out.add(new Violation(
                    "BR-FR-05", "notes", "the mention of the late-payment penalty rate (note subject PMD) is missing"));
        }
        if (!hasNote(notes, InvoiceNote.EARLY_PAYMENT_DISCOUNT)) {
            out.add(new Violation(
                    "BR-FR-05",
                    "notes",
                    "the mention of the early-payment discount terms, or « Pas d'escompte pour paiement anticipé »"
                            + " (note subject AAB), is missing"));
        }
        for (String subject : UNIQUE_NOTE_SUBJECTS) {
            boolean seen = false;
            for (int i = 0; i < notes.size(); i++) {
                if (!notes.get(i).subjectCode().filter(subject::equals).isPresent()) {
                    continue;
                }
                if (seen) {
                    out.add(new Violation(
                            "BR-FR-06",
                            "notes[" + i + "].subjectCode",
                            "note subject " + subject + " appears more than once; one note per subject"));
                }
                seen = true;
            }
        }
    }

    private static boolean hasNote(List<InvoiceNote> notes, String subject) {
        return notes.stream()
                .anyMatch(n -> n.subjectCode().filter(subject::equals).isPresent());
    }

    private static void seller(Party seller, List<Violation> out) {
        sirenOf(seller, "seller", "BR-FR-10", out);
        if (seller.electronicAddress().isEmpty()) {
            out.add(new Violation(
                    "BR-FR-13",
                    "seller.electronicAddress",
                    "the seller's electronic address (BT-34) is missing; the platforms route invoices with it"));
        }
    }

    private static void buyer(Invoice invoice, boolean b2b, List<Violation> out) {
        if (!b2b) {
            return;
        }
        Party buyer = invoice.buyer();
        if (isFrench(buyer)) {
            sirenOf(buyer, "buyer", "BR-FR-11", out);
        }
        if (buyer.electronicAddress().isEmpty()) {
            out.add(new Violation(
                    "BR-FR-12",
                    "buyer.electronicAddress",
                    "the buyer's electronic address (BT-49) is missing; the platforms route invoices with it"));
        }
    }

    /** Checks if a party is established in France: an FR VAT number or, without a VAT number, a French address. */
    private static boolean isFrench(Party party) {
        if (party.vatNumber().isPresent()) {
            return party.vatNumber().get().countryCode().equals("FR");
        }
        return party.address().filter(a -> a.countryCode().equals("FR")).isPresent();
    }

    /** Reports a missing SIREN of a party (a SIREN or SIRET registration is valid by construction). */
    private static void sirenOf(Party party, String role, String rule, List<Violation> out) {
        String path = role + ".legalRegistration";
        Optional<PartyIdentifier> registration = party.legalRegistration();
        if (registration.isPresent() && registration.get().siren().isPresent()) {
            return;
        }
        Optional<Siren> fromVat = party.vatNumber().flatMap(v -> v.siren());
        if (fromVat.isEmpty()) {
            out.add(new Violation(
                    rule,
                    path,
                    "the " + role + "'s SIREN is missing; give a legal registration of scheme 0002 (SIREN) or 0009"
                            + " (SIRET), or a French VAT number"));
        }
    }

    private static void precedingInvoices(Invoice invoice, List<Violation> out) {
        List<InvoiceReference> references = invoice.precedingInvoices();
        if (invoice.documentType() == DocumentType.CORRECTED_INVOICE && references.size() != 1) {
            out.add(new Violation(
                    "BR-FR-CO-04",
                    "precedingInvoices",
                    "a corrected invoice (384) references exactly one preceding invoice, found " + references.size()));
        }
        if (invoice.documentType() == DocumentType.CREDIT_NOTE) {
            if (references.isEmpty()) {
                out.add(new Violation(
                        "BR-FR-CO-05",
                        "precedingInvoices",
                        "a credit note (381) references the invoice it credits, with its number and date; found none"));
            }
            for (int i = 0; i < references.size(); i++) {
                if (references.get(i).issueDate().isEmpty()) {
                    out.add(new Violation(
                            "BR-FR-CO-05",
                            "precedingInvoices[" + i + "].issueDate",
                            "the issue date of preceding invoice "
                                    + references.get(i).number()
                                    + " is missing; a credit note names the number and date of what it credits"));
                }
            }
        }
        for (int i = 0; i < references.size(); i++) {
            invoiceNumber(references.get(i).number(), "precedingInvoices[" + i + "].number", out);
        }
    }

    private static void vatRates(Invoice invoice, List<Violation> out) {
        List<InvoiceLine> lines = invoice.lines();
        for (int i = 0; i < lines.size(); i++) {
            vatRate(lines.get(i).vatRate(), "lines[" + i + "].vatRate", out);
        }
        List<AllowanceCharge> acs = invoice.allowancesCharges();
        for (int j = 0; j < acs.size(); j++) {
            String path = "allowancesCharges[" + j + "].vatRate";
            acs.get(j).vatRate().ifPresent(rate -> vatRate(rate, path, out));
        }
    }

    private static void vatRate(VatRate rate, String path, List<Violation> out) {
        if (!FRENCH_VAT_CATEGORIES.contains(rate.category())) {
            out.add(new Violation(
                    "BR-FR-15",
                    path,
                    "VAT category " + rate.category().code() + " is not used in France; use S, E, AE, K, G, O or Z"));
        }
        if (FRENCH_VAT_RATES.stream().noneMatch(r -> r.compareTo(rate.percent()) == 0)) {
            out.add(new Violation(
                    "BR-FR-16", path, "VAT rate " + rate.percent().toPlainString() + " % is not a French rate"));
        }
    }
}
