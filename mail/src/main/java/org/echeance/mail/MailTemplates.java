package org.echeance.mail;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.ledger.CustomerStatement;
import org.echeance.core.ledger.OpenItem;
import org.echeance.core.money.Amounts;
import org.echeance.core.text.DocumentText;
import org.echeance.core.text.Placeholders;
import org.echeance.core.text.TextTemplates;
import org.echeance.core.validation.ValidationException;
import org.echeance.scheduling.reminder.Reminder;

/**
 * The wording of mails, by language: for invoices ({@code invoice.subject}, {@code invoice.body}), credit notes
 * ({@code creditNote.…}) and statements ({@code statement.…}), plus the clauses the bodies insert ({@code
 * clause.amountDue}, {@code clause.dueDate}, {@code clause.paid}, {@code clause.paymentLink}, {@code
 * clause.overdue}). A reminder keeps the subject and body the reminder engine rendered; only {@code
 * clause.paymentLink} is added after its body when a link is given.
 *
 * <p>{@link #builtIn()} has English and French texts, read from {@code messages.properties} (English) and {@code
 * messages_fr.properties} next to this class (UTF-8). Applications add languages or replace texts with {@link
 * #with(Locale, Map)}.
 *
 * <p>English is the fallback, language by language and key by key: a language without texts is written in English,
 * and a partial translation takes the English text of every key it does not give. For example, a German set that
 * gives only {@code invoice.subject} has a German subject and the English body, and a German body that inserts
 * {@code {amountDueClause}} without a German {@code clause.amountDue} gets the English clause. The values are
 * written the way of the document's language ({@link #languageFor(Locale)}), whichever language the text is in.
 *
 * <p>Placeholders in braces are replaced by the document's values, written the French way for a French locale and
 * the English way for all others (amounts {@code 1 234,56} / {@code 1,234.56} with the currency's scale, dates {@code 23
 * novembre 2026} / {@code 23 November 2026}):
 *
 * <ul>
 *   <li>invoices: {@code {number}} (BT-1), {@code {issueDate}} (BT-2), {@code {dueDate}} (BT-9), {@code {total}} the
 *       total with VAT (BT-112), {@code {amountDue}} (BT-115), {@code {currency}} the ISO 4217 code, {@code {seller}}
 *       the seller's trading name or else its legal name, {@code {buyer}} the buyer's legal name, {@code
 *       {paymentLink}};
 *   <li>statements: {@code {customer}} the customer number, {@code {from}}, {@code {to}}, {@code {asOf}}, {@code
 *       {closingBalance}}, {@code {dueNow}}, {@code {overdue}} the open amount of the overdue items, {@code
 *       {currency}}, {@code {seller}} the name given with the statement;
 *   <li>clauses, replaced by a text or by nothing: {@code {amountDueClause}} ({@code clause.amountDue} when something
 *       is due, else {@code clause.paid}), {@code {dueDateClause}} ({@code clause.dueDate} when the invoice has a due
 *       date), {@code {paymentLinkClause}} ({@code clause.paymentLink} when a link is given), {@code {overdueClause}}
 *       ({@code clause.overdue} when something is overdue).
 * </ul>
 *
 * <p>A word in braces that is not a placeholder is refused when texts are added ({@code ECH-MAIL-23}); a placeholder
 * the document has no value for is refused when rendering ({@code ECH-MAIL-24}). Clauses may insert clauses. Braces
 * around anything but a word are kept as they are. Placeholders are replaced as plain text ({@link
 * java.text.MessageFormat} is not used: its quoting rules would eat French apostrophes). The engine is core's {@link
 * TextTemplates}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MailTemplates {
    /** The placeholders replaced by a value. */
    public static final Set<String> VALUE_PLACEHOLDERS = Set.of(
            "number",
            "issueDate",
            "dueDate",
            "total",
            "amountDue",
            "currency",
            "seller",
            "buyer",
            "paymentLink",
            "customer",
            "from",
            "to",
            "asOf",
            "closingBalance",
            "dueNow",
            "overdue");

    /** The placeholders replaced by a clause, or by nothing. */
    public static final Set<String> CLAUSE_PLACEHOLDERS =
            Set.of("amountDueClause", "dueDateClause", "paymentLinkClause", "overdueClause");

    private static final Placeholders PLACEHOLDERS = Placeholders.of(
                    VALUE_PLACEHOLDERS, CLAUSE_PLACEHOLDERS, "ECH-MAIL-23", "ECH-MAIL-24", "MailTemplates")
            .withClausesInClauses();

    private final TextTemplates texts;

    private MailTemplates(TextTemplates texts) {
        this.texts = texts;
    }

    /**
     * Returns the built-in English and French texts.
     *
     * @return the templates
     * @throws UncheckedIOException if the built-in texts cannot be read (a broken jar)
     */
    public static MailTemplates builtIn() {
        return BuiltIn.TEMPLATES;
    }

    /**
     * Returns a copy of these templates with texts added or replaced for a language; the texts of that language not
     * given are kept, and keys it never gives are written in English.
     *
     * <p>For example {@code builtIn().with(Locale.GERMAN, Map.of("invoice.subject", "Rechnung {number} – {seller}",
     * …))}.
     *
     * @param language the language; only its language code counts ({@code fr} for {@code fr-BE})
     * @param texts the texts by key
     * @return the templates
     * @throws IllegalArgumentException if the locale has no language code
     * @throws ValidationException if a text uses a word in braces that is not a placeholder ({@code ECH-MAIL-23})
     */
    public MailTemplates with(Locale language, Map<String, String> texts) {
        return new MailTemplates(this.texts.with(language, texts));
    }

    /**
     * Returns the languages that have texts.
     *
     * @return the language codes, in alphabetical order
     */
    public Set<String> languages() {
        return texts.languages();
    }

    /**
     * Returns the language whose texts are used for a locale: its language if it has texts, else English. The
     * values of a mail are written the way of that language.
     *
     * @param locale the locale
     * @return the language code
     */
    public String languageFor(Locale locale) {
        return texts.languageFor(locale);
    }

    /**
     * Returns the text used under a key for a locale, unrendered: the text of the locale's language, else the
     * English one.
     *
     * @param locale the locale
     * @param key the key, such as {@code invoice.subject}
     * @return the text, or empty if neither that language nor English has one under that key
     */
    public Optional<String> text(Locale locale, String key) {
        return texts.text(locale, key);
    }

    /**
     * Renders the subject and body of the mail of a document, in its language.
     *
     * <p>For example, in French, an invoice's subject reads {@code Facture FA-2026-00042 – ACME} and its body states
     * {@code Montant à régler : 1 234,56 EUR, au plus tard le 23 décembre 2026.}
     *
     * @param document the document
     * @return the subject, the body and their language
     * @throws ValidationException if a text is missing ({@code ECH-MAIL-24}) or uses a placeholder the document has
     *     no value for ({@code ECH-MAIL-24})
     */
    public MailContent render(MailDocument document) {
        Objects.requireNonNull(document, "document");
        if (document instanceof InvoiceDocument invoice) {
            return renderInvoice(invoice);
        }
        if (document instanceof StatementDocument statement) {
            return renderStatement(statement);
        }
        return renderReminder((ReminderDocument) document);
    }

    private MailContent renderInvoice(InvoiceDocument document) {
        String language = languageFor(document.locale());
        DocumentText text = DocumentText.ofLanguage(language);
        Invoice invoice = document.invoice();
        Map<String, String> values = new HashMap<>();
        values.put("number", invoice.number().orElseThrow());
        values.put("issueDate", text.date(invoice.issueDate().orElseThrow()));
        invoice.dueDate().ifPresent(date -> values.put("dueDate", text.date(date)));
        values.put("total", text.amount(invoice.totals().taxInclusiveAmount()));
        values.put("amountDue", text.amount(invoice.totals().amountDue()));
        values.put("currency", invoice.currency().getCurrencyCode());
        values.put(
                "seller", invoice.seller().tradingName().orElse(invoice.seller().legalName()));
        values.put("buyer", invoice.buyer().legalName());
        document.paymentLink()
                .ifPresent(link -> values.put("paymentLink", link.url().toString()));
        String prefix = invoice.isCreditNote() ? "creditNote" : "invoice";
        Map<String, String> clauses = new HashMap<>();
        clauses.put("dueDateClause", invoice.dueDate().isPresent() ? "clause.dueDate" : "");
        clauses.put("paymentLinkClause", document.paymentLink().isPresent() ? "clause.paymentLink" : "");
        boolean due = Amounts.decimal(invoice.totals().amountDue()).signum() > 0;
        clauses.put("amountDueClause", due ? "clause.amountDue" : "clause.paid");
        return content(document.locale(), prefix, values, clauses);
    }

    private MailContent renderStatement(StatementDocument document) {
        String language = languageFor(document.locale());
        DocumentText text = DocumentText.ofLanguage(language);
        CustomerStatement statement = document.statement();
        BigDecimal overdue = BigDecimal.ZERO;
        for (OpenItem item : statement.overdueItems()) {
            overdue = overdue.add(Amounts.decimal(item.openAmount()));
        }
        Map<String, String> values = new HashMap<>();
        values.put("customer", statement.customerNumber());
        values.put("seller", document.sellerName());
        values.put("from", text.date(statement.from()));
        values.put("to", text.date(statement.to()));
        values.put("asOf", text.date(statement.asOf()));
        values.put("closingBalance", text.amount(statement.closingBalance()));
        values.put("dueNow", text.amount(statement.dueNow()));
        MonetaryAmount overdueAmount = Amounts.money(overdue, statement.currency());
        values.put("overdue", text.amount(overdueAmount));
        values.put("currency", statement.currency().getCurrencyCode());
        Map<String, String> clauses = Map.of("overdueClause", overdue.signum() > 0 ? "clause.overdue" : "");
        return content(document.locale(), "statement", values, clauses);
    }

    private MailContent renderReminder(ReminderDocument document) {
        Reminder reminder = document.reminder();
        Map<String, String> values = new HashMap<>();
        document.paymentLink()
                .ifPresent(link -> values.put("paymentLink", link.url().toString()));
        String link = document.paymentLink().isPresent()
                ? texts.render(reminder.locale(), "clause.paymentLink", values, Map.of())
                : "";
        String textLanguage = reminder.locale().getLanguage().isEmpty()
                ? TextTemplates.FALLBACK_LANGUAGE
                : reminder.locale().getLanguage();
        return new MailContent(oneLine(reminder.subject()), reminder.body() + link, textLanguage);
    }

    private MailContent content(Locale locale, String prefix, Map<String, String> values, Map<String, String> clauses) {
        String subject = texts.render(locale, prefix + ".subject", values, clauses);
        String body = texts.render(locale, prefix + ".body", values, clauses);
        return new MailContent(oneLine(subject), body, languageFor(locale));
    }

    /** Folds every run of white space, line breaks included, into one space: a subject is one line. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
    }

    /** Loads the built-in texts once, on first use. */
    private static final class BuiltIn {
        static final MailTemplates TEMPLATES = new MailTemplates(TextTemplates.of(PLACEHOLDERS)
                .with(Locale.ENGLISH, TextTemplates.readTexts(MailTemplates.class, "messages.properties"))
                .with(Locale.FRENCH, TextTemplates.readTexts(MailTemplates.class, "messages_fr.properties")));

        private BuiltIn() {}
    }
}
