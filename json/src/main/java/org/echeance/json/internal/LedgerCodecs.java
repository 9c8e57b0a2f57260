package org.echeance.json.internal;

import java.math.BigDecimal;
import java.util.List;
import javax.money.MonetaryAmount;
import org.echeance.core.event.InstallmentDue;
import org.echeance.core.event.InvoiceBecameOverdue;
import org.echeance.core.event.InvoiceCancelled;
import org.echeance.core.event.InvoiceCredited;
import org.echeance.core.event.InvoiceEvent;
import org.echeance.core.event.InvoiceIssued;
import org.echeance.core.event.InvoicePaid;
import org.echeance.core.event.PaymentApplied;
import org.echeance.core.ledger.Allocated;
import org.echeance.core.ledger.CreditNoteRecorded;
import org.echeance.core.ledger.CustomerStatement;
import org.echeance.core.ledger.InvoiceCharged;
import org.echeance.core.ledger.LedgerEntry;
import org.echeance.core.ledger.OpenItem;
import org.echeance.core.ledger.PaymentRecorded;
import org.echeance.core.ledger.PaymentReversed;
import org.echeance.core.ledger.Refunded;
import org.echeance.core.ledger.StatementLine;
import org.echeance.core.money.Amounts;

/** Codecs of ledger entries, statements and events. */
public final class LedgerCodecs {
    private LedgerCodecs() {}

    /** Ledger entries: {@code invoice-charged}, {@code payment-recorded}, {@code allocated}, … */
    public static final Union<LedgerEntry> LEDGER_ENTRY = Union.<LedgerEntry>of("ledger entry")
            .with("invoice-charged", InvoiceCharged.class, new RecordCodec<>(InvoiceCharged.class))
            .with("credit-note-recorded", CreditNoteRecorded.class, new RecordCodec<>(CreditNoteRecorded.class))
            .with("payment-recorded", PaymentRecorded.class, new RecordCodec<>(PaymentRecorded.class))
            .with("allocated", Allocated.class, new RecordCodec<>(Allocated.class))
            .with("payment-reversed", PaymentReversed.class, new RecordCodec<>(PaymentReversed.class))
            .with("refunded", Refunded.class, new RecordCodec<>(Refunded.class));

    /** Invoice events: {@code invoice-issued}, {@code payment-applied}, {@code invoice-paid}, … */
    public static final Union<InvoiceEvent> INVOICE_EVENT = Union.<InvoiceEvent>of("invoice event")
            .with("invoice-issued", InvoiceIssued.class, new RecordCodec<>(InvoiceIssued.class))
            .with("payment-applied", PaymentApplied.class, new RecordCodec<>(PaymentApplied.class))
            .with("invoice-paid", InvoicePaid.class, new RecordCodec<>(InvoicePaid.class))
            .with("invoice-credited", InvoiceCredited.class, new RecordCodec<>(InvoiceCredited.class))
            .with("invoice-cancelled", InvoiceCancelled.class, new RecordCodec<>(InvoiceCancelled.class))
            .with("invoice-became-overdue", InvoiceBecameOverdue.class, new RecordCodec<>(InvoiceBecameOverdue.class))
            .with("installment-due", InstallmentDue.class, new RecordCodec<>(InstallmentDue.class));

    /**
     * Customer statements; read back only when they balance: every amount in the statement's currency, each
     * line's balance the previous one plus its debit minus its credit, the closing balance the last one.
     */
    public static final ObjectCodec<CustomerStatement> STATEMENT = new RecordCodec<>(CustomerStatement.class) {
        @Override
        protected void check(CustomerStatement value, In in) {
            String currency = value.currency().getCurrencyCode();
            checkCurrency(in.path("openingBalance"), value.openingBalance(), currency);
            checkCurrency(in.path("closingBalance"), value.closingBalance(), currency);
            checkCurrency(in.path("dueNow"), value.dueNow(), currency);
            checkCurrency(in.path("unappliedCredit"), value.unappliedCredit(), currency);
            BigDecimal running = Amounts.decimal(value.openingBalance());
            List<StatementLine> lines = value.lines();
            for (int i = 0; i < lines.size(); i++) {
                StatementLine line = lines.get(i);
                Path path = Paths.index(in.path("lines"), i);
                checkCurrency(Paths.field(path, "debit"), line.debit(), currency);
                checkCurrency(Paths.field(path, "credit"), line.credit(), currency);
                checkCurrency(Paths.field(path, "balance"), line.balance(), currency);
                running = running.add(Amounts.decimal(line.debit())).subtract(Amounts.decimal(line.credit()));
                if (running.compareTo(Amounts.decimal(line.balance())) != 0) {
                    throw Paths.error(
                            Paths.field(path, "balance"),
                            Amounts.toPlainString(line.balance()) + " is not the previous balance plus the debit"
                                    + " minus the credit, " + running.toPlainString());
                }
            }
            if (running.compareTo(Amounts.decimal(value.closingBalance())) != 0) {
                throw Paths.error(
                        in.path("closingBalance"),
                        Amounts.toPlainString(value.closingBalance()) + " is not the opening balance plus the lines, "
                                + running.toPlainString());
            }
            List<List<OpenItem>> groups = List.of(value.overdueItems(), value.upcomingItems());
            for (int g = 0; g < groups.size(); g++) {
                for (int i = 0; i < groups.get(g).size(); i++) {
                    OpenItem item = groups.get(g).get(i);
                    Path path = Paths.index(in.path(g == 0 ? "overdueItems" : "upcomingItems"), i);
                    checkCurrency(Paths.field(path, "amount"), item.amount(), currency);
                    checkCurrency(Paths.field(path, "openAmount"), item.openAmount(), currency);
                }
            }
        }
    };

    private static void checkCurrency(Path path, MonetaryAmount amount, String currency) {
        if (!amount.getCurrency().getCurrencyCode().equals(currency)) {
            throw Paths.error(
                    Paths.field(path, "currency"),
                    amount.getCurrency().getCurrencyCode() + " is not the statement's currency " + currency
                            + " (ECH-CUR-01)");
        }
    }
}
