package org.echeance.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.echeance.core.identifier.Bic;
import org.echeance.core.identifier.Iban;
import org.echeance.core.invoice.AllowanceCharge;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.money.Amounts;
import org.echeance.core.party.ElectronicAddress;
import org.echeance.core.party.Party;
import org.echeance.core.party.PartyIdentifier;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.payment.PaymentInstructions;
import org.echeance.core.terms.EarlyPaymentDiscount;
import org.echeance.core.terms.LatePaymentTerms;

/** A worked invoice, checked by hand, used by the example tests. */
final class Fixtures {
    static final CurrencyUnit EUR = Monetary.getCurrency("EUR");

    private Fixtures() {}

    static MonetaryAmount eur(String value) {
        return Amounts.money(new BigDecimal(value), EUR);
    }

    static Party party(String name, String siren, String vat) {
        return Party.builder(name)
                .legalRegistration(new PartyIdentifier(siren, java.util.Optional.of("0002")))
                .vatNumber(vat)
                .address(PostalAddress.of("1 rue de la Paix", "75002", "Paris", "FR"))
                .electronicAddress(ElectronicAddress.of("0225", siren))
                .build();
    }

    /**
     * Two lines: 3 days of consulting at 450.00 and 2 licences at 99.90 with a 10 % allowance; VAT 20 %.
     * By hand: 1350.00 + (199.80 - 19.98 = 179.82) = 1529.82 net; VAT 305.964 → 305.96; total 1835.78.
     */
    static Invoice.Builder draft() {
        return Invoice.builder(DocumentType.COMMERCIAL_INVOICE, EUR)
                .seller(party("Échéance Démo SAS", "732829320", "FR44732829320"))
                .buyer(party("Client Modèle SARL", "552100554", "FR96552100554"))
                .dueDate(LocalDate.of(2026, 3, 31))
                .paymentNotes(
                        LatePaymentTerms.frenchDefault(new BigDecimal("2.15")),
                        EarlyPaymentDiscount.none(),
                        Locale.FRANCE)
                .paymentInstructions(PaymentInstructions.sepaCreditTransfer(
                        Iban.parse("FR7630006000011234567890189"), Bic.parse("AGRIFRPP"), "F2026-00042"))
                .line(InvoiceLine.builder("1", "Conseil")
                        .quantity("3", UnitCode.DAY)
                        .unitPrice(eur("450.00"))
                        .vatRate(VatRate.standard("20"))
                        .build())
                .line(InvoiceLine.builder("2", "Licence")
                        .quantity("2", UnitCode.ONE)
                        .unitPrice(eur("99.90"))
                        .allowanceCharge(AllowanceCharge.allowanceOf(new BigDecimal("10"), eur("199.80"))
                                .withReason("95", "Remise"))
                        .vatRate(VatRate.standard("20"))
                        .build());
    }

    static Invoice issued() {
        return draft().build().issue("F2026-00042", LocalDate.of(2026, 3, 1));
    }
}
