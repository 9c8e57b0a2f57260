package org.echeance.einvoice.read.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.echeance.core.invoice.AllowanceCharge;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.InvoicePeriod;
import org.echeance.core.invoice.Price;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatRate;

/** One line as read, before it becomes an {@link InvoiceLine}; null parts were refused. Not API. */
final class LineDraft {
    final String path;
    String id;
    String itemName;
    Optional<String> note = Optional.empty();
    Optional<String> description = Optional.empty();
    Optional<String> sellerItemId = Optional.empty();
    Optional<String> orderLineReference = Optional.empty();
    BigDecimal quantity;
    UnitCode unit = UnitCode.ONE;
    Price price;
    final List<AllowanceCharge> allowancesCharges = new ArrayList<>();
    VatRate vatRate;
    Optional<InvoicePeriod> period = Optional.empty();
    Optional<MonetaryAmount> statedNetAmount = Optional.empty();

    LineDraft(String path) {
        this.path = path;
    }

    boolean isComplete() {
        return id != null && itemName != null && quantity != null && price != null && vatRate != null;
    }

    /** Builds the line with a quantity and price, and the exemption reason of its VAT group. */
    InvoiceLine build(BigDecimal lineQuantity, Price linePrice, Optional<String> reasonCode, Optional<String> reason) {
        InvoiceLine.Builder b = InvoiceLine.builder(id, itemName)
                .quantity(lineQuantity, unit)
                .price(linePrice)
                .vatRate(vatRate);
        note.ifPresent(b::note);
        description.ifPresent(b::description);
        sellerItemId.ifPresent(b::sellerItemId);
        orderLineReference.ifPresent(b::orderLineReference);
        period.ifPresent(b::period);
        allowancesCharges.forEach(b::allowanceCharge);
        if (reasonCode.isPresent() || reason.isPresent()) {
            b.exemption(reasonCode.orElse(null), reason.orElse(null));
        }
        return b.build();
    }
}
