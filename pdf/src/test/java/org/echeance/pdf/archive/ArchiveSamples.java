package org.echeance.pdf.archive;

import java.nio.charset.StandardCharsets;
import org.echeance.core.invoice.DocumentType;
import org.echeance.einvoice.Profile;
import org.echeance.pdf.PdfFixtures;

/** Small issued documents with made-up bytes, for archive tests that need no real PDF. */
final class ArchiveSamples {
    private ArchiveSamples() {}

    /** A document of a seller and number whose PDF and XML bytes carry a content marker. */
    static IssuedDocument document(String sellerId, String number, String content) {
        byte[] pdf = ("%PDF-1.7 " + content).getBytes(StandardCharsets.US_ASCII);
        byte[] xml = ("<Invoice>" + content + "</Invoice>").getBytes(StandardCharsets.US_ASCII);
        return IssuedDocument.restore(
                sellerId,
                number,
                DocumentType.COMMERCIAL_INVOICE,
                PdfFixtures.ISSUED,
                Profile.EN_16931,
                pdf,
                xml,
                IssuedDocument.sha256(pdf),
                IssuedDocument.sha256(xml),
                PdfFixtures.FIXED_TIME);
    }
}
