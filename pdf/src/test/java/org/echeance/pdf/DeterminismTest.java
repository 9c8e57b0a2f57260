package org.echeance.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.echeance.core.invoice.Invoice;
import org.junit.jupiter.api.Test;

class DeterminismTest {
    private final InvoiceRenderer renderer = ITextInvoiceRenderer.create();

    @Test
    void theSameInvoiceAndOptionsGiveTheSameBytes() {
        Invoice invoice = PdfFixtures.invoiceWithLines(40, 2, true);

        byte[] first = renderer.renderInvoice(invoice, PdfFixtures.options());
        byte[] second = ITextInvoiceRenderer.create().renderInvoice(invoice, PdfFixtures.options());

        assertThat(second).isEqualTo(first);
        String raw = new String(first, StandardCharsets.ISO_8859_1);
        assertThat(raw).contains("/CreationDate(D:20260115093000").contains("/ECHAAA+DejaVuSans");
    }

    /**
     * iText numbers the documents it opens in a JVM and orders the fonts of a document by a hash of that number: 17
     * renderings in a row, each with another number, cover every order its hash table can give two fonts.
     */
    @Test
    void theBytesDoNotDependOnHowManyDocumentsWereRenderedBefore() {
        Invoice invoice = PdfFixtures.demoInvoice();
        byte[] first = renderer.renderInvoice(invoice, PdfFixtures.options());

        for (int i = 0; i < 17; i++) {
            assertThat(renderer.renderInvoice(invoice, PdfFixtures.options()))
                    .as("rendering %d", i)
                    .isEqualTo(first);
        }
    }

    @Test
    void anotherSeedOrTimeGivesAnotherFile() {
        Invoice invoice = PdfFixtures.demoInvoice();
        RenderOptions base = RenderOptions.of(PdfFixtures.branding());

        byte[] seeded = renderer.renderInvoice(invoice, base.deterministic(PdfFixtures.FIXED_TIME, "a"));

        assertThat(renderer.renderInvoice(invoice, base.deterministic(PdfFixtures.FIXED_TIME, "b")))
                .isNotEqualTo(seeded);
        assertThat(renderer.renderInvoice(invoice, base.deterministic(PdfFixtures.FIXED_TIME.plusSeconds(1), "a")))
                .isNotEqualTo(seeded);
        // Without a seed the document id is random, as for any other file
        assertThat(renderer.renderInvoice(invoice, base)).isNotEqualTo(renderer.renderInvoice(invoice, base));
    }

    @Test
    void aBrandingChangeChangesOnlyNewRenderings() {
        Invoice invoice = PdfFixtures.demoInvoice();
        byte[] issued = renderer.renderInvoice(invoice, PdfFixtures.options());
        byte[] copy = issued.clone();

        RenderOptions rebranded = PdfFixtures.options()
                .withBranding(PdfFixtures.branding().toBuilder()
                        .accentColor(RgbColor.parse("#005F73"))
                        .build());
        byte[] later = renderer.renderInvoice(invoice, rebranded);

        assertThat(later).isNotEqualTo(issued);
        assertThat(issued).isEqualTo(copy);
        assertThat(renderer.renderInvoice(invoice, PdfFixtures.options())).isEqualTo(issued);
    }
}
