package org.echeance.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.echeance.core.installment.Installment;
import org.echeance.core.installment.InstallmentPlan;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.ledger.CustomerStatement;
import org.echeance.core.ledger.StatementLine;
import org.echeance.core.money.Amounts;
import org.echeance.core.validation.En16931Validator;
import org.echeance.core.validation.FrenchProfile;
import org.echeance.core.validation.Violation;

/**
 * Property assertions for billing code, to call from users' own jqwik properties or example tests.
 *
 * <p>Each assertion throws an {@link AssertionError} whose message names what was expected, what was found and
 * the values involved, so that jqwik's shrunk sample is readable on its own. Amounts are compared by value and
 * currency ({@code 1.0 EUR} equals {@code 1.00 EUR}), never by scale or by Moneta's {@code equals}.
 *
 * <p>For example, {@code assertConservesMoney(total, mySplitter.split(total, 3))}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BillingAssertions {
    private BillingAssertions() {}

    /**
     * Asserts that parts sum exactly to a total, all in its currency: nothing lost, nothing created.
     *
     * @param total the amount that was split, allocated or spread
     * @param parts the parts
     * @throws AssertionError if a part is in another currency or the parts do not sum to the total
     */
    public static void assertConservesMoney(MonetaryAmount total, Collection<? extends MonetaryAmount> parts) {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(parts, "parts");
        CurrencyUnit currency = total.getCurrency();
        BigDecimal sum = BigDecimal.ZERO;
        for (MonetaryAmount part : parts) {
            if (!part.getCurrency().equals(currency)) {
                throw new AssertionError(
                        "a part is in " + part.getCurrency() + ", the total in " + currency + ": " + text(parts));
            }
            sum = sum.add(Amounts.decimal(part));
        }
        if (sum.compareTo(Amounts.decimal(total)) != 0) {
            BigDecimal difference = sum.subtract(Amounts.decimal(total));
            throw new AssertionError("the parts sum to " + Amounts.toPlainString(Amounts.money(sum, currency)) + " "
                    + currency + ", not the total " + Amounts.toPlainString(total) + " " + currency + " (difference "
                    + Amounts.toPlainString(Amounts.money(difference, currency)) + "): " + text(parts));
        }
    }

    /**
     * Asserts that an installment plan's installments sum exactly to its total.
     *
     * @param plan the plan
     * @throws AssertionError if they do not
     */
    public static void assertConservesMoney(InstallmentPlan plan) {
        Objects.requireNonNull(plan, "plan");
        assertConservesMoney(
                plan.total(),
                plan.installments().stream().map(Installment::amount).toList());
    }

    /**
     * Asserts that dates are in strictly increasing order: no date on or before the one before it.
     *
     * @param dates the dates of a schedule (due dates, billing dates, occurrences)
     * @throws AssertionError naming the first pair out of order
     */
    public static void assertScheduleOrdered(List<LocalDate> dates) {
        Objects.requireNonNull(dates, "dates");
        for (int i = 1; i < dates.size(); i++) {
            if (!dates.get(i).isAfter(dates.get(i - 1))) {
                throw new AssertionError("dates[" + i + "] " + dates.get(i) + " is not after dates[" + (i - 1) + "] "
                        + dates.get(i - 1) + ": " + dates);
            }
        }
    }

    /**
     * Asserts that an installment plan's due dates are strictly increasing and its numbers run from 1.
     *
     * @param plan the plan
     * @throws AssertionError if they do not
     */
    public static void assertScheduleOrdered(InstallmentPlan plan) {
        Objects.requireNonNull(plan, "plan");
        List<Installment> installments = plan.installments();
        for (int i = 0; i < installments.size(); i++) {
            if (installments.get(i).number() != i + 1) {
                throw new AssertionError("installment " + i + " is numbered "
                        + installments.get(i).number() + ", not " + (i + 1) + ": " + plan);
            }
        }
        assertScheduleOrdered(installments.stream().map(Installment::dueDate).toList());
    }

    /**
     * Asserts that every part has the sign of the total or is zero: a split never turns a debt into a credit.
     *
     * @param total the total
     * @param parts the parts
     * @throws AssertionError naming the first part of the opposite sign
     */
    public static void assertNoSignFlip(MonetaryAmount total, List<? extends MonetaryAmount> parts) {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(parts, "parts");
        int sign = total.signum();
        for (int i = 0; i < parts.size(); i++) {
            int partSign = parts.get(i).signum();
            if (partSign != 0 && partSign != sign) {
                throw new AssertionError("parts[" + i + "] " + Amounts.toPlainString(parts.get(i))
                        + " has the opposite sign of the total " + Amounts.toPlainString(total) + ": " + text(parts));
            }
        }
    }

    /**
     * Asserts that an amount has no more decimals than its currency's minor unit (2 for EUR, 0 for JPY, 3 for
     * TND).
     *
     * @param amount the amount
     * @throws AssertionError if it has more
     */
    public static void assertCurrencyScale(MonetaryAmount amount) {
        Objects.requireNonNull(amount, "amount");
        if (!Amounts.hasCurrencyScale(Amounts.decimal(amount), amount.getCurrency())) {
            throw new AssertionError(Amounts.decimal(amount).toPlainString() + " " + amount.getCurrency()
                    + " has more decimals than the " + Amounts.minorUnitDigits(amount.getCurrency())
                    + " of its currency");
        }
    }

    /**
     * Asserts that two amounts are equal in value and currency, whatever their scale.
     *
     * @param expected the expected amount
     * @param actual the actual amount
     * @throws AssertionError if they differ
     */
    public static void assertSameAmount(MonetaryAmount expected, MonetaryAmount actual) {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        if (!expected.getCurrency().equals(actual.getCurrency())
                || Amounts.decimal(expected).compareTo(Amounts.decimal(actual)) != 0) {
            throw new AssertionError("expected " + Amounts.toPlainString(expected) + " " + expected.getCurrency()
                    + ", found " + Amounts.toPlainString(actual) + " " + actual.getCurrency());
        }
    }

    /**
     * Asserts that an invoice passes EN 16931 and, when asked, the French profile.
     *
     * @param invoice the invoice
     * @param french whether the French profile applies too
     * @throws AssertionError listing every violation
     */
    public static void assertValid(Invoice invoice, boolean french) {
        Objects.requireNonNull(invoice, "invoice");
        List<Violation> violations =
                new ArrayList<>(french ? FrenchProfile.validateAll(invoice) : En16931Validator.validate(invoice));
        if (!violations.isEmpty()) {
            throw new AssertionError(invoice + " breaks " + violations.size() + " rules: "
                    + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        }
    }

    /**
     * Asserts that a statement balances: each line's balance is the previous one plus its debit minus its credit,
     * from the opening balance to the closing balance.
     *
     * @param statement the statement
     * @throws AssertionError naming the first line that does not follow
     */
    public static void assertStatementBalances(CustomerStatement statement) {
        Objects.requireNonNull(statement, "statement");
        BigDecimal running = Amounts.decimal(statement.openingBalance());
        for (int i = 0; i < statement.lines().size(); i++) {
            StatementLine line = statement.lines().get(i);
            running = running.add(Amounts.decimal(line.debit())).subtract(Amounts.decimal(line.credit()));
            if (running.compareTo(Amounts.decimal(line.balance())) != 0) {
                throw new AssertionError("lines[" + i + "] (" + line.reference() + ") shows a balance of "
                        + Amounts.toPlainString(line.balance()) + ", the lines before it give "
                        + Amounts.toPlainString(Amounts.money(running, statement.currency())));
            }
        }
        if (running.compareTo(Amounts.decimal(statement.closingBalance())) != 0) {
            throw new AssertionError("the closing balance " + Amounts.toPlainString(statement.closingBalance())
                    + " is not the opening balance plus the lines, "
                    + Amounts.toPlainString(Amounts.money(running, statement.currency())));
        }
    }

    private static String text(Collection<? extends MonetaryAmount> parts) {
        return parts.stream().map(Amounts::toPlainString).collect(Collectors.joining(", ", "[", "]"));
    }
}
