package org.echeance.einvoice;

import java.io.ByteArrayOutputStream;
import java.util.Objects;
import org.echeance.core.invoice.Invoice;
import org.echeance.einvoice.internal.ProfileCheck;
import org.echeance.einvoice.internal.UblDocument;

/**
 * Writes invoices as OASIS UBL 2.1 {@code Invoice} documents and credit notes as UBL 2.1 {@code CreditNote}
 * documents, per Peppol BIS Billing 3.0 or the plain EN 16931 customization.
 *
 * <p>The document follows the element order of the UBL 2.1 schemas with the prefixes of the official examples
 * (default namespace for the root, {@code cac}, {@code cbc}). A credit note (381) has the {@code CreditNote} root,
 * {@code CreditNoteTypeCode} and {@code CreditedQuantity}, with positive amounts; its due date (BT-9) goes in the
 * payment means. Every amount carries {@code currencyID}; when the VAT accounting currency differs from the invoice
 * currency a second {@code TaxTotal} holds BT-111 in that currency.
 *
 * <p>With {@link Profile#PEPPOL_BIS_3} the invoice is first checked against the Peppol BIS 3 rules its data can
 * break: electronic addresses of seller and buyer with a Peppol scheme (PEPPOL-EN16931-R020, R010, CL008), a buyer or
 * order reference (R003), at most one note (R002) and type code 384 (P0112) unless seller and buyer are in Germany,
 * a mandate for a direct debit (R061), and a few more; an invoice that breaks one is refused with a {@link
 * ProfileViolationException} naming the rules, and can be written with {@link Profile#EN_16931}.
 *
 * <p>For example {@code byte[] xml = UblWriter.of(Profile.PEPPOL_BIS_3).write(invoice);}
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UblWriter implements EInvoiceWriter {
    private final Profile profile;

    private UblWriter(Profile profile) {
        this.profile = profile;
    }

    /**
     * Returns a writer for a profile.
     *
     * @param profile a profile that exists in UBL: Peppol BIS 3 or EN 16931
     * @return the writer
     * @throws ProfileViolationException if the profile does not exist in UBL, such as Factur-X BASIC (BT-24)
     */
    public static UblWriter of(Profile profile) {
        Objects.requireNonNull(profile, "profile");
        if (!profile.supports(Syntax.UBL)) {
            throw new ProfileViolationException(
                    "BT-24", profile, "profile " + profile + " is not written in UBL; use CiiWriter");
        }
        return new UblWriter(profile);
    }

    @Override
    public Syntax syntax() {
        return Syntax.UBL;
    }

    @Override
    public Profile profile() {
        return profile;
    }

    @Override
    public byte[] write(Invoice invoice) {
        Objects.requireNonNull(invoice, "invoice");
        ProfileCheck.check(invoice, profile, Syntax.UBL);
        ByteArrayOutputStream out =
                new ByteArrayOutputStream(8192 + 2048 * invoice.lines().size());
        UblDocument.write(invoice, profile, out);
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return "UblWriter[" + profile + "]";
    }
}
