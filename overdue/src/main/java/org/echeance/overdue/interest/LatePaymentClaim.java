package org.echeance.overdue.interest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * What a late invoice owes on a date besides its principal, ready to state on a reminder or to charge on an
 * interest invoice: the late-payment interest, line by line, and the indemnité forfaitaire pour frais de
 * recouvrement (fixed recovery indemnity).
 *
 * <p>The interest is the sum of the lines (each rounded), so that an interest invoice listing them adds up. The
 * indemnity is owed once per late invoice, in full even after a partial payment (D441-5), and never by a consumer.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param invoiceNumber the invoice
 * @param asOf the last day counted
 * @param lines the interest lines, by installment then date
 * @param interest the total interest, in the invoice currency
 * @param recoveryIndemnity the fixed recovery indemnity, when the invoice is late and the terms have one
 */
public record LatePaymentClaim(
        String invoiceNumber,
        LocalDate asOf,
        List<InterestPeriod> lines,
        MonetaryAmount interest,
        Optional<MonetaryAmount> recoveryIndemnity) {
    /**
     * Creates a claim.
     *
     * @throws NullPointerException if a part is null
     */
    public LatePaymentClaim {
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(asOf, "asOf");
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        Objects.requireNonNull(interest, "interest");
        Objects.requireNonNull(recoveryIndemnity, "recoveryIndemnity");
    }

    /**
     * Checks if the invoice was late: some amount stayed unpaid after a due date.
     *
     * @return true if there is an interest line
     */
    public boolean isLate() {
        return !lines.isEmpty();
    }
}
