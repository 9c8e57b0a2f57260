package org.echeance.core.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.echeance.core.customer.Customer;
import org.echeance.core.invoice.internal.TotalsCalculator;
import org.echeance.core.invoice.internal.TotalsCalculator.Exemption;
import org.echeance.core.money.Amounts;
import org.echeance.core.numbering.NumberingRequest;
import org.echeance.core.numbering.NumberingStrategy;
import org.echeance.core.party.Party;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.payment.PaymentInstructions;
import org.echeance.core.terms.EarlyPaymentDiscount;
import org.echeance.core.terms.LatePaymentTerms;
import org.echeance.core.terms.PaymentTerms;
import org.echeance.core.validation.En16931Validator;
import org.echeance.core.validation.InvoiceValidationException;
import org.echeance.core.validation.Violation;

/**
 * An invoice or credit note (EN 16931 core invoice model): parties, dates, references, lines, document-level
 * allowances and charges, notes, payment instructions, and the totals computed from them.
 *
 * <p>Built with {@link #builder(DocumentType, CurrencyUnit)}. Building checks the structure and reports every
 * fault at once in an {@link InvoiceValidationException}: missing parties, amounts in another currency, duplicate
 * line ids, amounts with more decimals than the currency, a credit note with a negative total… The EN 16931
 * business rules that need the whole document (a seller VAT number for standard-rated lines, exemption reasons,
 * …) are checked separately by {@link org.echeance.core.validation.En16931Validator}, so that drafts can be
 * built before they are complete.
 *
 * <p>The totals ({@link #totals()}) are computed once, when the invoice is built, and are never typed in.
 *
 * <p>A draft has no number and no issue date; numbering happens when the invoice is issued. Two invoices are
 * equal when all their parts are equal. This class is immutable and thread-safe.
 */
public final class Invoice {
    private final DocumentType documentType;
    private final Optional<String> number;
    private final Optional<LocalDate> issueDate;
    private final Optional<LocalDate> dueDate;
    private final CurrencyUnit currency;
    private final Optional<ExchangeRate> taxExchangeRate;
    private final PriceEntry priceEntry;
    private final Party seller;
    private final Party buyer;
    private final Optional<Party> payee;
    private final Optional<String> buyerReference;
    private final Optional<String> purchaseOrderReference;
    private final List<InvoiceReference> precedingInvoices;
    private final Optional<LocalDate> deliveryDate;
    private final Optional<InvoicePeriod> invoicingPeriod;
    private final Optional<PostalAddress> deliverTo;
    private final List<InvoiceLine> lines;
    private final List<AllowanceCharge> allowancesCharges;
    private final List<InvoiceNote> notes;
    private final Optional<PaymentInstructions> paymentInstructions;
    private final Optional<String> paymentTerms;
    private final InvoiceTotals totals;

    private Invoice(Builder b, InvoiceTotals totals) {
        this.documentType = b.documentType;
        this.number = b.number;
        this.issueDate = b.issueDate;
        this.dueDate = b.dueDate;
        this.currency = b.currency;
        this.taxExchangeRate = b.taxExchangeRate;
        this.priceEntry = b.priceEntry;
        this.seller = b.seller;
        this.buyer = b.buyer;
        this.payee = b.payee;
        this.buyerReference = b.buyerReference;
        this.purchaseOrderReference = b.purchaseOrderReference;
        this.precedingInvoices = List.copyOf(b.precedingInvoices);
        this.deliveryDate = b.deliveryDate;
        this.invoicingPeriod = b.invoicingPeriod;
        this.deliverTo = b.deliverTo;
        this.lines = List.copyOf(b.lines);
        this.allowancesCharges = List.copyOf(b.allowancesCharges);
        this.notes = List.copyOf(b.notes);
        this.paymentInstructions = b.paymentInstructions;
        this.paymentTerms = b.paymentTerms;
        this.totals = totals;
    }

    /**
     * Starts building an invoice of a type in a currency.
     *
     * @param type the document type (BT-3)
     * @param currency the invoice currency (BT-5)
     * @return a builder
     */
    public static Builder builder(DocumentType type, CurrencyUnit currency) {
        return new Builder(type, currency);
    }

    /**
     * Returns a builder initialised with this invoice's parts, to build a changed copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(documentType, currency);
        b.number = number;
        b.issueDate = issueDate;
        b.dueDate = dueDate;
        b.taxExchangeRate = taxExchangeRate;
        b.priceEntry = priceEntry;
        b.seller = seller;
        b.buyer = buyer;
        b.payee = payee;
        b.buyerReference = buyerReference;
        b.purchaseOrderReference = purchaseOrderReference;
        b.precedingInvoices.addAll(precedingInvoices);
        b.deliveryDate = deliveryDate;
        b.invoicingPeriod = invoicingPeriod;
        b.deliverTo = deliverTo;
        b.lines.addAll(lines);
        b.allowancesCharges.addAll(allowancesCharges);
        b.notes.addAll(notes);
        b.paymentInstructions = paymentInstructions;
        b.paymentTerms = paymentTerms;
        if (priceEntry == PriceEntry.NET) {
            b.roundingAmount = Optional.of(totals.roundingAmount());
        }
        b.prepaidAmount = Optional.of(totals.prepaidAmount());
        return b;
    }

    /**
     * Returns the document type (BT-3).
     *
     * @return the type
     */
    public DocumentType documentType() {
        return documentType;
    }

    /**
     * Returns the invoice number (BT-1); a draft has none.
     *
     * @return the number, if assigned
     */
    public Optional<String> number() {
        return number;
    }

    /**
     * Returns the issue date (BT-2); a draft may have none.
     *
     * @return the issue date, if set
     */
    public Optional<LocalDate> issueDate() {
        return issueDate;
    }

    /**
     * Returns the payment due date (BT-9).
     *
     * @return the due date, if set
     */
    public Optional<LocalDate> dueDate() {
        return dueDate;
    }

    /**
     * Returns the invoice currency (BT-5).
     *
     * @return the currency
     */
    public CurrencyUnit currency() {
        return currency;
    }

    /**
     * Returns the VAT accounting currency (BT-6) and the rate to it, when it differs from the invoice currency.
     *
     * @return the exchange rate, if any
     */
    public Optional<ExchangeRate> taxExchangeRate() {
        return taxExchangeRate;
    }

    /**
     * Returns how prices were entered: net (the EN 16931 model) or VAT-inclusive.
     *
     * @return the price entry mode
     */
    public PriceEntry priceEntry() {
        return priceEntry;
    }

    /**
     * Returns the seller (BG-4).
     *
     * @return the seller
     */
    public Party seller() {
        return seller;
    }

    /**
     * Returns the buyer (BG-7).
     *
     * @return the buyer
     */
    public Party buyer() {
        return buyer;
    }

    /**
     * Returns the payee (BG-10), when it is not the seller.
     *
     * @return the payee, if any
     */
    public Optional<Party> payee() {
        return payee;
    }

    /**
     * Returns the buyer reference (BT-10).
     *
     * @return the reference, if any
     */
    public Optional<String> buyerReference() {
        return buyerReference;
    }

    /**
     * Returns the purchase order reference (BT-13), a French legal mention when the buyer gave one.
     *
     * @return the reference, if any
     */
    public Optional<String> purchaseOrderReference() {
        return purchaseOrderReference;
    }

    /**
     * Returns the preceding invoices this document refers to (BG-3).
     *
     * @return the references, possibly empty
     */
    public List<InvoiceReference> precedingInvoices() {
        return precedingInvoices;
    }

    /**
     * Returns the actual delivery date (BT-72).
     *
     * @return the date, if stated
     */
    public Optional<LocalDate> deliveryDate() {
        return deliveryDate;
    }

    /**
     * Returns the invoicing period (BG-14).
     *
     * @return the period, if stated
     */
    public Optional<InvoicePeriod> invoicingPeriod() {
        return invoicingPeriod;
    }

    /**
     * Returns the deliver-to address (BG-15).
     *
     * @return the address, if stated
     */
    public Optional<PostalAddress> deliverTo() {
        return deliverTo;
    }

    /**
     * Returns the lines (BG-25), in order.
     *
     * @return the lines
     */
    public List<InvoiceLine> lines() {
        return lines;
    }

    /**
     * Returns the document-level allowances and charges (BG-20, BG-21), as entered.
     *
     * @return the allowances and charges, possibly empty
     */
    public List<AllowanceCharge> allowancesCharges() {
        return allowancesCharges;
    }

    /**
     * Returns the notes (BG-1).
     *
     * @return the notes, possibly empty
     */
    public List<InvoiceNote> notes() {
        return notes;
    }

    /**
     * Returns the payment instructions (BG-16).
     *
     * @return the instructions, if any
     */
    public Optional<PaymentInstructions> paymentInstructions() {
        return paymentInstructions;
    }

    /**
     * Returns the payment terms text (BT-20).
     *
     * @return the text, if any
     */
    public Optional<String> paymentTerms() {
        return paymentTerms;
    }

    /**
     * Returns the totals computed from the lines, allowances and charges.
     *
     * @return the totals
     */
    public InvoiceTotals totals() {
        return totals;
    }

    /**
     * Checks if this document is a draft: it has no number yet.
     *
     * @return true while the document has not been issued
     */
    public boolean isDraft() {
        return number.isEmpty();
    }

    /**
     * Returns a copy of this draft, issued with a number taken from a numbering strategy on a date.
     *
     * <p>The draft is first checked against the EN 16931 business rules (all but BR-02, the number it is about to
     * get) with its issue and due dates set: a draft that fails is refused before any number is taken, so a
     * refusal never burns a number. The due date is the draft's own if it has one, else the one the payment terms
     * give for the issue date.
     *
     * @param numbering where the number comes from
     * @param issueDate the issue date (BT-2)
     * @param terms the payment terms that give the due date when the draft has none
     * @return the issued invoice
     * @throws InvoiceStateException if this document is already issued (ECH-LIFE-01)
     * @throws InvoiceValidationException listing every business rule the draft breaks
     */
    public Invoice issue(NumberingStrategy numbering, LocalDate issueDate, PaymentTerms terms) {
        return issue(numbering, issueDate, terms, Optional.empty());
    }

    /**
     * Returns a copy of this draft for a customer, issued with a number taken from a numbering strategy on a date:
     * the customer's payment terms give the due date when the draft has none, and its customer number reaches the
     * numbering strategy (for per-customer series and {@code {customer}} patterns).
     *
     * @param numbering where the number comes from
     * @param issueDate the issue date (BT-2)
     * @param customer the customer billed
     * @return the issued invoice
     * @throws InvoiceStateException if this document is already issued (ECH-LIFE-01)
     * @throws InvoiceValidationException listing every business rule the draft breaks
     */
    public Invoice issue(NumberingStrategy numbering, LocalDate issueDate, Customer customer) {
        Objects.requireNonNull(customer, "customer");
        return issue(numbering, issueDate, customer.paymentTerms(), Optional.of(customer.customerNumber()));
    }

    private Invoice issue(
            NumberingStrategy numbering, LocalDate issueDate, PaymentTerms terms, Optional<String> customerNumber) {
        Objects.requireNonNull(numbering, "numbering");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(terms, "terms");
        Builder candidate = toBuilder().issueDate(issueDate);
        if (dueDate.isEmpty()) {
            candidate.dueDate(terms.dueDate(issueDate));
        }
        return candidate
                .build()
                .issueChecked(() -> numbering.nextNumber(NumberingRequest.of(this, issueDate, customerNumber)));
    }

    /**
     * Returns a copy of this draft, issued with a given number on a date; the due date stays as set on the draft.
     *
     * <p>As with {@link #issue(NumberingStrategy, LocalDate, PaymentTerms)}, the draft is checked against EN 16931
     * before it is numbered.
     *
     * @param invoiceNumber the number (BT-1)
     * @param issueDate the issue date (BT-2)
     * @return the issued invoice
     * @throws InvoiceStateException if this document is already issued (ECH-LIFE-01)
     * @throws InvoiceValidationException listing every business rule the draft breaks
     */
    public Invoice issue(String invoiceNumber, LocalDate issueDate) {
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(issueDate, "issueDate");
        return toBuilder().issueDate(issueDate).build().issueChecked(() -> invoiceNumber);
    }

    private Invoice issueChecked(java.util.function.Supplier<String> numberSource) {
        if (!isDraft()) {
            throw new InvoiceStateException(
                    "ECH-LIFE-01", number.orElseThrow(), "an issued " + documentName() + " is never issued again");
        }
        List<Violation> violations = new ArrayList<>();
        for (Violation v : En16931Validator.validate(this)) {
            if (!v.ruleId().equals("BR-02")) {
                violations.add(v);
            }
        }
        if (!violations.isEmpty()) {
            throw new InvoiceValidationException(violations);
        }
        String taken = numberSource.get();
        if (taken == null || taken.isBlank()) {
            throw new InvoiceStateException("ECH-LIFE-02", "(draft)", "the numbering strategy gave no number");
        }
        return toBuilder().number(taken).build();
    }

    private String documentName() {
        return isCreditNote() ? "credit note" : "invoice";
    }

    /**
     * Checks if this document is a credit note.
     *
     * @return true for a credit note (381)
     */
    public boolean isCreditNote() {
        return documentType.isCreditNote();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Invoice)) {
            return false;
        }
        Invoice i = (Invoice) o;
        return documentType == i.documentType
                && number.equals(i.number)
                && issueDate.equals(i.issueDate)
                && dueDate.equals(i.dueDate)
                && currency.equals(i.currency)
                && taxExchangeRate.equals(i.taxExchangeRate)
                && priceEntry == i.priceEntry
                && seller.equals(i.seller)
                && buyer.equals(i.buyer)
                && payee.equals(i.payee)
                && buyerReference.equals(i.buyerReference)
                && purchaseOrderReference.equals(i.purchaseOrderReference)
                && precedingInvoices.equals(i.precedingInvoices)
                && deliveryDate.equals(i.deliveryDate)
                && invoicingPeriod.equals(i.invoicingPeriod)
                && deliverTo.equals(i.deliverTo)
                && lines.equals(i.lines)
                && allowancesCharges.equals(i.allowancesCharges)
                && notes.equals(i.notes)
                && paymentInstructions.equals(i.paymentInstructions)
                && paymentTerms.equals(i.paymentTerms)
                && totals.equals(i.totals);
    }

    @Override
    public int hashCode() {
        return Objects.hash(documentType, number, issueDate, currency, seller, buyer, lines);
    }

    @Override
    public String toString() {
        return "Invoice[" + documentType.code() + " " + number.orElse("(draft)") + ", " + seller.legalName() + " → "
                + buyer.legalName() + ", " + lines.size() + " lines, due " + totals.amountDue() + "]";
    }

    /**
     * Builds an {@link Invoice}. A builder is not thread-safe; the invoice it builds is.
     */
    public static final class Builder {
        private final DocumentType documentType;
        private final CurrencyUnit currency;
        private Optional<String> number = Optional.empty();
        private Optional<LocalDate> issueDate = Optional.empty();
        private Optional<LocalDate> dueDate = Optional.empty();
        private Optional<ExchangeRate> taxExchangeRate = Optional.empty();
        private PriceEntry priceEntry = PriceEntry.NET;
        private Party seller;
        private Party buyer;
        private Optional<Party> payee = Optional.empty();
        private Optional<String> buyerReference = Optional.empty();
        private Optional<String> purchaseOrderReference = Optional.empty();
        private final List<InvoiceReference> precedingInvoices = new ArrayList<>();
        private Optional<LocalDate> deliveryDate = Optional.empty();
        private Optional<InvoicePeriod> invoicingPeriod = Optional.empty();
        private Optional<PostalAddress> deliverTo = Optional.empty();
        private final List<InvoiceLine> lines = new ArrayList<>();
        private final List<AllowanceCharge> allowancesCharges = new ArrayList<>();
        private final List<InvoiceNote> notes = new ArrayList<>();
        private Optional<PaymentInstructions> paymentInstructions = Optional.empty();
        private Optional<String> paymentTerms = Optional.empty();
        private Optional<MonetaryAmount> prepaidAmount = Optional.empty();
        private Optional<MonetaryAmount> roundingAmount = Optional.empty();

        private Builder(DocumentType documentType, CurrencyUnit currency) {
            this.documentType = Objects.requireNonNull(documentType, "documentType");
            this.currency = Objects.requireNonNull(currency, "currency");
        }

        /**
         * Sets the invoice number (BT-1). Normally assigned when the invoice is issued.
         *
         * @param value the number
         * @return this builder
         */
        public Builder number(String value) {
            this.number = Optional.of(Objects.requireNonNull(value, "number"));
            return this;
        }

        /**
         * Sets the issue date (BT-2).
         *
         * @param date the date
         * @return this builder
         */
        public Builder issueDate(LocalDate date) {
            this.issueDate = Optional.of(Objects.requireNonNull(date, "issueDate"));
            return this;
        }

        /**
         * Sets the payment due date (BT-9).
         *
         * @param date the date
         * @return this builder
         */
        public Builder dueDate(LocalDate date) {
            this.dueDate = Optional.of(Objects.requireNonNull(date, "dueDate"));
            return this;
        }

        /**
         * Sets the VAT accounting currency (BT-6) and the rate to convert the VAT into it.
         *
         * @param rate the exchange rate; its currency must differ from the invoice currency
         * @return this builder
         */
        public Builder taxExchangeRate(ExchangeRate rate) {
            this.taxExchangeRate = Optional.of(Objects.requireNonNull(rate, "taxExchangeRate"));
            return this;
        }

        /**
         * Sets how prices and allowance amounts are entered (net by default).
         *
         * @param entry the price entry mode
         * @return this builder
         */
        public Builder priceEntry(PriceEntry entry) {
            this.priceEntry = Objects.requireNonNull(entry, "priceEntry");
            return this;
        }

        /**
         * Sets the seller (BG-4).
         *
         * @param party the seller
         * @return this builder
         */
        public Builder seller(Party party) {
            this.seller = Objects.requireNonNull(party, "seller");
            return this;
        }

        /**
         * Sets the buyer (BG-7).
         *
         * @param party the buyer
         * @return this builder
         */
        public Builder buyer(Party party) {
            this.buyer = Objects.requireNonNull(party, "buyer");
            return this;
        }

        /**
         * Sets the payee (BG-10), when it is not the seller.
         *
         * @param party the payee
         * @return this builder
         */
        public Builder payee(Party party) {
            this.payee = Optional.of(Objects.requireNonNull(party, "payee"));
            return this;
        }

        /**
         * Sets the buyer reference (BT-10).
         *
         * @param reference the reference
         * @return this builder
         */
        public Builder buyerReference(String reference) {
            this.buyerReference = Optional.of(Objects.requireNonNull(reference, "buyerReference"));
            return this;
        }

        /**
         * Sets the purchase order reference (BT-13).
         *
         * @param reference the buyer's order number
         * @return this builder
         */
        public Builder purchaseOrderReference(String reference) {
            this.purchaseOrderReference = Optional.of(Objects.requireNonNull(reference, "purchaseOrderReference"));
            return this;
        }

        /**
         * Adds a reference to a preceding invoice (BG-3).
         *
         * @param reference the reference
         * @return this builder
         */
        public Builder precedingInvoice(InvoiceReference reference) {
            precedingInvoices.add(Objects.requireNonNull(reference, "precedingInvoice"));
            return this;
        }

        /**
         * Sets the actual delivery date (BT-72).
         *
         * @param date the date
         * @return this builder
         */
        public Builder deliveryDate(LocalDate date) {
            this.deliveryDate = Optional.of(Objects.requireNonNull(date, "deliveryDate"));
            return this;
        }

        /**
         * Sets the invoicing period (BG-14).
         *
         * @param period the period
         * @return this builder
         */
        public Builder invoicingPeriod(InvoicePeriod period) {
            this.invoicingPeriod = Optional.of(Objects.requireNonNull(period, "invoicingPeriod"));
            return this;
        }

        /**
         * Sets the deliver-to address (BG-15).
         *
         * @param address the address
         * @return this builder
         */
        public Builder deliverTo(PostalAddress address) {
            this.deliverTo = Optional.of(Objects.requireNonNull(address, "deliverTo"));
            return this;
        }

        /**
         * Adds a line.
         *
         * @param line the line
         * @return this builder
         */
        public Builder line(InvoiceLine line) {
            lines.add(Objects.requireNonNull(line, "line"));
            return this;
        }

        /**
         * Adds a document-level allowance or charge; it must carry a VAT rate.
         *
         * @param allowanceCharge the allowance or charge
         * @return this builder
         */
        public Builder allowanceCharge(AllowanceCharge allowanceCharge) {
            allowancesCharges.add(Objects.requireNonNull(allowanceCharge, "allowanceCharge"));
            return this;
        }

        /**
         * Adds a note.
         *
         * @param note the note
         * @return this builder
         */
        public Builder note(InvoiceNote note) {
            notes.add(Objects.requireNonNull(note, "note"));
            return this;
        }

        /**
         * Adds the payment notes French law asks for (L441-9), with the subject codes of the 2026 reform
         * (BR-FR-05): the late-payment penalties ({@code PMD}), the fixed recovery indemnity between businesses
         * ({@code PMT}) and the early-payment discount statement ({@code AAB}).
         *
         * @param late the late-payment terms
         * @param discount the early-payment discount, or {@link EarlyPaymentDiscount#none()}
         * @param locale the language of the notes
         * @return this builder
         */
        public Builder paymentNotes(LatePaymentTerms late, EarlyPaymentDiscount discount, Locale locale) {
            Objects.requireNonNull(late, "late");
            Objects.requireNonNull(discount, "discount");
            Objects.requireNonNull(locale, "locale");
            notes.add(InvoiceNote.of(InvoiceNote.LATE_PAYMENT_PENALTIES, late.penaltyMention(locale)));
            late.recoveryIndemnityMention(locale)
                    .ifPresent(text -> notes.add(InvoiceNote.of(InvoiceNote.RECOVERY_INDEMNITY, text)));
            notes.add(InvoiceNote.of(InvoiceNote.EARLY_PAYMENT_DISCOUNT, discount.describe(locale)));
            return this;
        }

        /**
         * Deducts an issued prepayment (deposit) invoice from this final invoice: its amount due is added to the
         * paid amount (BT-113) and it is referenced with its number and date (BG-3), as French law asks.
         *
         * @param deposit the issued prepayment invoice (type 386), in this invoice's currency
         * @return this builder
         * @throws InvoiceStateException if the document is not an issued prepayment invoice (ECH-LIFE-04)
         * @throws org.echeance.core.money.CurrencyMismatchException if it is in another currency
         */
        public Builder deductPrepayment(Invoice deposit) {
            Objects.requireNonNull(deposit, "deposit");
            if (deposit.documentType() != DocumentType.PREPAYMENT_INVOICE
                    || deposit.isDraft()
                    || deposit.issueDate().isEmpty()) {
                throw new InvoiceStateException(
                        "ECH-LIFE-04",
                        deposit.number().orElse("(draft)"),
                        "only an issued prepayment invoice (386) is deducted from a final invoice");
            }
            BigDecimal paid = Amounts.decimal(deposit.totals().amountDue(), currency, "prepaidAmount");
            BigDecimal already = prepaidAmount.map(Amounts::decimal).orElse(BigDecimal.ZERO);
            prepaidAmount = Optional.of(Amounts.money(already.add(paid), currency));
            precedingInvoices.add(InvoiceReference.of(
                    deposit.number().orElseThrow(), deposit.issueDate().orElseThrow()));
            return this;
        }

        /**
         * Sets the payment instructions (BG-16).
         *
         * @param instructions the instructions
         * @return this builder
         */
        public Builder paymentInstructions(PaymentInstructions instructions) {
            this.paymentInstructions = Optional.of(Objects.requireNonNull(instructions, "paymentInstructions"));
            return this;
        }

        /**
         * Sets the payment terms text (BT-20).
         *
         * @param text the terms, such as {@code "30 jours net"}
         * @return this builder
         */
        public Builder paymentTerms(String text) {
            this.paymentTerms = Optional.of(Objects.requireNonNull(text, "paymentTerms"));
            return this;
        }

        /**
         * Sets the amount already paid (BT-113), such as a deposit.
         *
         * @param amount the amount
         * @return this builder
         */
        public Builder prepaidAmount(MonetaryAmount amount) {
            this.prepaidAmount = Optional.of(Objects.requireNonNull(amount, "prepaidAmount"));
            return this;
        }

        /**
         * Sets the rounding amount (BT-114) of a net-price invoice, such as a cash rounding. Invoices with
         * VAT-inclusive prices compute their own.
         *
         * @param amount the amount
         * @return this builder
         */
        public Builder roundingAmount(MonetaryAmount amount) {
            this.roundingAmount = Optional.of(Objects.requireNonNull(amount, "roundingAmount"));
            return this;
        }

        /**
         * Builds the invoice and computes its totals.
         *
         * @return the invoice
         * @throws InvoiceValidationException listing every structural fault found
         */
        public Invoice build() {
            List<Violation> violations = new ArrayList<>();
            checkStructure(violations);
            Map<VatRate, Exemption> exemptions = exemptions(violations);
            if (!violations.isEmpty()) {
                throw new InvoiceValidationException(violations);
            }
            InvoiceTotals totals = TotalsCalculator.compute(
                    currency,
                    priceEntry,
                    lines,
                    allowancesCharges,
                    prepaidAmount.map(Amounts::decimal).orElse(BigDecimal.ZERO),
                    roundingAmount.map(Amounts::decimal).orElse(BigDecimal.ZERO),
                    taxExchangeRate,
                    exemptions);
            if (documentType.isCreditNote() && totals.taxInclusiveAmount().isNegative()) {
                throw new InvoiceValidationException(List.of(new Violation(
                        "ECH-SIGN-01",
                        "totals.taxInclusiveAmount",
                        "a credit note carries positive amounts, found " + totals.taxInclusiveAmount()
                                + "; credit the buyer with positive lines or issue an invoice")));
            }
            return new Invoice(this, totals);
        }

        private void checkStructure(List<Violation> v) {
            if (seller == null) {
                v.add(new Violation("ECH-INV-01", "seller", "the seller is missing"));
            }
            if (buyer == null) {
                v.add(new Violation("ECH-INV-01", "buyer", "the buyer is missing"));
            }
            if (taxExchangeRate.isPresent()
                    && taxExchangeRate.get().taxCurrency().equals(currency)) {
                v.add(new Violation(
                        "ECH-CUR-02",
                        "taxExchangeRate.taxCurrency",
                        "the VAT accounting currency " + currency + " equals the invoice currency; leave it out"));
            }
            if (priceEntry == PriceEntry.VAT_INCLUSIVE && roundingAmount.isPresent()) {
                v.add(new Violation(
                        "ECH-GROSS-01",
                        "roundingAmount",
                        "an invoice with VAT-inclusive prices computes its own rounding amount"));
            }
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < lines.size(); i++) {
                InvoiceLine line = lines.get(i);
                String path = "lines[" + i + "]";
                if (!ids.add(line.id())) {
                    v.add(new Violation("ECH-LINE-01", path + ".id", "line id \"" + line.id() + "\" is used twice"));
                }
                checkCurrency(v, path + ".price.netPrice", line.price().netPrice());
                line.price().grossPrice().ifPresent(p -> checkCurrency(v, path + ".price.grossPrice", p));
                for (int j = 0; j < line.allowancesCharges().size(); j++) {
                    AllowanceCharge ac = line.allowancesCharges().get(j);
                    checkCurrency(v, path + ".allowancesCharges[" + j + "].amount", ac.amount());
                }
            }
            for (int j = 0; j < allowancesCharges.size(); j++) {
                AllowanceCharge ac = allowancesCharges.get(j);
                String path = "allowancesCharges[" + j + "]";
                checkCurrency(v, path + ".amount", ac.amount());
                if (ac.vatRate().isEmpty()) {
                    v.add(new Violation(
                            ac.isCharge() ? "BR-37" : "BR-32",
                            path + ".vatRate",
                            "a document-level " + (ac.isCharge() ? "charge" : "allowance") + " needs a VAT category"));
                }
            }
            prepaidAmount.ifPresent(a -> checkAmount(v, "prepaidAmount", a, "BR-DEC-16"));
            roundingAmount.ifPresent(a -> checkAmount(v, "roundingAmount", a, "BR-DEC-17"));
        }

        private void checkAmount(List<Violation> v, String path, MonetaryAmount amount, String decimalsRule) {
            if (checkCurrency(v, path, amount)
                    && !Amounts.hasCurrencyScale(Amounts.decimal(amount), amount.getCurrency())) {
                v.add(new Violation(decimalsRule, path, amount + " has more decimals than " + currency + " allows"));
            }
        }

        private boolean checkCurrency(List<Violation> v, String path, MonetaryAmount amount) {
            if (!amount.getCurrency().equals(currency)) {
                v.add(new Violation(
                        "ECH-CUR-01",
                        path,
                        "currency " + amount.getCurrency() + " does not match the invoice currency " + currency));
                return false;
            }
            return true;
        }

        /** Collects one exemption reason per VAT rate from the lines; different reasons in one group are a fault. */
        private Map<VatRate, Exemption> exemptions(List<Violation> v) {
            Map<VatRate, Exemption> result = new LinkedHashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                InvoiceLine line = lines.get(i);
                if (line.exemptionReason().isEmpty()
                        && line.exemptionReasonCode().isEmpty()) {
                    continue;
                }
                Exemption own = new Exemption(line.exemptionReason(), line.exemptionReasonCode());
                Exemption first = result.putIfAbsent(line.vatRate(), own);
                if (first != null && !first.equals(own)) {
                    v.add(new Violation(
                            "ECH-VAT-01",
                            "lines[" + i + "].exemptionReason",
                            "lines of VAT " + line.vatRate() + " give different exemption reasons; one group has one"));
                }
            }
            return result;
        }
    }
}
