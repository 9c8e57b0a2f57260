package org.echeance.core.numbering;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.party.Party;

/**
 * What a {@link NumberingStrategy} may use to build a number: the seller (the scope of every counter), the
 * document type (its series), the issue date (never today's date), the buyer and the product code of the
 * first line.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param seller the seller issuing the document
 * @param documentType the document type
 * @param issueDate the issue date of the document
 * @param buyer the buyer
 * @param customerNumber the seller's number for the buyer, if known
 * @param productCode the seller item id of the first line that has one, if any
 */
public record NumberingRequest(
        Party seller,
        DocumentType documentType,
        LocalDate issueDate,
        Party buyer,
        Optional<String> customerNumber,
        Optional<String> productCode) {

    /** Creates a request, rejecting null parts. */
    public NumberingRequest {
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(productCode, "productCode");
    }

    /**
     * Returns the request for a draft invoice about to be issued on a date.
     *
     * @param draft the draft
     * @param issueDate the issue date
     * @param customerNumber the seller's number for the buyer, if known
     * @return the request
     */
    public static NumberingRequest of(Invoice draft, LocalDate issueDate, Optional<String> customerNumber) {
        Objects.requireNonNull(draft, "draft");
        Optional<String> product =
                draft.lines().stream().flatMap(l -> l.sellerItemId().stream()).findFirst();
        return new NumberingRequest(
                draft.seller(), draft.documentType(), issueDate, draft.buyer(), customerNumber, product);
    }
}
