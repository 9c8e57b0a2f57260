package org.echeance.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.echeance.mail.MailFixtures.SELLER_ID;
import static org.echeance.mail.MailFixtures.eur;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.ledger.CustomerStatement;
import org.echeance.core.payment.PaymentLink;
import org.echeance.core.payment.PaymentLinkRequest;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;
import org.echeance.scheduling.reminder.Reminder;
import org.junit.jupiter.api.Test;

class MailDocumentTest {
    @Test
    void aDraftIsNotSent() {
        Invoice draft = Invoice.builder(DocumentType.COMMERCIAL_INVOICE, MailFixtures.EUR)
                .seller(MailFixtures.invoice().seller())
                .buyer(MailFixtures.invoice().buyer())
                .line(MailFixtures.invoice().lines().get(0))
                .build();

        assertThatThrownBy(() -> InvoiceDocument.of(" ", draft, Locale.FRENCH))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::ruleId, Violation::path)
                                .containsExactly(
                                        tuple("ECH-MAIL-12", "sellerId"),
                                        tuple("ECH-MAIL-10", "invoice.number"),
                                        tuple("ECH-MAIL-10", "invoice.issueDate")));
    }

    @Test
    void aPaymentLinkNeedsSomethingToPay() {
        Invoice creditNote = MailFixtures.invoiceBuilder(DocumentType.CREDIT_NOTE, "AV-1", "10.00")
                .build();
        Invoice paid = MailFixtures.invoiceBuilder(DocumentType.COMMERCIAL_INVOICE, "FA-2", "10.00")
                .prepaidAmount(eur("12.00"))
                .build();

        assertThatThrownBy(() ->
                        InvoiceDocument.of(SELLER_ID, creditNote, Locale.FRENCH).withPaymentLink(MailFixtures.LINK))
                .isInstanceOf(ValidationException.class)
                .hasMessage("paymentLink: a credit note has nothing to pay; send it without a link (ECH-MAIL-11)");
        assertThatThrownBy(
                        () -> InvoiceDocument.of(SELLER_ID, paid, Locale.FRENCH).withPaymentLinkFrom(request -> {
                            throw new AssertionError("the provider must not be called");
                        }))
                .isInstanceOf(ValidationException.class)
                .hasMessage("paymentLink: the invoice has nothing due (BT-115 is 0.00 EUR); send it without a link"
                        + " (ECH-MAIL-11)");
    }

    @Test
    void theProviderIsAskedForTheAmountDueOfThisSellersInvoice() {
        List<PaymentLinkRequest> requests = new ArrayList<>();
        InvoiceDocument document = InvoiceDocument.of(SELLER_ID, MailFixtures.invoice(), Locale.FRENCH)
                .withPaymentLinkFrom(request -> {
                    requests.add(request);
                    return PaymentLink.of(URI.create("https://pay.example.com/" + request.invoiceNumber()));
                });

        assertThat(requests)
                .containsExactly(new PaymentLinkRequest(
                        SELLER_ID,
                        "FA-2026-00042",
                        eur("1234.56"),
                        LocalDate.of(2026, 12, 23),
                        Optional.of("compta@client.fr")));
        assertThat(document.paymentLink().orElseThrow().url().toString())
                .isEqualTo("https://pay.example.com/FA-2026-00042");
    }

    @Test
    void aPaymentLinkFromAProviderNeedsADueDate() {
        Invoice noDueDate = MailFixtures.invoiceBuilder(DocumentType.COMMERCIAL_INVOICE, "FA-3", "10.00")
                .build();

        assertThatThrownBy(() -> InvoiceDocument.of(SELLER_ID, noDueDate, Locale.FRENCH)
                        .withPaymentLinkFrom(request -> MailFixtures.LINK))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("invoice.dueDate: ")
                .hasMessageEndingWith("(ECH-MAIL-11)");
    }

    @Test
    void documentKeysNameKindSellerAndDocument() {
        Invoice slashed = MailFixtures.invoiceBuilder(DocumentType.COMMERCIAL_INVOICE, "2026/42", "10.00")
                .build();
        Reminder reminder = MailFixtures.reminder(Locale.FRENCH);
        CustomerStatement statement = CustomerStatement.of(
                MailFixtures.account(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 1));

        assertThat(InvoiceDocument.of("seller/A", slashed, Locale.FRENCH).documentKey())
                .isEqualTo("invoice/seller%2FA/380/2026%2F42");
        assertThat(ReminderDocument.of(reminder).documentKey())
                .isEqualTo("reminder/seller-A/C1/FA-2026-00042/1/first-reminder");
        assertThat(new StatementDocument(statement, "ACME", Locale.FRENCH).documentKey())
                .isEqualTo("statement/seller-A/C1/2026-01-01/2026-03-31/2026-04-01");
    }

    @Test
    void aReminderSpeaksItsOwnLanguageAndAsksForItsOwnAmount() {
        Reminder reminder = MailFixtures.reminder(Locale.ENGLISH);
        List<PaymentLinkRequest> requests = new ArrayList<>();

        ReminderDocument document = ReminderDocument.of(reminder).withPaymentLinkFrom(request -> {
            requests.add(request);
            return MailFixtures.LINK;
        });

        assertThat(document.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(document.sellerId()).isEqualTo(SELLER_ID);
        assertThat(requests)
                .containsExactly(
                        PaymentLinkRequest.of(SELLER_ID, "FA-2026-00042", eur("1234.56"), LocalDate.of(2026, 12, 23)));
        assertThat(MailTemplates.builtIn().render(document).body())
                .startsWith(reminder.body())
                .endsWith("\n\nYou can pay online: https://pay.example.com/i/FA-2026-00042");
    }

    @Test
    void aStatementIsSignedByANamedSeller() {
        CustomerStatement statement = CustomerStatement.of(
                MailFixtures.account(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 1));

        assertThatThrownBy(() -> new StatementDocument(statement, "", Locale.FRENCH))
                .isInstanceOf(ValidationException.class)
                .hasMessage("sellerName: \"\" is blank (ECH-MAIL-12)");
    }
}
