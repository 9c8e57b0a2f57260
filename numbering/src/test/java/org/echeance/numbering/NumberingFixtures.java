package org.echeance.numbering;

import java.time.LocalDate;
import java.util.Optional;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.numbering.NumberingRequest;
import org.echeance.core.party.Party;

/** Sellers, buyers and requests shared by the numbering tests. */
final class NumberingFixtures {
    /** A French seller: SIREN 812345676 from its VAT number. */
    static final Party ATELIER =
            Party.builder("Atelier Durand SARL").vatNumber("FR19812345676").build();
    /** Another French seller: SIREN 303265045. */
    static final Party BUREAU =
            Party.builder("Bureau Conseil SAS").vatNumber("FR40303265045").build();
    /** A German seller: VAT number, no SIREN. */
    static final Party GMBH =
            Party.builder("Muster GmbH").vatNumber("DE136695976").build();
    /** A seller with neither SIREN nor VAT number. */
    static final Party AUTO_ENTREPRENEUR = Party.builder("Jeanne Martin").build();

    static final Party BOULANGERIE = Party.builder("Boulangerie Martin SAS").build();

    private NumberingFixtures() {}

    static NumberingRequest invoice(LocalDate issueDate) {
        return request(ATELIER, DocumentType.COMMERCIAL_INVOICE, issueDate);
    }

    static NumberingRequest creditNote(LocalDate issueDate) {
        return request(ATELIER, DocumentType.CREDIT_NOTE, issueDate);
    }

    static NumberingRequest request(Party seller, DocumentType type, LocalDate issueDate) {
        return new NumberingRequest(seller, type, issueDate, BOULANGERIE, Optional.empty(), Optional.empty());
    }

    static NumberingRequest forCustomer(String customerNumber, Party buyer, LocalDate issueDate) {
        return new NumberingRequest(
                ATELIER,
                DocumentType.COMMERCIAL_INVOICE,
                issueDate,
                buyer,
                Optional.of(customerNumber),
                Optional.empty());
    }

    static NumberingRequest withProduct(String productCode, LocalDate issueDate) {
        return new NumberingRequest(
                ATELIER,
                DocumentType.COMMERCIAL_INVOICE,
                issueDate,
                BOULANGERIE,
                Optional.empty(),
                Optional.of(productCode));
    }
}
