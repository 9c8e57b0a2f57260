package org.echeance.json.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.echeance.core.money.Amounts;

/**
 * Compares what a document states with what the domain computes, and describes each difference at its path:
 * amounts and decimals by value (and currency), records property by property.
 */
final class Differences {
    /** The EN 16931 rules that tie each total to the lines. */
    private static final Map<String, String> RULES = Map.of(
            "sumOfLineNetAmounts", "BR-CO-10",
            "allowanceTotal", "BR-CO-11",
            "chargeTotal", "BR-CO-12",
            "taxExclusiveAmount", "BR-CO-13",
            "vatTotal", "BR-CO-14",
            "taxInclusiveAmount", "BR-CO-15",
            "amountDue", "BR-CO-16",
            "vatAmount", "BR-CO-17",
            "taxableAmount", "BR-S-08",
            "netAmount", "BR-CO-10");

    /** Record component accessors per class, made accessible once. */
    private static final ClassValue<Method[]> ACCESSORS = Matches.ACCESSORS;

    private Differences() {}

    /**
     * Adds to {@code problems} each place where {@code stated} differs from {@code computed}.
     *
     * @param path the path of the compared values
     * @param stated what the document states
     * @param computed what the domain computes
     * @param problems where the differences go, each as {@code path: message}
     */
    static void of(Path path, Object stated, Object computed, List<String> problems) {
        if (stated instanceof MonetaryAmount && computed instanceof MonetaryAmount) {
            MonetaryAmount s = (MonetaryAmount) stated;
            MonetaryAmount c = (MonetaryAmount) computed;
            if (!s.getCurrency().equals(c.getCurrency()) || Amounts.decimal(s).compareTo(Amounts.decimal(c)) != 0) {
                problems.add(path + ": the document states " + text(s) + ", the lines give " + text(c) + rule(path));
            }
        } else if (stated instanceof BigDecimal && computed instanceof BigDecimal) {
            if (((BigDecimal) stated).compareTo((BigDecimal) computed) != 0) {
                problems.add(path + ": the document states " + ((BigDecimal) stated).toPlainString()
                        + ", the lines give " + ((BigDecimal) computed).toPlainString());
            }
        } else if (stated instanceof Optional && computed instanceof Optional) {
            Optional<?> s = (Optional<?>) stated;
            Optional<?> c = (Optional<?>) computed;
            if (s.isPresent() && c.isPresent()) {
                of(path, s.get(), c.get(), problems);
            } else if (s.isPresent() != c.isPresent()) {
                problems.add(path + ": the document " + (s.isPresent() ? "states a value" : "states none")
                        + ", the lines give " + (c.isPresent() ? describe(c.get()) : "none"));
            }
        } else if (stated instanceof List && computed instanceof List) {
            List<?> s = (List<?>) stated;
            List<?> c = (List<?>) computed;
            if (s.size() != c.size()) {
                problems.add(path + ": the document states " + s.size() + " entries, the lines give " + c.size());
                return;
            }
            for (int i = 0; i < s.size(); i++) {
                of(path.index(i), s.get(i), c.get(i), problems);
            }
        } else if (stated != null && stated.getClass().isRecord() && stated.getClass() == computed.getClass()) {
            for (Method accessor : ACCESSORS.get(stated.getClass())) {
                of(path.field(accessor.getName()), get(accessor, stated), get(accessor, computed), problems);
            }
        } else if (!java.util.Objects.equals(stated, computed)) {
            problems.add(path + ": the document states " + describe(stated) + ", the lines give " + describe(computed));
        }
    }

    private static Object get(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor.getName(), e);
        }
    }

    private static String rule(Path path) {
        String text = path.toString();
        String last = text.substring(text.lastIndexOf('.') + 1);
        String id = RULES.get(last);
        return id == null ? "" : " (" + id + ")";
    }

    private static String text(MonetaryAmount amount) {
        return Amounts.toPlainString(amount) + " " + amount.getCurrency().getCurrencyCode();
    }

    private static String describe(Object value) {
        return value instanceof MonetaryAmount ? text((MonetaryAmount) value) : String.valueOf(value);
    }
}
