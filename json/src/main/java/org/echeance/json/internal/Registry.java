package org.echeance.json.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.echeance.core.customer.Customer;
import org.echeance.core.customer.CustomerCategory;
import org.echeance.core.event.InvoiceEvent;
import org.echeance.core.identifier.Bic;
import org.echeance.core.identifier.EmailAddress;
import org.echeance.core.identifier.Iban;
import org.echeance.core.identifier.PhoneNumber;
import org.echeance.core.identifier.RfCreditorReference;
import org.echeance.core.identifier.Siren;
import org.echeance.core.identifier.Siret;
import org.echeance.core.identifier.VatNumber;
import org.echeance.core.installment.CashRounding;
import org.echeance.core.installment.Deposit;
import org.echeance.core.installment.Installment;
import org.echeance.core.installment.InstallmentPlan;
import org.echeance.core.installment.PlanPart;
import org.echeance.core.installment.PlanShape;
import org.echeance.core.installment.VatBreakdownShare;
import org.echeance.core.invoice.AllowanceCharge;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.ExchangeRate;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.InvoiceNote;
import org.echeance.core.invoice.InvoicePeriod;
import org.echeance.core.invoice.InvoiceReference;
import org.echeance.core.invoice.InvoiceTotals;
import org.echeance.core.invoice.LineAmounts;
import org.echeance.core.invoice.Price;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatBreakdown;
import org.echeance.core.invoice.VatCategory;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.ledger.CustomerStatement;
import org.echeance.core.ledger.DueAmount;
import org.echeance.core.ledger.ItemAllocation;
import org.echeance.core.ledger.LedgerEntry;
import org.echeance.core.ledger.OpenItem;
import org.echeance.core.ledger.StatementLine;
import org.echeance.core.party.Contact;
import org.echeance.core.party.ElectronicAddress;
import org.echeance.core.party.Party;
import org.echeance.core.party.PartyIdentifier;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.payment.Payment;
import org.echeance.core.payment.PaymentInstructions;
import org.echeance.core.payment.PaymentMeansCode;
import org.echeance.core.payment.PaymentMethod;
import org.echeance.core.recurrence.RecurrenceRule;
import org.echeance.core.terms.EarlyPaymentDiscount;
import org.echeance.core.terms.LatePaymentTerms;
import org.echeance.core.terms.PaymentTerms;
import org.echeance.overdue.aging.AgingBucket;
import org.echeance.overdue.aging.AgingBuckets;
import org.echeance.overdue.aging.AgingReport;
import org.echeance.overdue.aging.AgingRow;
import org.echeance.overdue.report.CustomerAmount;
import org.echeance.overdue.report.DashboardFigures;
import org.echeance.overdue.report.LateCustomer;
import org.echeance.overdue.report.LateCustomersReport;
import org.echeance.overdue.report.MonthFigures;
import org.echeance.overdue.report.MonthlySeries;
import org.echeance.scheduling.calendar.AccountEvent;
import org.echeance.scheduling.calendar.DueEntry;
import org.echeance.scheduling.reminder.Reminder;
import org.echeance.scheduling.reminder.ReminderExclusion;
import org.echeance.scheduling.reminder.ReminderKey;
import org.echeance.scheduling.reminder.ReminderPlan;
import org.echeance.scheduling.reminder.ReminderStep;
import org.echeance.scheduling.subscription.BilledPeriod;
import org.echeance.scheduling.subscription.BillingPeriod;
import org.echeance.scheduling.subscription.Pause;
import org.echeance.scheduling.subscription.PriceChange;

/**
 * Which codec writes and reads each type: the public value types the module registers, and the building blocks
 * their properties use.
 */
public final class Registry {
    /** The public value types, each with its codec, in the order the module registers them. */
    private static final Map<Class<?>, Codec<?>> TYPES = new LinkedHashMap<>();

    /** Codecs of property types that are not registered with Jackson (strings, dates, URIs…). */
    private static final Map<Class<?>, Codec<?>> BLOCKS = new ConcurrentHashMap<>();

    static {
        BLOCKS.put(String.class, Codecs.STRING);
        BLOCKS.put(Integer.class, Codecs.INTEGER);
        BLOCKS.put(Long.class, Codecs.LONG);
        BLOCKS.put(java.math.BigDecimal.class, Codecs.DECIMAL);
        BLOCKS.put(Boolean.class, new Codec<Boolean>() {
            @Override
            public void write(Boolean value, Out out) throws IOException {
                out.generator().writeRawValue(value.toString());
            }

            @Override
            public Boolean read(Object node, Path path, ReadOptions options) {
                if (!(node instanceof Boolean)) {
                    throw Paths.error(path, "expected true or false, found " + In.kind(node));
                }
                return (Boolean) node;
            }
        });
        BLOCKS.put(LocalDate.class, Codecs.text(LocalDate::toString, text -> In.dateOf(text, Path.ROOT)));
        BLOCKS.put(java.time.YearMonth.class, OverdueCodecs.YEAR_MONTH);
        BLOCKS.put(java.util.Locale.class, Codecs.LOCALE);
        BLOCKS.put(URI.class, Codecs.text(URI::toString, text -> {
            try {
                return new URI(text);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("\"" + In.clip(text) + "\" is not a URI", e);
            }
        }));
        BLOCKS.put(PaymentMeansCode.class, Codecs.PAYMENT_MEANS);
        BLOCKS.put(DocumentType.class, InvoiceCodecs.DOCUMENT_TYPE);
        BLOCKS.put(VatCategory.class, InvoiceCodecs.VAT_CATEGORY);

        type(CurrencyUnit.class, Codecs.CURRENCY);
        type(MonetaryAmount.class, Codecs.MONEY);
        type(Iban.class, Codecs.IBAN);
        type(Bic.class, Codecs.BIC);
        type(VatNumber.class, Codecs.VAT_NUMBER);
        type(Siren.class, Codecs.SIREN);
        type(Siret.class, Codecs.SIRET);
        type(EmailAddress.class, Codecs.EMAIL);
        type(PhoneNumber.class, Codecs.PHONE);
        type(RfCreditorReference.class, Codecs.RF_REFERENCE);
        type(RecurrenceRule.class, Codecs.RECURRENCE_RULE);
        type(UnitCode.class, InvoiceCodecs.UNIT_CODE);
        type(CustomerCategory.class, Codecs.text(CustomerCategory::name, CustomerCategory::of));

        type(PartyIdentifier.class, Codecs.PARTY_IDENTIFIER);
        type(PostalAddress.class, Codecs.ADDRESS);
        type(Contact.class, Codecs.CONTACT);
        type(ElectronicAddress.class, Codecs.ELECTRONIC_ADDRESS);
        type(Party.class, Codecs.PARTY);
        type(Customer.class, Codecs.CUSTOMER);

        type(VatRate.class, InvoiceCodecs.VAT_RATE);
        type(Price.class, InvoiceCodecs.PRICE);
        type(AllowanceCharge.class, InvoiceCodecs.ALLOWANCE_CHARGE);
        type(InvoiceNote.class, InvoiceCodecs.NOTE);
        type(InvoicePeriod.class, InvoiceCodecs.PERIOD);
        type(InvoiceReference.class, InvoiceCodecs.REFERENCE);
        type(ExchangeRate.class, InvoiceCodecs.EXCHANGE_RATE);
        type(InvoiceLine.class, InvoiceCodecs.LINE);
        type(LineAmounts.class, InvoiceCodecs.LINE_AMOUNTS);
        type(VatBreakdown.class, InvoiceCodecs.VAT_BREAKDOWN);
        type(InvoiceTotals.class, InvoiceCodecs.TOTALS);
        type(Invoice.class, InvoiceCodecs.INVOICE);

        type(PaymentTerms.class, TermsCodecs.PAYMENT_TERMS);
        type(EarlyPaymentDiscount.class, TermsCodecs.EARLY_PAYMENT_DISCOUNT);
        type(LatePaymentTerms.class, TermsCodecs.LATE_PAYMENT_TERMS);
        type(PlanShape.class, TermsCodecs.PLAN_SHAPE);
        type(Deposit.class, TermsCodecs.DEPOSIT);
        type(PlanPart.class, TermsCodecs.PLAN_PART);
        type(CashRounding.class, TermsCodecs.CASH_ROUNDING);
        type(VatBreakdownShare.class, TermsCodecs.VAT_SHARE);
        type(Installment.class, TermsCodecs.INSTALLMENT);
        type(InstallmentPlan.class, TermsCodecs.INSTALLMENT_PLAN);

        type(PaymentInstructions.class, PaymentCodecs.PAYMENT_INSTRUCTIONS);
        type(PaymentMethod.class, PaymentCodecs.PAYMENT_METHOD);
        type(Payment.class, PaymentCodecs.PAYMENT);

        type(DueAmount.class, new RecordCodec<>(DueAmount.class));
        type(ItemAllocation.class, new RecordCodec<>(ItemAllocation.class));
        type(OpenItem.class, new RecordCodec<>(OpenItem.class));
        type(StatementLine.class, new RecordCodec<>(StatementLine.class));
        type(CustomerStatement.class, LedgerCodecs.STATEMENT);
        type(LedgerEntry.class, LedgerCodecs.LEDGER_ENTRY);
        type(InvoiceEvent.class, LedgerCodecs.INVOICE_EVENT);

        type(BillingPeriod.class, new RecordCodec<>(BillingPeriod.class));
        type(Pause.class, new RecordCodec<>(Pause.class));
        type(PriceChange.class, new RecordCodec<>(PriceChange.class));
        type(BilledPeriod.class, new RecordCodec<>(BilledPeriod.class));
        type(DueEntry.class, new RecordCodec<>(DueEntry.class));
        type(AccountEvent.class, new RecordCodec<>(AccountEvent.class));
        type(ReminderStep.class, new RecordCodec<>(ReminderStep.class));
        type(ReminderPlan.class, new RecordCodec<>(ReminderPlan.class));
        type(ReminderKey.class, new RecordCodec<>(ReminderKey.class));
        type(ReminderExclusion.class, new RecordCodec<>(ReminderExclusion.class));
        type(Reminder.class, new RecordCodec<>(Reminder.class));

        type(AgingBuckets.class, OverdueCodecs.AGING_BUCKETS);
        type(AgingBucket.class, OverdueCodecs.AGING_BUCKET);
        type(AgingRow.class, OverdueCodecs.AGING_ROW);
        type(AgingReport.class, OverdueCodecs.AGING_REPORT);
        type(CustomerAmount.class, OverdueCodecs.CUSTOMER_AMOUNT);
        type(DashboardFigures.class, OverdueCodecs.DASHBOARD_FIGURES);
        type(MonthFigures.class, OverdueCodecs.MONTH_FIGURES);
        type(MonthlySeries.class, OverdueCodecs.MONTHLY_SERIES);
        type(LateCustomer.class, OverdueCodecs.LATE_CUSTOMER);
        type(LateCustomersReport.class, OverdueCodecs.LATE_CUSTOMERS_REPORT);
    }

    private Registry() {}

    private static <T> void type(Class<T> type, Codec<T> codec) {
        TYPES.put(type, codec);
    }

    /**
     * Returns the public value types and their codecs, in registration order.
     *
     * @return the types
     */
    public static Map<Class<?>, Codec<?>> types() {
        return java.util.Collections.unmodifiableMap(TYPES);
    }

    /**
     * Returns the codec of a type: a public value type, a member of a sealed family (its family's codec), a
     * building block, or an enum (by constant name).
     *
     * @param type the type
     * @return its codec
     * @throws IllegalStateException if Echeance has no JSON shape for the type
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Codec<?> codec(Class<?> type) {
        Codec<?> codec = TYPES.get(type);
        if (codec == null) {
            codec = BLOCKS.get(type);
        }
        if (codec == null) {
            for (Map.Entry<Class<?>, Codec<?>> entry : TYPES.entrySet()) {
                if (entry.getValue() instanceof Union && entry.getKey().isAssignableFrom(type)) {
                    return entry.getValue();
                }
            }
            if (type.isEnum()) {
                codec = Codecs.named((Enum[]) type.getEnumConstants());
                BLOCKS.put(type, codec);
            }
        }
        if (codec == null) {
            throw new IllegalStateException("no JSON shape for " + type.getSimpleName());
        }
        return codec;
    }

    /**
     * Returns the member classes of the sealed families, each with its family, for registering them one by one.
     *
     * @return member class to family
     */
    public static Map<Class<?>, Class<?>> familyMembers() {
        Map<Class<?>, Class<?>> members = new LinkedHashMap<>();
        for (Class<?> family : List.of(
                PaymentTerms.class,
                PlanShape.class,
                Deposit.class,
                PlanPart.class,
                PaymentMethod.class,
                LedgerEntry.class,
                InvoiceEvent.class)) {
            for (Class<?> member : family.getPermittedSubclasses()) {
                members.put(member, family);
            }
        }
        return members;
    }
}
