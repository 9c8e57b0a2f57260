package org.echeance.numbering;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.echeance.core.numbering.NumberingRequest;

/** The values a number is made of, except the counter: what a {@link NumberPattern} reads from a document. */
record NumberValues(
        LocalDate issueDate,
        String series,
        Optional<String> customer,
        Optional<String> buyerName,
        Optional<String> product) {

    NumberValues {
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(buyerName, "buyerName");
        Objects.requireNonNull(product, "product");
    }

    static NumberValues of(NumberingRequest request, String series) {
        return new NumberValues(
                request.issueDate(),
                Objects.requireNonNull(series, "series"),
                request.customerNumber(),
                Optional.of(request.buyer().legalName()),
                request.productCode());
    }

    static NumberValues of(PreviewSample sample) {
        return new NumberValues(
                sample.issueDate(),
                sample.series(),
                sample.customerNumber(),
                sample.customerName(),
                sample.productCode());
    }
}
