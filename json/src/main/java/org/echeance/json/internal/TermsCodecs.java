package org.echeance.json.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.money.MonetaryAmount;
import org.echeance.core.installment.CashRounding;
import org.echeance.core.installment.Deposit;
import org.echeance.core.installment.DueDates;
import org.echeance.core.installment.Installment;
import org.echeance.core.installment.InstallmentPlan;
import org.echeance.core.installment.PlanPart;
import org.echeance.core.installment.PlanShape;
import org.echeance.core.installment.RemainderRule;
import org.echeance.core.installment.VatBreakdownShare;
import org.echeance.core.invoice.VatBreakdown;
import org.echeance.core.money.Amounts;
import org.echeance.core.terms.CashOnDelivery;
import org.echeance.core.terms.EarlyPaymentDiscount;
import org.echeance.core.terms.EndOfMonth;
import org.echeance.core.terms.FixedDayOfNextMonth;
import org.echeance.core.terms.InstallmentTerms;
import org.echeance.core.terms.LatePaymentTerms;
import org.echeance.core.terms.NetDays;
import org.echeance.core.terms.OnReceipt;
import org.echeance.core.terms.PaymentTerms;
import org.echeance.core.terms.Prepayment;

/** Codecs of payment terms and installment plans. */
public final class TermsCodecs {
    private TermsCodecs() {}

    /** Returns a codec of a record without properties. */
    static <T> ObjectCodec<T> empty(Supplier<T> factory) {
        return new ObjectCodec<>() {
            @Override
            protected void writeFields(T value, Out out) {}

            @Override
            protected T read(In in) {
                return factory.get();
            }
        };
    }

    /** End-of-month readings, by name. */
    private static final Codec<EndOfMonth.Reading> READING = Codecs.named(EndOfMonth.Reading.values());

    /** Rounding modes, by name. */
    private static final Codec<RoundingMode> ROUNDING_MODE = Codecs.named(RoundingMode.values());

    /** Remainder rules, by name. */
    public static final Codec<RemainderRule> REMAINDER_RULE = Codecs.named(RemainderRule.values());

    /** Deposits: {@code fixed-amount} or {@code percentage}. */
    public static final Union<Deposit> DEPOSIT = Union.<Deposit>of("deposit")
            .with("fixed-amount", Deposit.FixedAmount.class, new ObjectCodec<>() {
                @Override
                protected void writeFields(Deposit.FixedAmount value, Out out) throws IOException {
                    out.value("amount", value.amount(), Codecs.MONEY);
                }

                @Override
                protected Deposit.FixedAmount read(In in) {
                    MonetaryAmount amount = in.get("amount", Codecs.MONEY);
                    return in.build(() -> new Deposit.FixedAmount(amount));
                }
            })
            .with("percentage", Deposit.Percentage.class, new ObjectCodec<>() {
                @Override
                protected void writeFields(Deposit.Percentage value, Out out) throws IOException {
                    out.decimal("percent", value.percent());
                }

                @Override
                protected Deposit.Percentage read(In in) {
                    BigDecimal percent = in.decimal("percent");
                    return in.build(() -> new Deposit.Percentage(percent));
                }
            });

    /** Plan parts: {@code fixed}, {@code percent-of-remainder} or {@code balance}. */
    public static final Union<PlanPart> PLAN_PART = Union.<PlanPart>of("plan part")
            .with("fixed", PlanPart.Fixed.class, new ObjectCodec<>() {
                @Override
                protected void writeFields(PlanPart.Fixed value, Out out) throws IOException {
                    out.value("amount", value.amount(), Codecs.MONEY);
                }

                @Override
                protected PlanPart.Fixed read(In in) {
                    MonetaryAmount amount = in.get("amount", Codecs.MONEY);
                    return in.build(() -> new PlanPart.Fixed(amount));
                }
            })
            .with("percent-of-remainder", PlanPart.PercentOfRemainder.class, new ObjectCodec<>() {
                @Override
                protected void writeFields(PlanPart.PercentOfRemainder value, Out out) throws IOException {
                    out.decimal("percent", value.percent());
                }

                @Override
                protected PlanPart.PercentOfRemainder read(In in) {
                    BigDecimal percent = in.decimal("percent");
                    return in.build(() -> new PlanPart.PercentOfRemainder(percent));
                }
            })
            .with("balance", PlanPart.Balance.class, empty(PlanPart.Balance::new));

    /** Plan shapes: {@code equal-parts}, {@code percentages}, {@code deposit-and-balance}, … */
    public static final Union<PlanShape> PLAN_SHAPE = Union.<PlanShape>of("plan shape")
            .with("equal-parts", PlanShape.EqualParts.class, new ObjectCodec<>() {
                @Override
                protected void writeFields(PlanShape.EqualParts value, Out out) throws IOException {
                    out.integer("count", value.count());
                    out.value("rule", value.rule(), REMAINDER_RULE);
                }

                @Override
                protected PlanShape.EqualParts read(In in) {
                    int count = in.integer("count");
                    RemainderRule rule = in.get("rule", REMAINDER_RULE);
                    return in.build(() -> new PlanShape.EqualParts(count, rule));
                }
            })
            .with("percentages", PlanShape.Percentages.class, new ObjectCodec<>() {
                @Override
                protected void writeFields(PlanShape.Percentages value, Out out) throws IOException {
                    out.list("percents", value.percents(), Codecs.DECIMAL);
                    out.value("rule", value.rule(), REMAINDER_RULE);
                }

                @Override
                protected PlanShape.Percentages read(In in) {
                    List<BigDecimal> percents = in.list("percents", Codecs.DECIMAL);
                    RemainderRule rule = in.get("rule", REMAINDER_RULE);
                    return in.build(() -> new PlanShape.Percentages(percents, rule));
                }
            })
            .with("deposit-and-balance", PlanShape.DepositAndBalance.class, new ObjectCodec<>() {
                @Override
                protected void writeFields(PlanShape.DepositAndBalance value, Out out) throws IOException {
                    out.value("deposit", value.deposit(), DEPOSIT);
                }

                @Override
                protected PlanShape.DepositAndBalance read(In in) {
                    Deposit deposit = in.get("deposit", DEPOSIT);
                    return in.build(() -> new PlanShape.DepositAndBalance(deposit));
                }
            })
            .with("deposit-and-equal-parts", PlanShape.DepositAndEqualParts.class, new ObjectCodec<>() {
                @Override
                protected void writeFields(PlanShape.DepositAndEqualParts value, Out out) throws IOException {
                    out.value("deposit", value.deposit(), DEPOSIT);
                    out.integer("balanceParts", value.balanceParts());
                    out.value("rule", value.rule(), REMAINDER_RULE);
                }

                @Override
                protected PlanShape.DepositAndEqualParts read(In in) {
                    Deposit deposit = in.get("deposit", DEPOSIT);
                    int parts = in.integer("balanceParts");
                    RemainderRule rule = in.get("rule", REMAINDER_RULE);
                    return in.build(() -> new PlanShape.DepositAndEqualParts(deposit, parts, rule));
                }
            })
            .with("parts", PlanShape.Parts.class, new ObjectCodec<>() {
                @Override
                protected void writeFields(PlanShape.Parts value, Out out) throws IOException {
                    out.list("parts", value.parts(), PLAN_PART);
                    out.value("rule", value.rule(), REMAINDER_RULE);
                }

                @Override
                protected PlanShape.Parts read(In in) {
                    List<PlanPart> parts = in.list("parts", PLAN_PART);
                    RemainderRule rule = in.get("rule", REMAINDER_RULE);
                    return in.build(() -> new PlanShape.Parts(parts, rule));
                }
            });

    /** Payment terms: {@code net-days}, {@code end-of-month}, {@code fixed-day-of-next-month}, … */
    public static final Union<PaymentTerms> PAYMENT_TERMS = Union.<PaymentTerms>of("payment terms")
            .with("net-days", NetDays.class, new ObjectCodec<>() {
                @Override
                protected void writeFields(NetDays value, Out out) throws IOException {
                    out.integer("days", value.days());
                }

                @Override
                protected NetDays read(In in) {
                    int days = in.integer("days");
                    return in.build(() -> new NetDays(days));
                }
            })
            .with("end-of-month", EndOfMonth.class, new ObjectCodec<>() {
                @Override
                protected void writeFields(EndOfMonth value, Out out) throws IOException {
                    out.integer("days", value.days());
                    out.text("reading", value.reading().name());
                }

                @Override
                protected EndOfMonth read(In in) {
                    int days = in.integer("days");
                    EndOfMonth.Reading reading = in.get("reading", READING);
                    return in.build(() -> new EndOfMonth(days, reading));
                }
            })
            .with("fixed-day-of-next-month", FixedDayOfNextMonth.class, new ObjectCodec<>() {
                @Override
                protected void writeFields(FixedDayOfNextMonth value, Out out) throws IOException {
                    out.integer("day", value.day());
                }

                @Override
                protected FixedDayOfNextMonth read(In in) {
                    int day = in.integer("day");
                    return in.build(() -> new FixedDayOfNextMonth(day));
                }
            })
            .with("on-receipt", OnReceipt.class, empty(OnReceipt::new))
            .with("cash-on-delivery", CashOnDelivery.class, empty(CashOnDelivery::new))
            .with("prepayment", Prepayment.class, empty(Prepayment::new))
            .with("installments", InstallmentTerms.class, new ObjectCodec<>() {
                @Override
                protected void writeFields(InstallmentTerms value, Out out) throws IOException {
                    out.value("shape", value.shape(), PLAN_SHAPE);
                    out.list("dayOffsets", value.dayOffsets(), Codecs.INTEGER);
                }

                @Override
                protected InstallmentTerms read(In in) {
                    PlanShape shape = in.get("shape", PLAN_SHAPE);
                    List<Integer> offsets = in.list("dayOffsets", Codecs.INTEGER);
                    return in.build(() -> new InstallmentTerms(shape, offsets));
                }
            });

    /** Early-payment discounts. */
    public static final ObjectCodec<EarlyPaymentDiscount> EARLY_PAYMENT_DISCOUNT = new ObjectCodec<>() {
        @Override
        protected void writeFields(EarlyPaymentDiscount value, Out out) throws IOException {
            out.decimal("percent", value.percent());
            out.integer("days", value.days());
        }

        @Override
        protected EarlyPaymentDiscount read(In in) {
            BigDecimal percent = in.decimal("percent");
            int days = in.integer("days");
            return in.build(() -> new EarlyPaymentDiscount(percent, days));
        }
    };

    /** Late-payment terms. */
    public static final ObjectCodec<LatePaymentTerms> LATE_PAYMENT_TERMS = new ObjectCodec<>() {
        @Override
        protected void writeFields(LatePaymentTerms value, Out out) throws IOException {
            out.decimal("annualRatePercent", value.annualRatePercent());
            out.opt("recoveryIndemnity", value.recoveryIndemnity(), Codecs.MONEY);
        }

        @Override
        protected LatePaymentTerms read(In in) {
            BigDecimal rate = in.decimal("annualRatePercent");
            Optional<MonetaryAmount> indemnity = in.opt("recoveryIndemnity", Codecs.MONEY);
            return in.build(() -> new LatePaymentTerms(rate, indemnity));
        }
    };

    /** Cash roundings. */
    public static final ObjectCodec<CashRounding> CASH_ROUNDING = new ObjectCodec<>() {
        @Override
        protected void writeFields(CashRounding value, Out out) throws IOException {
            out.decimal("increment", value.increment());
            out.text("mode", value.mode().name());
        }

        @Override
        protected CashRounding read(In in) {
            BigDecimal increment = in.decimal("increment");
            RoundingMode mode = in.get("mode", ROUNDING_MODE);
            return in.build(() -> new CashRounding(increment, mode));
        }
    };

    /** An installment's share of a VAT group. */
    public static final ObjectCodec<VatBreakdownShare> VAT_SHARE = new ObjectCodec<>() {
        @Override
        protected void writeFields(VatBreakdownShare value, Out out) throws IOException {
            out.value("vatRate", value.vatRate(), InvoiceCodecs.VAT_RATE);
            out.value("taxableAmount", value.taxableAmount(), Codecs.MONEY);
            out.value("vatAmount", value.vatAmount(), Codecs.MONEY);
        }

        @Override
        protected VatBreakdownShare read(In in) {
            var rate = in.get("vatRate", InvoiceCodecs.VAT_RATE);
            MonetaryAmount taxable = in.get("taxableAmount", Codecs.MONEY);
            MonetaryAmount vat = in.get("vatAmount", Codecs.MONEY);
            return in.build(() -> new VatBreakdownShare(rate, taxable, vat));
        }
    };

    /** Installments. */
    public static final ObjectCodec<Installment> INSTALLMENT = new ObjectCodec<>() {
        @Override
        protected void writeFields(Installment value, Out out) throws IOException {
            out.integer("number", value.number());
            out.date("dueDate", value.dueDate());
            out.value("amount", value.amount(), Codecs.MONEY);
            out.list("vatShares", value.vatShares(), VAT_SHARE);
        }

        @Override
        protected Installment read(In in) {
            int number = in.integer("number");
            LocalDate due = in.date("dueDate");
            MonetaryAmount amount = in.get("amount", Codecs.MONEY);
            List<VatBreakdownShare> shares = in.list("vatShares", VAT_SHARE);
            return in.build(() -> new Installment(number, due, amount, shares));
        }
    };

    /**
     * Installment plans. Read back as explicit amounts on explicit dates, then checked: the installments in the
     * document must be the ones the plan computes (numbers, dates, amounts, VAT shares).
     */
    public static final ObjectCodec<InstallmentPlan> INSTALLMENT_PLAN = new ObjectCodec<>() {
        @Override
        protected void writeFields(InstallmentPlan value, Out out) throws IOException {
            out.value("total", value.total(), Codecs.MONEY);
            out.list("installments", value.installments(), INSTALLMENT);
            out.opt("cashRounding", value.cashRounding(), CASH_ROUNDING);
            out.list("vatBreakdown", value.vatBreakdown(), VAT_SHARE);
        }

        @Override
        protected InstallmentPlan read(In in) {
            MonetaryAmount total = in.get("total", Codecs.MONEY);
            List<Installment> installments = in.list("installments", INSTALLMENT);
            Optional<CashRounding> rounding = in.opt("cashRounding", CASH_ROUNDING);
            List<VatBreakdownShare> breakdown = in.list("vatBreakdown", VAT_SHARE);
            if (installments.isEmpty()) {
                throw Paths.error(in.path("installments"), "a plan has one installment at least");
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (Installment installment : installments) {
                if (!installment.amount().getCurrency().equals(total.getCurrency())) {
                    throw Paths.error(
                            Paths.field(Paths.index(in.path("installments"), installment.number() - 1), "amount"),
                            "currency " + installment.amount().getCurrency() + " is not the plan's "
                                    + total.getCurrency() + " (ECH-CUR-01)");
                }
                sum = sum.add(Amounts.decimal(installment.amount()));
            }
            if (sum.compareTo(Amounts.decimal(total)) != 0) {
                throw Paths.error(
                        in.path("installments"),
                        "the installments sum to " + sum.toPlainString() + ", not the total "
                                + Amounts.toPlainString(total) + " (ECH-PLAN-04)");
            }
            InstallmentPlan plan = in.build(() -> {
                InstallmentPlan p = InstallmentPlan.explicit(
                        total,
                        installments.stream().map(Installment::amount).toList(),
                        DueDates.of(
                                installments.stream().map(Installment::dueDate).toList()));
                if (rounding.isPresent()) {
                    p = p.withCashRounding(rounding.get());
                }
                if (!breakdown.isEmpty()) {
                    List<VatBreakdown> groups = new ArrayList<>();
                    for (VatBreakdownShare share : breakdown) {
                        groups.add(new VatBreakdown(
                                share.vatRate(),
                                share.taxableAmount(),
                                share.vatAmount(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty()));
                    }
                    p = p.withVatBreakdown(groups);
                }
                return p;
            });
            for (int i = 0; i < installments.size(); i++) {
                if (!plan.installments().get(i).equals(installments.get(i))) {
                    throw Paths.error(
                            Paths.index(in.path("installments"), i),
                            "the installment does not follow from the plan, which computes "
                                    + plan.installments().get(i));
                }
            }
            return plan;
        }
    };
}
