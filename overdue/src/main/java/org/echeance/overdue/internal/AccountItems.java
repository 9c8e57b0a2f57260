package org.echeance.overdue.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.echeance.core.ledger.Allocated;
import org.echeance.core.ledger.CreditNoteRecorded;
import org.echeance.core.ledger.CustomerAccount;
import org.echeance.core.ledger.DueAmount;
import org.echeance.core.ledger.InvoiceCharged;
import org.echeance.core.ledger.LedgerEntry;
import org.echeance.core.ledger.PaymentReversed;
import org.echeance.overdue.ReceivableItem;
import org.echeance.overdue.Settlement;

/** Turns a customer account's ledger entries into receivable items, one per installment. Not API. */
public final class AccountItems {
    private AccountItems() {}

    /**
     * Replays the entries of an account into items: one per installment charged, with its allocations as
     * settlements and the reversal dates of reversed payments.
     *
     * <p>An allocation dated before its invoice's issue date (a payment received before the invoice and applied
     * to it when recorded) takes effect on the issue date: the invoice was not owed before it.
     *
     * @param account the account
     * @return the items, in the order charged
     */
    public static List<ReceivableItem> of(CustomerAccount account) {
        Map<String, InvoiceCharged> charges = new LinkedHashMap<>();
        Map<String, List<Settlement>> settlements = new HashMap<>();
        Map<String, Boolean> creditNotes = new HashMap<>();
        for (LedgerEntry entry : account.entries()) {
            if (entry instanceof InvoiceCharged c) {
                charges.put(c.invoiceNumber(), c);
            } else if (entry instanceof CreditNoteRecorded c) {
                creditNotes.put(c.creditNoteNumber(), Boolean.TRUE);
            } else if (entry instanceof Allocated a) {
                InvoiceCharged charge = charges.get(a.invoiceNumber());
                LocalDate date = a.date().isBefore(charge.date()) ? charge.date() : a.date();
                Settlement s = creditNotes.containsKey(a.sourceId())
                        ? Settlement.creditNote(a.sourceId(), date, a.amount())
                        : Settlement.payment(a.sourceId(), date, a.amount());
                settlements
                        .computeIfAbsent(key(a.invoiceNumber(), a.installmentNumber()), k -> new ArrayList<>())
                        .add(s);
            } else if (entry instanceof PaymentReversed r) {
                for (List<Settlement> list : settlements.values()) {
                    for (int i = 0; i < list.size(); i++) {
                        Settlement s = list.get(i);
                        if (s.sourceId().equals(r.paymentKey())
                                && s.reversedOn().isEmpty()) {
                            LocalDate on = r.date().isBefore(s.date()) ? s.date() : r.date();
                            list.set(i, s.reversedOn(on));
                        }
                    }
                }
            }
        }
        List<ReceivableItem> items = new ArrayList<>();
        for (InvoiceCharged charge : charges.values()) {
            int count = charge.schedule().size();
            for (DueAmount due : charge.schedule()) {
                ReceivableItem.Builder builder = ReceivableItem.builder(
                                account.customerNumber(), charge.invoiceNumber(), account.currency())
                        .installment(due.installmentNumber(), count)
                        .issueDate(charge.date())
                        .dueDate(due.dueDate())
                        .amount(due.amount());
                settlements
                        .getOrDefault(key(charge.invoiceNumber(), due.installmentNumber()), List.of())
                        .forEach(builder::settlement);
                items.add(builder.build());
            }
        }
        return items;
    }

    private static String key(String invoice, int installment) {
        return invoice + "\u0000" + installment;
    }
}
