package org.echeance.pdf;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.echeance.core.payment.PaymentLink;

/**
 * What one rendering uses besides the document: the branding, the clock that dates the PDF, the seed of its
 * document id, a payment link, the files to attach and whether to print the EPC QR code.
 *
 * <p>By default a PDF is dated by the system clock and gets a random document id, like any other file. For
 * reproducible output, {@link #deterministic(Instant, String)} fixes both: the same document rendered with the same
 * options then gives the same bytes, so an archived PDF can be checked by rendering it again. The clock only dates
 * the file (creation and modification dates, attachment dates); dates printed on the document come from the
 * document itself.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RenderOptions {
    private final Branding branding;
    private final Clock clock;
    private final Optional<String> documentIdSeed;
    private final Optional<PaymentLink> paymentLink;
    private final List<Attachment> attachments;
    private final Optional<FacturXSource> facturX;
    private final boolean epcQrCode;

    private RenderOptions(
            Branding branding,
            Clock clock,
            Optional<String> documentIdSeed,
            Optional<PaymentLink> paymentLink,
            List<Attachment> attachments,
            Optional<FacturXSource> facturX,
            boolean epcQrCode) {
        this.branding = branding;
        this.clock = clock;
        this.documentIdSeed = documentIdSeed;
        this.paymentLink = paymentLink;
        this.attachments = List.copyOf(attachments);
        this.facturX = facturX;
        this.epcQrCode = epcQrCode;
    }

    /**
     * Returns the options of a branding: the system clock, a random document id, the EPC QR code printed when the
     * document can be paid by transfer, no payment link and no attachment.
     *
     * @param branding the branding
     * @return the options
     */
    public static RenderOptions of(Branding branding) {
        return new RenderOptions(
                Objects.requireNonNull(branding, "branding"),
                Clock.systemUTC(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                true);
    }

    /**
     * Returns a copy of these options that renders reproducibly: dated at an instant, with a document id derived
     * from a seed (such as the seller and the document number).
     *
     * @param time the instant the PDF is dated
     * @param seed the seed of the document id
     * @return the options
     */
    public RenderOptions deterministic(Instant time, String seed) {
        return withClock(Clock.fixed(Objects.requireNonNull(time, "time"), ZoneOffset.UTC))
                .withDocumentIdSeed(seed);
    }

    /**
     * Returns a copy of these options with another clock to date the PDF.
     *
     * @param newClock the clock
     * @return the options
     */
    public RenderOptions withClock(Clock newClock) {
        return new RenderOptions(
                branding,
                Objects.requireNonNull(newClock, "clock"),
                documentIdSeed,
                paymentLink,
                attachments,
                facturX,
                epcQrCode);
    }

    /**
     * Returns a copy of these options whose PDF document id is derived from a seed instead of drawn at random.
     *
     * @param seed the seed, such as {@code "seller-A/FA-2026-00001"}
     * @return the options
     */
    public RenderOptions withDocumentIdSeed(String seed) {
        return new RenderOptions(
                branding,
                clock,
                Optional.of(Objects.requireNonNull(seed, "seed")),
                paymentLink,
                attachments,
                facturX,
                epcQrCode);
    }

    /**
     * Returns a copy of these options with another branding.
     *
     * @param newBranding the branding
     * @return the options
     */
    public RenderOptions withBranding(Branding newBranding) {
        return new RenderOptions(
                Objects.requireNonNull(newBranding, "branding"),
                clock,
                documentIdSeed,
                paymentLink,
                attachments,
                facturX,
                epcQrCode);
    }

    /**
     * Returns a copy of these options in another language, such as the customer's.
     *
     * @param locale the language and formats
     * @return the options
     */
    public RenderOptions withLocale(Locale locale) {
        return withBranding(branding.withLocale(locale));
    }

    /**
     * Returns a copy of these options that prints a payment link and its QR code on the invoice.
     *
     * @param link the link, usually from a {@link org.echeance.core.payment.PaymentLinkProvider}
     * @return the options
     */
    public RenderOptions withPaymentLink(PaymentLink link) {
        return new RenderOptions(
                branding,
                clock,
                documentIdSeed,
                Optional.of(Objects.requireNonNull(link, "paymentLink")),
                attachments,
                facturX,
                epcQrCode);
    }

    /**
     * Returns a copy of these options that attaches one more file to the PDF.
     *
     * @param attachment the file
     * @return the options
     */
    public RenderOptions withAttachment(Attachment attachment) {
        List<Attachment> more = new ArrayList<>(attachments);
        more.add(Objects.requireNonNull(attachment, "attachment"));
        return new RenderOptions(branding, clock, documentIdSeed, paymentLink, more, facturX, epcQrCode);
    }

    /**
     * Returns a copy of these options that makes the invoice a Factur-X document: its XML embedded as {@value
     * FacturXSource#FILE_NAME} with the relationship of its profile, and the Factur-X XMP metadata naming the
     * profile.
     *
     * @param source the XML and its profile
     * @return the options
     */
    public RenderOptions withFacturX(FacturXSource source) {
        return new RenderOptions(
                branding,
                clock,
                documentIdSeed,
                paymentLink,
                attachments,
                Optional.of(Objects.requireNonNull(source, "facturX")),
                epcQrCode);
    }

    /**
     * Returns a copy of these options that prints no EPC QR code (the IBAN and reference are still printed).
     *
     * @return the options
     */
    public RenderOptions withoutEpcQrCode() {
        return new RenderOptions(branding, clock, documentIdSeed, paymentLink, attachments, facturX, false);
    }

    /**
     * Returns the branding.
     *
     * @return the branding
     */
    public Branding branding() {
        return branding;
    }

    /**
     * Returns the clock that dates the PDF.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * Returns the seed of the document id.
     *
     * @return the seed, empty for a random id
     */
    public Optional<String> documentIdSeed() {
        return documentIdSeed;
    }

    /**
     * Returns the payment link to print.
     *
     * @return the link, if any
     */
    public Optional<PaymentLink> paymentLink() {
        return paymentLink;
    }

    /**
     * Returns the files to attach, in order.
     *
     * @return the attachments, possibly empty
     */
    public List<Attachment> attachments() {
        return attachments;
    }

    /**
     * Returns the Factur-X XML to embed.
     *
     * @return the source, if the invoice is rendered as Factur-X
     */
    public Optional<FacturXSource> facturX() {
        return facturX;
    }

    /**
     * Checks if the EPC QR code is printed when the document can be paid by transfer.
     *
     * @return true unless turned off
     */
    public boolean epcQrCode() {
        return epcQrCode;
    }

    @Override
    public String toString() {
        return "RenderOptions[" + branding + ", clock " + clock + ", seed " + documentIdSeed + ", link "
                + paymentLink.map(l -> l.url().toString()) + ", " + attachments.size() + " attachments, facturX "
                + facturX.map(FacturXSource::profile) + "]";
    }
}
