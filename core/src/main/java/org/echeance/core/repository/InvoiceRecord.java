package org.echeance.core.repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.money.MonetaryAmount;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.InvoiceStatus;
import org.echeance.core.money.Amounts;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;

/**
 * One stored issued document: the invoice or credit note itself, which never changes, and the snapshot of its
 * state that the application derives from the customer account ledger and saves again after each transition —
 * the columns a database table keeps for searching.
 *
 * <p>A record is keyed by its seller and the document's number ({@link #id()}). Only issued documents are stored:
 * a draft has no number and lives in the application until it is issued.
 *
 * <p>The open amount and the oldest open due date are what the ledger says (see
 * {@code org.echeance.core.ledger.CustomerAccount#openAmount(String)} and {@code openItems()}); the record does not
 * recompute them. A document is overdue on a date when something remains to pay and its oldest unpaid installment
 * fell due before that date ({@link #isOverdueOn(LocalDate)}).
 *
 * <p>Two records are equal when all their parts are equal; amounts compare as Moneta does ({@code 9.5 EUR} equals
 * {@code 9.50 EUR}). This class is immutable and thread-safe.
 *
 * @param sellerId the application's id of the seller (the company, the legal entity) the document belongs to
 * @param customerNumber the application's number of the customer account the document is charged to
 * @param invoice the issued document: it has a number and an issue date
 * @param status the document's status, never {@link InvoiceStatus#DRAFT}
 * @param openAmount what remains to pay, in the document's currency
 * @param oldestOpenDueDate the due date of the oldest installment not fully paid, if any
 */
public record InvoiceRecord(
        String sellerId,
        String customerNumber,
        Invoice invoice,
        InvoiceStatus status,
        MonetaryAmount openAmount,
        Optional<LocalDate> oldestOpenDueDate) {

    /**
     * Creates a record, checking every rule at once.
     *
     * @throws ValidationException listing every rule broken: a blank seller id or customer number (ECH-REPO-05), a
     *     draft — no number or status {@code DRAFT} (ECH-REPO-01), no issue date (ECH-REPO-04), an open amount in
     *     another currency than the document (ECH-REPO-03)
     */
    public InvoiceRecord {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(openAmount, "openAmount");
        Objects.requireNonNull(oldestOpenDueDate, "oldestOpenDueDate");
        List<Violation> violations = new ArrayList<>();
        if (sellerId.isBlank()) {
            violations.add(new Violation("ECH-REPO-05", "sellerId", "the seller id is blank"));
        }
        if (customerNumber.isBlank()) {
            violations.add(new Violation("ECH-REPO-05", "customerNumber", "the customer number is blank"));
        }
        if (invoice.isDraft()) {
            violations.add(new Violation(
                    "ECH-REPO-01",
                    "invoice.number",
                    "a draft has no number and is not stored; issue it first, drafts live in the application"));
        }
        if (status == InvoiceStatus.DRAFT) {
            violations.add(new Violation(
                    "ECH-REPO-01", "status", "a stored document is issued; DRAFT is not a status it can have"));
        }
        if (invoice.issueDate().isEmpty()) {
            violations.add(new Violation("ECH-REPO-04", "invoice.issueDate", "an issued document has an issue date"));
        }
        if (!openAmount.getCurrency().equals(invoice.currency())) {
            violations.add(new Violation(
                    "ECH-REPO-03",
                    "openAmount",
                    "currency " + openAmount.getCurrency().getCurrencyCode()
                            + " does not match the document currency "
                            + invoice.currency().getCurrencyCode()));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /**
     * Returns the record of a document just issued: status {@link InvoiceStatus#ISSUED}, its whole amount due
     * (BT-115) open, and its due date (BT-9), if it has one, as the oldest open due date.
     *
     * <p>For a document paid in installments, build the record with the installments' first due date instead.
     *
     * @param sellerId the seller's id
     * @param customerNumber the customer account's number
     * @param issued the issued document
     * @return the record
     * @throws ValidationException as the canonical constructor does
     */
    public static InvoiceRecord ofIssued(String sellerId, String customerNumber, Invoice issued) {
        Objects.requireNonNull(issued, "issued");
        return new InvoiceRecord(
                sellerId,
                customerNumber,
                issued,
                InvoiceStatus.ISSUED,
                issued.totals().amountDue(),
                issued.dueDate());
    }

    /**
     * Returns the key of the record within its seller: the document's number (BT-1).
     *
     * @return the number
     */
    public String id() {
        return invoice.number().orElseThrow();
    }

    /**
     * Returns the document's issue date (BT-2).
     *
     * @return the issue date
     */
    public LocalDate issueDate() {
        return invoice.issueDate().orElseThrow();
    }

    /**
     * Returns the document's amount due (BT-115), what the document asked for when it was issued.
     *
     * @return the amount due
     */
    public MonetaryAmount amountDue() {
        return invoice.totals().amountDue();
    }

    /**
     * Returns a copy of this record with a new snapshot of the document's state; the document stays the same.
     *
     * @param newStatus the status
     * @param newOpenAmount what remains to pay
     * @param newOldestOpenDueDate the due date of the oldest installment not fully paid, if any
     * @return the updated record
     * @throws ValidationException as the canonical constructor does
     */
    public InvoiceRecord withState(
            InvoiceStatus newStatus, MonetaryAmount newOpenAmount, Optional<LocalDate> newOldestOpenDueDate) {
        return new InvoiceRecord(sellerId, customerNumber, invoice, newStatus, newOpenAmount, newOldestOpenDueDate);
    }

    /**
     * Checks if something remains to pay.
     *
     * @return true if the open amount is above zero
     */
    public boolean isOpen() {
        return Amounts.decimal(openAmount).signum() > 0;
    }

    /**
     * Checks if the document is overdue on a date: something remains to pay and its oldest unpaid installment fell
     * due before that date. On its due date a document is not yet overdue.
     *
     * @param asOf the date
     * @return true if overdue on {@code asOf}
     */
    public boolean isOverdueOn(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return isOpen() && oldestOpenDueDate.filter(d -> d.isBefore(asOf)).isPresent();
    }

    /**
     * Returns the text a text search looks in: the item name (BT-153) and description (BT-154) of every line,
     * folded for case- and accent-insensitive search, one field per line of the result.
     *
     * <p>A database implementation can store it in a column and look for {@link InvoiceQuery#foldedText()} in it:
     * it then finds exactly what {@link InvoiceQuery#matches(InvoiceRecord)} finds. For example, an item named
     * {@code "Création du site"} gives {@code "creation du site"}.
     *
     * @return the folded text, fields separated by {@code '\n'}, which a folded search text never contains
     */
    public String searchText() {
        return invoice.lines().stream()
                .flatMap(InvoiceRecord::texts)
                .map(TextFolding::fold)
                .collect(Collectors.joining("\n"));
    }

    private static Stream<String> texts(InvoiceLine line) {
        return Stream.concat(Stream.of(line.itemName()), line.description().stream());
    }
}
