package org.echeance.examples;

import java.util.List;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;
import org.echeance.core.customer.Customer;
import org.echeance.core.invoice.AllowanceCharge;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.InvoiceTotals;
import org.echeance.core.invoice.LineAmounts;
import org.echeance.core.invoice.VatBreakdown;
import org.echeance.core.ledger.CustomerStatement;
import org.echeance.core.ledger.StatementLine;
import org.echeance.core.money.Amounts;
import org.echeance.core.party.Party;
import org.echeance.core.validation.Violation;

/** Lays out an invoice as plain text for a terminal: parties, lines, totals and VAT breakdown. */
public final class InvoiceTextLayout {
    private static final int WIDTH = 96;

    private InvoiceTextLayout() {}

    /**
     * Returns the customer card as text.
     *
     * @param customer the customer
     * @return the text, several lines
     */
    public static String customer(Customer customer) {
        Party p = customer.party();
        StringBuilder out = new StringBuilder();
        out.append("Customer ")
                .append(customer.customerNumber())
                .append(": ")
                .append(p.legalName())
                .append('\n');
        customer.category()
                .ifPresent(c -> out.append("  category    ").append(c).append('\n'));
        out.append("  language    ").append(customer.language().toLanguageTag()).append('\n');
        out.append("  currency    ").append(customer.currency()).append('\n');
        out.append("  terms       ")
                .append(customer.paymentTerms().describe(java.util.Locale.ENGLISH))
                .append('\n');
        customer.defaultPaymentMeans()
                .ifPresent(m -> out.append("  pays by     ").append(m).append('\n'));
        p.vatNumber().ifPresent(v -> out.append("  VAT number  ").append(v).append('\n'));
        p.siren()
                .ifPresent(s ->
                        out.append("  SIREN       ").append(s.toPrintString()).append('\n'));
        p.contact().ifPresent(c -> {
            c.name().ifPresent(n -> out.append("  contact     ").append(n).append('\n'));
            c.email().ifPresent(e -> out.append("  email       ").append(e).append('\n'));
            c.phone().ifPresent(t -> out.append("  phone       ").append(t).append('\n'));
            c.alternatePhone()
                    .ifPresent(t -> out.append("  alt. phone  ").append(t).append('\n'));
        });
        return out.toString();
    }

    /**
     * Returns the invoice as text.
     *
     * @param invoice the invoice
     * @return the text, several lines
     */
    public static String invoice(Invoice invoice) {
        StringBuilder out = new StringBuilder();
        InvoiceTotals totals = invoice.totals();
        String title = (invoice.isCreditNote() ? "CREDIT NOTE " : "INVOICE ")
                + invoice.number().orElse("(draft)") + "  (type "
                + invoice.documentType().code() + ")";
        out.append(rule('=')).append(title).append('\n');
        out.append("Issued ")
                .append(invoice.issueDate().map(Object::toString).orElse("-"))
                .append("   Due ")
                .append(invoice.dueDate().map(Object::toString).orElse("-"));
        invoice.deliveryDate().ifPresent(d -> out.append("   Delivered ").append(d));
        invoice.purchaseOrderReference().ifPresent(r -> out.append("   Order ").append(r));
        out.append('\n').append(rule('-'));
        out.append(party("Seller", invoice.seller())).append(party("Buyer", invoice.buyer()));
        out.append(rule('-'));
        out.append(String.format(
                "%-3s %-34s %9s %-4s %12s %-8s %14s%n", "#", "Item", "Qty", "Unit", "Unit price", "VAT", "Net amount"));
        for (int i = 0; i < invoice.lines().size(); i++) {
            InvoiceLine line = invoice.lines().get(i);
            LineAmounts amounts = totals.lines().get(i);
            out.append(String.format(
                    "%-3s %-34s %9s %-4s %12s %-8s %14s%n",
                    line.id(),
                    cut(line.itemName(), 34),
                    line.quantity().toPlainString(),
                    line.unit(),
                    money(amounts.netPrice()),
                    line.vatRate().category().code() + " "
                            + line.vatRate().percent().toPlainString() + "%",
                    money(amounts.netAmount())));
            for (AllowanceCharge ac : line.allowancesCharges()) {
                out.append(String.format(
                        "    %s %-70s %14s%n",
                        ac.isCharge() ? "+" : "-",
                        cut(
                                ac.reason().orElse(ac.isCharge() ? "charge" : "allowance")
                                        + ac.percentage()
                                                .map(p -> " (" + p.toPlainString() + " %)")
                                                .orElse(""),
                                70),
                        (ac.isCharge() ? "" : "-") + money(ac.amount())));
            }
        }
        out.append(rule('-'));
        total(out, "Sum of line net amounts (BT-106)", totals.sumOfLineNetAmounts());
        for (int j = 0; j < invoice.allowancesCharges().size(); j++) {
            AllowanceCharge ac = invoice.allowancesCharges().get(j);
            total(
                    out,
                    (ac.isCharge() ? "Charge: " : "Allowance: ") + ac.reason().orElse("") + " ("
                            + ac.vatRate().orElseThrow() + ")",
                    totals.allowanceChargeNetAmounts().get(j));
        }
        total(out, "Total without VAT (BT-109)", totals.taxExclusiveAmount());
        total(out, "Total VAT (BT-110)", totals.vatTotal());
        total(out, "Total with VAT (BT-112)", totals.taxInclusiveAmount());
        if (!totals.prepaidAmount().isZero()) {
            total(out, "Paid (BT-113)", totals.prepaidAmount());
        }
        if (!totals.roundingAmount().isZero()) {
            total(out, "Rounding (BT-114)", totals.roundingAmount());
        }
        total(out, "AMOUNT DUE (BT-115)", totals.amountDue());
        out.append(rule('-')).append("VAT breakdown\n");
        out.append(String.format("  %-10s %8s %16s %16s%n", "Category", "Rate", "Taxable amount", "VAT amount"));
        for (VatBreakdown b : totals.vatBreakdown()) {
            out.append(String.format(
                    "  %-10s %7s%% %16s %16s%n",
                    b.vatRate().category().code(),
                    b.vatRate().percent().toPlainString(),
                    money(b.taxableAmount()),
                    money(b.vatAmount())));
        }
        out.append(rule('-'));
        invoice.paymentTerms()
                .ifPresent(t -> out.append("Payment terms: ").append(t).append('\n'));
        invoice.paymentInstructions().ifPresent(p -> {
            p.account().ifPresent(a -> out.append("Pay to IBAN ").append(a.toPrintString()));
            p.bic().ifPresent(b -> out.append("  BIC ").append(b));
            p.remittanceInformation().ifPresent(r -> out.append("  reference ").append(r));
            out.append('\n');
        });
        invoice.notes().forEach(n -> out.append("  ").append(n.text()).append('\n'));
        out.append(rule('='));
        return out.toString();
    }

    /**
     * Returns a list of violations as text, or a line saying there are none.
     *
     * @param title what was checked
     * @param violations the violations found
     * @return the text
     */
    public static String violations(String title, List<Violation> violations) {
        if (violations.isEmpty()) {
            return title + ": no violation\n";
        }
        return title + ": " + violations.size() + " violation(s)\n"
                + violations.stream().map(v -> "  - " + v + "\n").collect(Collectors.joining());
    }

    private static String party(String role, Party party) {
        StringBuilder out = new StringBuilder(String.format("%-7s %s", role, party.legalName()));
        party.address()
                .ifPresent(a -> out.append(", ")
                        .append(String.join(", ", a.lines()))
                        .append(", ")
                        .append(a.postCode().orElse(""))
                        .append(' ')
                        .append(a.city().orElse(""))
                        .append(" (")
                        .append(a.countryCode())
                        .append(')'));
        out.append('\n');
        party.vatNumber().ifPresent(v -> out.append("        VAT ").append(v));
        party.siren().ifPresent(s -> out.append("   SIREN ").append(s.toPrintString()));
        party.contact().flatMap(c -> c.email()).ifPresent(e -> out.append("   ").append(e));
        party.contact().flatMap(c -> c.phone()).ifPresent(t -> out.append("   ").append(t));
        return out.append('\n').toString();
    }

    private static void total(StringBuilder out, String label, MonetaryAmount amount) {
        out.append(String.format("%" + (WIDTH - 19) + "s %14s %s%n", label, money(amount), amount.getCurrency()));
    }

    /**
     * Returns a customer statement as text: opening balance, lines with running balance, closing balance, due
     * and overdue amounts.
     *
     * @param statement the statement
     * @return the text, several lines
     */
    public static String statement(CustomerStatement statement) {
        StringBuilder out = new StringBuilder();
        out.append(rule('='))
                .append("STATEMENT of customer ")
                .append(statement.customerNumber())
                .append(", ")
                .append(statement.from())
                .append(" to ")
                .append(statement.to())
                .append('\n');
        out.append(rule('-'));
        out.append(String.format(
                "%-12s %-17s %-22s %12s %12s %14s%n", "Date", "What", "Reference", "Debit", "Credit", "Balance"));
        out.append(String.format(
                "%-12s %-17s %-22s %12s %12s %14s%n",
                statement.from(), "Opening balance", "", "", "", money(statement.openingBalance())));
        for (StatementLine line : statement.lines()) {
            out.append(String.format(
                    "%-12s %-17s %-22s %12s %12s %14s%n",
                    line.date(),
                    line.kind().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                    cut(line.reference(), 22),
                    line.debit().isZero() ? "" : money(line.debit()),
                    line.credit().isZero() ? "" : money(line.credit()),
                    money(line.balance())));
        }
        out.append(String.format(
                "%-12s %-17s %-22s %12s %12s %14s%n",
                statement.to(), "Closing balance", "", "", "", money(statement.closingBalance())));
        out.append(rule('-'));
        out.append("Due as of ")
                .append(statement.asOf())
                .append(": ")
                .append(money(statement.dueNow()))
                .append(' ')
                .append(statement.currency())
                .append("   overdue items: ")
                .append(statement.overdueItems().size())
                .append("   customer credit: ")
                .append(money(statement.unappliedCredit()))
                .append('\n');
        out.append(rule('='));
        return out.toString();
    }

    /**
     * Formats an amount with its currency's scale.
     *
     * @param amount the amount
     * @return the plain decimal text
     */
    static String money(MonetaryAmount amount) {
        return Amounts.toPlainString(amount);
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    private static String rule(char c) {
        return String.valueOf(c).repeat(WIDTH) + "\n";
    }
}
