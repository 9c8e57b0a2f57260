package org.echeance.einvoice.read;

import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.echeance.core.money.Amounts;

/**
 * An amount a document states that differs from the amount Echeance recomputes from the document's lines,
 * allowances and charges, or that one side has and the other has not.
 *
 * <p>For example {@code BT-109 totals.taxExclusiveAmount: stated 1436.50, recomputed 1436.51}. Amounts compare by
 * value: {@code 10} and {@code 10.00} are not a difference.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param businessTerm the EN 16931 business term, such as {@code "BT-109"} or {@code "BT-117"}
 * @param path where, such as {@code "totals.taxExclusiveAmount"} or {@code "vatBreakdown[S 25 %].vatAmount"}
 * @param stated the amount the document states, if it states one
 * @param recomputed the amount Echeance computes, if it computes one
 */
public record Difference(
        String businessTerm, String path, Optional<MonetaryAmount> stated, Optional<MonetaryAmount> recomputed) {
    /**
     * Creates a difference.
     *
     * @throws NullPointerException if any part is null
     * @throws IllegalArgumentException if both amounts are absent
     */
    public Difference {
        Objects.requireNonNull(businessTerm, "businessTerm");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(stated, "stated");
        Objects.requireNonNull(recomputed, "recomputed");
        if (stated.isEmpty() && recomputed.isEmpty()) {
            throw new IllegalArgumentException(path + ": a difference needs a stated or a recomputed amount");
        }
    }

    /**
     * Returns the difference as {@code BT-xxx path: stated A, recomputed B}.
     *
     * @return a line a person reads
     */
    @Override
    public String toString() {
        return businessTerm + " " + path + ": stated "
                + stated.map(Amounts::toPlainString).orElse("nothing") + ", recomputed "
                + recomputed.map(Amounts::toPlainString).orElse("nothing");
    }
}
