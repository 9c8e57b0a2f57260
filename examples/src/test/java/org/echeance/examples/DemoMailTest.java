package org.echeance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.echeance.core.customer.Customer;
import org.echeance.core.repository.InvoiceRecord;
import org.echeance.examples.story.SmtpSettings;
import org.echeance.examples.story.StoryConfig;
import org.echeance.examples.story.StoryCounts;
import org.echeance.examples.story.StoryCustomer;
import org.echeance.examples.story.StoryResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Plays a short story with SMTP settings against GreenMail, a real SMTP server started on a free port. */
class DemoMailTest {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Test
    void eachInvoiceIsMailedToItsCustomerWithItsFacturXPdf(@TempDir Path output) throws Exception {
        StoryConfig config = StoryConfig.defaults(output)
                .withCustomers(6)
                .withMonths(3)
                .withSmtp(
                        new SmtpSettings("127.0.0.1", SMTP.getSmtp().getPort(), "facturation@atelier-durand.example"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        StoryResult result = Demo.runStory(new PrintStream(bytes, true, StandardCharsets.UTF_8), config);

        // every invoice and credit note (each one PDF in invoices/), and every reminder
        List<InvoiceRecord> documents = new ArrayList<>();
        try (Stream<Path> pdfs = Files.list(output.resolve("invoices"))) {
            for (Path pdf : pdfs.filter(f -> f.toString().endsWith(".pdf")).toList()) {
                String number = pdf.getFileName().toString().replace(".pdf", "");
                documents.add(result.invoices()
                        .orElseThrow()
                        .find("atelier-durand", number)
                        .orElseThrow());
            }
        }
        StoryCounts counts = result.summary().counts();
        assertThat(documents).hasSize(counts.invoices() + counts.creditNotes());
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(documents.size() + counts.reminders());
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("SMTP 127.0.0.1:" + SMTP.getSmtp().getPort() + " given")
                .contains("Mail: " + received.length + " sent through 127.0.0.1:"
                        + SMTP.getSmtp().getPort() + ", 0 refused\n");

        // each mail carries one PDF: an invoice's, or a reminder letter, each written once in the output folder
        List<String> attached = new ArrayList<>();
        for (MimeMessage message : received) {
            Multipart parts = (Multipart) message.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i).getFileName() != null) {
                    attached.add(parts.getBodyPart(i).getFileName());
                }
            }
        }
        List<String> written = new ArrayList<>();
        for (String folder : List.of("invoices", "reminders")) {
            try (Stream<Path> files = Files.list(output.resolve(folder))) {
                files.map(f -> f.getFileName().toString())
                        .filter(f -> f.endsWith(".pdf"))
                        .forEach(written::add);
            }
        }
        assertThat(attached).hasSize(received.length).containsExactlyInAnyOrderElementsOf(written);
        for (InvoiceRecord document : documents) {
            String number = document.invoice().number().orElseThrow();
            MimeMessage mail = received(received, number + ".pdf");
            Customer customer = customer(result, document.customerNumber());
            assertThat(mail.getRecipients(Message.RecipientType.TO))
                    .extracting(Object::toString)
                    .containsExactly(customer.party()
                            .contact()
                            .orElseThrow()
                            .email()
                            .orElseThrow()
                            .toString());
            assertThat(mail.getSubject()).as(number).contains(number);
            BodyPart pdf = attachment(mail, number + ".pdf");
            assertThat(pdf.getContentType()).startsWith("application/pdf");
            assertThat(pdf.getInputStream().readAllBytes())
                    .as(number)
                    .isEqualTo(Files.readAllBytes(output.resolve("invoices").resolve(number + ".pdf")));
        }
    }

    private static MimeMessage received(MimeMessage[] received, String fileName) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : received) {
            if (attachmentOrNull(message, fileName) != null) {
                found.add(message);
            }
        }
        assertThat(found).as(fileName).hasSize(1);
        return found.get(0);
    }

    private static BodyPart attachment(MimeMessage message, String fileName) throws Exception {
        BodyPart part = attachmentOrNull(message, fileName);
        assertThat(part).as(fileName).isNotNull();
        return part;
    }

    private static BodyPart attachmentOrNull(MimeMessage message, String fileName) throws Exception {
        if (!(message.getContent() instanceof Multipart multipart)) {
            return null;
        }
        for (int i = 0; i < multipart.getCount(); i++) {
            if (fileName.equals(multipart.getBodyPart(i).getFileName())) {
                return multipart.getBodyPart(i);
            }
        }
        return null;
    }

    private static Customer customer(StoryResult result, String number) {
        return result.customers().stream()
                .map(StoryCustomer::customer)
                .filter(c -> c.customerNumber().equals(number))
                .findFirst()
                .orElseThrow();
    }
}
