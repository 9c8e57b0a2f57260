package org.echeance.core.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.echeance.core.identifier.Bic;
import org.echeance.core.identifier.Iban;
import org.echeance.core.identifier.Siren;
import org.echeance.core.invoice.AllowanceCharge;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.InvoiceNote;
import org.echeance.core.invoice.InvoicePeriod;
import org.echeance.core.invoice.InvoiceReference;
import org.echeance.core.invoice.InvoiceTotals;
import org.echeance.core.invoice.LineAmounts;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatBreakdown;
import org.echeance.core.invoice.VatCategory;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.party.ElectronicAddress;
import org.echeance.core.party.Party;
import org.echeance.core.party.PartyIdentifier;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.payment.PaymentInstructions;
import org.javamoney.moneta.Money;

/**
 * A valid French B2B invoice and the parts to break it one rule at a time.
 *
 * <p>The valid invoice: 3 hours of consulting at 150.00 (S 20 %) and 2 books at 25.00 (S 5.5 %), less a 10.00
 * loyalty discount at 20 %. Totals: lines 500.00, allowances 10.00, without VAT 490.00, VAT 88.00 + 2.75 = 90.75,
 * with VAT 580.75. 552100554 and 303265045 are the SIRENs of the identifier tests; FR96552100554 and
 * FR40303265045 their VAT numbers; FR7630006000011234567890189 is the usual example IBAN of French bank docs.
 */
final class ValidationFixtures {
    static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    static final LocalDate ISSUE_DATE = LocalDate.of(2026, 5, 13);
    static final String NUMBER = "FA-2026-0042";
    static final String SELLER_SIREN = "552100554";
    static final String SELLER_VAT = "FR96552100554";
    static final String BUYER_SIREN = "303265045";
    static final String BUYER_VAT = "FR40303265045";
    static final PostalAddress PARIS = PostalAddress.of("12 rue de la Paix", "75002", "Paris", "FR");
    static final PostalAddress LYON = PostalAddress.of("3 quai Saint-Antoine", "69002", "Lyon", "FR");
    static final PostalAddress BERLIN = PostalAddress.of("Unter den Linden 1", "10117", "Berlin", "DE");
    static final PostalAddress NEW_YORK = PostalAddress.of("1 Main Street", "10001", "New York", "US");
    static final VatRate S20 = VatRate.standard("20");
    static final VatRate S5_5 = VatRate.standard("5.5");

    private ValidationFixtures() {}

    static MonetaryAmount eur(String value) {
        return Money.of(new BigDecimal(value), EUR);
    }

    /** Returns a seller with its SIREN only: add a VAT number, an address and an electronic address as needed. */
    static Party.Builder sellerBase() {
        return Party.builder("Atelier Échéance SAS").legalRegistration(PartyIdentifier.of(Siren.parse(SELLER_SIREN)));
    }

    static Party seller() {
        return sellerBase()
                .vatNumber(SELLER_VAT)
                .address(PARIS)
                .electronicAddress(ElectronicAddress.of("0225", SELLER_SIREN))
                .build();
    }

    /** Returns a French business buyer with its SIREN only. */
    static Party.Builder buyerBase() {
        return Party.builder("Librairie du Rhône SARL").legalRegistration(PartyIdentifier.of(Siren.parse(BUYER_SIREN)));
    }

    static Party buyer() {
        return buyerBase()
                .vatNumber(BUYER_VAT)
                .address(LYON)
                .electronicAddress(ElectronicAddress.of("0225", BUYER_SIREN))
                .build();
    }

    /** Returns a consumer: no VAT number, no legal registration. */
    static Party consumer() {
        return Party.builder("Marie Durand").address(LYON).build();
    }

    static Party germanBuyer() {
        return Party.builder("Buchhandlung Berlin GmbH")
                .vatNumber("DE136695976")
                .address(BERLIN)
                .electronicAddress(ElectronicAddress.of("EM", "rechnungen@buchhandlung.example"))
                .build();
    }

    static InvoiceLine consulting() {
        return InvoiceLine.builder("1", "Conseil en facturation électronique")
                .quantity("3", UnitCode.HOUR)
                .unitPrice(eur("150.00"))
                .vatRate(S20)
                .build();
    }

    static InvoiceLine books() {
        return InvoiceLine.builder("2", "Guide de la facture électronique")
                .quantity("2", UnitCode.PIECE)
                .unitPrice(eur("25.00"))
                .vatRate(S5_5)
                .build();
    }

    /** Returns a line of one unit at a price, in a VAT rate. */
    static InvoiceLine.Builder line(String id, VatRate rate, String price) {
        return InvoiceLine.builder(id, "Prestation " + id)
                .quantity("1", UnitCode.ONE)
                .unitPrice(eur(price))
                .vatRate(rate);
    }

    static AllowanceCharge loyaltyDiscount() {
        return AllowanceCharge.allowance(eur("10.00"))
                .withReason("95", "Remise fidélité")
                .withVatRate(S20);
    }

    static List<InvoiceNote> frenchNotes() {
        return List.of(
                InvoiceNote.of(
                        InvoiceNote.RECOVERY_INDEMNITY, "Indemnité forfaitaire pour frais de recouvrement : 40 €"),
                InvoiceNote.of(
                        InvoiceNote.LATE_PAYMENT_PENALTIES,
                        "Pénalités de retard : taux de refinancement de la BCE majoré de 10 points"),
                InvoiceNote.of(InvoiceNote.EARLY_PAYMENT_DISCOUNT, "Pas d'escompte pour paiement anticipé"));
    }

    /** Returns the exemption reason code of a zero-rated category, as the VATEX list names it. */
    static String vatex(VatCategory category) {
        return switch (category) {
            case EXEMPT -> "VATEX-FR-FRANCHISE";
            case REVERSE_CHARGE -> "VATEX-EU-AE";
            case INTRA_COMMUNITY -> "VATEX-EU-IC";
            case EXPORT -> "VATEX-EU-G";
            case OUTSIDE_SCOPE -> "VATEX-EU-O";
            default -> throw new IllegalArgumentException(category.code() + " needs no exemption reason");
        };
    }

    /** The parts of an invoice, valid by default; a test changes one and builds. */
    static final class Parts {
        DocumentType type = DocumentType.COMMERCIAL_INVOICE;
        String number = NUMBER;
        LocalDate issueDate = ISSUE_DATE;
        LocalDate dueDate = ISSUE_DATE.plusDays(30);
        Party seller = seller();
        Party buyer = buyer();
        Party payee;
        final List<InvoiceLine> lines = new ArrayList<>(List.of(consulting(), books()));
        final List<AllowanceCharge> allowancesCharges = new ArrayList<>(List.of(loyaltyDiscount()));
        final List<InvoiceNote> notes = new ArrayList<>(frenchNotes());
        final List<InvoiceReference> precedingInvoices = new ArrayList<>();
        LocalDate deliveryDate;
        InvoicePeriod invoicingPeriod;
        PostalAddress deliverTo;
        String paymentTerms = "30 jours net";
        PaymentInstructions paymentInstructions = PaymentInstructions.sepaCreditTransfer(
                Iban.parse("FR7630006000011234567890189"), Bic.parse("AGRIFRPP"), NUMBER);

        /**
         * Makes the invoice a single line of a category with valid parties for it: S and Z keep the French
         * parties, E and AE too, K sells to a German business delivered in Berlin, G to a New York buyer, O has no
         * VAT number on either side.
         */
        Parts onlyCategory(VatCategory category, boolean withExemptionReason) {
            lines.clear();
            allowancesCharges.clear();
            VatRate rate = category == VatCategory.STANDARD ? S20 : VatRate.zero(category);
            InvoiceLine.Builder line = line("1", rate, "100.00");
            if (withExemptionReason) {
                line.exemption(vatex(category), "Exonération " + category.code());
            }
            lines.add(line.build());
            switch (category) {
                case INTRA_COMMUNITY -> {
                    buyer = germanBuyer();
                    deliveryDate = ISSUE_DATE.minusDays(2);
                    deliverTo = BERLIN;
                }
                case EXPORT ->
                    buyer = Party.builder("Acme Books Inc.").address(NEW_YORK).build();
                case OUTSIDE_SCOPE -> {
                    seller = sellerBase().address(PARIS).build();
                    buyer = buyerBase().address(LYON).build();
                }
                default -> {}
            }
            return this;
        }

        Invoice build() {
            Invoice.Builder b = Invoice.builder(type, EUR).seller(seller).buyer(buyer);
            Optional.ofNullable(number).ifPresent(b::number);
            Optional.ofNullable(issueDate).ifPresent(b::issueDate);
            Optional.ofNullable(dueDate).ifPresent(b::dueDate);
            Optional.ofNullable(payee).ifPresent(b::payee);
            lines.forEach(b::line);
            allowancesCharges.forEach(b::allowanceCharge);
            notes.forEach(b::note);
            precedingInvoices.forEach(b::precedingInvoice);
            Optional.ofNullable(deliveryDate).ifPresent(b::deliveryDate);
            Optional.ofNullable(invoicingPeriod).ifPresent(b::invoicingPeriod);
            Optional.ofNullable(deliverTo).ifPresent(b::deliverTo);
            Optional.ofNullable(paymentTerms).ifPresent(b::paymentTerms);
            Optional.ofNullable(paymentInstructions).ifPresent(b::paymentInstructions);
            return b.build();
        }
    }

    /** Returns the valid invoice with one change. */
    static Invoice invoice(Consumer<Parts> change) {
        Parts parts = new Parts();
        change.accept(parts);
        return parts.build();
    }

    static Invoice validInvoice() {
        return new Parts().build();
    }

    /** The parts of computed totals, to feed the validator amounts an invoice would never compute itself. */
    static final class TotalsParts {
        List<LineAmounts> lines;
        List<MonetaryAmount> allowanceChargeNetAmounts;
        MonetaryAmount sumOfLineNetAmounts;
        MonetaryAmount allowanceTotal;
        MonetaryAmount chargeTotal;
        MonetaryAmount taxExclusiveAmount;
        List<VatBreakdown> vatBreakdown;
        MonetaryAmount vatTotal;
        Optional<MonetaryAmount> vatTotalInTaxCurrency;
        MonetaryAmount taxInclusiveAmount;
        MonetaryAmount prepaidAmount;
        MonetaryAmount roundingAmount;
        MonetaryAmount amountDue;

        TotalsParts(InvoiceTotals t) {
            lines = new ArrayList<>(t.lines());
            allowanceChargeNetAmounts = new ArrayList<>(t.allowanceChargeNetAmounts());
            sumOfLineNetAmounts = t.sumOfLineNetAmounts();
            allowanceTotal = t.allowanceTotal();
            chargeTotal = t.chargeTotal();
            taxExclusiveAmount = t.taxExclusiveAmount();
            vatBreakdown = new ArrayList<>(t.vatBreakdown());
            vatTotal = t.vatTotal();
            vatTotalInTaxCurrency = t.vatTotalInTaxCurrency();
            taxInclusiveAmount = t.taxInclusiveAmount();
            prepaidAmount = t.prepaidAmount();
            roundingAmount = t.roundingAmount();
            amountDue = t.amountDue();
        }

        /** Replaces the taxable amount of a breakdown group. */
        void taxableAmount(int group, String amount) {
            VatBreakdown g = vatBreakdown.get(group);
            vatBreakdown.set(
                    group,
                    new VatBreakdown(
                            g.vatRate(),
                            eur(amount),
                            g.vatAmount(),
                            g.exemptionReason(),
                            g.exemptionReasonCode(),
                            g.vatAmountInTaxCurrency()));
        }

        /** Replaces the VAT amount of a breakdown group. */
        void vatAmount(int group, String amount) {
            VatBreakdown g = vatBreakdown.get(group);
            vatBreakdown.set(
                    group,
                    new VatBreakdown(
                            g.vatRate(),
                            g.taxableAmount(),
                            eur(amount),
                            g.exemptionReason(),
                            g.exemptionReasonCode(),
                            g.vatAmountInTaxCurrency()));
        }

        /** Replaces the net amount of a line. */
        void lineNetAmount(int line, String amount) {
            LineAmounts l = lines.get(line);
            lines.set(line, new LineAmounts(l.netPrice(), eur(amount), l.vatInclusiveAmount()));
        }

        InvoiceTotals build() {
            return new InvoiceTotals(
                    lines,
                    allowanceChargeNetAmounts,
                    sumOfLineNetAmounts,
                    allowanceTotal,
                    chargeTotal,
                    taxExclusiveAmount,
                    vatBreakdown,
                    vatTotal,
                    vatTotalInTaxCurrency,
                    taxInclusiveAmount,
                    prepaidAmount,
                    roundingAmount,
                    amountDue);
        }
    }

    /** Returns an invoice's totals with one change. */
    static InvoiceTotals totals(Invoice invoice, Consumer<TotalsParts> change) {
        TotalsParts parts = new TotalsParts(invoice.totals());
        change.accept(parts);
        return parts.build();
    }
}
