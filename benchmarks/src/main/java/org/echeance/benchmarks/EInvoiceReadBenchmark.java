package org.echeance.benchmarks;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.echeance.core.identifier.Bic;
import org.echeance.core.identifier.Iban;
import org.echeance.core.invoice.AllowanceCharge;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.Price;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.money.Amounts;
import org.echeance.core.party.Party;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.payment.PaymentInstructions;
import org.echeance.einvoice.EInvoiceWriter;
import org.echeance.einvoice.Profile;
import org.echeance.einvoice.Syntax;
import org.echeance.einvoice.read.EInvoiceReader;
import org.echeance.einvoice.read.ReadResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Measures reading a 100-line EN 16931 invoice, in invoices per second: {@link EInvoiceReader#read} of the same
 * invoice written by Echeance in CII and in UBL (both EN 16931). One read is the whole job: hardened
 * StAX parsing, mapping to the model, building the invoice (the core computes the totals), comparing them with the
 * stated totals and running the EN 16931 validator.
 *
 * <p>The lines mix four French VAT rates (20, 10, 5.5 and 2.1 %), four-decimal quantities and prices, price
 * discounts and line allowances, so that every line path of the reader is taken.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(1)
public class EInvoiceReadBenchmark {
    /** Lines of the invoice read. */
    public static final int LINES = 100;

    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    private static final List<VatRate> RATES =
            List.of(VatRate.standard("20"), VatRate.standard("10"), VatRate.standard("5.5"), VatRate.standard("2.1"));

    private final EInvoiceReader reader = EInvoiceReader.create();
    private byte[] cii;
    private byte[] ubl;

    /** Writes the invoice once in each syntax and checks that it reads back consistent and valid. */
    @Setup
    public void setUp() {
        Invoice invoice = invoice();
        cii = EInvoiceWriter.of(Syntax.CII, Profile.EN_16931).write(invoice);
        ubl = EInvoiceWriter.of(Syntax.UBL, Profile.EN_16931).write(invoice);
        for (byte[] xml : List.of(cii, ubl)) {
            ReadResult result = reader.read(new ByteArrayInputStream(xml));
            if (!result.isConsistent()
                    || !result.isValid()
                    || !result.invoice().orElseThrow().equals(invoice)) {
                throw new IllegalStateException("the benchmark invoice does not read back: " + result.differences()
                        + " " + result.violations());
            }
        }
        System.out.println("\nCII " + cii.length + " bytes, UBL " + ubl.length + " bytes, " + LINES + " lines");
    }

    /**
     * Reads the CII document.
     *
     * @return the result, consumed by JMH
     */
    @Benchmark
    public ReadResult readCii() {
        return reader.read(new ByteArrayInputStream(cii));
    }

    /**
     * Reads the UBL document.
     *
     * @return the result, consumed by JMH
     */
    @Benchmark
    public ReadResult readUbl() {
        return reader.read(new ByteArrayInputStream(ubl));
    }

    static Invoice invoice() {
        Invoice.Builder b = Invoice.builder(DocumentType.COMMERCIAL_INVOICE, EUR)
                .number("F-2026-0100")
                .issueDate(LocalDate.of(2026, 9, 1))
                .dueDate(LocalDate.of(2026, 10, 1))
                .seller(Party.builder("Atelier Durand SARL")
                        .vatNumber("FR40303265045")
                        .address(PostalAddress.of("12 rue de la Paix", "75002", "Paris", "FR"))
                        .build())
                .buyer(Party.builder("Client SA")
                        .address(PostalAddress.of("1 place Bellecour", "69002", "Lyon", "FR"))
                        .build())
                .paymentInstructions(PaymentInstructions.sepaCreditTransfer(
                        Iban.parse("FR1420041010050500013M02606"), Bic.parse("BNPAFRPPXXX"), "F-2026-0100"));
        for (int i = 1; i <= LINES; i++) {
            BigDecimal gross = new BigDecimal(i * 7 % 500 + 1).add(new BigDecimal("0.1234"));
            InvoiceLine.Builder line = InvoiceLine.builder(String.valueOf(i), "Article " + i)
                    .quantity(new BigDecimal(i % 9 + 1).add(new BigDecimal("0.25")), UnitCode.PIECE)
                    .vatRate(RATES.get(i % RATES.size()));
            if (i % 3 == 0) {
                line.price(Price.ofGross(Amounts.money(gross, EUR), Amounts.money(new BigDecimal("0.10"), EUR)));
            } else {
                line.price(Price.of(Amounts.money(gross, EUR)));
            }
            if (i % 5 == 0) {
                line.allowanceCharge(AllowanceCharge.allowance(Amounts.money(new BigDecimal("1.00"), EUR))
                        .withReason("95", "Remise"));
            }
            b.line(line.build());
        }
        return b.build();
    }
}
