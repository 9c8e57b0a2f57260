package org.echeance.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.echeance.mail.MailFixtures.SELLER_ID;
import static org.echeance.mail.MailFixtures.eur;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.ledger.CustomerStatement;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {
    private static final MailTemplates TEMPLATES = MailTemplates.builtIn();

    @Test
    void anEnglishInvoiceMailStatesTotalAmountDueDueDateAndLink() {
        // FA-2026-00042: 1,028.80 + 20 % VAT (205.76) = 1,234.56 EUR, nothing paid yet, due on 23 December 2026
        MailContent content = TEMPLATES.render(InvoiceDocument.of(SELLER_ID, MailFixtures.invoice(), Locale.ENGLISH)
                .withPaymentLink(MailFixtures.LINK));

        assertThat(content.language()).isEqualTo("en");
        assertThat(content.subject()).isEqualTo("Invoice FA-2026-00042 – ACME Services");
        assertThat(content.body())
                .isEqualTo("Hello,\n\n"
                        + "Please find attached invoice FA-2026-00042 of 23 November 2026, for a total of 1,234.56 EUR.\n"
                        + "Amount due: 1,234.56 EUR, to be paid by 23 December 2026.\n\n"
                        + "You can pay online: https://pay.example.com/i/FA-2026-00042\n\n"
                        + "Kind regards\n"
                        + "ACME Services");
    }

    @Test
    void aPartlyPaidInvoiceStatesWhatRemains() {
        // 1,234.56 EUR with 234.56 EUR paid in advance (BT-113): 1,000.00 EUR due (BT-115)
        Invoice invoice = MailFixtures.invoiceBuilder(DocumentType.COMMERCIAL_INVOICE, "FA-2026-00043", "1028.80")
                .dueDate(LocalDate.of(2027, 1, 1))
                .prepaidAmount(eur("234.56"))
                .build();

        MailContent content = TEMPLATES.render(InvoiceDocument.of(SELLER_ID, invoice, Locale.FRANCE));

        assertThat(content.body())
                .contains("d'un montant total de 1\u00a0234,56 EUR.\n")
                .contains("Montant à régler : 1\u00a0000,00 EUR, au plus tard le 1er janvier 2027.")
                .doesNotContain("en ligne");
    }

    @Test
    void aPaidInvoiceSaysSoAndAnInvoiceWithoutDueDateStatesNoDate() {
        Invoice paid = MailFixtures.invoiceBuilder(DocumentType.COMMERCIAL_INVOICE, "FA-2026-00044", "1028.80")
                .prepaidAmount(eur("1234.56"))
                .build();
        Invoice noDueDate = MailFixtures.invoiceBuilder(DocumentType.COMMERCIAL_INVOICE, "FA-2026-00045", "10.00")
                .build();

        assertThat(TEMPLATES
                        .render(InvoiceDocument.of(SELLER_ID, paid, Locale.FRENCH))
                        .body())
                .contains("\nCette facture est déjà réglée.")
                .doesNotContain("Montant à régler");
        assertThat(TEMPLATES
                        .render(InvoiceDocument.of(SELLER_ID, noDueDate, Locale.FRENCH))
                        .body())
                .contains("\nMontant à régler : 12,00 EUR.\n");
    }

    @Test
    void aCreditNoteHasItsOwnWording() {
        Invoice creditNote = MailFixtures.invoiceBuilder(DocumentType.CREDIT_NOTE, "AV-2026-00007", "100.00")
                .build();

        MailContent content = TEMPLATES.render(InvoiceDocument.of(SELLER_ID, creditNote, Locale.FRENCH));

        assertThat(content.subject()).isEqualTo("Avoir AV-2026-00007 – ACME Services");
        assertThat(content.body())
                .isEqualTo("Bonjour,\n\n"
                        + "Veuillez trouver ci-joint l'avoir AV-2026-00007 du 23 novembre 2026, d'un montant total de"
                        + " 120,00 EUR.\n\n"
                        + "Cordialement,\n"
                        + "ACME Services");
    }

    @Test
    void aStatementWithNothingOverdueSaysNothingOfIt() {
        // as of 1 December 2026, FA-2026-00042 is not yet due (23 December)
        CustomerStatement statement = CustomerStatement.of(
                MailFixtures.account(),
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 12, 1));

        MailContent content = TEMPLATES.render(new StatementDocument(statement, "ACME Services", Locale.ENGLISH));

        assertThat(content.subject()).isEqualTo("Your statement of account as of 1 December 2026 – ACME Services");
        assertThat(content.body())
                .isEqualTo("Hello,\n\n"
                        + "Please find attached your statement of account from 1 November 2026 to 30 November 2026.\n"
                        + "Balance on 30 November 2026: 1,234.56 EUR.\n"
                        + "Due as of 1 December 2026: 0.00 EUR.\n\n"
                        + "Kind regards\n"
                        + "ACME Services");
    }

    @Test
    void aLanguageWithoutTextsIsWrittenInEnglish() {
        MailContent content = TEMPLATES.render(InvoiceDocument.of(SELLER_ID, MailFixtures.invoice(), Locale.GERMAN));

        assertThat(content.language()).isEqualTo("en");
        assertThat(content.subject()).startsWith("Invoice ");
        assertThat(TEMPLATES.languages()).containsExactly("en", "fr");
    }

    @Test
    void applicationsAddALanguage() {
        MailTemplates german = TEMPLATES.with(
                Locale.GERMAN,
                Map.of(
                        "invoice.subject",
                        "Rechnung {number} – {seller}",
                        "invoice.body",
                        "Betrag: {amountDue} {currency}"));

        MailContent content = german.render(InvoiceDocument.of(SELLER_ID, MailFixtures.invoice(), Locale.GERMANY));

        assertThat(content.language()).isEqualTo("de");
        assertThat(content.subject()).isEqualTo("Rechnung FA-2026-00042 – ACME Services");
        assertThat(content.body()).isEqualTo("Betrag: 1,234.56 EUR");
        // what German does not translate is written in English, key by key
        assertThat(german.text(Locale.GERMAN, "creditNote.subject")).contains("Credit note {number} – {seller}");
    }

    @Test
    void aPartialTranslationFallsBackToEnglishKeyByKey() {
        MailTemplates german = TEMPLATES.with(Locale.GERMAN, Map.of("invoice.subject", "Rechnung {number} – {seller}"));

        MailContent content = german.render(InvoiceDocument.of(SELLER_ID, MailFixtures.invoice(), Locale.GERMANY)
                .withPaymentLink(MailFixtures.LINK));

        assertThat(content.language()).isEqualTo("de");
        assertThat(content.subject()).isEqualTo("Rechnung FA-2026-00042 – ACME Services");
        assertThat(content.body())
                .isEqualTo("Hello,\n\n"
                        + "Please find attached invoice FA-2026-00042 of 23 November 2026, for a total of 1,234.56 EUR.\n"
                        + "Amount due: 1,234.56 EUR, to be paid by 23 December 2026.\n\n"
                        + "You can pay online: https://pay.example.com/i/FA-2026-00042\n\n"
                        + "Kind regards\n"
                        + "ACME Services");
    }

    @Test
    void aTranslatedBodyWithoutItsClausesTakesTheEnglishClauses() {
        MailTemplates german = TEMPLATES.with(
                Locale.GERMAN,
                Map.of(
                        "invoice.subject", "Rechnung {number}",
                        "invoice.body", "Rechnung {number}.{amountDueClause}",
                        "clause.dueDate", ", zahlbar bis {dueDate}"));

        MailContent content = german.render(InvoiceDocument.of(SELLER_ID, MailFixtures.invoice(), Locale.GERMAN));

        // clause.amountDue is English, the clause it inserts German
        assertThat(content.body())
                .isEqualTo("Rechnung FA-2026-00042.\nAmount due: 1,234.56 EUR, zahlbar bis 23 December 2026.");
    }

    @Test
    void anUnknownPlaceholderIsRefusedWhenAdded() {
        assertThatThrownBy(() -> TEMPLATES.with(Locale.FRENCH, Map.of("invoice.subject", "Facture {numero}")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::ruleId, Violation::path)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                        "ECH-MAIL-23", "templates.fr.invoice.subject")));
    }

    @Test
    void aPlaceholderWithoutValueIsRefusedWhenRendered() {
        MailTemplates dueDateEverywhere =
                TEMPLATES.with(Locale.FRENCH, Map.of("invoice.subject", "Facture {number} due le {dueDate}"));
        Invoice noDueDate = MailFixtures.invoiceBuilder(DocumentType.COMMERCIAL_INVOICE, "FA-1", "10.00")
                .build();

        assertThatThrownBy(() -> dueDateEverywhere.render(InvoiceDocument.of(SELLER_ID, noDueDate, Locale.FRENCH)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("templates.fr.invoice.subject: {dueDate} has no value for this document (ECH-MAIL-24)");
    }

    @Test
    void aSubjectIsAlwaysOneLine() {
        MailTemplates twoLines = TEMPLATES.with(Locale.FRENCH, Map.of("invoice.subject", "Facture\n{number}\t"));

        assertThat(twoLines.render(InvoiceDocument.of(SELLER_ID, MailFixtures.invoice(), Locale.FRENCH))
                        .subject())
                .isEqualTo("Facture FA-2026-00042");
    }

    @Test
    void frenchAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(bundle("messages_fr.properties").stringPropertyNames())
                .isEqualTo(bundle("messages.properties").stringPropertyNames())
                .contains("invoice.subject", "invoice.body", "creditNote.body", "statement.body", "clause.paymentLink");
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MailTemplates.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
