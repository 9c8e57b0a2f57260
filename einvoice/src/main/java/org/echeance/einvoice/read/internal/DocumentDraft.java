package org.echeance.einvoice.read.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.echeance.core.EcheanceException;
import org.echeance.core.identifier.InvalidIdentifierException;
import org.echeance.core.invoice.AllowanceCharge;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.InvoiceNote;
import org.echeance.core.invoice.InvoicePeriod;
import org.echeance.core.invoice.InvoiceReference;
import org.echeance.core.money.Amounts;
import org.echeance.core.party.Party;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.payment.PaymentInstructions;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;
import org.echeance.einvoice.EInvoiceReadException;
import org.echeance.einvoice.Syntax;
import org.echeance.einvoice.read.ReadNote;
import org.echeance.einvoice.read.StatedTotals;
import org.echeance.einvoice.read.StatedVatGroup;

/**
 * A document as read from either syntax, in Echeance's terms, before it becomes an invoice: the parts the model
 * accepted, the stated totals, notes on what was not taken as written and the refusals that keep the invoice from
 * being built. Not API; one per read, not thread-safe.
 */
final class DocumentDraft {
    final Syntax syntax;
    final Values values;
    Optional<String> specificationId = Optional.empty();
    Optional<String> businessProcess = Optional.empty();
    DocumentType type;
    CurrencyUnit currency;
    Optional<CurrencyUnit> taxCurrency = Optional.empty();
    Optional<String> number = Optional.empty();
    Optional<LocalDate> issueDate = Optional.empty();
    Optional<LocalDate> dueDate = Optional.empty();
    Optional<LocalDate> deliveryDate = Optional.empty();
    Party seller;
    Party buyer;
    Optional<Party> payee = Optional.empty();
    Optional<String> buyerReference = Optional.empty();
    Optional<String> purchaseOrderReference = Optional.empty();
    Optional<String> paymentTerms = Optional.empty();
    final List<InvoiceReference> precedingInvoices = new ArrayList<>();
    Optional<InvoicePeriod> period = Optional.empty();
    Optional<PostalAddress> deliverTo = Optional.empty();
    final List<LineDraft> lines = new ArrayList<>();
    final List<AllowanceCharge> allowancesCharges = new ArrayList<>();
    final List<InvoiceNote> invoiceNotes = new ArrayList<>();
    Optional<PaymentInstructions> paymentInstructions = Optional.empty();

    /** Stated document totals by business term, BT-106 to BT-115. */
    final Map<String, BigDecimal> stated = new LinkedHashMap<>();

    final List<StatedVatGroup> statedVat = new ArrayList<>();
    final List<ReadNote> notes = new ArrayList<>();
    final List<Violation> refusals = new ArrayList<>();

    DocumentDraft(Syntax syntax, Values values) {
        this.syntax = syntax;
        this.values = values;
    }

    MonetaryAmount money(BigDecimal value) {
        return Amounts.money(value, currency);
    }

    Optional<MonetaryAmount> statedAmount(String businessTerm) {
        return Optional.ofNullable(stated.get(businessTerm)).map(this::money);
    }

    Optional<MonetaryAmount> statedInTaxCurrency() {
        BigDecimal value = stated.get("BT-111");
        return value == null || taxCurrency.isEmpty()
                ? Optional.empty()
                : Optional.of(Amounts.money(value, taxCurrency.get()));
    }

    StatedTotals statedTotals() {
        return new StatedTotals(
                statedAmount("BT-106"),
                statedAmount("BT-107"),
                statedAmount("BT-108"),
                statedAmount("BT-109"),
                statedAmount("BT-110"),
                statedInTaxCurrency(),
                statedAmount("BT-112"),
                statedAmount("BT-113"),
                statedAmount("BT-114"),
                statedAmount("BT-115"),
                statedVat);
    }

    void note(String businessTerm, String path, String message) {
        notes.add(new ReadNote(businessTerm, path, message));
    }

    void refuse(String ruleId, String path, String message) {
        refusals.add(new Violation(ruleId, path, message));
    }

    /**
     * Returns a value the model builds, or empty with a note when the model refuses it: for parts the invoice can
     * do without (a contact's phone number, an IBAN).
     */
    <T> Optional<T> optional(String businessTerm, String path, Supplier<T> value) {
        try {
            return Optional.of(value.get());
        } catch (EInvoiceReadException e) {
            throw e;
        } catch (ValidationException | InvalidIdentifierException e) {
            note(businessTerm, path, "left out: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Returns a value the model builds, or empty with a refusal when the model refuses it: for parts the invoice
     * cannot do without (a party's name, a line's price).
     */
    <T> Optional<T> required(String path, Supplier<T> value) {
        try {
            return Optional.of(value.get());
        } catch (EInvoiceReadException e) {
            throw e;
        } catch (ValidationException e) {
            refusals.addAll(prefixed(path, e.violations()));
            return Optional.empty();
        } catch (EcheanceException e) {
            refuse("ECH-READ-01", path, e.getMessage());
            return Optional.empty();
        }
    }

    private static List<Violation> prefixed(String path, List<Violation> violations) {
        List<Violation> result = new ArrayList<>();
        for (Violation v : violations) {
            result.add(new Violation(v.ruleId(), path + "." + v.path(), v.message()));
        }
        return result;
    }
}
