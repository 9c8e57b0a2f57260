package org.echeance.pdf.internal;

import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.util.ArrayList;
import java.util.List;
import org.echeance.core.installment.Installment;
import org.echeance.core.installment.InstallmentPlan;
import org.echeance.core.invoice.Invoice;
import org.echeance.pdf.RenderOptions;

/** The layout of an installment schedule: the invoice, then each installment's due date and amount, and the total. */
final class ScheduleLayout {
    private final DocumentWriter w;
    private final Theme t;
    private final Labels labels;
    private final Formats f;
    private final Blocks blocks;
    private final Invoice invoice;
    private final InstallmentPlan plan;
    private final RenderOptions options;

    ScheduleLayout(DocumentWriter writer, Invoice invoice, InstallmentPlan plan, RenderOptions options) {
        this.w = writer;
        this.t = writer.theme;
        this.labels = writer.labels;
        this.f = writer.formats;
        this.blocks = new Blocks(writer);
        this.invoice = invoice;
        this.plan = plan;
        this.options = options;
    }

    void render() {
        List<String[]> facts = new ArrayList<>();
        String number = invoice.number().orElse(labels.get("draft"));
        facts.add(new String[] {labels.get("field.number"), number});
        invoice.issueDate().ifPresent(d -> facts.add(new String[] {labels.get("field.issueDate"), f.date(d)}));
        facts.add(new String[] {labels.get("totals.due"), f.money(plan.total())});
        w.add(blocks.letterhead(options.branding(), invoice.seller(), labels.get("schedule.title"), facts));
        w.add(blocks.addressBlock(labels.get("billTo"), invoice.buyer())
                .setMarginTop(14)
                .setWidth(UnitValue.createPercentValue(48)));
        w.add(t.strong(labels.format(
                        "schedule.intro",
                        number,
                        invoice.issueDate().map(f::date).orElse("")))
                .setMarginTop(10));
        Table table = Theme.table(new float[] {20, 40, 40}).setMarginTop(8);
        table.addHeaderCell(t.headerCell(labels.get("schedule.number"), TextAlignment.LEFT));
        table.addHeaderCell(t.headerCell(labels.get("schedule.dueDate"), TextAlignment.LEFT));
        table.addHeaderCell(t.headerCell(labels.get("schedule.amount"), TextAlignment.RIGHT));
        for (Installment installment : plan.installments()) {
            table.addCell(t.bodyCell(t.text(Integer.toString(installment.number())), TextAlignment.LEFT));
            table.addCell(t.bodyCell(t.text(f.date(installment.dueDate())), TextAlignment.LEFT));
            table.addCell(t.bodyCell(t.text(f.money(installment.amount())), TextAlignment.RIGHT));
        }
        table.addCell(t.bodyCell(t.strong(labels.get("schedule.total")), TextAlignment.LEFT));
        table.addCell(t.bodyCell(t.text(""), TextAlignment.LEFT));
        table.addCell(t.bodyCell(t.strong(f.money(plan.total())), TextAlignment.RIGHT));
        w.add(table);
        invoice.paymentInstructions()
                .ifPresent(pay -> pay.account().ifPresent(iban -> {
                    w.add(t.heading(labels.get("pay.title")));
                    w.add(t.text(labels.get("pay.iban") + " : " + iban.toPrintString()));
                    pay.bic().ifPresent(bic -> w.add(t.text(labels.get("pay.bic") + " : " + bic)));
                    pay.remittanceInformation().ifPresent(r -> w.add(t.text(labels.get("pay.reference") + " : " + r)));
                }));
        options.branding().paymentInstructions().ifPresent(s -> w.add(t.small(s).setMarginTop(4)));
    }
}
