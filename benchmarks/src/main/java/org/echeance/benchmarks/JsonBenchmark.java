package org.echeance.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.echeance.core.identifier.Bic;
import org.echeance.core.identifier.Iban;
import org.echeance.core.invoice.AllowanceCharge;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.money.Amounts;
import org.echeance.core.party.ElectronicAddress;
import org.echeance.core.party.Party;
import org.echeance.core.party.PartyIdentifier;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.payment.PaymentInstructions;
import org.echeance.core.terms.EarlyPaymentDiscount;
import org.echeance.core.terms.LatePaymentTerms;
import org.echeance.core.validation.En16931Validator;
import org.echeance.json.EcheanceModule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Measures an issued 20-line invoice written to JSON and read back with the {@link EcheanceModule}, against plain
 * Jackson doing the same round trip of an equivalent POJO (records with the same properties, amounts as
 * {@code BigDecimal}, dates as {@code LocalDate} written as ISO-8601 strings, codes as strings, no validation)
 * (goal: at most 2× its time).
 *
 * <p>The Echeance side does more than bind: reading rebuilds the invoice through its builder, recomputes the
 * totals and checks them against the document, and runs EN 16931 on the issued invoice. {@link #setUp()} checks
 * that the POJO reads every property of the module's document (unknown properties fail), so both sides carry
 * the same data. {@link #echeanceWrite()}, {@link #echeanceRead()}, {@link #plainJacksonWrite()} and
 * {@link #plainJacksonRead()} time each half of the round trips.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class JsonBenchmark {
    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");

    private ObjectMapper echeance;
    private ObjectMapper plain;
    private Invoice invoice;
    private InvoiceDto pojo;
    private byte[] echeanceJson;
    private byte[] plainJson;

    /** An amount. */
    public record AmountDto(BigDecimal amount, String currency) {}

    /** A party identifier. */
    public record IdDto(String value, String schemeId) {}

    /** A postal address. */
    public record AddressDto(List<String> lines, String postCode, String city, String countryCode) {}

    /** An electronic address. */
    public record ElectronicDto(String schemeId, String value) {}

    /** A party. */
    public record PartyDto(
            String legalName,
            List<IdDto> identifiers,
            IdDto legalRegistration,
            String vatNumber,
            AddressDto address,
            ElectronicDto electronicAddress) {}

    /** A VAT rate. */
    public record RateDto(String category, BigDecimal percent) {}

    /** A price. */
    public record PriceDto(AmountDto netPrice) {}

    /** An allowance or charge. */
    public record AllowanceDto(
            String kind,
            AmountDto amount,
            AmountDto baseAmount,
            BigDecimal percentage,
            String reasonCode,
            String reason,
            RateDto vatRate) {}

    /** A line. */
    public record LineDto(
            String id,
            String itemName,
            BigDecimal quantity,
            String unit,
            PriceDto price,
            List<AllowanceDto> allowancesCharges,
            RateDto vatRate) {}

    /** A note. */
    public record NoteDto(String subjectCode, String text) {}

    /** Payment instructions. */
    public record InstructionsDto(String means, String remittanceInformation, String account, String bic) {}

    /** The amounts of a line. */
    public record LineAmountsDto(AmountDto netPrice, AmountDto netAmount) {}

    /** A VAT group. */
    public record BreakdownDto(RateDto vatRate, AmountDto taxableAmount, AmountDto vatAmount) {}

    /** The totals. */
    public record TotalsDto(
            List<LineAmountsDto> lines,
            List<AmountDto> allowanceChargeNetAmounts,
            AmountDto sumOfLineNetAmounts,
            AmountDto allowanceTotal,
            AmountDto chargeTotal,
            AmountDto taxExclusiveAmount,
            List<BreakdownDto> vatBreakdown,
            AmountDto vatTotal,
            AmountDto taxInclusiveAmount,
            AmountDto prepaidAmount,
            AmountDto roundingAmount,
            AmountDto amountDue) {}

    /** The invoice. */
    public record InvoiceDto(
            String documentType,
            String status,
            String number,
            LocalDate issueDate,
            LocalDate dueDate,
            String currency,
            String priceEntry,
            PartyDto seller,
            PartyDto buyer,
            List<Object> precedingInvoices,
            List<LineDto> lines,
            List<AllowanceDto> allowancesCharges,
            List<NoteDto> notes,
            InstructionsDto paymentInstructions,
            TotalsDto totals) {}

    /**
     * Builds the invoice and the POJO, and checks that the POJO reads the module's whole document.
     *
     * @throws IOException if a round trip fails
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        echeance = new ObjectMapper().registerModule(new EcheanceModule());
        plain = JsonMapper.builder()
                .addModule(isoDates())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .build();
        invoice = invoice();
        byte[] json = echeance.writeValueAsBytes(invoice);
        pojo = plain.readValue(json, InvoiceDto.class);
        if (pojo.lines().size() != 20
                || !pojo.issueDate().equals(LocalDate.of(2026, 3, 1))
                || !echeance.readValue(json, Invoice.class).equals(invoice)
                || !coreBuildAndValidate().equals(invoice)) {
            throw new IllegalStateException("the two sides do not carry the same invoice");
        }
        echeanceJson = json;
        plainJson = plain.writeValueAsBytes(pojo);
    }

    /**
     * Dates as ISO-8601 strings, as jackson-datatype-jsr310 writes and reads them with timestamps off ({@code
     * LocalDate.toString()} and {@code LocalDate.parse}), without adding that module to the benchmarks' build.
     */
    private static SimpleModule isoDates() {
        return new SimpleModule("iso-dates")
                .addSerializer(LocalDate.class, ToStringSerializer.instance)
                .addDeserializer(LocalDate.class, new StdScalarDeserializer<LocalDate>(LocalDate.class) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                        return LocalDate.parse(parser.getValueAsString());
                    }
                });
    }

    /**
     * Writes the invoice with the Echeance module and reads it back (builder, totals and EN 16931 checks).
     *
     * @return the invoice read back
     * @throws IOException if the round trip fails
     */
    @Benchmark
    public Invoice echeanceRoundTrip() throws IOException {
        return echeance.readValue(echeance.writeValueAsBytes(invoice), Invoice.class);
    }

    /**
     * Writes the invoice with the Echeance module.
     *
     * @return the JSON
     * @throws IOException if writing fails
     */
    @Benchmark
    public byte[] echeanceWrite() throws IOException {
        return echeance.writeValueAsBytes(invoice);
    }

    /**
     * Reads the invoice with the Echeance module (builder, totals and EN 16931 checks).
     *
     * @return the invoice
     * @throws IOException if reading fails
     */
    @Benchmark
    public Invoice echeanceRead() throws IOException {
        return echeance.readValue(echeanceJson, Invoice.class);
    }

    /**
     * Writes the equivalent POJO with plain Jackson.
     *
     * @return the JSON
     * @throws IOException if writing fails
     */
    @Benchmark
    public byte[] plainJacksonWrite() throws IOException {
        return plain.writeValueAsBytes(pojo);
    }

    /**
     * Reads the equivalent POJO with plain Jackson.
     *
     * @return the POJO
     * @throws IOException if reading fails
     */
    @Benchmark
    public InvoiceDto plainJacksonRead() throws IOException {
        return plain.readValue(plainJson, InvoiceDto.class);
    }

    /**
     * What reading must do besides JSON, as core does it: the same issued invoice built again from its values
     * (amounts, lines, allowances, totals computed by the builder) and checked against EN 16931; the floor under
     * {@link #echeanceRead()}.
     *
     * @return the invoice built
     */
    @Benchmark
    public Invoice coreBuildAndValidate() {
        Invoice.Builder b = Invoice.builder(invoice.documentType(), invoice.currency())
                .priceEntry(invoice.priceEntry())
                .seller(invoice.seller())
                .buyer(invoice.buyer())
                .number(invoice.number().orElseThrow())
                .issueDate(invoice.issueDate().orElseThrow())
                .dueDate(invoice.dueDate().orElseThrow())
                .paymentInstructions(invoice.paymentInstructions().orElseThrow());
        invoice.notes().forEach(b::note);
        for (InvoiceLine line : invoice.lines()) {
            InvoiceLine.Builder copy = InvoiceLine.builder(line.id(), line.itemName())
                    .quantity(line.quantity(), line.unit())
                    .unitPrice(Amounts.money(Amounts.decimal(line.price().netPrice()), EUR))
                    .vatRate(new VatRate(
                            line.vatRate().category(), line.vatRate().percent()));
            for (AllowanceCharge ac : line.allowancesCharges()) {
                copy.allowanceCharge(new AllowanceCharge(
                        ac.kind(),
                        Amounts.money(Amounts.decimal(ac.amount()), EUR),
                        ac.baseAmount().map(a -> Amounts.money(Amounts.decimal(a), EUR)),
                        ac.percentage(),
                        ac.reasonCode(),
                        ac.reason(),
                        ac.vatRate()));
            }
            b.line(copy.build());
        }
        Invoice built = b.build();
        if (!En16931Validator.validate(built).isEmpty()) {
            throw new IllegalStateException("the invoice no longer passes EN 16931");
        }
        return built;
    }

    /**
     * Writes the equivalent POJO with plain Jackson and reads it back.
     *
     * @return the POJO read back
     * @throws IOException if the round trip fails
     */
    @Benchmark
    public InvoiceDto plainJacksonRoundTrip() throws IOException {
        return plain.readValue(plain.writeValueAsBytes(pojo), InvoiceDto.class);
    }

    private static Invoice invoice() {
        Invoice.Builder b = Invoice.builder(DocumentType.COMMERCIAL_INVOICE, EUR)
                .seller(party("Échéance Démo SAS", "732829320", "FR44732829320"))
                .buyer(party("Client Modèle SARL", "552100554", "FR96552100554"))
                .dueDate(LocalDate.of(2026, 3, 31))
                .paymentNotes(
                        LatePaymentTerms.frenchDefault(new BigDecimal("2.15")),
                        EarlyPaymentDiscount.none(),
                        Locale.FRANCE)
                .paymentInstructions(PaymentInstructions.sepaCreditTransfer(
                        Iban.parse("FR7630006000011234567890189"), Bic.parse("AGRIFRPP"), "F2026-00042"));
        for (int i = 1; i <= 20; i++) {
            BigDecimal price = new BigDecimal("12.50").multiply(BigDecimal.valueOf(i));
            InvoiceLine.Builder line = InvoiceLine.builder(String.valueOf(i), "Article " + i)
                    .quantity(BigDecimal.valueOf(i % 5 + 1), UnitCode.ONE)
                    .unitPrice(Amounts.money(price, EUR))
                    .vatRate(i % 4 == 0 ? VatRate.standard("5.5") : VatRate.standard("20"));
            if (i % 3 == 0) {
                BigDecimal base = price.multiply(BigDecimal.valueOf(i % 5 + 1));
                line.allowanceCharge(AllowanceCharge.allowanceOf(BigDecimal.TEN, Amounts.money(base, EUR))
                        .withReason("95", "Remise"));
            }
            b.line(line.build());
        }
        return b.build().issue("F2026-00042", LocalDate.of(2026, 3, 1));
    }

    private static Party party(String name, String siren, String vat) {
        return Party.builder(name)
                .legalRegistration(new PartyIdentifier(siren, java.util.Optional.of("0002")))
                .vatNumber(vat)
                .address(PostalAddress.of("1 rue de la Paix", "75002", "Paris", "FR"))
                .electronicAddress(ElectronicAddress.of("0225", siren))
                .build();
    }
}
