package org.echeance.core.payment;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.echeance.core.money.Amounts;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;

/** Holds the checks the payment values share on free text and amounts. Not API. */
final class PaymentTexts {
    /** Values longer than this are shortened in messages. */
    private static final int MAX_QUOTED_LENGTH = 80;

    private PaymentTexts() {}

    /**
     * Returns the violation of a text that is blank, has a control character or more than {@code maxLength}
     * characters (code points), ECH-PAY-09, or empty if the text is fine.
     */
    static Optional<Violation> textViolation(String value, String path, int maxLength) {
        Objects.requireNonNull(value, path);
        if (value.isBlank()) {
            return Optional.of(new Violation("ECH-PAY-09", path, quote(value) + " is blank"));
        }
        int control = firstControl(value);
        if (control >= 0) {
            return Optional.of(new Violation(
                    "ECH-PAY-09",
                    path,
                    quote(value) + " contains " + describe(value, control) + ", a control character"));
        }
        int length = value.codePointCount(0, value.length());
        if (length > maxLength) {
            return Optional.of(new Violation(
                    "ECH-PAY-09", path, quote(value) + " has " + length + " characters, more than " + maxLength));
        }
        return Optional.empty();
    }

    /** Checks an optional text as {@link #textViolation(String, String, int)} does, throwing its violation. */
    static Optional<String> optional(Optional<String> value, String path, int maxLength) {
        Objects.requireNonNull(value, path);
        value.flatMap(text -> textViolation(text, path, maxLength)).ifPresent(PaymentTexts::fail);
        return value;
    }

    /**
     * Returns the violation of an amount that is not positive (ECH-PAY-01) or has more decimals than its currency's
     * minor unit (ECH-PAY-02), or empty if the amount is fine.
     */
    static Optional<Violation> amountViolation(MonetaryAmount amount, String path) {
        Objects.requireNonNull(amount, path);
        BigDecimal value = Amounts.decimal(amount);
        String currency = amount.getCurrency().getCurrencyCode();
        if (value.signum() <= 0) {
            return Optional.of(new Violation(
                    "ECH-PAY-01",
                    path,
                    Amounts.toPlainString(amount) + " " + currency + " is not positive; a payment brings money in"));
        }
        if (!Amounts.hasCurrencyScale(value, amount.getCurrency())) {
            return Optional.of(new Violation(
                    "ECH-PAY-02",
                    path,
                    Amounts.toPlainString(amount) + " " + currency + " has more decimals than the "
                            + Amounts.minorUnitDigits(amount.getCurrency()) + " of " + currency));
        }
        return Optional.empty();
    }

    private static void fail(Violation violation) {
        throw ValidationException.of(violation.ruleId(), violation.path(), violation.message());
    }

    /** Returns the index of the first ISO control character of a text, or -1. */
    static int firstControl(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Quotes a value for a message: shortened to 80 characters, control characters written as {@code U+XXXX}, so
     * that a message stays on one line.
     */
    static String quote(String value) {
        String shown = value.length() <= MAX_QUOTED_LENGTH ? value : value.substring(0, MAX_QUOTED_LENGTH) + "...";
        StringBuilder quoted = new StringBuilder(shown.length() + 2).append('"');
        shown.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                quoted.append(codePoint(c));
            } else {
                quoted.appendCodePoint(c);
            }
        });
        return quoted.append('"').toString();
    }

    /** Describes the character at an index: quoted when visible, as {@code U+XXXX} when not. */
    static String describe(String value, int index) {
        int c = value.codePointAt(index);
        boolean visible = !Character.isISOControl(c) && !Character.isWhitespace(c) && !Character.isSpaceChar(c);
        return visible ? "'" + new String(Character.toChars(c)) + "'" : codePoint(c);
    }

    private static String codePoint(int c) {
        return String.format(Locale.ROOT, "U+%04X", c);
    }
}
