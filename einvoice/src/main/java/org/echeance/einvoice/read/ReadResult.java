package org.echeance.einvoice.read;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceTotals;
import org.echeance.core.validation.Violation;
import org.echeance.einvoice.Profile;
import org.echeance.einvoice.Syntax;

/**
 * What reading an e-invoice gave: the syntax and profile, the invoice in Echeance's model, the totals the document
 * states beside the totals Echeance recomputes, every difference between them, notes on what was not read as
 * written, and the EN 16931 rules the invoice breaks.
 *
 * <p>When Echeance's model refuses the document (an unsupported type code, a line without VAT category, two lines
 * with one id…), there is no invoice and no recomputed totals, the stated totals are still there and
 * {@link #violations()} says why. Otherwise the violations are those of
 * {@link org.echeance.core.validation.En16931Validator}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param source the file name, if the input had one
 * @param syntax the syntax of the document
 * @param specificationId the specification identifier as written (BT-24), if any
 * @param businessProcess the business process type as written (BT-23), if any
 * @param profile the profile the specification identifier names, if Echeance knows it
 * @param invoice the invoice, if the model accepted the document
 * @param statedTotals the totals the document states
 * @param recomputedTotals the totals Echeance computes from the invoice's lines, allowances and charges
 * @param differences every stated amount that differs from the recomputed one, lines first
 * @param notes what was not read as written
 * @param violations why the model refused the document, or the EN 16931 rules the invoice breaks
 */
public record ReadResult(
        Optional<String> source,
        Syntax syntax,
        Optional<String> specificationId,
        Optional<String> businessProcess,
        Optional<Profile> profile,
        Optional<Invoice> invoice,
        StatedTotals statedTotals,
        Optional<InvoiceTotals> recomputedTotals,
        List<Difference> differences,
        List<ReadNote> notes,
        List<Violation> violations) {

    /** Creates a result, rejecting null parts and copying the lists. */
    public ReadResult {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(syntax, "syntax");
        Objects.requireNonNull(specificationId, "specificationId");
        Objects.requireNonNull(businessProcess, "businessProcess");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(statedTotals, "statedTotals");
        Objects.requireNonNull(recomputedTotals, "recomputedTotals");
        differences = List.copyOf(Objects.requireNonNull(differences, "differences"));
        notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
        violations = List.copyOf(Objects.requireNonNull(violations, "violations"));
    }

    /**
     * Checks if the document's stated amounts are all the amounts Echeance recomputes: there is an invoice and no
     * difference, neither on a line nor on a total.
     *
     * @return true when consistent
     */
    public boolean isConsistent() {
        return invoice.isPresent() && differences.isEmpty();
    }

    /**
     * Checks if the document's document-level totals (BT-106 to BT-115 and the VAT breakdown) are the ones
     * Echeance recomputes; line differences (BT-131) are not considered.
     *
     * @return true when the totals agree
     */
    public boolean totalsAgree() {
        return invoice.isPresent()
                && differences.stream().noneMatch(d -> !d.businessTerm().equals("BT-131"));
    }

    /**
     * Checks if the invoice passes every EN 16931 rule Echeance checks.
     *
     * @return true when there is an invoice and no violation
     */
    public boolean isValid() {
        return invoice.isPresent() && violations.isEmpty();
    }
}
