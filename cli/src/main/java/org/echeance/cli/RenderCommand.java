package org.echeance.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.echeance.core.EcheanceException;
import org.echeance.core.invoice.Invoice;
import org.echeance.einvoice.Profile;
import org.echeance.einvoice.Syntax;
import org.echeance.einvoice.read.ReadResult;
import org.echeance.json.EcheanceJson;
import org.echeance.pdf.Branding;
import org.echeance.pdf.ITextInvoiceRenderer;
import org.echeance.pdf.Logo;
import org.echeance.pdf.RenderOptions;
import org.echeance.pdf.RgbColor;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * Renders an e-invoice as a branded PDF: {@code echeance render FILE.xml -o OUT.pdf [--facturx] [--branding
 * branding.json] [--lang fr|en]}.
 *
 * <p>Reads FILE (CII or UBL) with the e-invoice module and writes the invoice as a PDF/A-3b with the pdf module;
 * with {@code --facturx} the PDF is a Factur-X invoice carrying the CII of the same invoice, in the document's own
 * Factur-X profile, else EN 16931. The company on the PDF is the invoice's seller. The PDF is dated by the invoice's
 * issue date and its document id derives from the seller and the number, so rendering one file twice gives the same
 * bytes. A document whose stated totals differ from the recomputed ones is not rendered: the PDF would state other
 * amounts. Prints one line {@code OUT<TAB>pdf} or {@code OUT<TAB>factur-x<TAB>PROFILE}, then a {@code note} line
 * for each value not read as written.
 *
 * <p>The branding file is a JSON object; every member is optional and an unknown member is an error (a misspelt
 * name would otherwise be ignored silently):
 *
 * <pre>{@code
 * {
 *   "primaryColor": "#1F3A5F",
 *   "accentColor": "#C85A17",
 *   "logo": "logo.svg",
 *   "contactLines": ["14 rue de la République, 69002 Lyon", "facturation@atelier-durand.example"],
 *   "footerMentions": ["SARL au capital de 20 000 EUR, RCS Lyon 812 345 676"],
 *   "paymentInstructions": "Virement à 30 jours"
 * }
 * }</pre>
 *
 * <p>Colours are {@code #RRGGBB}; the logo is a PNG, JPEG or SVG file, its path relative to the branding file. The
 * file is read with Jackson (through the json module), which stays inside this class.
 */
@Command(
        name = "render",
        description = {
            "Render a CII or UBL e-invoice as a branded PDF/A-3b, or as Factur-X.",
            "Prints OUT<TAB>pdf or OUT<TAB>factur-x<TAB>PROFILE, then a note line for each value not read as written."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:written",
            "1:the document cannot be read, is inconsistent or cannot be rendered, or the branding file is wrong",
            "2:usage error"
        })
final class RenderCommand implements Callable<Integer> {
    /** The members a branding file may have. */
    static final Set<String> BRANDING_MEMBERS =
            Set.of("primaryColor", "accentColor", "logo", "contactLines", "footerMentions", "paymentInstructions");

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The CII or UBL XML file to render.")
    private Path file;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "OUT",
            description = "The PDF file to write; replaced if it exists.")
    private Path output;

    @Option(
            names = "--facturx",
            description = "Write a Factur-X PDF: the invoice's CII embedded as factur-x.xml, in the document's"
                    + " Factur-X profile or else EN 16931.")
    private boolean facturX;

    @Option(
            names = "--branding",
            paramLabel = "JSON",
            description = "A JSON file of branding: primaryColor, accentColor (#RRGGBB), logo (a PNG, JPEG or SVG"
                    + " path relative to the file), contactLines, footerMentions (arrays of text),"
                    + " paymentInstructions (text).")
    private Path branding;

    @Option(
            names = "--lang",
            paramLabel = "LANG",
            defaultValue = "fr",
            converter = LanguageConverter.class,
            description = "The language of the labels, numbers and dates: fr or en (default: ${DEFAULT-VALUE}).")
    private Locale language;

    /**
     * Reads, renders and writes.
     *
     * @return 0 when written, 1 otherwise
     */
    @Override
    public Integer call() {
        EinvoiceCommand.quietMoneta();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String name = String.valueOf(file.getFileName());
        Optional<ReadResult> read = ConsistentDocument.read(file, "not rendered", err);
        if (read.isEmpty()) {
            return 1;
        }
        ReadResult result = read.get();
        Invoice invoice = result.invoice().get();
        Branding.Builder brand = Branding.builder(invoice.seller()).locale(language);
        if (branding != null) {
            try {
                readBranding(branding, brand);
            } catch (IOException | EcheanceException e) {
                err.println("echeance: " + branding + ": " + e.getMessage());
                return 1;
            }
        }
        RenderOptions options = RenderOptions.of(brand.build())
                .deterministic(
                        invoice.issueDate()
                                .map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC))
                                .orElse(Instant.EPOCH),
                        invoice.seller().legalName() + "/" + invoice.number().orElse(""));
        Profile profile = result.profile()
                .filter(p ->
                        p.supports(Syntax.CII) && p.facturXConformanceLevel().isPresent())
                .orElse(Profile.EN_16931);
        byte[] pdf;
        try {
            ITextInvoiceRenderer renderer = ITextInvoiceRenderer.create();
            pdf = facturX
                    ? renderer.renderFacturX(invoice, profile, options)
                    : renderer.renderInvoice(invoice, options);
        } catch (EcheanceException e) {
            err.println("echeance: " + name + ": not rendered: " + e.getMessage());
            return 1;
        }
        try {
            Files.write(output, pdf);
        } catch (IOException e) {
            err.println("echeance: cannot write " + output + ": " + e.getMessage());
            return 1;
        }
        out.println(output + "\t" + (facturX ? "factur-x\t" + EinvoiceConvertCommand.shortName(profile) : "pdf"));
        result.notes()
                .forEach(n ->
                        out.println("note\t" + n.toString().replace('\t', ' ').replace('\n', ' ')));
        out.flush();
        return 0;
    }

    /**
     * Reads a branding file into a builder.
     *
     * @throws IOException if the file or the logo cannot be read, or the file is not a JSON object of the members
     *     above with values of their types
     */
    static void readBranding(Path json, Branding.Builder brand) throws IOException {
        JsonNode root;
        try {
            root = EcheanceJson.mapper().readTree(Files.readAllBytes(json));
        } catch (JsonProcessingException e) {
            throw new IOException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IOException("expected a JSON object");
        }
        for (Map.Entry<String, JsonNode> member : root.properties()) {
            String key = member.getKey();
            JsonNode value = member.getValue();
            switch (key) {
                case "primaryColor":
                    brand.primaryColor(RgbColor.parse(text(key, value)));
                    break;
                case "accentColor":
                    brand.accentColor(RgbColor.parse(text(key, value)));
                    break;
                case "logo":
                    brand.logo(Logo.of(readLogo(json.toAbsolutePath().resolveSibling(text(key, value)))));
                    break;
                case "contactLines":
                    texts(key, value, brand::contactLine);
                    break;
                case "footerMentions":
                    texts(key, value, brand::footerMention);
                    break;
                case "paymentInstructions":
                    brand.paymentInstructions(text(key, value));
                    break;
                default:
                    throw new IOException(
                            "unknown member \"" + key + "\", expected one of " + new TreeSet<>(BRANDING_MEMBERS));
            }
        }
    }

    private static byte[] readLogo(Path logo) throws IOException {
        try {
            return Files.readAllBytes(logo);
        } catch (IOException e) {
            throw new IOException("cannot read the logo " + logo + ": " + e, e);
        }
    }

    private static String text(String key, JsonNode value) throws IOException {
        if (!value.isTextual()) {
            throw new IOException("\"" + key + "\" must be a string");
        }
        return value.asText();
    }

    private static void texts(String key, JsonNode value, Consumer<String> each) throws IOException {
        if (!value.isArray()) {
            throw new IOException("\"" + key + "\" must be an array of strings");
        }
        for (JsonNode item : value) {
            each.accept(text(key, item));
        }
    }

    /** Reads {@code --lang}: {@code fr} or {@code en}, case-insensitively. */
    static final class LanguageConverter implements ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            switch (value.toLowerCase(Locale.ROOT)) {
                case "fr":
                    return Locale.FRANCE;
                case "en":
                    return Locale.UK;
                default:
                    throw new TypeConversionException("'" + value + "' is not a language, expected fr or en");
            }
        }
    }
}
