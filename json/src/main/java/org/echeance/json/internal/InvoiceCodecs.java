package org.echeance.json.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.echeance.core.invoice.AllowanceCharge;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.ExchangeRate;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.InvoiceNote;
import org.echeance.core.invoice.InvoicePeriod;
import org.echeance.core.invoice.InvoiceReference;
import org.echeance.core.invoice.InvoiceStatus;
import org.echeance.core.invoice.InvoiceTotals;
import org.echeance.core.invoice.LineAmounts;
import org.echeance.core.invoice.Price;
import org.echeance.core.invoice.PriceEntry;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatBreakdown;
import org.echeance.core.invoice.VatCategory;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.party.Party;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.payment.PaymentInstructions;
import org.echeance.core.validation.En16931Validator;
import org.echeance.core.validation.Violation;

/** Codecs of invoices and their parts. */
public final class InvoiceCodecs {
    private InvoiceCodecs() {}

    /** Document types, UNTDID 1001 codes ({@code 380}). */
    public static final Codec<DocumentType> DOCUMENT_TYPE = Codecs.coded(DocumentType.values(), DocumentType::code);
    /** VAT categories, UNCL 5305 codes ({@code S}). */
    public static final Codec<VatCategory> VAT_CATEGORY = Codecs.coded(VatCategory.values(), VatCategory::code);
    /** Invoice statuses, by name. */
    public static final Codec<InvoiceStatus> STATUS = Codecs.named(InvoiceStatus.values());
    /** Unit codes already read: checking a code's syntax compiles a pattern, and each line names its unit. */
    private static final java.util.concurrent.ConcurrentHashMap<String, UnitCode> UNITS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Unit codes, UN/ECE Recommendation 20. */
    public static final Codec<UnitCode> UNIT_CODE = Codecs.text(UnitCode::code, code -> {
        UnitCode known = UNITS.get(code);
        if (known != null) {
            return known;
        }
        UnitCode unit = UnitCode.of(code);
        if (UNITS.size() < 1000) {
            UNITS.put(code, unit);
        }
        return unit;
    });

    /** Price entries, by name. */
    private static final Codec<PriceEntry> PRICE_ENTRY = Codecs.named(PriceEntry.values());

    /** Allowance or charge, by name. */
    private static final Codec<AllowanceCharge.Kind> ALLOWANCE_CHARGE_KIND =
            Codecs.named(AllowanceCharge.Kind.values());

    /** VAT rates: {@code {"category":"S","percent":"20"}}. */
    public static final ObjectCodec<VatRate> VAT_RATE = new ObjectCodec<>() {
        @Override
        protected void writeFields(VatRate value, Out out) throws IOException {
            out.value("category", value.category(), VAT_CATEGORY);
            out.decimal("percent", value.percent());
        }

        @Override
        protected VatRate read(In in) {
            VatCategory category = in.get("category", VAT_CATEGORY);
            BigDecimal percent = in.decimal("percent");
            return in.build(() -> new VatRate(category, percent));
        }
    };

    /** Prices of lines. */
    public static final ObjectCodec<Price> PRICE = new ObjectCodec<>() {
        @Override
        protected void writeFields(Price value, Out out) throws IOException {
            out.value("netPrice", value.netPrice(), Codecs.MONEY);
            out.opt("grossPrice", value.grossPrice(), Codecs.MONEY);
            out.opt("discount", value.discount(), Codecs.MONEY);
            out.optDecimal("baseQuantity", value.baseQuantity());
        }

        @Override
        protected Price read(In in) {
            MonetaryAmount net = in.get("netPrice", Codecs.MONEY);
            var gross = in.opt("grossPrice", Codecs.MONEY);
            var discount = in.opt("discount", Codecs.MONEY);
            var base = in.optDecimal("baseQuantity");
            return in.build(() -> new Price(net, gross, discount, base));
        }
    };

    /** Allowances and charges, of lines and documents. */
    public static final ObjectCodec<AllowanceCharge> ALLOWANCE_CHARGE = new ObjectCodec<>() {
        @Override
        protected void writeFields(AllowanceCharge value, Out out) throws IOException {
            out.text("kind", value.kind().name());
            out.value("amount", value.amount(), Codecs.MONEY);
            out.opt("baseAmount", value.baseAmount(), Codecs.MONEY);
            out.optDecimal("percentage", value.percentage());
            out.optText("reasonCode", value.reasonCode());
            out.optText("reason", value.reason());
            out.opt("vatRate", value.vatRate(), VAT_RATE);
        }

        @Override
        protected AllowanceCharge read(In in) {
            AllowanceCharge.Kind kind = in.get("kind", ALLOWANCE_CHARGE_KIND);
            MonetaryAmount amount = in.get("amount", Codecs.MONEY);
            var base = in.opt("baseAmount", Codecs.MONEY);
            var percentage = in.optDecimal("percentage");
            var code = in.optText("reasonCode");
            var reason = in.optText("reason");
            var rate = in.opt("vatRate", VAT_RATE);
            return in.build(() -> new AllowanceCharge(kind, amount, base, percentage, code, reason, rate));
        }
    };

    /** Notes. */
    public static final ObjectCodec<InvoiceNote> NOTE = new ObjectCodec<>() {
        @Override
        protected void writeFields(InvoiceNote value, Out out) throws IOException {
            out.optText("subjectCode", value.subjectCode());
            out.text("text", value.text());
        }

        @Override
        protected InvoiceNote read(In in) {
            var subject = in.optText("subjectCode");
            String text = in.text("text");
            return in.build(() -> new InvoiceNote(subject, text));
        }
    };

    /** Periods, both days inclusive. */
    public static final ObjectCodec<InvoicePeriod> PERIOD = new ObjectCodec<>() {
        @Override
        protected void writeFields(InvoicePeriod value, Out out) throws IOException {
            out.optDate("startDate", value.startDate());
            out.optDate("endDate", value.endDate());
        }

        @Override
        protected InvoicePeriod read(In in) {
            var start = in.optDate("startDate");
            var end = in.optDate("endDate");
            return in.build(() -> new InvoicePeriod(start, end));
        }
    };

    /** References to preceding invoices. */
    public static final ObjectCodec<InvoiceReference> REFERENCE = new ObjectCodec<>() {
        @Override
        protected void writeFields(InvoiceReference value, Out out) throws IOException {
            out.text("number", value.number());
            out.optDate("issueDate", value.issueDate());
        }

        @Override
        protected InvoiceReference read(In in) {
            String number = in.text("number");
            var date = in.optDate("issueDate");
            return in.build(() -> new InvoiceReference(number, date));
        }
    };

    /** Exchange rates to the VAT accounting currency. */
    public static final ObjectCodec<ExchangeRate> EXCHANGE_RATE = new ObjectCodec<>() {
        @Override
        protected void writeFields(ExchangeRate value, Out out) throws IOException {
            out.value("taxCurrency", value.taxCurrency(), Codecs.CURRENCY);
            out.decimal("rate", value.rate());
            out.text("source", value.source());
            out.date("date", value.date());
        }

        @Override
        protected ExchangeRate read(In in) {
            CurrencyUnit currency = in.get("taxCurrency", Codecs.CURRENCY);
            BigDecimal rate = in.decimal("rate");
            String source = in.text("source");
            LocalDate date = in.date("date");
            return in.build(() -> new ExchangeRate(currency, rate, source, date));
        }
    };

    /** Invoice lines. */
    public static final ObjectCodec<InvoiceLine> LINE = new ObjectCodec<>() {
        @Override
        protected void writeFields(InvoiceLine value, Out out) throws IOException {
            out.text("id", value.id());
            out.optText("note", value.note());
            out.text("itemName", value.itemName());
            out.optText("description", value.description());
            out.optText("sellerItemId", value.sellerItemId());
            out.decimal("quantity", value.quantity());
            out.value("unit", value.unit(), UNIT_CODE);
            out.value("price", value.price(), PRICE);
            out.list("allowancesCharges", value.allowancesCharges(), ALLOWANCE_CHARGE);
            out.value("vatRate", value.vatRate(), VAT_RATE);
            out.optText("exemptionReason", value.exemptionReason());
            out.optText("exemptionReasonCode", value.exemptionReasonCode());
            out.opt("period", value.period(), PERIOD);
            out.optText("orderLineReference", value.orderLineReference());
        }

        @Override
        protected InvoiceLine read(In in) {
            String id = in.text("id");
            var note = in.optText("note");
            String name = in.text("itemName");
            var description = in.optText("description");
            var sellerItemId = in.optText("sellerItemId");
            BigDecimal quantity = in.decimal("quantity");
            UnitCode unit = in.get("unit", UNIT_CODE);
            Price price = in.get("price", PRICE);
            List<AllowanceCharge> acs = in.list("allowancesCharges", ALLOWANCE_CHARGE);
            VatRate rate = in.get("vatRate", VAT_RATE);
            var reason = in.optText("exemptionReason");
            var reasonCode = in.optText("exemptionReasonCode");
            var period = in.opt("period", PERIOD);
            var order = in.optText("orderLineReference");
            return in.build(() -> {
                InvoiceLine.Builder b = InvoiceLine.builder(id, name)
                        .quantity(quantity, unit)
                        .price(price)
                        .vatRate(rate);
                note.ifPresent(b::note);
                description.ifPresent(b::description);
                sellerItemId.ifPresent(b::sellerItemId);
                acs.forEach(b::allowanceCharge);
                if (reason.isPresent() || reasonCode.isPresent()) {
                    b.exemption(reasonCode.orElse(null), reason.orElse(null));
                }
                period.ifPresent(b::period);
                order.ifPresent(b::orderLineReference);
                return b.build();
            });
        }
    };

    /** The computed amounts of a line. */
    public static final ObjectCodec<LineAmounts> LINE_AMOUNTS = new ObjectCodec<>() {
        @Override
        protected void writeFields(LineAmounts value, Out out) throws IOException {
            out.value("netPrice", value.netPrice(), Codecs.MONEY);
            out.value("netAmount", value.netAmount(), Codecs.MONEY);
            out.opt("vatInclusiveAmount", value.vatInclusiveAmount(), Codecs.MONEY);
        }

        @Override
        protected LineAmounts read(In in) {
            MonetaryAmount price = in.get("netPrice", Codecs.MONEY);
            MonetaryAmount amount = in.get("netAmount", Codecs.MONEY);
            var inclusive = in.opt("vatInclusiveAmount", Codecs.MONEY);
            return in.build(() -> new LineAmounts(price, amount, inclusive));
        }
    };

    /** Groups of the VAT breakdown. */
    public static final ObjectCodec<VatBreakdown> VAT_BREAKDOWN = new ObjectCodec<>() {
        @Override
        protected void writeFields(VatBreakdown value, Out out) throws IOException {
            out.value("vatRate", value.vatRate(), VAT_RATE);
            out.value("taxableAmount", value.taxableAmount(), Codecs.MONEY);
            out.value("vatAmount", value.vatAmount(), Codecs.MONEY);
            out.optText("exemptionReason", value.exemptionReason());
            out.optText("exemptionReasonCode", value.exemptionReasonCode());
            out.opt("vatAmountInTaxCurrency", value.vatAmountInTaxCurrency(), Codecs.MONEY);
        }

        @Override
        protected VatBreakdown read(In in) {
            VatRate rate = in.get("vatRate", VAT_RATE);
            MonetaryAmount taxable = in.get("taxableAmount", Codecs.MONEY);
            MonetaryAmount vat = in.get("vatAmount", Codecs.MONEY);
            var reason = in.optText("exemptionReason");
            var code = in.optText("exemptionReasonCode");
            var inTax = in.opt("vatAmountInTaxCurrency", Codecs.MONEY);
            return in.build(() -> new VatBreakdown(rate, taxable, vat, reason, code, inTax));
        }
    };

    /** Invoice totals (BG-22, BG-23). */
    public static final ObjectCodec<InvoiceTotals> TOTALS = new ObjectCodec<>() {
        @Override
        protected void writeFields(InvoiceTotals value, Out out) throws IOException {
            out.list("lines", value.lines(), LINE_AMOUNTS);
            out.list("allowanceChargeNetAmounts", value.allowanceChargeNetAmounts(), Codecs.MONEY);
            out.value("sumOfLineNetAmounts", value.sumOfLineNetAmounts(), Codecs.MONEY);
            out.value("allowanceTotal", value.allowanceTotal(), Codecs.MONEY);
            out.value("chargeTotal", value.chargeTotal(), Codecs.MONEY);
            out.value("taxExclusiveAmount", value.taxExclusiveAmount(), Codecs.MONEY);
            out.list("vatBreakdown", value.vatBreakdown(), VAT_BREAKDOWN);
            out.value("vatTotal", value.vatTotal(), Codecs.MONEY);
            out.opt("vatTotalInTaxCurrency", value.vatTotalInTaxCurrency(), Codecs.MONEY);
            out.value("taxInclusiveAmount", value.taxInclusiveAmount(), Codecs.MONEY);
            out.value("prepaidAmount", value.prepaidAmount(), Codecs.MONEY);
            out.value("roundingAmount", value.roundingAmount(), Codecs.MONEY);
            out.value("amountDue", value.amountDue(), Codecs.MONEY);
        }

        @Override
        protected InvoiceTotals read(In in) {
            var lines = in.list("lines", LINE_AMOUNTS);
            var acs = in.list("allowanceChargeNetAmounts", Codecs.MONEY);
            var sum = in.get("sumOfLineNetAmounts", Codecs.MONEY);
            var allowances = in.get("allowanceTotal", Codecs.MONEY);
            var charges = in.get("chargeTotal", Codecs.MONEY);
            var exclusive = in.get("taxExclusiveAmount", Codecs.MONEY);
            var breakdown = in.list("vatBreakdown", VAT_BREAKDOWN);
            var vat = in.get("vatTotal", Codecs.MONEY);
            var vatInTax = in.opt("vatTotalInTaxCurrency", Codecs.MONEY);
            var inclusive = in.get("taxInclusiveAmount", Codecs.MONEY);
            var prepaid = in.get("prepaidAmount", Codecs.MONEY);
            var rounding = in.get("roundingAmount", Codecs.MONEY);
            var due = in.get("amountDue", Codecs.MONEY);
            return in.build(() -> new InvoiceTotals(
                    lines,
                    acs,
                    sum,
                    allowances,
                    charges,
                    exclusive,
                    breakdown,
                    vat,
                    vatInTax,
                    inclusive,
                    prepaid,
                    rounding,
                    due));
        }
    };

    /**
     * Invoices and credit notes, drafts and issued. Read through {@link Invoice.Builder}: the totals in the
     * document must be the ones the builder computes, and an issued document must pass EN 16931 as
     * {@link Invoice#issue(String, LocalDate)} requires.
     */
    public static final ObjectCodec<Invoice> INVOICE = new ObjectCodec<>() {
        @Override
        protected void writeFields(Invoice value, Out out) throws IOException {
            out.value("documentType", value.documentType(), DOCUMENT_TYPE);
            out.value("status", value.isDraft() ? InvoiceStatus.DRAFT : InvoiceStatus.ISSUED, STATUS);
            out.optText("number", value.number());
            out.optDate("issueDate", value.issueDate());
            out.optDate("dueDate", value.dueDate());
            out.value("currency", value.currency(), Codecs.CURRENCY);
            out.opt("taxExchangeRate", value.taxExchangeRate(), EXCHANGE_RATE);
            out.text("priceEntry", value.priceEntry().name());
            out.value("seller", value.seller(), Codecs.PARTY);
            out.value("buyer", value.buyer(), Codecs.PARTY);
            out.opt("payee", value.payee(), Codecs.PARTY);
            out.optText("buyerReference", value.buyerReference());
            out.optText("purchaseOrderReference", value.purchaseOrderReference());
            out.list("precedingInvoices", value.precedingInvoices(), REFERENCE);
            out.optDate("deliveryDate", value.deliveryDate());
            out.opt("invoicingPeriod", value.invoicingPeriod(), PERIOD);
            out.opt("deliverTo", value.deliverTo(), Codecs.ADDRESS);
            out.list("lines", value.lines(), LINE);
            out.list("allowancesCharges", value.allowancesCharges(), ALLOWANCE_CHARGE);
            out.list("notes", value.notes(), NOTE);
            out.opt("paymentInstructions", value.paymentInstructions(), PaymentCodecs.PAYMENT_INSTRUCTIONS);
            out.optText("paymentTerms", value.paymentTerms());
            out.value("totals", value.totals(), TOTALS);
        }

        @Override
        protected Invoice read(In in) {
            DocumentType type = in.get("documentType", DOCUMENT_TYPE);
            InvoiceStatus status = in.get("status", STATUS);
            Optional<String> number = in.optText("number");
            Optional<LocalDate> issueDate = in.optDate("issueDate");
            Optional<LocalDate> dueDate = in.optDate("dueDate");
            CurrencyUnit currency = in.get("currency", Codecs.CURRENCY);
            Optional<ExchangeRate> rate = in.opt("taxExchangeRate", EXCHANGE_RATE);
            PriceEntry entry = in.get("priceEntry", PRICE_ENTRY);
            Party seller = in.get("seller", Codecs.PARTY);
            Party buyer = in.get("buyer", Codecs.PARTY);
            Optional<Party> payee = in.opt("payee", Codecs.PARTY);
            Optional<String> buyerReference = in.optText("buyerReference");
            Optional<String> order = in.optText("purchaseOrderReference");
            List<InvoiceReference> preceding = in.list("precedingInvoices", REFERENCE);
            Optional<LocalDate> delivery = in.optDate("deliveryDate");
            Optional<InvoicePeriod> period = in.opt("invoicingPeriod", PERIOD);
            Optional<PostalAddress> deliverTo = in.opt("deliverTo", Codecs.ADDRESS);
            List<InvoiceLine> lines = in.list("lines", LINE);
            List<AllowanceCharge> acs = in.list("allowancesCharges", ALLOWANCE_CHARGE);
            List<InvoiceNote> notes = in.list("notes", NOTE);
            Optional<PaymentInstructions> instructions =
                    in.opt("paymentInstructions", PaymentCodecs.PAYMENT_INSTRUCTIONS);
            Optional<String> termsText = in.optText("paymentTerms");
            // The stated totals are compared with the computed ones once the invoice is built, and only read in
            // full (amounts, records) to name the differences
            Optional<Object> totals = in.node("totals");

            if (status == InvoiceStatus.DRAFT && number.isPresent()) {
                throw Paths.error(in.path("number"), "a draft has no number; an issued document has status ISSUED");
            }
            if (status != InvoiceStatus.DRAFT && status != InvoiceStatus.ISSUED) {
                throw Paths.error(
                        in.path("status"),
                        status + " follows from payments and credit notes, not from the document; use DRAFT or"
                                + " ISSUED");
            }
            if (status == InvoiceStatus.ISSUED) {
                for (String required : List.of("number", "issueDate", "totals")) {
                    if (!in.has(required)) {
                        throw Paths.error(in.path(required), "an issued document states it; the property is missing");
                    }
                }
            }
            Optional<MonetaryAmount> prepaid = Optional.empty();
            Optional<MonetaryAmount> rounding = Optional.empty();
            if (totals.isPresent()) {
                In stated = In.of(totals.get(), in.path("totals"), in.options());
                prepaid = Optional.of(stated.get("prepaidAmount", Codecs.MONEY));
                rounding = Optional.of(stated.get("roundingAmount", Codecs.MONEY));
            }
            Optional<MonetaryAmount> prepaidAmount = prepaid;
            Optional<MonetaryAmount> roundingAmount = rounding;
            Invoice invoice = in.build(() -> {
                Invoice.Builder b = Invoice.builder(type, currency)
                        .priceEntry(entry)
                        .seller(seller)
                        .buyer(buyer);
                number.ifPresent(b::number);
                issueDate.ifPresent(b::issueDate);
                dueDate.ifPresent(b::dueDate);
                rate.ifPresent(b::taxExchangeRate);
                payee.ifPresent(b::payee);
                buyerReference.ifPresent(b::buyerReference);
                order.ifPresent(b::purchaseOrderReference);
                preceding.forEach(b::precedingInvoice);
                delivery.ifPresent(b::deliveryDate);
                period.ifPresent(b::invoicingPeriod);
                deliverTo.ifPresent(b::deliverTo);
                lines.forEach(b::line);
                acs.forEach(b::allowanceCharge);
                notes.forEach(b::note);
                instructions.ifPresent(b::paymentInstructions);
                termsText.ifPresent(b::paymentTerms);
                prepaidAmount.ifPresent(b::prepaidAmount);
                if (entry == PriceEntry.NET) {
                    roundingAmount.ifPresent(b::roundingAmount);
                }
                return b.build();
            });
            if (totals.isPresent()
                    && !Matches.of(totals.get(), invoice.totals(), in.options().limits())) {
                InvoiceTotals stated = TOTALS.read(totals.get(), in.path("totals"), in.options());
                List<String> problems = new ArrayList<>();
                Differences.of(in.path("totals"), stated, invoice.totals(), problems);
                if (!problems.isEmpty()) {
                    String first = problems.get(0).substring(0, problems.get(0).indexOf(':'));
                    throw new Problem(first, problems, null);
                }
            }
            if (status == InvoiceStatus.ISSUED) {
                List<Violation> violations = En16931Validator.validate(invoice);
                if (!violations.isEmpty()) {
                    In.build(in.path(), () -> {
                        throw new org.echeance.core.validation.InvoiceValidationException(violations);
                    });
                }
            }
            return invoice;
        }
    };
}
