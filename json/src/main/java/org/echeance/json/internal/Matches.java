package org.echeance.json.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.echeance.core.invoice.VatCategory;
import org.echeance.core.money.Amounts;

/**
 * Checks, without building anything, that a document node states exactly a value the domain computed, in the shape
 * its codec writes: records as objects with one property per component (empty {@code Optional}s absent, lists as
 * arrays), amounts as {@code {"amount","currency"}} equal by value, decimals equal by value within the limits,
 * VAT categories by code, strings as they are.
 *
 * <p>A match means that reading the node would give values equal to the computed ones, so a reader may skip
 * building them; anything else (a difference, an unknown or malformed property, a type it does not know) is no
 * match, and the reader reads the node in full to say what is wrong.
 */
final class Matches {
    /** Record component accessors per class, made accessible once. */
    static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].trySetAccessible();
            }
            return accessors;
        }
    };

    private Matches() {}

    /**
     * Checks that a node states a value.
     *
     * @param node the node
     * @param value the computed value
     * @param limits the limits decimals must keep
     * @return true if reading the node gives a value equal to {@code value}
     */
    static boolean of(Object node, Object value, Limits limits) {
        if (value instanceof MonetaryAmount) {
            return amount(node, (MonetaryAmount) value, limits);
        }
        if (value instanceof BigDecimal) {
            BigDecimal stated = In.decimalOrNull(node, limits);
            return stated != null && stated.compareTo((BigDecimal) value) == 0;
        }
        if (value instanceof String) {
            return value.equals(node);
        }
        if (value instanceof VatCategory) {
            return ((VatCategory) value).code().equals(node);
        }
        if (value instanceof List) {
            return list(node, (List<?>) value, limits);
        }
        if (value != null && value.getClass().isRecord()) {
            return record(node, value, limits);
        }
        return false;
    }

    private static boolean amount(Object node, MonetaryAmount value, Limits limits) {
        if (!(node instanceof Tree.Obj) || ((Tree.Obj) node).size() != 2) {
            return false;
        }
        Tree.Obj members = (Tree.Obj) node;
        int amount = members.indexOf("amount");
        int currency = members.indexOf("currency");
        if (amount < 0 || currency < 0) {
            return false;
        }
        BigDecimal stated = In.decimalOrNull(members.value(amount), limits);
        return stated != null
                && value.getCurrency().getCurrencyCode().equals(members.value(currency))
                && stated.compareTo(Amounts.decimal(value)) == 0;
    }

    private static boolean list(Object node, List<?> values, Limits limits) {
        if (node == null || node == Tree.NULL) {
            return values.isEmpty();
        }
        if (!(node instanceof List) || ((List<?>) node).size() != values.size()) {
            return false;
        }
        List<?> elements = (List<?>) node;
        for (int i = 0; i < values.size(); i++) {
            if (!of(elements.get(i), values.get(i), limits)) {
                return false;
            }
        }
        return true;
    }

    private static boolean record(Object node, Object value, Limits limits) {
        if (!(node instanceof Tree.Obj)) {
            return false;
        }
        Tree.Obj members = (Tree.Obj) node;
        int stated = 0;
        for (Method accessor : ACCESSORS.get(value.getClass())) {
            int i = members.indexOf(accessor.getName());
            Object property = i < 0 ? null : members.value(i);
            if (i >= 0) {
                stated++;
            }
            Object component = get(accessor, value);
            if (component instanceof Optional) {
                Optional<?> optional = (Optional<?>) component;
                boolean absent = property == null || property == Tree.NULL;
                if (optional.isEmpty() ? !absent : absent || !of(property, optional.get(), limits)) {
                    return false;
                }
            } else if (component instanceof List) {
                if (!list(property, (List<?>) component, limits)) {
                    return false;
                }
            } else if (property == null || !of(property, component, limits)) {
                return false;
            }
        }
        return stated == members.size();
    }

    private static Object get(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor.getName(), e);
        }
    }
}
