package org.echeance.mail.internal;

import java.util.StringJoiner;

/**
 * Joins the parts of a document key with {@code /}, escaping a {@code /} or {@code %} inside a part as {@code %2F} or
 * {@code %25} (as {@code ReminderKey.id()} does), so that two different documents never get the same key.
 *
 * <p>Not API. This class is immutable and thread-safe.
 */
public final class DocumentKeys {
    private DocumentKeys() {}

    /**
     * Returns the key made of parts.
     *
     * @param kind the kind of document, such as {@code invoice}
     * @param parts the parts, such as the seller id and the number
     * @return the key, such as {@code invoice/seller-A/380/FA-2026-00042}
     */
    public static String of(String kind, String... parts) {
        StringJoiner key = new StringJoiner("/").add(kind);
        for (String part : parts) {
            key.add(part.replace("%", "%25").replace("/", "%2F"));
        }
        return key.toString();
    }
}
