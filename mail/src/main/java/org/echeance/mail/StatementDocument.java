package org.echeance.mail;

import java.util.Locale;
import java.util.Objects;
import org.echeance.core.ledger.CustomerStatement;
import org.echeance.core.validation.ValidationException;
import org.echeance.mail.internal.DocumentKeys;
import org.echeance.mail.internal.MailChecks;

/**
 * A customer's account statement to send.
 *
 * <p>The mail states the period, the closing balance, what is due as of the statement's date and how much of it is
 * overdue; the statement itself (a PDF) travels as a {@link MailAttachment}.
 *
 * <p>The rule: the seller's name, which signs the mail, has 1 to 200 characters without control characters ({@code
 * ECH-MAIL-12}). This class is immutable and thread-safe.
 *
 * @param statement the statement
 * @param sellerName the seller's name as the customer knows it, which signs the mail
 * @param locale the language of the mail, usually the customer's
 */
public record StatementDocument(CustomerStatement statement, String sellerName, Locale locale) implements MailDocument {
    private static final int MAX_NAME_LENGTH = 200;

    /**
     * Creates the document.
     *
     * @throws NullPointerException if a part is null
     * @throws ValidationException if the seller's name is blank, too long or has a control character ({@code
     *     ECH-MAIL-12})
     */
    public StatementDocument {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(sellerName, "sellerName");
        Objects.requireNonNull(locale, "locale");
        MailChecks.text("ECH-MAIL-12", "sellerName", sellerName, MAX_NAME_LENGTH)
                .ifPresent(violation -> {
                    throw ValidationException.of(violation.ruleId(), violation.path(), violation.message());
                });
    }

    /**
     * Returns {@code statement/SELLER/CUSTOMER/FROM/TO/AS-OF}: a statement of another period, or of the same period
     * as of another day, is another document.
     *
     * @return the key, such as {@code statement/seller-A/C1/2026-01-01/2026-03-31/2026-04-01}
     */
    @Override
    public String documentKey() {
        return DocumentKeys.of(
                "statement",
                statement.sellerId(),
                statement.customerNumber(),
                statement.from().toString(),
                statement.to().toString(),
                statement.asOf().toString());
    }

    /**
     * Returns the statement's seller.
     *
     * @return the seller id
     */
    @Override
    public String sellerId() {
        return statement.sellerId();
    }
}
