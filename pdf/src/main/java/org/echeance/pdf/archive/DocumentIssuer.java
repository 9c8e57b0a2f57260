package org.echeance.pdf.archive;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceStateException;
import org.echeance.core.validation.ValidationException;
import org.echeance.einvoice.Profile;
import org.echeance.einvoice.ProfileViolationException;
import org.echeance.pdf.FacturXSource;
import org.echeance.pdf.InvoiceRenderer;
import org.echeance.pdf.RenderOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issues the documents of invoices and credit notes once, and shows them as issued: the service an application
 * calls when it issues an invoice, and again whenever the invoice is viewed, sent or downloaded.
 *
 * <p>Guarantees:
 *
 * <ul>
 *   <li><b>An issued document never changes.</b> {@link #issue} renders the Factur-X PDF of an issued invoice once,
 *       with the CII XML embedded as {@code factur-x.xml}, and keeps the PDF, the XML and their SHA-256 in the
 *       {@link DocumentArchive} under the seller and the document number. Issuing the same invoice again, and
 *       {@link #view}, return the stored bytes; nothing is rendered again.
 *   <li><b>Branding changes apply only to documents issued afterwards.</b> A new logo, colour, contact block or
 *       footer (or a new version of this library) changes the PDFs of invoices issued later, never the stored ones.
 *   <li><b>An issued invoice is not replaced.</b> An invoice whose XML differs from the stored one under the same
 *       number is refused ({@link IssuedDocumentChangedException}, ECH-PDF-08) and the archive is left as it was;
 *       corrections go through a credit note, itself issued under its own number.
 *   <li><b>One document per number, across nodes.</b> When two nodes issue the same invoice at once, the archive
 *       keeps the first and both return it.
 *   <li><b>What is returned is what was stored.</b> The archives of this module check the bytes against their
 *       hashes on every read ({@link TamperedDocumentException}, ECH-PDF-09).
 * </ul>
 *
 * <p>The PDF is rendered reproducibly: dated at the instant the options' clock gives (to the second) and with a
 * document id derived from {@code sellerId + "/" + number}, whatever seed the options had, so an archived PDF can be
 * checked by rendering it again with the same library version, branding and instant. With a {@link
 * JdbcDocumentArchive}, call {@link #issue} after the transaction that numbered the invoice has committed (rendering
 * takes milliseconds; the number's counter row must not stay locked that long), for example from an outbox worker,
 * in the worker's own transaction: a retried or concurrent worker gets the stored document.
 *
 * <p>For example:
 *
 * <pre>{@code
 * DocumentIssuer issuer = DocumentIssuer.of(ITextInvoiceRenderer.create(), archive, Profile.EN_16931);
 * IssuedDocument issued = issuer.issue("atelier-durand", invoice, RenderOptions.of(branding));
 * byte[] pdf = issuer.view("atelier-durand", "FA-2026-00001").orElseThrow().pdf(); // the same bytes, always
 * }</pre>
 *
 * <p>This class is immutable and thread-safe when its renderer and archive are.
 */
public final class DocumentIssuer {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentIssuer.class);

    private final InvoiceRenderer renderer;
    private final DocumentArchive archive;
    private final Profile profile;

    private DocumentIssuer(InvoiceRenderer renderer, DocumentArchive archive, Profile profile) {
        this.renderer = renderer;
        this.archive = archive;
        this.profile = profile;
    }

    /**
     * Returns an issuer that renders with a renderer, in a Factur-X profile, and keeps the documents in an archive.
     *
     * @param renderer the renderer of the PDFs
     * @param archive where the issued documents are kept
     * @param profile the Factur-X profile of the embedded XML: MINIMUM, BASIC WL, BASIC, EN 16931 or EXTENDED
     * @return the issuer
     * @throws ProfileViolationException if the profile is not a Factur-X profile (BT-24)
     */
    public static DocumentIssuer of(InvoiceRenderer renderer, DocumentArchive archive, Profile profile) {
        Objects.requireNonNull(renderer, "renderer");
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(profile, "profile");
        if (profile.facturXConformanceLevel().isEmpty()) {
            throw new ProfileViolationException("BT-24", profile, "profile " + profile + " is not a Factur-X profile");
        }
        return new DocumentIssuer(renderer, archive, profile);
    }

    /**
     * Returns the document of an issued invoice or credit note: the stored one if the number is issued already,
     * else a newly rendered Factur-X PDF, kept in the archive.
     *
     * <p>When the archive holds a document under the seller and number, the invoice must be the one it was made
     * from: its CII XML, written in the stored document's profile, must equal the stored XML byte for byte. The
     * stored document is then returned, without rendering. Otherwise the PDF is rendered with the options, dated at
     * the instant of their clock and with the document id seed {@code sellerId + "/" + number}, and kept; if
     * another node kept a document under the same key meanwhile, that one is returned (after the same check).
     *
     * @param sellerId the application's id of the seller, which scopes the document numbers
     * @param issuedInvoice the issued invoice or credit note
     * @param options the branding and rendering options of a new document (unused when the document exists)
     * @return the document kept in the archive
     * @throws InvoiceStateException if the invoice is a draft or has no issue date (ECH-LIFE-03)
     * @throws IssuedDocumentChangedException if a document with other content is issued under the number
     *     (ECH-PDF-08); nothing is changed
     * @throws ValidationException if the seller id is blank (ECH-PDF-07)
     * @throws ProfileViolationException if the invoice has a business term the profile cannot carry
     * @throws TamperedDocumentException if the stored document's bytes no longer match their hashes (ECH-PDF-09)
     */
    public IssuedDocument issue(String sellerId, Invoice issuedInvoice, RenderOptions options) {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(issuedInvoice, "issuedInvoice");
        Objects.requireNonNull(options, "options");
        IssuedDocument.checkIssued(issuedInvoice);
        if (sellerId.isBlank()) {
            throw ValidationException.of("ECH-PDF-07", "sellerId", "the sellerId is blank");
        }
        String number = issuedInvoice.number().orElseThrow();

        Optional<IssuedDocument> stored = archive.find(sellerId, number);
        if (stored.isPresent()) {
            LOG.debug("Document {} of seller {} is issued already: returning the stored bytes", number, sellerId);
            return sameInvoice(sellerId, issuedInvoice, stored.get(), Optional.empty());
        }

        FacturXSource source = FacturXSource.of(issuedInvoice, profile);
        Instant renderedAt = options.clock().instant().truncatedTo(ChronoUnit.SECONDS);
        byte[] pdf = renderer.renderInvoice(
                issuedInvoice,
                options.deterministic(renderedAt, sellerId + "/" + number).withFacturX(source));
        byte[] xml = source.xml();
        IssuedDocument rendered = IssuedDocument.of(sellerId, issuedInvoice, profile, pdf, xml, renderedAt);
        IssuedDocument kept = archive.keep(rendered);
        if (kept != rendered && !kept.equals(rendered)) {
            LOG.debug("Document {} of seller {} was issued meanwhile elsewhere: returning that one", number, sellerId);
            return sameInvoice(sellerId, issuedInvoice, kept, Optional.of(xml));
        }
        LOG.debug("Issued document {} of seller {}: PDF sha256 {}", number, sellerId, kept.pdfSha256());
        return kept;
    }

    /**
     * Returns the stored document if it was made from the invoice: the XML of the invoice, in the stored
     * document's profile, equals the stored XML. The XML already written in this issuer's profile is reused.
     */
    private IssuedDocument sameInvoice(
            String sellerId, Invoice invoice, IssuedDocument stored, Optional<byte[]> xmlInThisProfile) {
        byte[] xml;
        if (xmlInThisProfile.isPresent() && stored.profile() == profile) {
            xml = xmlInThisProfile.get();
        } else {
            try {
                xml = FacturXSource.of(invoice, stored.profile()).xml();
            } catch (ProfileViolationException e) {
                // The stored document's profile cannot even carry this invoice: it is another invoice
                throw new IssuedDocumentChangedException(sellerId, stored.documentNumber());
            }
        }
        if (!stored.hasXml(xml)) {
            throw new IssuedDocumentChangedException(sellerId, stored.documentNumber());
        }
        return stored;
    }

    /**
     * Returns the document issued under a seller and number, as stored.
     *
     * @param sellerId the seller
     * @param documentNumber the document number
     * @return the stored document, or empty if the number has no issued document
     * @throws TamperedDocumentException if the stored bytes no longer match their hashes (ECH-PDF-09)
     */
    public Optional<IssuedDocument> view(String sellerId, String documentNumber) {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(documentNumber, "documentNumber");
        return archive.find(sellerId, documentNumber);
    }

    /**
     * Returns the Factur-X profile of the documents this issuer renders.
     *
     * @return the profile
     */
    public Profile profile() {
        return profile;
    }
}
