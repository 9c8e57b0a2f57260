package org.echeance.einvoice;

import java.io.ByteArrayOutputStream;
import java.util.Objects;
import org.echeance.core.invoice.Invoice;
import org.echeance.einvoice.internal.CiiDocument;
import org.echeance.einvoice.internal.ProfileCheck;

/**
 * Writes invoices and credit notes as UN/CEFACT Cross Industry Invoice D16B documents, the XML of Factur-X and
 * ZUGFeRD, in one of the Factur-X profiles or EN 16931.
 *
 * <p>The document follows the element order of the D16B schema with the prefixes of the official examples
 * ({@code rsm}, {@code ram}, {@code qdt}, {@code udt}). Invoices, credit notes (381), corrected invoices (384) and
 * prepayment invoices (386) share the root; the type code tells them apart. Amounts are written with the
 * currency's scale; unit prices and quantities keep every decimal they have. Only the VAT totals carry a
 * {@code currencyID}: BT-110 in the invoice currency and BT-111 in the VAT accounting currency when there is one.
 *
 * <p>What each profile writes: see {@link Profile}. MINIMUM and BASIC WL leave the lines out by rule; a business
 * term a profile cannot carry at all is refused with a {@link ProfileViolationException} before anything is
 * written.
 *
 * <p>For example {@code byte[] xml = CiiWriter.of(Profile.EN_16931).write(invoice);}
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CiiWriter implements EInvoiceWriter {
    private final Profile profile;

    private CiiWriter(Profile profile) {
        this.profile = profile;
    }

    /**
     * Returns a writer for a profile.
     *
     * @param profile a profile that exists in CII: MINIMUM, BASIC WL, BASIC, EN 16931 or EXTENDED
     * @return the writer
     * @throws ProfileViolationException if the profile does not exist in CII, such as Peppol BIS 3 (BT-24)
     */
    public static CiiWriter of(Profile profile) {
        Objects.requireNonNull(profile, "profile");
        if (!profile.supports(Syntax.CII)) {
            throw new ProfileViolationException(
                    "BT-24", profile, "profile " + profile + " is not written in CII; use UblWriter");
        }
        return new CiiWriter(profile);
    }

    @Override
    public Syntax syntax() {
        return Syntax.CII;
    }

    @Override
    public Profile profile() {
        return profile;
    }

    @Override
    public byte[] write(Invoice invoice) {
        Objects.requireNonNull(invoice, "invoice");
        ProfileCheck.check(invoice, profile, Syntax.CII);
        ByteArrayOutputStream out =
                new ByteArrayOutputStream(8192 + 2048 * invoice.lines().size());
        CiiDocument.write(invoice, profile, out);
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return "CiiWriter[" + profile + "]";
    }
}
