package org.echeance.pdf;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.validation.ValidationException;
import org.echeance.einvoice.CiiWriter;
import org.echeance.einvoice.Profile;
import org.echeance.einvoice.ProfileViolationException;

/**
 * The CII XML of an invoice and its Factur-X profile, to be embedded as {@code factur-x.xml} in the invoice's
 * PDF/A-3: the hook through which the e-invoice module's XML reaches the renderer, as plain values.
 *
 * <p>The profile is the Factur-X conformance level written in the XMP metadata ({@code fx:ConformanceLevel}): one
 * of {@value #MINIMUM}, {@value #BASIC_WL}, {@value #BASIC}, {@value #EN_16931} and {@value #EXTENDED} (rule {@code
 * ECH-PDF-05}). The XML must be the invoice rendered on the same PDF, from the same model: {@link #of(Invoice,
 * Profile)} writes it with the e-invoice module; {@link #of(byte[], String)} takes it as given and does not read it. Two sources are equal when their XML bytes and profiles are. This class is immutable and thread-safe.
 */
public final class FacturXSource {
    /** Profile MINIMUM. */
    public static final String MINIMUM = "MINIMUM";

    /** Profile BASIC WL. */
    public static final String BASIC_WL = "BASIC WL";

    /** Profile BASIC. */
    public static final String BASIC = "BASIC";

    /** Profile EN 16931 (COMFORT). */
    public static final String EN_16931 = "EN 16931";

    /** Profile EXTENDED. */
    public static final String EXTENDED = "EXTENDED";

    /** The file name Factur-X gives the embedded XML. */
    public static final String FILE_NAME = "factur-x.xml";

    private static final List<String> PROFILES = List.of(MINIMUM, BASIC_WL, BASIC, EN_16931, EXTENDED);

    private final byte[] xml;
    private final String profile;

    private FacturXSource(byte[] xml, String profile) {
        this.xml = xml.clone();
        this.profile = profile;
    }

    /**
     * Returns the source of a Factur-X invoice.
     *
     * @param xml the CII XML of the invoice, in UTF-8
     * @param profile the conformance level, such as {@value #EN_16931}
     * @return the source
     * @throws ValidationException if the profile is not one of the five Factur-X levels or the XML is empty (rule
     *     {@code ECH-PDF-05})
     */
    public static FacturXSource of(byte[] xml, String profile) {
        Objects.requireNonNull(xml, "xml");
        Objects.requireNonNull(profile, "profile");
        if (!PROFILES.contains(profile)) {
            throw ValidationException.of(
                    "ECH-PDF-05",
                    "facturX.profile",
                    "\"" + profile + "\" is not one of the Factur-X levels " + PROFILES);
        }
        if (xml.length == 0) {
            throw ValidationException.of("ECH-PDF-05", "facturX.xml", "the XML is empty");
        }
        return new FacturXSource(xml, profile);
    }

    /**
     * Writes the CII XML of an invoice in a Factur-X profile, with the e-invoice module's {@link CiiWriter}: the
     * source of a Factur-X invoice made from the same model as its PDF.
     *
     * @param invoice the issued invoice or credit note
     * @param profile MINIMUM, BASIC WL, BASIC, EN 16931 or EXTENDED; its XMP conformance level is written
     * @return the source
     * @throws org.echeance.einvoice.ProfileViolationException if the profile is not a Factur-X profile, or the
     *     invoice has a business term the profile cannot carry
     * @throws ValidationException if the invoice is a draft (BR-02, BR-03)
     */
    public static FacturXSource of(Invoice invoice, Profile profile) {
        Objects.requireNonNull(invoice, "invoice");
        byte[] xml = CiiWriter.of(Objects.requireNonNull(profile, "profile")).write(invoice);
        String level = profile.facturXConformanceLevel()
                .orElseThrow(() -> new ProfileViolationException(
                        "BT-24", profile, "profile " + profile + " is not a Factur-X profile"));
        return of(xml, level);
    }

    /**
     * Returns a copy of the XML bytes.
     *
     * @return the bytes
     */
    public byte[] xml() {
        return xml.clone();
    }

    /**
     * Returns the conformance level.
     *
     * @return the profile, such as {@value #EN_16931}
     */
    public String profile() {
        return profile;
    }

    /**
     * Returns the relationship Factur-X asks for: {@code Data} for MINIMUM and BASIC WL, which are not full invoices,
     * {@code Alternative} for the others.
     *
     * @return the relationship
     */
    public AttachmentRelationship relationship() {
        return profile.equals(MINIMUM) || profile.equals(BASIC_WL)
                ? AttachmentRelationship.DATA
                : AttachmentRelationship.ALTERNATIVE;
    }

    /**
     * Returns the attachment that carries the XML: {@value #FILE_NAME}, {@code text/xml}, with {@link
     * #relationship()}.
     *
     * @return the attachment
     */
    public Attachment toAttachment() {
        return Attachment.of(FILE_NAME, "text/xml", xml, relationship(), "Factur-X invoice (" + profile + ")");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FacturXSource
                && ((FacturXSource) o).profile.equals(profile)
                && Arrays.equals(((FacturXSource) o).xml, xml);
    }

    @Override
    public int hashCode() {
        return 31 * profile.hashCode() + Arrays.hashCode(xml);
    }

    @Override
    public String toString() {
        return "FacturXSource[" + profile + ", " + xml.length + " bytes]";
    }
}
