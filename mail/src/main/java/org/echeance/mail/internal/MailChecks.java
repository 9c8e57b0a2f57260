package org.echeance.mail.internal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.echeance.core.identifier.EmailAddress;
import org.echeance.core.identifier.InvalidIdentifierException;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;

/**
 * The checks the mail values share: free text, email addresses, and the violations they report.
 *
 * <p>Not API. This class is immutable and thread-safe.
 */
public final class MailChecks {
    /** The rule of an address that is not a valid email address. */
    public static final String INVALID_ADDRESS = "ECH-MAIL-07";

    private static final int MAX_QUOTED_LENGTH = 80;

    private MailChecks() {}

    /**
     * Returns the violation of a text that is blank, has a control character or more than {@code maxLength}
     * characters, or empty if the text is fine.
     *
     * @param rule the rule id reported
     * @param path the field path
     * @param value the text
     * @param maxLength the most characters (code points) allowed
     * @return the violation, if any
     */
    public static Optional<Violation> text(String rule, String path, String value, int maxLength) {
        Objects.requireNonNull(value, path);
        if (value.isBlank()) {
            return Optional.of(new Violation(rule, path, quote(value) + " is blank"));
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return Optional.of(new Violation(
                        rule,
                        path,
                        quote(value) + " contains "
                                + String.format(Locale.ROOT, "U+%04X", (int) value.charAt(i))
                                + ", a control character"));
            }
        }
        int length = value.codePointCount(0, value.length());
        if (length > maxLength) {
            return Optional.of(
                    new Violation(rule, path, quote(value) + " has " + length + " characters, more than " + maxLength));
        }
        return Optional.empty();
    }

    /**
     * Parses an email address, reporting a bad one as a violation of {@code ECH-MAIL-07} at a path.
     *
     * @param path the field path, such as {@code to[1]}
     * @param text the address
     * @param violations where a violation is added
     * @return the address, or empty if it is not valid
     */
    public static Optional<EmailAddress> address(String path, String text, List<Violation> violations) {
        Objects.requireNonNull(text, path);
        try {
            return Optional.of(EmailAddress.parse(text));
        } catch (InvalidIdentifierException e) {
            violations.add(new Violation(
                    INVALID_ADDRESS,
                    path,
                    quote(text) + " is not an email address: " + e.reason() + " (" + e.rule() + ")"));
            return Optional.empty();
        }
    }

    /**
     * Throws the violations found, if any.
     *
     * @param violations the violations
     * @throws ValidationException if there is at least one
     */
    public static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /**
     * Quotes a value for a message, shortened to 80 characters, control characters written as {@code U+XXXX}.
     *
     * @param value the value
     * @return the quoted value
     */
    public static String quote(String value) {
        String shown = value.length() <= MAX_QUOTED_LENGTH ? value : value.substring(0, MAX_QUOTED_LENGTH) + "...";
        StringBuilder quoted = new StringBuilder(shown.length() + 2).append('"');
        shown.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                quoted.append(String.format(Locale.ROOT, "U+%04X", c));
            } else {
                quoted.appendCodePoint(c);
            }
        });
        return quoted.append('"').toString();
    }
}
