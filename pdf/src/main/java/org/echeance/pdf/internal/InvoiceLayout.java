package org.echeance.pdf.internal;

import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.echeance.core.invoice.AllowanceCharge;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.InvoiceNote;
import org.echeance.core.invoice.InvoicePeriod;
import org.echeance.core.invoice.InvoiceReference;
import org.echeance.core.invoice.InvoiceTotals;
import org.echeance.core.invoice.VatBreakdown;
import org.echeance.core.invoice.VatCategory;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.payment.PaymentInstructions;
import org.echeance.core.payment.PaymentLink;
import org.echeance.pdf.Branding;
import org.echeance.pdf.RenderOptions;
import org.echeance.pdf.qr.EpcQrPayload;

/**
 * The layout of an invoice or credit note: letterhead, buyer, the lines table (its header repeated on every page, a
 * line never split), then the VAT breakdown, totals and payment block kept together, then the notes.
 */
final class InvoiceLayout {
    private static final float[] COLUMNS = {6, 40, 8, 8, 13, 9, 16};

    private final DocumentWriter w;
    private final Theme t;
    private final Labels labels;
    private final Formats f;
    private final Blocks blocks;
    private final Invoice invoice;
    private final RenderOptions options;
    private final Optional<PaymentLink> paymentLink;

    InvoiceLayout(DocumentWriter writer, Invoice invoice, RenderOptions options, Optional<PaymentLink> paymentLink) {
        this.w = writer;
        this.t = writer.theme;
        this.labels = writer.labels;
        this.f = writer.formats;
        this.blocks = new Blocks(writer);
        this.invoice = invoice;
        this.options = options;
        this.paymentLink = paymentLink;
    }

    static String title(Invoice invoice, Labels labels) {
        return labels.get(titleKey(invoice.documentType()));
    }

    private static String titleKey(DocumentType type) {
        switch (type) {
            case CREDIT_NOTE:
                return "creditNote.title";
            case CORRECTED_INVOICE:
                return "correctedInvoice.title";
            case PREPAYMENT_INVOICE:
                return "prepaymentInvoice.title";
            default:
                return "invoice.title";
        }
    }

    static String documentLabel(Invoice invoice, Labels labels) {
        return title(invoice, labels) + " " + invoice.number().orElse(labels.get("draft"));
    }

    void render() {
        Branding branding = options.branding();
        w.add(blocks.letterhead(branding, invoice.seller(), title(invoice, labels), facts()));
        w.add(parties());
        for (String reference : references()) {
            w.add(t.strong(reference).setMarginTop(6));
        }
        w.add(linesTable().setMarginTop(10));
        w.add(summary());
        notes();
    }

    private List<String[]> facts() {
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {labels.get("field.number"), invoice.number().orElse(labels.get("draft"))});
        invoice.issueDate().ifPresent(d -> facts.add(new String[] {labels.get("field.issueDate"), f.date(d)}));
        invoice.dueDate().ifPresent(d -> facts.add(new String[] {labels.get("field.dueDate"), f.date(d)}));
        invoice.deliveryDate().ifPresent(d -> facts.add(new String[] {labels.get("field.deliveryDate"), f.date(d)}));
        invoice.invoicingPeriod().ifPresent(p -> facts.add(new String[] {labels.get("field.period"), period(p)}));
        invoice.purchaseOrderReference().ifPresent(r -> facts.add(new String[] {labels.get("field.purchaseOrder"), r}));
        invoice.buyerReference().ifPresent(r -> facts.add(new String[] {labels.get("field.buyerReference"), r}));
        return facts;
    }

    private String period(InvoicePeriod p) {
        return labels.format(
                "field.periodValue",
                p.startDate().map(f::date).orElse("…"),
                p.endDate().map(f::date).orElse("…"));
    }

    private Table parties() {
        Table table = Theme.table(new float[] {48, 4, 48}).setMarginTop(14);
        table.addCell(new Cell()
                .add(blocks.addressBlock(labels.get("billTo"), invoice.buyer()))
                .setBorder(Border.NO_BORDER)
                .setPadding(0));
        table.addCell(new Cell().setBorder(Border.NO_BORDER));
        Cell right = new Cell().setBorder(Border.NO_BORDER).setPadding(0);
        invoice.deliverTo().ifPresent(a -> right.add(blocks.addressBlock(labels.get("deliverTo"), a)));
        table.addCell(right);
        return table;
    }

    private List<String> references() {
        List<String> result = new ArrayList<>();
        for (InvoiceReference ref : invoice.precedingInvoices()) {
            String date = ref.issueDate().map(f::date).orElse("");
            if (invoice.isCreditNote()) {
                result.add(
                        ref.issueDate().isPresent()
                                ? labels.format("creditNote.corrects", ref.number(), date)
                                : labels.format("creditNote.correctsNoDate", ref.number()));
            } else if (invoice.documentType() == DocumentType.CORRECTED_INVOICE) {
                result.add(labels.format("corrected.replaces", ref.number(), date));
            } else {
                result.add(labels.format("preceding.invoice", ref.number(), date));
            }
        }
        return result;
    }

    private Table linesTable() {
        Table table = Theme.table(COLUMNS);
        table.addHeaderCell(t.headerCell(labels.get("col.id"), TextAlignment.LEFT));
        table.addHeaderCell(t.headerCell(labels.get("col.description"), TextAlignment.LEFT));
        table.addHeaderCell(t.headerCell(labels.get("col.quantity"), TextAlignment.RIGHT));
        table.addHeaderCell(t.headerCell(labels.get("col.unit"), TextAlignment.LEFT));
        table.addHeaderCell(t.headerCell(labels.get("col.unitPrice"), TextAlignment.RIGHT));
        table.addHeaderCell(t.headerCell(labels.get("col.vat"), TextAlignment.RIGHT));
        table.addHeaderCell(t.headerCell(labels.get("col.amount"), TextAlignment.RIGHT));
        InvoiceTotals totals = invoice.totals();
        for (int i = 0; i < invoice.lines().size(); i++) {
            InvoiceLine line = invoice.lines().get(i);
            table.addCell(t.bodyCell(t.text(line.id()), TextAlignment.LEFT));
            table.addCell(t.bodyCell(description(line), TextAlignment.LEFT));
            table.addCell(t.bodyCell(t.text(f.quantity(line.quantity())), TextAlignment.RIGHT));
            table.addCell(t.bodyCell(t.text(unit(line)), TextAlignment.LEFT));
            table.addCell(t.bodyCell(t.text(f.price(totals.lines().get(i).netPrice())), TextAlignment.RIGHT));
            table.addCell(t.bodyCell(t.text(rate(line.vatRate())), TextAlignment.RIGHT));
            table.addCell(t.bodyCell(t.strong(f.money(totals.lines().get(i).netAmount())), TextAlignment.RIGHT));
        }
        return table;
    }

    private Paragraph description(InvoiceLine line) {
        Paragraph p = new Paragraph()
                .setMargin(0)
                .setFont(t.regular)
                .setFontSize(Theme.BODY)
                .setFontColor(t.text);
        p.add(t.boldText(line.itemName()));
        line.description().ifPresent(d -> p.add("\n" + d));
        line.note().ifPresent(n -> p.add("\n" + n));
        List<String> details = new ArrayList<>();
        line.sellerItemId().ifPresent(id -> details.add(labels.format("line.item", id)));
        line.period()
                .ifPresent(pe -> details.add(labels.format(
                        "line.period",
                        pe.startDate().map(f::date).orElse("…"),
                        pe.endDate().map(f::date).orElse("…"))));
        line.orderLineReference().ifPresent(r -> details.add(labels.format("line.order", r)));
        for (AllowanceCharge ac : line.allowancesCharges()) {
            details.add(allowanceCharge(ac));
        }
        line.exemptionReason().ifPresent(details::add);
        if (!details.isEmpty()) {
            p.add(new com.itextpdf.layout.element.Text("\n" + String.join("\n", details))
                    .setFontColor(t.muted)
                    .setFontSize(Theme.SMALL));
        }
        return p;
    }

    private String allowanceCharge(AllowanceCharge ac) {
        String label = ac.reason().orElse(labels.get(ac.isCharge() ? "line.charge" : "line.allowance"));
        String percent = ac.percentage().map(pc -> " " + f.percent(pc)).orElse("");
        return label + percent + " : " + (ac.isCharge() ? "+" : "−") + f.money(ac.amount());
    }

    private String unit(InvoiceLine line) {
        String code = line.unit().code();
        try {
            return labels.get("unit." + code);
        } catch (IllegalStateException e) {
            return code;
        }
    }

    private String rate(VatRate rate) {
        if (rate.category() == VatCategory.STANDARD) {
            return f.percent(rate.percent());
        }
        return rate.category() == VatCategory.OUTSIDE_SCOPE
                ? rate.category().code()
                : f.percent(rate.percent()) + " " + rate.category().code();
    }

    /** The VAT breakdown, the totals and the payment block, never separated by a page break. */
    private Div summary() {
        Div summary = new Div().setKeepTogether(true).setMarginTop(10);
        Table row = Theme.table(new float[] {55, 5, 40});
        Cell left = new Cell().setBorder(Border.NO_BORDER).setPadding(0);
        left.add(vatBreakdown());
        for (String mention : vatMentions()) {
            left.add(t.text(mention).setMarginTop(3));
        }
        row.addCell(left);
        row.addCell(new Cell().setBorder(Border.NO_BORDER));
        row.addCell(new Cell().add(totalsTable()).setBorder(Border.NO_BORDER).setPadding(0));
        summary.add(row);
        payment().ifPresent(summary::add);
        return summary;
    }

    private Table vatBreakdown() {
        Table table = Theme.table(new float[] {40, 30, 30});
        table.addHeaderCell(t.headerCell(labels.get("vat.rate"), TextAlignment.LEFT));
        table.addHeaderCell(t.headerCell(labels.get("vat.base"), TextAlignment.RIGHT));
        table.addHeaderCell(t.headerCell(labels.get("vat.amount"), TextAlignment.RIGHT));
        for (VatBreakdown group : invoice.totals().vatBreakdown()) {
            table.addCell(t.bodyCell(t.text(categoryLabel(group.vatRate())), TextAlignment.LEFT));
            table.addCell(t.bodyCell(t.text(f.money(group.taxableAmount())), TextAlignment.RIGHT));
            table.addCell(t.bodyCell(t.text(f.money(group.vatAmount())), TextAlignment.RIGHT));
        }
        return table;
    }

    private String categoryLabel(VatRate rate) {
        return labels.format("vat.category." + rate.category().code(), f.percent(rate.percent()));
    }

    /** The mentions the VAT categories need: exemption reasons, reverse charge, zero rate; each once. */
    private List<String> vatMentions() {
        Set<String> mentions = new LinkedHashSet<>();
        for (VatBreakdown group : invoice.totals().vatBreakdown()) {
            VatCategory category = group.vatRate().category();
            if (category == VatCategory.REVERSE_CHARGE) {
                mentions.add(labels.get("mention.AE"));
            }
            if (category == VatCategory.ZERO_RATED) {
                mentions.add(labels.get("mention.Z"));
            }
            group.exemptionReason().ifPresent(mentions::add);
            if (group.exemptionReason().isEmpty()) {
                group.exemptionReasonCode().ifPresent(mentions::add);
            }
        }
        return new ArrayList<>(mentions);
    }

    private Table totalsTable() {
        InvoiceTotals totals = invoice.totals();
        Table table = Theme.table(new float[] {58, 42});
        totalRow(table, labels.get("totals.lines"), totals.sumOfLineNetAmounts(), false);
        List<AllowanceCharge> acs = invoice.allowancesCharges();
        for (int i = 0; i < acs.size(); i++) {
            AllowanceCharge ac = acs.get(i);
            String label = ac.reason().orElse(labels.get(ac.isCharge() ? "totals.charges" : "totals.allowances"));
            MonetaryAmount net = totals.allowanceChargeNetAmounts().get(i);
            totalRow(table, label, ac.isCharge() ? net : net.negate(), false);
        }
        totalRow(table, labels.get("totals.net"), totals.taxExclusiveAmount(), false);
        totalRow(table, labels.get("totals.vat"), totals.vatTotal(), false);
        totalRow(table, labels.get("totals.gross"), totals.taxInclusiveAmount(), true);
        if (!totals.prepaidAmount().isZero()) {
            totalRow(table, labels.get("totals.prepaid"), totals.prepaidAmount().negate(), false);
        }
        if (!totals.roundingAmount().isZero()) {
            totalRow(table, labels.get("totals.rounding"), totals.roundingAmount(), false);
        }
        String dueLabel = labels.get(invoice.isCreditNote() ? "totals.credited" : "totals.due");
        table.addCell(new Cell()
                .add(new Paragraph(dueLabel)
                        .setFont(t.bold)
                        .setFontSize(10)
                        .setFontColor(t.white)
                        .setMargin(0))
                .setBackgroundColor(t.accent)
                .setBorder(Border.NO_BORDER)
                .setPadding(4));
        table.addCell(new Cell()
                .add(new Paragraph(f.money(totals.amountDue()))
                        .setFont(t.bold)
                        .setFontSize(10)
                        .setFontColor(t.white)
                        .setMargin(0)
                        .setTextAlignment(TextAlignment.RIGHT))
                .setBackgroundColor(t.accent)
                .setBorder(Border.NO_BORDER)
                .setPadding(4));
        return table;
    }

    private void totalRow(Table table, String label, MonetaryAmount amount, boolean strong) {
        Paragraph l = strong ? t.strong(label) : t.text(label);
        Paragraph v = strong ? t.strong(f.money(amount)) : t.text(f.money(amount));
        table.addCell(t.plainCell(l, TextAlignment.LEFT).setBorderBottom(new SolidBorder(t.rule, 0.5f)));
        table.addCell(t.plainCell(v, TextAlignment.RIGHT).setBorderBottom(new SolidBorder(t.rule, 0.5f)));
    }

    /** How to pay: terms, the account and reference, the due date, the EPC QR code and the payment link. */
    private Optional<Div> payment() {
        boolean due = !invoice.isCreditNote() && invoice.totals().amountDue().isPositive();
        Optional<PaymentInstructions> instructions = invoice.paymentInstructions();
        Optional<String> terms = invoice.paymentTerms();
        Optional<String> brandText = options.branding().paymentInstructions();
        if (!due && terms.isEmpty()) {
            return Optional.empty();
        }
        Div block = new Div()
                .setKeepTogether(true)
                .setMarginTop(12)
                .setBorder(new SolidBorder(t.accent, 0.8f))
                .setPadding(8);
        block.add(t.heading(labels.get("pay.title")).setMarginTop(0));
        Table row = Theme.table(new float[] {60, 20, 20});
        Cell text = new Cell().setBorder(Border.NO_BORDER).setPadding(0).setVerticalAlignment(VerticalAlignment.TOP);
        terms.ifPresent(
                s -> text.add(t.text(labels.get("pay.terms") + " : " + s).setMarginBottom(3)));
        if (due) {
            List<String[]> facts = new ArrayList<>();
            facts.add(new String[] {
                labels.get("pay.amount"), f.money(invoice.totals().amountDue())
            });
            invoice.dueDate().ifPresent(d -> facts.add(new String[] {labels.get("pay.dueDate"), f.date(d)}));
            instructions.ifPresent(pay -> {
                pay.account().ifPresent(iban -> {
                    facts.add(new String[] {
                        labels.get("pay.beneficiary"),
                        pay.accountName()
                                .orElse(invoice.payee().orElse(invoice.seller()).legalName())
                    });
                    facts.add(new String[] {labels.get("pay.iban"), iban.toPrintString()});
                });
                pay.bic().ifPresent(bic -> facts.add(new String[] {labels.get("pay.bic"), bic.toString()}));
                pay.remittanceInformation()
                        .ifPresent(r -> facts.add(new String[] {labels.get("pay.reference"), reference(r)}));
                pay.mandateReference()
                        .ifPresent(m -> facts.add(new String[] {"", labels.format("pay.directDebit", m)}));
            });
            Table list = Theme.table(new float[] {30, 70});
            for (String[] fact : facts) {
                list.addCell(t.plainCell(t.text(fact[0]).setFontColor(t.muted), TextAlignment.LEFT));
                list.addCell(t.plainCell(t.strong(fact[1]), TextAlignment.LEFT));
            }
            text.add(list);
        }
        brandText.ifPresent(s -> text.add(t.small(s).setMarginTop(3)));
        row.addCell(text);
        Optional<EpcQrPayload> epc = due && options.epcQrCode() ? EpcQrPayload.forInvoice(invoice) : Optional.empty();
        row.addCell(epc.map(p -> blocks.qrCell(blocks.qrCode(p.toBytes()), labels.get("pay.scan")))
                .orElseGet(() -> new Cell().setBorder(Border.NO_BORDER)));
        Optional<PaymentLink> link = due ? paymentLink : Optional.empty();
        row.addCell(link.map(l -> blocks.qrCell(
                        blocks.qrCode(l.url().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        labels.get("pay.online")))
                .orElseGet(() -> new Cell().setBorder(Border.NO_BORDER)));
        block.add(row);
        link.ifPresent(l ->
                block.add(t.text(labels.get("pay.online") + " : " + l.url()).setMarginTop(3)));
        return Optional.of(block);
    }

    private static String reference(String remittance) {
        if (org.echeance.core.identifier.RfCreditorReference.check(remittance).valid()) {
            return org.echeance.core.identifier.RfCreditorReference.parse(remittance)
                    .toPrintString();
        }
        return remittance;
    }

    private void notes() {
        if (invoice.notes().isEmpty()) {
            return;
        }
        Div notes = new Div().setMarginTop(10).setKeepTogether(true);
        notes.add(t.heading(labels.get("notes.title")));
        for (InvoiceNote note : invoice.notes()) {
            notes.add(t.small(note.text()).setFontColor(t.text).setMarginBottom(2));
        }
        w.add(notes);
    }
}
