package org.echeance.mail;

import java.util.Objects;

/**
 * The text of a mail: its subject, its plain-text body and the language both are written in.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param subject the subject, on one line
 * @param body the body, lines separated by {@code \n}
 * @param language the language code of the text, such as {@code fr}, sent as the {@code Content-Language} header
 */
public record MailContent(String subject, String body, String language) {
    /**
     * Creates the content.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the subject has a line break
     */
    public MailContent {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(language, "language");
        if (subject.indexOf('\n') >= 0 || subject.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("subject: has a line break; a subject is one line");
        }
    }
}
