package org.echeance.pdf;

import java.util.Arrays;
import java.util.Objects;
import org.echeance.core.validation.ValidationException;

/**
 * A file embedded in a PDF/A-3 document as an associated file: listed in the document's embedded files and in its
 * {@code /AF} array, with its media type and its {@linkplain AttachmentRelationship relationship} to the document.
 *
 * <p>This is how Factur-X carries an invoice's XML ({@link FacturXSource#toAttachment()}); any other file (a
 * timesheet in CSV, the UBL form of the invoice) is attached the same way. The rules: the file name has 1 to 100
 * characters, none of them {@code / \ :} or a control character, and the media type is {@code type/subtype}
 * (rule {@code ECH-PDF-04}). Two attachments are equal when all their parts are. This class is immutable and
 * thread-safe.
 */
public final class Attachment {
    private final String fileName;
    private final String mediaType;
    private final byte[] content;
    private final AttachmentRelationship relationship;
    private final String description;

    private Attachment(
            String fileName,
            String mediaType,
            byte[] content,
            AttachmentRelationship relationship,
            String description) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.content = content.clone();
        this.relationship = relationship;
        this.description = description;
    }

    /**
     * Returns an attachment.
     *
     * @param fileName the file name, such as {@code "factur-x.xml"}
     * @param mediaType the media type, such as {@code "text/xml"}
     * @param content the file's bytes
     * @param relationship how the file relates to the document
     * @param description a short description shown by PDF readers
     * @return the attachment
     * @throws ValidationException if the file name or the media type is not valid (rule {@code ECH-PDF-04})
     */
    public static Attachment of(
            String fileName,
            String mediaType,
            byte[] content,
            AttachmentRelationship relationship,
            String description) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(description, "description");
        if (fileName.isEmpty() || fileName.length() > 100 || !fileName.matches("[^/\\\\:\\p{Cntrl}]+")) {
            throw ValidationException.of(
                    "ECH-PDF-04", "attachment.fileName", "\"" + fileName + "\" is not a plain file name");
        }
        if (!mediaType.matches("[a-z0-9.+-]+/[a-z0-9.+-]+")) {
            throw ValidationException.of(
                    "ECH-PDF-04", "attachment.mediaType", "\"" + mediaType + "\" is not a media type type/subtype");
        }
        return new Attachment(fileName, mediaType, content, relationship, description);
    }

    /**
     * Returns the file name.
     *
     * @return the file name
     */
    public String fileName() {
        return fileName;
    }

    /**
     * Returns the media type.
     *
     * @return the media type, such as {@code "text/xml"}
     */
    public String mediaType() {
        return mediaType;
    }

    /**
     * Returns a copy of the file's bytes.
     *
     * @return the bytes
     */
    public byte[] content() {
        return content.clone();
    }

    /**
     * Returns how the file relates to the document.
     *
     * @return the relationship
     */
    public AttachmentRelationship relationship() {
        return relationship;
    }

    /**
     * Returns the description.
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Attachment)) {
            return false;
        }
        Attachment a = (Attachment) o;
        return fileName.equals(a.fileName)
                && mediaType.equals(a.mediaType)
                && Arrays.equals(content, a.content)
                && relationship == a.relationship
                && description.equals(a.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, mediaType, Arrays.hashCode(content), relationship, description);
    }

    @Override
    public String toString() {
        return "Attachment[" + fileName + ", " + mediaType + ", " + content.length + " bytes, " + relationship + "]";
    }
}
