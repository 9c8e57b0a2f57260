package org.echeance.core.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.InvoiceStatus;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.party.Party;
import org.javamoney.moneta.Money;

/**
 * Issued documents and records for repository tests. Every line is standard-rated at 20 %, so a document's amount
 * due is its net amount times 1.2 ({@code net "100"} gives {@code 120.00}).
 */
final class RepositoryFixtures {
    static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    static final CurrencyUnit USD = Monetary.getCurrency("USD");

    private RepositoryFixtures() {}

    static MonetaryAmount eur(String amount) {
        return Money.of(new BigDecimal(amount), EUR);
    }

    static MonetaryAmount usd(String amount) {
        return Money.of(new BigDecimal(amount), USD);
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    static InvoiceLine line(String id, String itemName, String net, CurrencyUnit currency) {
        return InvoiceLine.builder(id, itemName)
                .quantity("1", UnitCode.ONE)
                .unitPrice(Money.of(new BigDecimal(net), currency))
                .vatRate(VatRate.standard("20"))
                .build();
    }

    /** An issued document of one line, without a due date. */
    static Invoice.Builder document(
            DocumentType type, CurrencyUnit currency, String number, LocalDate issued, String net, String itemName) {
        return Invoice.builder(type, currency)
                .number(number)
                .issueDate(issued)
                .seller(Party.builder("Atelier Durand SARL").build())
                .buyer(Party.builder("Boulangerie Martin SAS").build())
                .line(line("1", itemName, net, currency));
    }

    /** An issued EUR invoice of one line, due 30 days after its issue date. */
    static Invoice invoice(String number, LocalDate issued, String net) {
        return document(DocumentType.COMMERCIAL_INVOICE, EUR, number, issued, net, "Item")
                .dueDate(issued.plusDays(30))
                .build();
    }

    /** The record of a document in a given state. */
    static InvoiceRecord record(
            String seller,
            String customer,
            Invoice invoice,
            InvoiceStatus status,
            MonetaryAmount open,
            Optional<LocalDate> oldestOpenDueDate) {
        return new InvoiceRecord(seller, customer, invoice, status, open, oldestOpenDueDate);
    }

    /**
     * Seven documents of one seller, three customers, in every state:
     *
     * <pre>
     * number       customer type  cur issued     due        due amount status          open    oldest open due
     * FA-2025-099  C3       380   EUR 2025-12-20 2026-01-19  1200.00   ISSUED          1200.00 2026-01-19
     * FA-2026-001  C1       380   EUR 2026-01-10 2026-02-09   120.00   ISSUED           120.00 2026-02-09
     * FA-2026-002  C2       380   EUR 2026-01-31 2026-03-02   300.00   PARTIALLY_PAID   100.00 2026-03-02
     * FA-2026-003  C1       380   EUR 2026-02-01 2026-03-03    60.00   PAID               0.00 -
     * AV-2026-001  C2       381   EUR 2026-02-15 -             24.00   ISSUED            24.00 -
     * FA-2026-004  C3       380   USD 2026-02-20 2026-03-22   120.00   ISSUED           120.00 2026-03-22
     * FA-2026-005  C2       380   EUR 2026-03-01 2026-03-31    12.00   CANCELLED          0.00 -
     * </pre>
     */
    static List<InvoiceRecord> sample(String seller) {
        return List.of(
                record(
                        seller,
                        "C3",
                        document(
                                        DocumentType.COMMERCIAL_INVOICE,
                                        EUR,
                                        "FA-2025-099",
                                        date("2025-12-20"),
                                        "1000",
                                        "Cœur de réseau")
                                .dueDate(date("2026-01-19"))
                                .build(),
                        InvoiceStatus.ISSUED,
                        eur("1200.00"),
                        Optional.of(date("2026-01-19"))),
                record(
                        seller,
                        "C1",
                        document(
                                        DocumentType.COMMERCIAL_INVOICE,
                                        EUR,
                                        "FA-2026-001",
                                        date("2026-01-10"),
                                        "100",
                                        "Création site web")
                                .dueDate(date("2026-02-09"))
                                .build(),
                        InvoiceStatus.ISSUED,
                        eur("120.00"),
                        Optional.of(date("2026-02-09"))),
                record(
                        seller,
                        "C2",
                        document(
                                        DocumentType.COMMERCIAL_INVOICE,
                                        EUR,
                                        "FA-2026-002",
                                        date("2026-01-31"),
                                        "50",
                                        "Hébergement")
                                .line(InvoiceLine.builder("2", "Nom de domaine")
                                        .description("Serveur mutualisé, 12 mois")
                                        .quantity("2", UnitCode.ONE)
                                        .unitPrice(eur("100"))
                                        .vatRate(VatRate.standard("20"))
                                        .build())
                                .dueDate(date("2026-03-02"))
                                .build(),
                        InvoiceStatus.PARTIALLY_PAID,
                        eur("100.00"),
                        Optional.of(date("2026-03-02"))),
                record(
                        seller,
                        "C1",
                        document(
                                        DocumentType.COMMERCIAL_INVOICE,
                                        EUR,
                                        "FA-2026-003",
                                        date("2026-02-01"),
                                        "50",
                                        "Maintenance")
                                .dueDate(date("2026-03-03"))
                                .build(),
                        InvoiceStatus.PAID,
                        eur("0.00"),
                        Optional.empty()),
                record(
                        seller,
                        "C2",
                        document(
                                        DocumentType.CREDIT_NOTE,
                                        EUR,
                                        "AV-2026-001",
                                        date("2026-02-15"),
                                        "20",
                                        "Remise commerciale")
                                .build(),
                        InvoiceStatus.ISSUED,
                        eur("24.00"),
                        Optional.empty()),
                record(
                        seller,
                        "C3",
                        document(
                                        DocumentType.COMMERCIAL_INVOICE,
                                        USD,
                                        "FA-2026-004",
                                        date("2026-02-20"),
                                        "100",
                                        "Consulting")
                                .dueDate(date("2026-03-22"))
                                .build(),
                        InvoiceStatus.ISSUED,
                        usd("120.00"),
                        Optional.of(date("2026-03-22"))),
                record(
                        seller,
                        "C2",
                        document(
                                        DocumentType.COMMERCIAL_INVOICE,
                                        EUR,
                                        "FA-2026-005",
                                        date("2026-03-01"),
                                        "10",
                                        "Frais de port")
                                .dueDate(date("2026-03-31"))
                                .build(),
                        InvoiceStatus.CANCELLED,
                        eur("0.00"),
                        Optional.empty()));
    }

    /** A repository holding {@link #sample(String)} for one seller. */
    static InMemoryInvoiceRepository sampleRepository(String seller) {
        InMemoryInvoiceRepository repository = InMemoryInvoiceRepository.create();
        sample(seller).forEach(repository::save);
        return repository;
    }

    static List<String> numbers(Page<InvoiceRecord> page) {
        return page.items().stream().map(InvoiceRecord::id).toList();
    }

    static List<String> numbers(List<InvoiceRecord> records) {
        return records.stream().map(InvoiceRecord::id).toList();
    }
}
