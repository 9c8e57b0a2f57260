package org.echeance.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import javax.money.MonetaryAmount;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.InvoiceTotals;
import org.echeance.core.invoice.VatBreakdown;
import org.echeance.core.money.Amounts;
import org.echeance.core.party.Party;
import org.echeance.einvoice.EInvoiceReadException;
import org.echeance.einvoice.ValidationArtefacts;
import org.echeance.einvoice.read.Difference;
import org.echeance.einvoice.read.EInvoiceReader;
import org.echeance.einvoice.read.ReadResult;
import org.echeance.einvoice.read.StatedTotals;
import org.echeance.einvoice.read.StatedVatGroup;
import org.echeance.json.EcheanceModule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Checks an e-invoice: {@code echeance einvoice check FILE [--totals]}.
 *
 * <p>Reads a CII or UBL file and prints tab-separated lines: the rules this command applies (Echeance's own EN 16931
 * validator) and the pinned official rule sets Echeance's own output is tested against ({@link
 * ValidationArtefacts#summary()}: EN 16931 schematron, Peppol BIS Billing), the syntax and profile, the header,
 * the parties, one line per invoice line, the totals the document states beside the totals Echeance recomputes, the
 * differences, what was not read as written, the EN 16931 violations, and a last {@code result} line. With
 * {@code --totals} it prints only the recomputed totals, one line {@code BT-xxx<TAB>amount} for BT-106, BT-107,
 * BT-108, BT-109, BT-110, BT-112, BT-113, BT-114 and BT-115, amounts as plain decimals with the currency's scale.
 * With {@code --json} it prints the same check as one JSON document through the {@code echeance-json} module: the
 * invoice read (parties, lines, recomputed totals), the stated and recomputed totals side by side, the differences,
 * notes and violations, and the result; the exit codes are the same.
 *
 * <p>Exits with 0 when the document is consistent (every stated amount is the recomputed one) and valid (no
 * violation), 1 otherwise or when the file cannot be read (the reason on standard error, {@code echeance: …}), 2 on a
 * usage error.
 */
@Command(
        name = "check",
        description = {
            "Read a CII or UBL e-invoice and print its syntax, profile, parties, lines, the totals it states",
            "beside the totals Echeance recomputes, the differences and the EN 16931 violations.",
            "With --totals, print only the recomputed totals as BT-xxx<TAB>amount lines.",
            "With --json, print the check as one JSON document."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:consistent and valid",
            "1:a difference, a violation, or the file cannot be read",
            "2:usage error"
        })
final class EinvoiceCheckCommand implements Callable<Integer> {
    /** Writes {@code --json} through the Echeance module. */
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new EcheanceModule());

    /** The totals {@code --totals} prints, in order. */
    static final List<String> TOTALS =
            List.of("BT-106", "BT-107", "BT-108", "BT-109", "BT-110", "BT-112", "BT-113", "BT-114", "BT-115");

    @Spec
    private CommandSpec spec;

    @Option(names = "--totals", description = "Print only the recomputed totals, BT-xxx<TAB>amount.")
    private boolean totalsOnly;

    @Option(names = "--json", description = "Print the check as one JSON document (echeance-json shapes).")
    private boolean json;

    @Parameters(index = "0", paramLabel = "FILE", description = "The CII or UBL XML file.")
    private Path file;

    /**
     * Reads the file and prints the check.
     *
     * @return 0 when consistent and valid, 1 otherwise
     */
    @Override
    public Integer call() {
        EinvoiceCommand.quietMoneta();
        if (json && totalsOnly) {
            throw new ParameterException(spec.commandLine(), "--json and --totals cannot be combined");
        }
        PrintWriter out = spec.commandLine().getOut();
        ReadResult result;
        try {
            result = EInvoiceReader.create().read(file);
        } catch (EInvoiceReadException e) {
            spec.commandLine().getErr().println("echeance: " + e.getMessage());
            return 1;
        }
        if (totalsOnly) {
            if (result.recomputedTotals().isEmpty()) {
                spec.commandLine()
                        .getErr()
                        .println("echeance: " + file.getFileName() + ": no totals can be recomputed: "
                                + result.violations().get(0));
                return 1;
            }
            printTotals(out, result.recomputedTotals().get());
        } else if (json) {
            out.println(jsonDocument(result));
        } else {
            print(out, result);
        }
        out.flush();
        return result.isConsistent() && result.isValid() ? 0 : 1;
    }

    /** Prints {@code BT-xxx<TAB>amount} lines: the fixed format of {@code --totals}. */
    static void printTotals(PrintWriter out, InvoiceTotals t) {
        List<MonetaryAmount> amounts = List.of(
                t.sumOfLineNetAmounts(),
                t.allowanceTotal(),
                t.chargeTotal(),
                t.taxExclusiveAmount(),
                t.vatTotal(),
                t.taxInclusiveAmount(),
                t.prepaidAmount(),
                t.roundingAmount(),
                t.amountDue());
        for (int i = 0; i < TOTALS.size(); i++) {
            out.println(TOTALS.get(i) + "\t" + Amounts.toPlainString(amounts.get(i)));
        }
    }

    private static void print(PrintWriter out, ReadResult r) {
        out.println("rules\tEcheance EN 16931 validator, echeance-core " + version("echeance-core")
                + " (EN 16931-1:2017 business rules, exact BR-CO arithmetic)");
        out.println("rules\treader echeance-einvoice " + version("echeance-einvoice")
                + "; this command runs Echeance's own validator, not the official schematron; Echeance's own output"
                + " is tested against " + ValidationArtefacts.summary());
        out.println("syntax\t" + r.syntax());
        out.println(
                "profile\t" + r.profile().map(EinvoiceConvertCommand::shortName).orElse("unknown") + "\t"
                        + r.specificationId().orElse("(no specification identifier)"));
        r.invoice().ifPresent(invoice -> printInvoice(out, invoice));
        printTotalsSideBySide(out, r.statedTotals(), r.recomputedTotals());
        r.differences().forEach(d -> out.println("difference\t" + clean(d.toString())));
        r.notes().forEach(n -> out.println("note\t" + clean(n.toString())));
        r.violations().forEach(v -> out.println("violation\t" + clean(v.toString())));
        out.println("result\t" + result(r));
    }

    private static String result(ReadResult r) {
        return (r.invoice().isEmpty() ? "not read into an invoice" : r.isConsistent() ? "consistent" : "inconsistent")
                + ", "
                + (r.isValid()
                        ? "valid"
                        : r.violations().size() + " violation" + (r.violations().size() == 1 ? "" : "s"));
    }

    /**
     * Returns the check as one JSON document: amounts, the invoice and its parts in the {@code echeance-json} shapes,
     * absent values left out.
     */
    private static String jsonDocument(ReadResult r) {
        Map<String, Object> d = new LinkedHashMap<>();
        r.source().ifPresent(s -> d.put("source", s));
        d.put("syntax", r.syntax().name());
        r.profile().ifPresent(p -> d.put("profile", EinvoiceConvertCommand.shortName(p)));
        r.specificationId().ifPresent(s -> d.put("specificationId", s));
        r.businessProcess().ifPresent(s -> d.put("businessProcess", s));
        r.invoice().ifPresent(i -> d.put("invoice", i));
        List<Object> totals = new ArrayList<>();
        for (String term : List.of(
                "BT-106", "BT-107", "BT-108", "BT-109", "BT-110", "BT-111", "BT-112", "BT-113", "BT-114", "BT-115")) {
            Map<String, Object> total = new LinkedHashMap<>();
            total.put("term", term);
            r.statedTotals().amount(term).ifPresent(a -> total.put("stated", a));
            r.recomputedTotals().flatMap(t -> ours(t, term)).ifPresent(a -> total.put("recomputed", a));
            totals.add(total);
        }
        d.put("totals", totals);
        List<Object> groups = new ArrayList<>();
        for (StatedVatGroup group : r.statedTotals().vatBreakdown()) {
            Optional<VatBreakdown> ours = r.recomputedTotals()
                    .flatMap(t -> t.vatBreakdown().stream()
                            .filter(b -> b.vatRate().toString().equals(group.key()))
                            .findFirst());
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("group", group.key());
            group.taxableAmount().ifPresent(a -> g.put("statedTaxableAmount", a));
            ours.ifPresent(b -> g.put("recomputedTaxableAmount", b.taxableAmount()));
            group.vatAmount().ifPresent(a -> g.put("statedVatAmount", a));
            ours.ifPresent(b -> g.put("recomputedVatAmount", b.vatAmount()));
            groups.add(g);
        }
        d.put("vatBreakdown", groups);
        List<Object> differences = new ArrayList<>();
        for (Difference difference : r.differences()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("businessTerm", difference.businessTerm());
            m.put("path", difference.path());
            difference.stated().ifPresent(a -> m.put("stated", a));
            difference.recomputed().ifPresent(a -> m.put("recomputed", a));
            differences.add(m);
        }
        d.put("differences", differences);
        d.put(
                "notes",
                r.notes().stream()
                        .map(n -> fields("businessTerm", n.businessTerm(), "path", n.path(), "message", n.message()))
                        .toList());
        d.put(
                "violations",
                r.violations().stream()
                        .map(v -> fields("ruleId", v.ruleId(), "path", v.path(), "message", v.message()))
                        .toList());
        d.put("result", fields("consistent", r.isConsistent(), "valid", r.isValid(), "text", result(r)));
        try {
            return JSON.writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns an object of names and values, in order. */
    private static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return m;
    }

    private static void printInvoice(PrintWriter out, Invoice invoice) {
        out.println("document\t" + invoice.documentType().code() + "\t"
                + invoice.number().orElse("(no number)") + "\t"
                + invoice.issueDate().map(Object::toString).orElse("(no date)") + "\t"
                + invoice.currency().getCurrencyCode());
        out.println("seller\t" + party(invoice.seller()));
        out.println("buyer\t" + party(invoice.buyer()));
        invoice.payee().ifPresent(p -> out.println("payee\t" + party(p)));
        for (int i = 0; i < invoice.lines().size(); i++) {
            InvoiceLine line = invoice.lines().get(i);
            out.println("line\t" + clean(line.id()) + "\t" + clean(line.itemName()) + "\t"
                    + line.quantity().toPlainString() + " " + line.unit() + "\t"
                    + Amounts.decimal(line.price().netPrice()).toPlainString()
                    + line.price()
                            .baseQuantity()
                            .map(b -> " per " + b.toPlainString())
                            .orElse("") + "\t"
                    + line.vatRate() + "\t"
                    + Amounts.toPlainString(invoice.totals().lines().get(i).netAmount()));
        }
    }

    private static String party(Party party) {
        StringBuilder s = new StringBuilder(clean(party.legalName()));
        party.vatNumber().ifPresent(v -> s.append("\tVAT ").append(v));
        party.address().ifPresent(a -> s.append("\t").append(a.countryCode()));
        return s.toString();
    }

    private static void printTotalsSideBySide(
            PrintWriter out, StatedTotals stated, Optional<InvoiceTotals> recomputed) {
        out.println("total\tterm\tstated\trecomputed");
        List<String> terms = List.of(
                "BT-106", "BT-107", "BT-108", "BT-109", "BT-110", "BT-111", "BT-112", "BT-113", "BT-114", "BT-115");
        for (String term : terms) {
            out.println("total\t" + term + "\t" + amount(stated.amount(term)) + "\t"
                    + amount(recomputed.flatMap(t -> ours(t, term))));
        }
        for (StatedVatGroup group : stated.vatBreakdown()) {
            Optional<VatBreakdown> ours = recomputed.flatMap(t -> t.vatBreakdown().stream()
                    .filter(b -> b.vatRate().toString().equals(group.key()))
                    .findFirst());
            out.println("vat\t" + group.key() + "\t" + amount(group.taxableAmount()) + "\t"
                    + amount(ours.map(VatBreakdown::taxableAmount)) + "\t" + amount(group.vatAmount()) + "\t"
                    + amount(ours.map(VatBreakdown::vatAmount)));
        }
    }

    private static Optional<MonetaryAmount> ours(InvoiceTotals t, String term) {
        switch (term) {
            case "BT-106":
                return Optional.of(t.sumOfLineNetAmounts());
            case "BT-107":
                return Optional.of(t.allowanceTotal());
            case "BT-108":
                return Optional.of(t.chargeTotal());
            case "BT-109":
                return Optional.of(t.taxExclusiveAmount());
            case "BT-110":
                return Optional.of(t.vatTotal());
            case "BT-111":
                return t.vatTotalInTaxCurrency();
            case "BT-112":
                return Optional.of(t.taxInclusiveAmount());
            case "BT-113":
                return Optional.of(t.prepaidAmount());
            case "BT-114":
                return Optional.of(t.roundingAmount());
            default:
                return Optional.of(t.amountDue());
        }
    }

    private static String amount(Optional<MonetaryAmount> amount) {
        return amount.map(Amounts::toPlainString).orElse("-");
    }

    /** Keeps a field on its line: tabs and line breaks in a value would break the columns. */
    private static String clean(String field) {
        return field.replace("\t", " ").replace("\n", " ").replace("\r", " ");
    }

    /** Returns the version of an Echeance artifact on the class path, from its Maven metadata. */
    static String version(String artifactId) {
        String resource = "/META-INF/maven/org.echeance/" + artifactId + "/pom.properties";
        try (InputStream in = EinvoiceCheckCommand.class.getResourceAsStream(resource)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("version", "(version unknown)");
            }
        } catch (IOException e) {
            // fall through: the version is informative only
        }
        return "(version unknown)";
    }
}
