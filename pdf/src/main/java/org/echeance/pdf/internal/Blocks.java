package org.echeance.pdf.internal;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.barcodes.qrcode.EncodeHintType;
import com.itextpdf.barcodes.qrcode.ErrorCorrectionLevel;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.svg.converter.SvgConverter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.echeance.core.party.Party;
import org.echeance.core.party.PostalAddress;
import org.echeance.pdf.Branding;
import org.echeance.pdf.Logo;
import org.echeance.pdf.RenderException;

/** The parts every document shares: the letterhead, address blocks, key-value lists and QR codes. */
final class Blocks {
    private static final float LOGO_HEIGHT = 46f;
    private static final float LOGO_WIDTH = 170f;
    static final float QR_SIZE = 86f;

    private final DocumentWriter w;
    private final Theme t;
    private final Labels labels;

    Blocks(DocumentWriter writer) {
        this.w = writer;
        this.t = writer.theme;
        this.labels = writer.labels;
    }

    /**
     * The letterhead: logo, company name and contact block on the left; the document title and its key facts on the
     * right.
     */
    Table letterhead(Branding branding, Party company, String title, List<String[]> facts) {
        Table head = Theme.table(new float[] {55, 45});
        Cell left = new Cell().setBorder(Border.NO_BORDER).setPadding(0);
        branding.logo().ifPresent(logo -> left.add(logo(logo).setMarginBottom(6)));
        left.add(new Paragraph(company.legalName())
                .setFont(t.bold)
                .setFontSize(13)
                .setFontColor(t.primary)
                .setMargin(0));
        List<String> contact = branding.contactLines().isEmpty() ? partyLines(company, true) : branding.contactLines();
        for (String line : contact) {
            left.add(t.small(line));
        }
        head.addCell(left);
        Cell right = new Cell().setBorder(Border.NO_BORDER).setPadding(0);
        right.add(new Paragraph(title)
                .setFont(t.bold)
                .setFontSize(Theme.TITLE)
                .setFontColor(t.primary)
                .setTextAlignment(TextAlignment.RIGHT)
                .setMargin(0)
                .setMarginBottom(4));
        right.add(facts(facts));
        head.addCell(right);
        return head;
    }

    /** Label-value pairs, right-aligned under the title. */
    Table facts(List<String[]> facts) {
        Table table = Theme.table(new float[] {50, 50});
        for (String[] fact : facts) {
            table.addCell(t.plainCell(t.text(fact[0]).setFontColor(t.muted), TextAlignment.RIGHT));
            table.addCell(t.plainCell(t.strong(fact[1]), TextAlignment.RIGHT));
        }
        return table;
    }

    /** An address block with a caption, such as "Facturé à". */
    Div addressBlock(String caption, Party party) {
        Div box = new Div()
                .setBackgroundColor(t.shade)
                .setBorderLeft(new SolidBorder(t.accent, 2))
                .setPadding(6)
                .setKeepTogether(true);
        box.add(t.small(caption.toUpperCase(w.locale)));
        box.add(t.strong(party.legalName()).setFontSize(10));
        party.tradingName().ifPresent(name -> box.add(t.text(name)));
        for (String line : partyLines(party, false)) {
            box.add(t.text(line));
        }
        return box;
    }

    /** An address block for a bare address. */
    Div addressBlock(String caption, PostalAddress address) {
        Div box = new Div().setBackgroundColor(t.shade).setPadding(6).setKeepTogether(true);
        box.add(t.small(caption.toUpperCase(w.locale)));
        for (String line : addressLines(address)) {
            box.add(t.text(line));
        }
        return box;
    }

    /** The lines that describe a party: address, identifiers and, for the letterhead, contact. */
    List<String> partyLines(Party party, boolean withContact) {
        List<String> lines = new ArrayList<>();
        party.address().ifPresent(a -> lines.addAll(addressLines(a)));
        party.siren().ifPresent(s -> lines.add(labels.format("party.siren", s.toPrintString())));
        if (party.siren().isEmpty()) {
            party.legalRegistration().ifPresent(r -> lines.add(labels.format("party.registration", r.value())));
        }
        party.vatNumber().ifPresent(v -> lines.add(labels.format("party.vatNumber", v.toString())));
        if (withContact) {
            party.contact().ifPresent(c -> {
                c.email().ifPresent(e -> lines.add(labels.format("party.email", e.toString())));
                c.phone().ifPresent(p -> lines.add(labels.format("party.phone", p.toString())));
            });
        }
        return lines;
    }

    List<String> addressLines(PostalAddress address) {
        List<String> lines = new ArrayList<>(address.lines());
        String city = (address.postCode().orElse("") + " " + address.city().orElse("")).trim();
        if (!city.isEmpty()) {
            lines.add(city);
        }
        address.subdivision().ifPresent(lines::add);
        String country = new Locale("", address.countryCode()).getDisplayCountry(w.locale);
        lines.add(country.isEmpty() ? address.countryCode() : country);
        return lines;
    }

    /** The footer mentions of a company: the branding's, or the party's legal information and identifiers. */
    List<String> footerMentions(Branding branding, Party company) {
        if (!branding.footerMentions().isEmpty()) {
            return branding.footerMentions();
        }
        return defaultFooter(branding, company, labels);
    }

    static List<String> defaultFooter(Branding branding, Party company, Labels labels) {
        if (!branding.footerMentions().isEmpty()) {
            return branding.footerMentions();
        }
        List<String> parts = new ArrayList<>();
        parts.add(company.legalName());
        company.legalInformation().ifPresent(parts::add);
        company.siren().ifPresent(s -> parts.add(labels.format("party.siren", s.toPrintString())));
        company.vatNumber().ifPresent(v -> parts.add(labels.format("party.vatNumber", v.toString())));
        return List.of(String.join(" · ", parts));
    }

    /** A QR code of some bytes, error correction M, without an ECI header, as a vector image. */
    Image qrCode(byte[] payload) {
        Map<EncodeHintType, Object> hints = new HashMap<>();
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        // Byte mode in ISO-8859-1 carries the payload's bytes unchanged and writes no ECI segment, which some
        // banking apps refuse; the EPC payload itself names its character set (UTF-8).
        hints.put(EncodeHintType.CHARACTER_SET, "ISO-8859-1");
        BarcodeQRCode qr = new BarcodeQRCode(new String(payload, StandardCharsets.ISO_8859_1), hints);
        PdfFormXObject symbol = qr.createFormXObject(ColorConstants.BLACK, w.pdf);
        return new Image(symbol).setWidth(QR_SIZE).setHeight(QR_SIZE);
    }

    /** The logo, scaled to fit the letterhead. */
    Image logo(Logo logo) {
        try {
            Image image;
            if (logo.format() == Logo.Format.SVG) {
                PdfFormXObject form = SvgConverter.convertToXObject(new ByteArrayInputStream(logo.bytes()), w.pdf);
                image = new Image(form);
            } else {
                image = new Image(ImageDataFactory.create(logo.bytes()));
            }
            float scale = Math.min(LOGO_HEIGHT / image.getImageHeight(), LOGO_WIDTH / image.getImageWidth());
            return image.scale(scale, scale);
        } catch (IOException | RuntimeException e) {
            throw new RenderException("the " + logo.format() + " logo cannot be read", e);
        }
    }

    /** A cell holding a QR code with its caption under it. */
    Cell qrCell(Image qr, String caption) {
        Cell cell = new Cell().setBorder(Border.NO_BORDER).setPadding(4).setVerticalAlignment(VerticalAlignment.TOP);
        cell.add(qr);
        cell.add(t.small(caption).setTextAlignment(TextAlignment.CENTER).setWidth(QR_SIZE));
        return cell;
    }
}
