package org.echeance.benchmarks;

import java.util.concurrent.TimeUnit;
import org.echeance.core.invoice.Invoice;
import org.echeance.einvoice.CiiWriter;
import org.echeance.einvoice.Profile;
import org.echeance.einvoice.UblWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Measures writing a 100-line EN 16931 invoice, in invoices per second: {@link CiiWriter} (EN 16931 profile) and
 * {@link UblWriter} (EN 16931). One write is the whole job: the profile check, the StAX document with every
 * amount formatted, and the bytes in memory.
 *
 * <p>The invoice is the one {@link EInvoiceReadBenchmark} reads (four French VAT rates, four-decimal quantities and
 * prices, price discounts, line allowances), already built: its totals are computed once, outside the measurement.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(1)
public class EInvoiceWriteBenchmark {
    private final CiiWriter cii = CiiWriter.of(Profile.EN_16931);
    private final UblWriter ubl = UblWriter.of(Profile.EN_16931);
    private Invoice invoice;

    /** Builds the 100-line invoice and prints the size of each document. */
    @Setup
    public void setUp() {
        invoice = EInvoiceReadBenchmark.invoice();
        System.out.println("\nCII " + cii.write(invoice).length + " bytes, UBL " + ubl.write(invoice).length
                + " bytes, " + invoice.lines().size() + " lines");
    }

    /**
     * Writes the invoice in CII.
     *
     * @return the document, consumed by JMH
     */
    @Benchmark
    public byte[] writeCii() {
        return cii.write(invoice);
    }

    /**
     * Writes the invoice in UBL.
     *
     * @return the document, consumed by JMH
     */
    @Benchmark
    public byte[] writeUbl() {
        return ubl.write(invoice);
    }
}
