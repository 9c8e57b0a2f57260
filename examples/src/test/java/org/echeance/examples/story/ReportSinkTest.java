package org.echeance.examples.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.echeance.core.customer.Customer;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.ledger.CustomerAccount;
import org.echeance.core.party.Party;
import org.echeance.core.party.PostalAddress;
import org.echeance.examples.DemoCompany;
import org.echeance.overdue.FollowUpRecords;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportSinkTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);

    /** Stories of more than a thousand customers owing something got the text report only, before it was streamed. */
    @Test
    void aStoryOfMoreThanAThousandCustomersOwingGetsBothReports(@TempDir Path folder) throws IOException {
        StoryResult result = owing(folder, 1001);

        ReportSink.into(result.layout()).finished(result);

        String text = Files.readString(folder.resolve("receivables.txt"));
        assertThat(text.lines().filter(l -> l.startsWith("C-")))
                .as("every customer in the aging and in the late customers")
                .hasSize(2 * 1001);
        assertThat(text).doesNotContain("No receivables.pdf");
        try (PDDocument pdf = Loader.loadPDF(folder.resolve("receivables.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(pdf.getNumberOfPages());
            String lastPage = stripper.getText(pdf);
            assertThat(pdf.getNumberOfPages()).isGreaterThan(20);
            assertThat(lastPage).contains("Page " + pdf.getNumberOfPages() + " sur " + pdf.getNumberOfPages());
        }
    }

    @Test
    void aSmallerStoryGetsBothReports(@TempDir Path folder) throws IOException {
        StoryResult result = owing(folder, 3);

        ReportSink.into(result.layout()).finished(result);

        assertThat(Files.readAllBytes(folder.resolve("receivables.pdf"))).startsWith("%PDF-".getBytes());
        assertThat(Files.readString(folder.resolve("receivables.txt")))
                .startsWith("RECEIVABLES of Atelier Durand on 2026-12-31, 3 customers\n")
                .doesNotContain("No receivables.pdf");
    }

    /** A story's result whose customers each owe one invoice, due ten days before its last day. */
    private static StoryResult owing(Path folder, int count) {
        List<StoryCustomer> customers = new ArrayList<>();
        List<CustomerAccount> accounts = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String number = String.format("C-%05d", i);
            Party buyer = Party.builder("Client " + i)
                    .address(PostalAddress.of("1 rue Neuve", "69001", "Lyon", "FR"))
                    .build();
            Invoice invoice = Invoice.builder(DocumentType.COMMERCIAL_INVOICE, DemoCompany.EUR)
                    .seller(DemoCompany.seller())
                    .buyer(buyer)
                    .dueDate(AS_OF.minusDays(10))
                    .line(InvoiceLine.builder("1", "Service")
                            .quantity("1", UnitCode.ONE)
                            .unitPrice(Money.of(100 + i, DemoCompany.EUR))
                            .vatRate(VatRate.standard("20"))
                            .build())
                    .build()
                    .issue("FA-" + i, AS_OF.minusDays(40));
            customers.add(new StoryCustomer(
                    Customer.builder(number, buyer).build(), PaymentHabit.LATE, PaymentChannel.BANK_TRANSFER, ""));
            accounts.add(CustomerAccount.open(Cast.SELLER_ID, number, DemoCompany.EUR)
                    .charge(invoice)
                    .account());
        }
        StoryConfig config = StoryConfig.defaults(folder);
        StorySummary summary = StorySummary.tally(
                Cast.SELLER_ID,
                config.start(),
                AS_OF,
                DemoCompany.EUR,
                accounts,
                FollowUpRecords.none(),
                new StoryCounts(count, 0, 0, 0, 0, Map.of()));
        return new StoryResult(config, OutputLayout.of(folder), customers, accounts, summary, Optional.empty());
    }
}
