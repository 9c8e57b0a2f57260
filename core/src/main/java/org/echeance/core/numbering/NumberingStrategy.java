package org.echeance.core.numbering;

/**
 * Gives an invoice or credit note its number when it is issued: the extension point the numbering module
 * implements with patterns and gap-free counters on the application's database.
 *
 * <p>Contract: a number is taken only when a document is issued (drafts have none), inside the caller's
 * transaction where the implementation uses one, so that a rolled-back issue gives its number back. Numbers are
 * unique per seller and series and, for French law, continuous and chronological within a series. An
 * implementation must be thread-safe; it must not do slow I/O (PDF rendering, uploads) while it holds a counter
 * lock.
 */
@FunctionalInterface
public interface NumberingStrategy {
    /**
     * Returns the next number for a document about to be issued, consuming it.
     *
     * @param request what is being issued: seller, document type, issue date, customer, product code
     * @return the number, not blank
     */
    String nextNumber(NumberingRequest request);
}
