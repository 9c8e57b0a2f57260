package org.echeance.examples.story;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Objects;
import java.util.Optional;
import org.echeance.core.customer.Customer;
import org.echeance.core.installment.InstallmentPlan;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.ledger.CustomerStatement;
import org.echeance.core.party.Party;
import org.echeance.examples.DemoCompany;
import org.echeance.json.EcheanceModule;

/**
 * Writes the story as one JSON document, {@code export.json}, in the {@code json} module's shape (see {@code
 * docs/json.md}): what an ERP would import.
 *
 * <pre>
 * {
 * "seller":{ a party },
 * "from":"2025-11-01",
 * "to":"2026-12-31",
 * "seed":20251101,
 * "documents":[
 * { the first invoice },
 * { every other invoice and credit note, one a line, in the order issued }
 * ],
 * "statements":[ every customer's statement over the story, one a line ],
 * "customers":[ every customer, one a line ]
 * }
 * </pre>
 *
 * <p>The file is streamed: each document is written when heard and dropped, so a story of 10,000 customers writes a
 * large file with a small heap. Each element reads back with the same module, such as {@code
 * mapper.treeToValue(node, Invoice.class)}.
 *
 * <p>This class is not thread-safe: the story calls it from one thread.
 */
public final class JsonExportSink implements StoryListener {
    private final OutputLayout layout;
    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new EcheanceModule())
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    private final ObjectWriter invoices = mapper.writerFor(Invoice.class);
    private final ObjectWriter statements = mapper.writerFor(CustomerStatement.class);
    private Optional<JsonGenerator> json = Optional.empty();
    private boolean inStatements;

    private JsonExportSink(OutputLayout layout) {
        this.layout = layout;
    }

    /**
     * Returns a sink writing into an output folder.
     *
     * @param layout the output folder's layout
     * @return the sink
     */
    public static JsonExportSink into(OutputLayout layout) {
        return new JsonExportSink(Objects.requireNonNull(layout, "layout"));
    }

    @Override
    public void started(StoryConfig config, OutputLayout storyLayout) {
        try {
            JsonGenerator out = mapper.getFactory()
                    .createGenerator(
                            new BufferedOutputStream(Files.newOutputStream(layout.jsonExport()), 1 << 16),
                            JsonEncoding.UTF8)
                    .setPrettyPrinter(new OnePerLine());
            json = Optional.of(out);
            out.writeStartObject();
            out.writeFieldName("seller");
            mapper.writerFor(Party.class).writeValue(out, DemoCompany.seller());
            out.writeStringField("from", config.start().toString());
            out.writeStringField("to", config.end().toString());
            out.writeNumberField("seed", config.seed());
            out.writeArrayFieldStart("documents");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void invoiceIssued(Invoice invoice, Customer customer, Optional<InstallmentPlan> plan) {
        write(invoices, invoice);
    }

    @Override
    public void creditNoteIssued(Invoice creditNote, Customer customer) {
        write(invoices, creditNote);
    }

    @Override
    public void statementProduced(CustomerStatement statement, Customer customer) {
        try {
            if (!inStatements) {
                inStatements = true;
                generator().writeEndArray();
                generator().writeArrayFieldStart("statements");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(statements, statement);
    }

    @Override
    public void finished(StoryResult result) {
        try (JsonGenerator out = generator()) {
            out.writeEndArray();
            if (!inStatements) {
                out.writeArrayFieldStart("statements");
                out.writeEndArray();
            }
            out.writeArrayFieldStart("customers");
            ObjectWriter customers = mapper.writerFor(Customer.class);
            for (StoryCustomer who : result.customers()) {
                customers.writeValue(out, who.customer());
            }
            out.writeEndArray();
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            json = Optional.empty();
            inStatements = false;
        }
    }

    private void write(ObjectWriter writer, Object value) {
        try {
            writer.writeValue(generator(), value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonGenerator generator() {
        return json.orElseThrow(() -> new IllegalStateException("the story has not started"));
    }

    @Override
    public String toString() {
        return "JsonExportSink[" + layout + "]";
    }

    /**
     * Writes each element of the export's arrays and each property of its root on a line of its own, without spaces:
     * a file half the size of an indented one, that line tools can still read.
     */
    private static final class OnePerLine extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        @Override
        public void writeStartObject(JsonGenerator g) throws IOException {
            super.writeStartObject(g);
            newLineIn(g, 1);
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            super.writeObjectEntrySeparator(g);
            newLineIn(g, 1);
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) throws IOException {
            newLineIn(g, 1);
            super.writeEndObject(g, entries);
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            newLineIn(g, 2);
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            super.writeArrayValueSeparator(g);
            newLineIn(g, 2);
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            if (values > 0) {
                newLineIn(g, 2);
            }
            super.writeEndArray(g, values);
        }

        /** A new line inside the root object (depth 1) or one of its arrays (depth 2) only. */
        private static void newLineIn(JsonGenerator g, int depth) throws IOException {
            if (g.getOutputContext().getNestingDepth() == depth) {
                g.writeRaw('\n');
            }
        }
    }
}
