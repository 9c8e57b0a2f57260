package org.echeance.pdf.archive;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceStateException;
import org.echeance.core.validation.ValidationException;
import org.echeance.einvoice.Profile;

/**
 * An invoice or credit note as it was issued: the Factur-X PDF rendered once, the CII XML embedded in it as {@code
 * factur-x.xml} (exactly those bytes), the SHA-256 of each, and what identifies it — the seller, the document
 * number, its type, its issue date and the Factur-X profile.
 *
 * <p>An issued document is what the seller sent and must keep: it is never rendered again, so a later change of
 * branding, template or library version cannot alter it. Made by {@link DocumentIssuer} and kept by a {@link
 * DocumentArchive}; {@link #restore} reads one back from storage and {@link #verify()} checks its bytes against
 * their hashes.
 *
 * <p>The byte arrays are copied in and out. Two issued documents are equal when all their parts are, bytes
 * included. This class is immutable and thread-safe.
 */
public final class IssuedDocument {
    /** The part of an issued document a hash covers. */
    public enum Part {
        /** The PDF file. */
        PDF,
        /** The CII XML embedded in the PDF as {@code factur-x.xml}. */
        XML
    }

    private static final HexFormat HEX = HexFormat.of();

    private final String sellerId;
    private final String documentNumber;
    private final DocumentType documentType;
    private final LocalDate issueDate;
    private final Profile profile;
    private final byte[] pdf;
    private final byte[] xml;
    private final String pdfSha256;
    private final String xmlSha256;
    private final Instant renderedAt;

    private IssuedDocument(
            String sellerId,
            String documentNumber,
            DocumentType documentType,
            LocalDate issueDate,
            Profile profile,
            byte[] pdf,
            byte[] xml,
            String pdfSha256,
            String xmlSha256,
            Instant renderedAt) {
        this.sellerId = sellerId;
        this.documentNumber = documentNumber;
        this.documentType = documentType;
        this.issueDate = issueDate;
        this.profile = profile;
        this.pdf = pdf;
        this.xml = xml;
        this.pdfSha256 = pdfSha256;
        this.xmlSha256 = xmlSha256;
        this.renderedAt = renderedAt;
    }

    /**
     * Returns the issued document of an issued invoice or credit note, hashing its PDF and XML.
     *
     * <p>The number, type and issue date come from the invoice. The instant is truncated to the second, the
     * precision of the dates a PDF carries.
     *
     * @param sellerId the application's id of the seller, which scopes the document numbers
     * @param invoice the issued invoice or credit note the bytes were rendered from
     * @param profile the Factur-X profile of the XML
     * @param pdf the Factur-X PDF
     * @param xml the CII XML embedded in the PDF
     * @param renderedAt when the PDF was rendered
     * @return the document
     * @throws InvoiceStateException if the invoice is a draft or has no issue date (ECH-LIFE-03)
     * @throws ValidationException if the seller id is blank, the profile is not a Factur-X profile or a byte array
     *     is empty (ECH-PDF-07)
     */
    public static IssuedDocument of(
            String sellerId, Invoice invoice, Profile profile, byte[] pdf, byte[] xml, Instant renderedAt) {
        Objects.requireNonNull(invoice, "invoice");
        checkIssued(invoice);
        byte[] pdfCopy = Objects.requireNonNull(pdf, "pdf").clone();
        byte[] xmlCopy = Objects.requireNonNull(xml, "xml").clone();
        return checked(
                sellerId,
                invoice.number().orElseThrow(),
                invoice.documentType(),
                invoice.issueDate().orElseThrow(),
                profile,
                pdfCopy,
                xmlCopy,
                sha256(pdfCopy),
                sha256(xmlCopy),
                Objects.requireNonNull(renderedAt, "renderedAt").truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * Returns an issued document as a store reads it back, with the hashes stored beside the bytes. The hashes are
     * not checked here: call {@link #verify()} before trusting the bytes (every {@link DocumentArchive} of this
     * module does).
     *
     * @param sellerId the seller
     * @param documentNumber the document number (BT-1)
     * @param documentType the document type (BT-3)
     * @param issueDate the issue date (BT-2)
     * @param profile the Factur-X profile of the XML
     * @param pdf the stored PDF
     * @param xml the stored XML
     * @param pdfSha256 the stored SHA-256 of the PDF, 64 lower-case hexadecimal digits
     * @param xmlSha256 the stored SHA-256 of the XML, 64 lower-case hexadecimal digits
     * @param renderedAt when the PDF was rendered
     * @return the document
     * @throws ValidationException if an id is blank, the profile is not a Factur-X profile, a byte array is empty
     *     or a hash is not 64 lower-case hexadecimal digits (ECH-PDF-07)
     */
    public static IssuedDocument restore(
            String sellerId,
            String documentNumber,
            DocumentType documentType,
            LocalDate issueDate,
            Profile profile,
            byte[] pdf,
            byte[] xml,
            String pdfSha256,
            String xmlSha256,
            Instant renderedAt) {
        checkHash(Objects.requireNonNull(pdfSha256, "pdfSha256"), "pdfSha256");
        checkHash(Objects.requireNonNull(xmlSha256, "xmlSha256"), "xmlSha256");
        return checked(
                sellerId,
                documentNumber,
                documentType,
                issueDate,
                profile,
                Objects.requireNonNull(pdf, "pdf").clone(),
                Objects.requireNonNull(xml, "xml").clone(),
                pdfSha256,
                xmlSha256,
                Objects.requireNonNull(renderedAt, "renderedAt"));
    }

    private static IssuedDocument checked(
            String sellerId,
            String documentNumber,
            DocumentType documentType,
            LocalDate issueDate,
            Profile profile,
            byte[] pdf,
            byte[] xml,
            String pdfSha256,
            String xmlSha256,
            Instant renderedAt) {
        checkText(Objects.requireNonNull(sellerId, "sellerId"), "sellerId");
        checkText(Objects.requireNonNull(documentNumber, "documentNumber"), "documentNumber");
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(profile, "profile");
        if (profile.facturXConformanceLevel().isEmpty()) {
            throw ValidationException.of(
                    "ECH-PDF-07", "profile", profile + " is not a Factur-X profile; an issued document is Factur-X");
        }
        if (pdf.length == 0) {
            throw ValidationException.of("ECH-PDF-07", "pdf", "the PDF is empty");
        }
        if (xml.length == 0) {
            throw ValidationException.of("ECH-PDF-07", "xml", "the XML is empty");
        }
        return new IssuedDocument(
                sellerId, documentNumber, documentType, issueDate, profile, pdf, xml, pdfSha256, xmlSha256, renderedAt);
    }

    static void checkIssued(Invoice invoice) {
        if (invoice.isDraft()) {
            throw new InvoiceStateException(
                    "ECH-LIFE-03", "(draft)", "a draft has no issued document; issue it (number and date) first");
        }
        if (invoice.issueDate().isEmpty()) {
            throw new InvoiceStateException(
                    "ECH-LIFE-03",
                    invoice.number().orElseThrow(),
                    "the document has a number but no issue date (BT-2); issue it first");
        }
    }

    private static void checkText(String value, String path) {
        if (value.isBlank()) {
            throw ValidationException.of("ECH-PDF-07", path, "the " + path + " is blank");
        }
    }

    private static void checkHash(String hash, String path) {
        if (hash.length() != 64 || !hash.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            throw ValidationException.of(
                    "ECH-PDF-07", path, "\"" + hash + "\" is not a SHA-256 in 64 lower-case hexadecimal digits");
        }
    }

    /**
     * Returns the SHA-256 of some bytes, in lower-case hexadecimal.
     *
     * @param bytes the bytes
     * @return 64 hexadecimal digits
     */
    public static String sha256(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (MessageDigest's documentation)
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /**
     * Checks the PDF and the XML against their hashes, computed again from the bytes.
     *
     * @return this document, whose bytes are the ones hashed when it was issued
     * @throws TamperedDocumentException naming the first part whose bytes no longer give its hash (ECH-PDF-09)
     */
    public IssuedDocument verify() {
        check(Part.PDF, pdf, pdfSha256);
        check(Part.XML, xml, xmlSha256);
        return this;
    }

    private void check(Part part, byte[] bytes, String expected) {
        String actual = sha256(bytes);
        if (!actual.equals(expected)) {
            throw new TamperedDocumentException(sellerId, documentNumber, part, expected, actual);
        }
    }

    /**
     * Returns the application's id of the seller.
     *
     * @return the seller id
     */
    public String sellerId() {
        return sellerId;
    }

    /**
     * Returns the document number (BT-1), unique per seller.
     *
     * @return the number
     */
    public String documentNumber() {
        return documentNumber;
    }

    /**
     * Returns the document type (BT-3).
     *
     * @return the type, such as a commercial invoice or a credit note
     */
    public DocumentType documentType() {
        return documentType;
    }

    /**
     * Checks if the document is a credit note.
     *
     * @return true for a credit note (381)
     */
    public boolean isCreditNote() {
        return documentType.isCreditNote();
    }

    /**
     * Returns the issue date (BT-2).
     *
     * @return the date
     */
    public LocalDate issueDate() {
        return issueDate;
    }

    /**
     * Returns the Factur-X profile of the XML.
     *
     * @return the profile
     */
    public Profile profile() {
        return profile;
    }

    /**
     * Returns a copy of the PDF bytes.
     *
     * @return the Factur-X PDF
     */
    public byte[] pdf() {
        return pdf.clone();
    }

    /**
     * Returns a copy of the XML bytes: the CII embedded in the PDF as {@code factur-x.xml}.
     *
     * @return the XML, in UTF-8
     */
    public byte[] xml() {
        return xml.clone();
    }

    /**
     * Returns the SHA-256 of the PDF.
     *
     * @return 64 lower-case hexadecimal digits
     */
    public String pdfSha256() {
        return pdfSha256;
    }

    /**
     * Returns the SHA-256 of the XML.
     *
     * @return 64 lower-case hexadecimal digits
     */
    public String xmlSha256() {
        return xmlSha256;
    }

    /**
     * Returns the instant the PDF was rendered, which is also the creation date written in it.
     *
     * @return the instant
     */
    public Instant renderedAt() {
        return renderedAt;
    }

    /**
     * Checks if an XML is the one of this document, byte for byte.
     *
     * @param otherXml the XML to compare
     * @return true if the bytes are equal
     */
    public boolean hasXml(byte[] otherXml) {
        return Arrays.equals(xml, Objects.requireNonNull(otherXml, "otherXml"));
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof IssuedDocument)) {
            return false;
        }
        IssuedDocument d = (IssuedDocument) o;
        return sellerId.equals(d.sellerId)
                && documentNumber.equals(d.documentNumber)
                && documentType == d.documentType
                && issueDate.equals(d.issueDate)
                && profile == d.profile
                && pdfSha256.equals(d.pdfSha256)
                && xmlSha256.equals(d.xmlSha256)
                && renderedAt.equals(d.renderedAt)
                && Arrays.equals(pdf, d.pdf)
                && Arrays.equals(xml, d.xml);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sellerId, documentNumber, pdfSha256, xmlSha256);
    }

    @Override
    public String toString() {
        return "IssuedDocument[seller " + sellerId + ", " + documentType + " " + documentNumber + " of " + issueDate
                + ", " + profile + ", PDF " + pdf.length + " bytes sha256 " + pdfSha256 + ", XML " + xml.length
                + " bytes sha256 " + xmlSha256 + ", rendered " + renderedAt + "]";
    }
}
