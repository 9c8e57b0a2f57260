package org.echeance.pdf.internal;

import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.echeance.core.money.Amounts;
import org.echeance.core.terms.LatePaymentTerms;
import org.echeance.pdf.ReminderLetter;
import org.echeance.pdf.RenderOptions;
import org.echeance.scheduling.reminder.Reminder;

/**
 * The layout of a reminder letter: letterhead, the customer's address, the reminder's subject and body, the table
 * of what is claimed (amount due, interest, indemnity, fee) with its total and the deadline, the late-payment terms.
 */
final class ReminderLayout {
    private final DocumentWriter w;
    private final Theme t;
    private final Labels labels;
    private final Formats f;
    private final Blocks blocks;
    private final ReminderLetter letter;
    private final RenderOptions options;

    ReminderLayout(DocumentWriter writer, ReminderLetter letter, RenderOptions options) {
        this.w = writer;
        this.t = writer.theme;
        this.labels = writer.labels;
        this.f = writer.formats;
        this.blocks = new Blocks(writer);
        this.letter = letter;
        this.options = options;
    }

    void render() {
        Reminder r = letter.reminder();
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {labels.get("reminder.date"), f.date(r.date())});
        facts.add(new String[] {labels.get("field.customerNumber"), r.customerNumber()});
        facts.add(new String[] {labels.get("reminder.dueDate"), f.date(r.dueDate())});
        if (r.daysLate() > 0) {
            facts.add(new String[] {labels.get("reminder.daysLate"), Integer.toString(r.daysLate())});
        }
        w.add(blocks.letterhead(options.branding(), options.branding().company(), "", facts));
        w.add(blocks.addressBlock(labels.get("billTo"), letter.customer())
                .setMarginTop(14)
                .setWidth(UnitValue.createPercentValue(48))
                .setMarginLeft(260));
        w.add(new Paragraph(r.subject())
                .setFont(t.bold)
                .setFontSize(12)
                .setFontColor(t.primary)
                .setMarginTop(18));
        w.add(t.text(labels.format("reminder.invoice", r.invoiceNumber(), Integer.toString(r.installmentNumber())))
                .setFontColor(t.muted)
                .setMarginBottom(8));
        for (String paragraph : r.body().split("\n\n")) {
            w.add(t.text(paragraph).setFontSize(9.5f).setMarginBottom(6));
        }
        w.add(t.heading(labels.get("reminder.claim")));
        w.add(claims(r));
        w.add(t.strong(labels.format("reminder.deadline", f.date(r.deadline())))
                .setFontSize(10)
                .setFontColor(t.accent)
                .setMarginTop(8));
        letter.lateTerms().ifPresent(terms -> {
            for (String mention : terms.describe(w.locale).split("\n")) {
                w.add(t.small(mention).setMarginTop(2));
            }
        });
        options.branding().paymentInstructions().ifPresent(s -> w.add(t.small(s).setMarginTop(6)));
    }

    private Table claims(Reminder r) {
        CurrencyUnit currency = r.amountDue().getCurrency();
        BigDecimal total = Amounts.decimal(r.amountDue());
        Table table = Theme.table(new float[] {70, 30});
        row(table, labels.get("reminder.amountDue"), f.money(r.amountDue()));
        if (letter.interest().isPresent() && letter.interest().get().isPositive()) {
            MonetaryAmount interest = letter.interest().get();
            String rate = letter.lateTerms()
                    .map(LatePaymentTerms::annualRatePercent)
                    .map(p -> " (" + f.percent(p) + ")")
                    .orElse("");
            row(table, labels.get("reminder.interest") + rate, f.money(interest));
            total = total.add(Amounts.decimal(interest));
        }
        Optional<MonetaryAmount> indemnity = letter.claimIndemnity() && r.daysLate() > 0
                ? letter.lateTerms().flatMap(LatePaymentTerms::recoveryIndemnity)
                : Optional.empty();
        if (indemnity.isPresent() && indemnity.get().getCurrency().equals(currency)) {
            row(table, labels.get("reminder.indemnity"), f.money(indemnity.get()));
            total = total.add(Amounts.decimal(indemnity.get()));
        }
        if (r.fee().isPresent() && r.fee().get().getCurrency().equals(currency)) {
            row(table, labels.get("reminder.fee"), f.money(r.fee().get()));
            total = total.add(Amounts.decimal(r.fee().get()));
        }
        table.addCell(new Cell()
                .add(t.strong(labels.get("reminder.total")).setFontColor(t.white))
                .setBackgroundColor(t.accent)
                .setBorder(Border.NO_BORDER)
                .setPadding(4));
        table.addCell(new Cell()
                .add(t.strong(f.money(Amounts.money(total, currency)))
                        .setFontColor(t.white)
                        .setTextAlignment(TextAlignment.RIGHT))
                .setBackgroundColor(t.accent)
                .setBorder(Border.NO_BORDER)
                .setPadding(4));
        return table;
    }

    private void row(Table table, String label, String amount) {
        table.addCell(t.bodyCell(t.text(label), TextAlignment.LEFT));
        table.addCell(t.bodyCell(t.text(amount), TextAlignment.RIGHT));
    }
}
