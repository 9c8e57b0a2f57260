package org.echeance.pdf.internal;

import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.util.ArrayList;
import java.util.List;
import org.echeance.core.ledger.CustomerStatement;
import org.echeance.core.ledger.OpenItem;
import org.echeance.core.ledger.StatementLine;
import org.echeance.core.party.Party;
import org.echeance.pdf.RenderOptions;

/**
 * The layout of a customer statement: opening balance, every entry of the period with its running balance, closing
 * balance, then what is due now, the overdue and the upcoming installments.
 */
final class StatementLayout {
    private final DocumentWriter w;
    private final Theme t;
    private final Labels labels;
    private final Formats f;
    private final Blocks blocks;
    private final CustomerStatement statement;
    private final Party customer;
    private final RenderOptions options;

    StatementLayout(DocumentWriter writer, CustomerStatement statement, Party customer, RenderOptions options) {
        this.w = writer;
        this.t = writer.theme;
        this.labels = writer.labels;
        this.f = writer.formats;
        this.blocks = new Blocks(writer);
        this.statement = statement;
        this.customer = customer;
        this.options = options;
    }

    void render() {
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {labels.get("field.customerNumber"), statement.customerNumber()});
        facts.add(new String[] {
            labels.get("field.period"),
            labels.format("field.periodValue", f.date(statement.from()), f.date(statement.to()))
        });
        facts.add(new String[] {labels.get("statement.closing"), f.money(statement.closingBalance())});
        facts.add(new String[] {labels.get("statement.dueNow"), f.money(statement.dueNow())});
        w.add(blocks.letterhead(
                options.branding(), options.branding().company(), labels.get("statement.title"), facts));
        w.add(blocks.addressBlock(labels.get("billTo"), customer)
                .setMarginTop(14)
                .setWidth(UnitValue.createPercentValue(48)));
        w.add(t.strong(labels.format("statement.asOf", f.date(statement.asOf())))
                .setMarginTop(10));
        Table table = Theme.table(new float[] {14, 18, 23, 15, 15, 15}).setMarginTop(8);
        for (String key : List.of("statement.date", "statement.kind", "statement.reference")) {
            table.addHeaderCell(t.headerCell(labels.get(key), TextAlignment.LEFT));
        }
        for (String key : List.of("statement.debit", "statement.credit", "statement.balance")) {
            table.addHeaderCell(t.headerCell(labels.get(key), TextAlignment.RIGHT));
        }
        balanceRow(
                table, f.date(statement.from()), labels.get("statement.opening"), f.money(statement.openingBalance()));
        for (StatementLine line : statement.lines()) {
            table.addCell(t.bodyCell(t.text(f.date(line.date())), TextAlignment.LEFT));
            table.addCell(
                    t.bodyCell(t.text(labels.get("statement.kind." + line.kind().name())), TextAlignment.LEFT));
            table.addCell(t.bodyCell(t.text(line.reference()), TextAlignment.LEFT));
            table.addCell(t.bodyCell(t.text(line.debit().isZero() ? "" : f.money(line.debit())), TextAlignment.RIGHT));
            table.addCell(
                    t.bodyCell(t.text(line.credit().isZero() ? "" : f.money(line.credit())), TextAlignment.RIGHT));
            table.addCell(t.bodyCell(t.text(f.money(line.balance())), TextAlignment.RIGHT));
        }
        balanceRow(table, f.date(statement.to()), labels.get("statement.closing"), f.money(statement.closingBalance()));
        w.add(table);
        items(labels.get("statement.overdue"), statement.overdueItems());
        items(labels.get("statement.upcoming"), statement.upcomingItems());
        if (!statement.unappliedCredit().isZero()) {
            w.add(t.strong(labels.get("statement.unapplied") + " : " + f.money(statement.unappliedCredit()))
                    .setMarginTop(8));
        }
        options.branding().paymentInstructions().ifPresent(s -> w.add(t.small(s).setMarginTop(6)));
    }

    private void balanceRow(Table table, String date, String label, String amount) {
        table.addCell(t.bodyCell(t.strong(date), TextAlignment.LEFT));
        table.addCell(new Cell(1, 3)
                .add(t.strong(label))
                .setBorder(Border.NO_BORDER)
                .setBorderBottom(new SolidBorder(t.rule, 0.5f))
                .setPadding(3)
                .setPaddingLeft(4));
        table.addCell(t.bodyCell(t.text(""), TextAlignment.RIGHT));
        table.addCell(t.bodyCell(t.strong(amount), TextAlignment.RIGHT));
    }

    private void items(String title, List<OpenItem> items) {
        if (items.isEmpty()) {
            return;
        }
        w.add(t.heading(title));
        Table table = Theme.table(new float[] {30, 15, 25, 30});
        table.addHeaderCell(t.headerCell(labels.get("statement.invoice"), TextAlignment.LEFT));
        table.addHeaderCell(t.headerCell(labels.get("statement.installment"), TextAlignment.LEFT));
        table.addHeaderCell(t.headerCell(labels.get("statement.dueDate"), TextAlignment.LEFT));
        table.addHeaderCell(t.headerCell(labels.get("statement.openAmount"), TextAlignment.RIGHT));
        for (OpenItem item : items) {
            table.addCell(t.bodyCell(t.text(item.invoiceNumber()), TextAlignment.LEFT));
            table.addCell(t.bodyCell(t.text(Integer.toString(item.installmentNumber())), TextAlignment.LEFT));
            table.addCell(t.bodyCell(t.text(f.date(item.dueDate())), TextAlignment.LEFT));
            table.addCell(t.bodyCell(t.text(f.money(item.openAmount())), TextAlignment.RIGHT));
        }
        w.add(table);
    }
}
