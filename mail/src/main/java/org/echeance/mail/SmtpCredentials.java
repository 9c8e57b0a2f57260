package org.echeance.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;
import org.echeance.mail.internal.MailChecks;

/**
 * The user name and password the sender logs in to the SMTP server with (SMTP AUTH).
 *
 * <p>{@link #toString()} hides the password, so that settings can be logged. Two credentials are equal when both
 * parts are. This class is immutable and thread-safe.
 *
 * @param username the user name, 1 to 320 characters without control characters
 * @param password the password, not empty, without control characters
 */
public record SmtpCredentials(String username, String password) {
    private static final int MAX_USERNAME_LENGTH = 320;

    /**
     * Creates credentials.
     *
     * @throws NullPointerException if a part is null
     * @throws ValidationException if the user name is blank, too long or has a control character, or the password
     *     is empty or has a control character ({@code ECH-MAIL-06})
     */
    public SmtpCredentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        List<Violation> violations = new ArrayList<>();
        MailChecks.text("ECH-MAIL-06", "credentials.username", username, MAX_USERNAME_LENGTH)
                .ifPresent(violations::add);
        if (password.isEmpty()) {
            violations.add(new Violation("ECH-MAIL-06", "credentials.password", "is empty"));
        } else if (password.chars().anyMatch(Character::isISOControl)) {
            // the value is a secret: never quoted
            violations.add(new Violation("ECH-MAIL-06", "credentials.password", "contains a control character"));
        }
        MailChecks.throwIfAny(violations);
    }

    /**
     * Returns the user name with the password hidden.
     *
     * @return for example {@code SmtpCredentials[username=billing@example.com, password=***]}
     */
    @Override
    public String toString() {
        return "SmtpCredentials[username=" + username + ", password=***]";
    }
}
