package org.echeance.mail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;
import org.echeance.mail.internal.MailChecks;

/**
 * A file attached to a mail: its name, its media type and its bytes, sent as they are.
 *
 * <p>The mail module does not render documents: the application passes the bytes its renderer produced, such as the
 * PDF of an invoice, or its Factur-X PDF (a PDF/A-3 with the CII XML embedded, still {@code application/pdf}), or an
 * e-invoice XML file. For example {@code MailAttachment.pdf("FA-2026-00042.pdf", renderer.renderInvoice(invoice,
 * options))}.
 *
 * <p>The rules ({@code ECH-MAIL-21}): the file name has 1 to 255 characters, none of them {@code / \ :} or a control
 * character; the media type is {@code type/subtype} (RFC 6838, no parameters), kept in lower case; the content is not
 * empty. Two attachments are equal when their names, media types and bytes are. This class is immutable and
 * thread-safe: the bytes are copied in and out.
 */
public final class MailAttachment {
    /** The media type of a PDF, including a Factur-X PDF. */
    public static final String APPLICATION_PDF = "application/pdf";
    /** The media type of an XML e-invoice (CII, UBL). */
    public static final String APPLICATION_XML = "application/xml";

    private static final int MAX_NAME_LENGTH = 255;
    private static final Pattern MEDIA_TYPE =
            Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}");

    private final String fileName;
    private final String mediaType;
    private final byte[] content;

    private MailAttachment(String fileName, String mediaType, byte[] content) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.content = content;
    }

    /**
     * Returns an attachment.
     *
     * @param fileName the file name the recipient sees, such as {@code "FA-2026-00042.pdf"}
     * @param mediaType the media type, such as {@code "application/pdf"}
     * @param content the bytes, copied
     * @return the attachment
     * @throws NullPointerException if an argument is null
     * @throws ValidationException with every rule broken ({@code ECH-MAIL-21})
     */
    public static MailAttachment of(String fileName, String mediaType, byte[] content) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
        List<Violation> violations = new ArrayList<>();
        MailChecks.text("ECH-MAIL-21", "fileName", fileName, MAX_NAME_LENGTH).ifPresent(violations::add);
        for (char c : new char[] {'/', '\\', ':'}) {
            if (fileName.indexOf(c) >= 0) {
                violations.add(
                        new Violation("ECH-MAIL-21", "fileName", MailChecks.quote(fileName) + " contains '" + c + "'"));
            }
        }
        String type = mediaType.toLowerCase(Locale.ROOT);
        if (!MEDIA_TYPE.matcher(type).matches()) {
            violations.add(new Violation(
                    "ECH-MAIL-21",
                    "mediaType",
                    MailChecks.quote(mediaType) + " is not a media type type/subtype (RFC 6838)"));
        }
        if (content.length == 0) {
            violations.add(new Violation("ECH-MAIL-21", "content", "is empty"));
        }
        MailChecks.throwIfAny(violations);
        return new MailAttachment(fileName, type, content.clone());
    }

    /**
     * Returns a PDF attachment, such as an invoice's PDF or Factur-X PDF.
     *
     * @param fileName the file name, such as {@code "FA-2026-00042.pdf"}
     * @param content the PDF bytes, copied
     * @return the attachment
     * @throws ValidationException as {@link #of(String, String, byte[])} does
     */
    public static MailAttachment pdf(String fileName, byte[] content) {
        return of(fileName, APPLICATION_PDF, content);
    }

    /**
     * Returns the file name.
     *
     * @return the name the recipient sees
     */
    public String fileName() {
        return fileName;
    }

    /**
     * Returns the media type, in lower case.
     *
     * @return the media type, such as {@code application/pdf}
     */
    public String mediaType() {
        return mediaType;
    }

    /**
     * Returns a copy of the bytes.
     *
     * @return the content
     */
    public byte[] content() {
        return content.clone();
    }

    /**
     * Returns the number of bytes.
     *
     * @return the size
     */
    public int size() {
        return content.length;
    }

    /**
     * Checks if another object is an attachment with the same name, media type and bytes.
     *
     * @param other the object
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof MailAttachment that
                && fileName.equals(that.fileName)
                && mediaType.equals(that.mediaType)
                && Arrays.equals(content, that.content);
    }

    /**
     * Returns a hash code of the name, the media type and the bytes.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(fileName, mediaType, Arrays.hashCode(content));
    }

    /**
     * Returns the name, media type and size, never the bytes.
     *
     * @return for example {@code MailAttachment[FA-2026-00042.pdf, application/pdf, 48213 bytes]}
     */
    @Override
    public String toString() {
        return "MailAttachment[" + fileName + ", " + mediaType + ", " + content.length + " bytes]";
    }
}
