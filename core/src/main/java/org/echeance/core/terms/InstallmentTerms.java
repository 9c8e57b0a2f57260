package org.echeance.core.terms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.echeance.core.installment.Deposit;
import org.echeance.core.installment.DueDates;
import org.echeance.core.installment.InstallmentPlan;
import org.echeance.core.installment.PlanPart;
import org.echeance.core.installment.PlanShape;
import org.echeance.core.validation.ValidationException;

/**
 * Payment in installments, as agreed with the customer: a plan shape and, for each installment, a number of days
 * after the issue date ("30 % à réception, 70 % à 30 jours").
 *
 * <p>The terms know the shape before the amount: {@link #plan(MonetaryAmount, LocalDate)} applies them to an
 * invoice's amount due. {@link #dueDate(LocalDate)} is the first installment's due date; {@link
 * #dueDates(LocalDate)} gives them all (check the last one against a legal cap such as Code de commerce L441-10 I).
 *
 * <p>For example {@code InstallmentTerms.of(PlanShape.percentages("30", "70"), 0, 30)} describes itself as {@code
 * "30 % à réception, 70 % à 30 jours"} in French and {@code "30% on receipt, 70% at 30 days"} in English.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param shape how the amount is split
 * @param dayOffsets the number of days after the issue date of each installment, one per installment, from 0 to
 *     {@link NetDays#MAX_DAYS} and strictly increasing
 */
public record InstallmentTerms(PlanShape shape, List<Integer> dayOffsets) implements PaymentTerms {
    /**
     * Creates installment terms.
     *
     * @throws ValidationException if the number of offsets differs from the number of installments ({@code
     *     ECH-PLAN-10}), an offset is negative ({@code ECH-PLAN-06}) or above {@link NetDays#MAX_DAYS} ({@code
     *     ECH-TERMS-01}), or the offsets do not strictly increase ({@code ECH-PLAN-05})
     */
    public InstallmentTerms {
        Objects.requireNonNull(shape, "shape");
        dayOffsets = List.copyOf(Objects.requireNonNull(dayOffsets, "dayOffsets"));
        if (dayOffsets.size() != shape.count()) {
            throw ValidationException.of(
                    "ECH-PLAN-10",
                    "paymentTerms.dayOffsets",
                    dayOffsets.size() + " day offsets for " + shape.count()
                            + " installments; give one offset per installment");
        }
        for (int i = 0; i < dayOffsets.size(); i++) {
            int days = dayOffsets.get(i);
            String path = "paymentTerms.dayOffsets[" + i + "]";
            if (days < 0) {
                throw ValidationException.of(
                        "ECH-PLAN-06", path, days + " days puts the due date before the issue date");
            }
            if (days > NetDays.MAX_DAYS) {
                throw ValidationException.of(
                        "ECH-TERMS-01", path, days + " is not a number of days from 0 to " + NetDays.MAX_DAYS);
            }
            if (i > 0 && days <= dayOffsets.get(i - 1)) {
                throw ValidationException.of(
                        "ECH-PLAN-05",
                        path,
                        days + " days is not after the previous offset of " + dayOffsets.get(i - 1) + " days");
            }
        }
    }

    /**
     * Returns installment terms.
     *
     * <p>For example {@code InstallmentTerms.of(PlanShape.equalParts(3), 0, 30, 60)}.
     *
     * @param shape how the amount is split
     * @param dayOffsets the number of days after the issue date of each installment
     * @return the terms
     * @throws ValidationException as for the constructor
     */
    public static InstallmentTerms of(PlanShape shape, int... dayOffsets) {
        Objects.requireNonNull(dayOffsets, "dayOffsets");
        List<Integer> offsets = new ArrayList<>();
        for (int days : dayOffsets) {
            offsets.add(days);
        }
        return new InstallmentTerms(shape, offsets);
    }

    /**
     * Returns the due date of the first installment.
     *
     * @param issueDate the invoice's issue date
     * @return the first installment's due date, on or after the issue date
     * @throws NullPointerException if the issue date is null
     */
    @Override
    public LocalDate dueDate(LocalDate issueDate) {
        return Objects.requireNonNull(issueDate, "issueDate").plusDays(dayOffsets.get(0));
    }

    /**
     * Returns the due dates of all the installments of an invoice issued on a date.
     *
     * @param issueDate the invoice's issue date
     * @return the due dates in order, one per installment
     * @throws NullPointerException if the issue date is null
     */
    public List<LocalDate> dueDates(LocalDate issueDate) {
        Objects.requireNonNull(issueDate, "issueDate");
        return dayOffsets.stream().map(issueDate::plusDays).toList();
    }

    /**
     * Returns the installment plan of an amount invoiced on a date.
     *
     * @param total the amount to split, usually the invoice's amount due (BT-115)
     * @param issueDate the invoice's issue date
     * @return the plan, its due dates counted from the issue date
     * @throws ValidationException as for {@link InstallmentPlan#of(MonetaryAmount, PlanShape, DueDates)}
     */
    public InstallmentPlan plan(MonetaryAmount total, LocalDate issueDate) {
        return InstallmentPlan.of(total, shape, DueDates.afterIssue(issueDate, dayOffsets));
    }

    /**
     * Returns the wording of the terms: each installment's share and when it falls due.
     *
     * <p>For example {@code "30 % à réception, 70 % à 30 jours"} / {@code "30% on receipt, 70% at 30 days"},
     * {@code "Acompte de 30 % à réception, solde à 30 jours"} / {@code "Deposit of 30% on receipt, balance at 30
     * days"}, {@code "1/3 à réception, 1/3 à 30 jours, 1/3 à 60 jours"}. Days count from the invoice date.
     *
     * @param locale the language of the invoice
     * @return the wording
     * @throws NullPointerException if the locale is null
     */
    @Override
    public String describe(Locale locale) {
        boolean french = Wording.isFrench(locale);
        List<String> shares = shares(french);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < shares.size(); i++) {
            if (i > 0) {
                text.append(", ");
            }
            int days = dayOffsets.get(i);
            text.append(shares.get(i)).append(' ');
            if (days == 0) {
                text.append(french ? "à réception" : "on receipt");
            } else {
                text.append(french ? "à " : "at ").append(Wording.days(days, french));
            }
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    @Override
    public String toString() {
        return describe(Locale.ENGLISH);
    }

    /** Returns the wording of each installment's share, in order. */
    private List<String> shares(boolean french) {
        List<String> shares = new ArrayList<>();
        if (shape instanceof PlanShape.EqualParts s) {
            String share = s.count() == 1 ? Wording.percent(BigDecimal.valueOf(100), french) : "1/" + s.count();
            for (int i = 0; i < s.count(); i++) {
                shares.add(share);
            }
        } else if (shape instanceof PlanShape.Percentages s) {
            s.percents().forEach(p -> shares.add(Wording.percent(p, french)));
        } else if (shape instanceof PlanShape.DepositAndBalance s) {
            shares.add(deposit(s.deposit(), french));
            shares.add(french ? "solde" : "balance");
        } else if (shape instanceof PlanShape.DepositAndEqualParts s) {
            shares.add(deposit(s.deposit(), french));
            String share = s.balanceParts() == 1
                    ? (french ? "solde" : "balance")
                    : "1/" + s.balanceParts() + (french ? " du solde" : " of the balance");
            for (int i = 0; i < s.balanceParts(); i++) {
                shares.add(share);
            }
        } else {
            List<PlanPart> parts = ((PlanShape.Parts) shape).parts();
            boolean fixed = parts.stream().anyMatch(p -> p instanceof PlanPart.Fixed);
            for (PlanPart part : parts) {
                if (part instanceof PlanPart.Fixed f) {
                    shares.add(Wording.amount(f.amount(), french));
                } else if (part instanceof PlanPart.PercentOfRemainder p) {
                    String remainder = !fixed ? "" : french ? " du reste" : " of the remainder";
                    shares.add(Wording.percent(p.percent(), french) + remainder);
                } else {
                    shares.add(french ? "solde" : "balance");
                }
            }
        }
        return shares;
    }

    private static String deposit(Deposit deposit, boolean french) {
        String amount = deposit instanceof Deposit.Percentage p
                ? Wording.percent(p.percent(), french)
                : Wording.amount(((Deposit.FixedAmount) deposit).amount(), french);
        return (french ? "acompte de " : "deposit of ") + amount;
    }
}
