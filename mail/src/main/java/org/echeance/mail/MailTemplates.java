package org.echeance.mail;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.money.MonetaryAmount;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.ledger.CustomerStatement;
import org.echeance.core.ledger.OpenItem;
import org.echeance.core.money.Amounts;
import org.echeance.core.text.DocumentText;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;
import org.echeance.scheduling.reminder.Reminder;

/**
 * The wording of mails, by language: for invoices ({@code invoice.subject}, {@code invoice.body}), credit notes
 * ({@code creditNote.…}) and statements ({@code statement.…}), plus the clauses the bodies insert ({@code
 * clause.amountDue}, {@code clause.dueDate}, {@code clause.paid}, {@code clause.paymentLink}, {@code
 * clause.overdue}). A reminder keeps the subject and body the reminder engine rendered; only {@code
 * clause.paymentLink} is added after its body when a link is given.
 *
 * <p>{@link #builtIn()} has English and French texts, read from the resource bundle {@code
 * org/echeance/mail/messages} (English, the base) and {@code messages_fr} (UTF-8). Applications add languages or
 * replace texts with {@link #with(Locale, Map)}. A language without texts is written in English.
 *
 * <p>Placeholders in braces are replaced by the document's values, written the French way for French texts and the
 * English way for all others (amounts {@code 1 234,56} / {@code 1,234.56} with the currency's scale, dates {@code 23
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
 * the document has no value for is refused when rendering ({@code ECH-MAIL-24}). Placeholders are replaced as plain
 * text ({@link java.text.MessageFormat} is not used: its quoting rules would eat French apostrophes).
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

    private static final String FALLBACK_LANGUAGE = "en";
    private static final String BUNDLE = "org.echeance.mail.messages";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final Map<String, Map<String, String>> byLanguage;

    private MailTemplates(Map<String, Map<String, String>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    /**
     * Returns the built-in English and French texts.
     *
     * @return the templates
     * @throws MissingResourceException if the built-in texts are missing (a broken jar)
     */
    public static MailTemplates builtIn() {
        return BuiltIn.TEMPLATES;
    }

    /**
     * Returns a copy of these templates with texts added or replaced for a language; the texts of that language not
     * given are kept.
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
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(texts, "texts");
        String code = language.getLanguage();
        if (code.isEmpty()) {
            throw new IllegalArgumentException("language: " + language + " has no language code");
        }
        List<Violation> violations = new ArrayList<>();
        for (Map.Entry<String, String> entry : new TreeMap<>(texts).entrySet()) {
            String key = Objects.requireNonNull(entry.getKey(), "texts key");
            Matcher matcher = PLACEHOLDER.matcher(Objects.requireNonNull(entry.getValue(), "texts[" + key + "]"));
            while (matcher.find()) {
                String name = matcher.group(1);
                if (!VALUE_PLACEHOLDERS.contains(name) && !CLAUSE_PLACEHOLDERS.contains(name)) {
                    violations.add(new Violation(
                            "ECH-MAIL-23",
                            "templates." + code + "." + key,
                            "{" + name + "} is not a placeholder; see MailTemplates"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        Map<String, Map<String, String>> all = new TreeMap<>(byLanguage);
        Map<String, String> merged = new TreeMap<>(all.getOrDefault(code, Map.of()));
        merged.putAll(texts);
        all.put(code, Map.copyOf(merged));
        return new MailTemplates(Map.copyOf(all));
    }

    /**
     * Returns the languages that have texts.
     *
     * @return the language codes, in alphabetical order
     */
    public Set<String> languages() {
        return new TreeSet<>(byLanguage.keySet());
    }

    /**
     * Returns the language whose texts are used for a locale: its language if it has texts, else English.
     *
     * @param locale the locale
     * @return the language code
     */
    public String languageFor(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return byLanguage.containsKey(locale.getLanguage()) ? locale.getLanguage() : FALLBACK_LANGUAGE;
    }

    /**
     * Returns a text, unrendered, in the language used for a locale.
     *
     * @param locale the locale
     * @param key the key, such as {@code invoice.subject}
     * @return the text, or empty if that language has none under that key
     */
    public Optional<String> text(Locale locale, String key) {
        Objects.requireNonNull(key, "key");
        return Optional.ofNullable(
                byLanguage.getOrDefault(languageFor(locale), Map.of()).get(key));
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
        return content(language, prefix, values, clauses);
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
        return content(language, "statement", values, clauses);
    }

    private MailContent renderReminder(ReminderDocument document) {
        Reminder reminder = document.reminder();
        String language = languageFor(reminder.locale());
        Map<String, String> values = new HashMap<>();
        document.paymentLink()
                .ifPresent(link -> values.put("paymentLink", link.url().toString()));
        String link =
                document.paymentLink().isPresent() ? render(language, "clause.paymentLink", values, Map.of(), 0) : "";
        String textLanguage = reminder.locale().getLanguage().isEmpty()
                ? FALLBACK_LANGUAGE
                : reminder.locale().getLanguage();
        return new MailContent(oneLine(reminder.subject()), reminder.body() + link, textLanguage);
    }

    private MailContent content(
            String language, String prefix, Map<String, String> values, Map<String, String> clauses) {
        String subject = render(language, prefix + ".subject", values, clauses, 0);
        String body = render(language, prefix + ".body", values, clauses, 0);
        return new MailContent(oneLine(subject), body, language);
    }

    /**
     * Renders a text; a clause placeholder is replaced by its clause, rendered the same way, only when the text uses
     * it, so that a language needs only the clauses its texts use.
     *
     * @param clauses the key of the clause each clause placeholder stands for, or an empty key for nothing
     * @param depth how many clauses deep this text is: a clause that uses itself is stopped
     */
    private String render(
            String language, String key, Map<String, String> values, Map<String, String> clauses, int depth) {
        String path = "templates." + language + "." + key;
        String text = byLanguage.getOrDefault(language, Map.of()).get(key);
        if (text == null) {
            throw ValidationException.of("ECH-MAIL-24", path, "no text under this key");
        }
        if (depth > CLAUSE_PLACEHOLDERS.size()) {
            throw ValidationException.of("ECH-MAIL-24", path, "clauses insert each other in a loop");
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = values.get(name);
            String clauseKey = clauses.get(name);
            if (value == null && clauseKey != null) {
                value = clauseKey.isEmpty() ? "" : render(language, clauseKey, values, clauses, depth + 1);
            }
            if (value == null) {
                throw ValidationException.of("ECH-MAIL-24", path, "{" + name + "} has no value for this document");
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    /** Folds every run of white space, line breaks included, into one space: a subject is one line. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
    }

    private static Map<String, String> load(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE,
                locale,
                MailTemplates.class.getClassLoader(),
                // never the JVM's default locale: the same texts on every machine
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> texts = new TreeMap<>();
        for (String key : bundle.keySet()) {
            texts.put(key, bundle.getString(key));
        }
        return texts;
    }

    /** Loads the built-in texts once, on first use. */
    private static final class BuiltIn {
        static final MailTemplates TEMPLATES = new MailTemplates(Map.of())
                .with(Locale.ENGLISH, load(Locale.ROOT))
                .with(Locale.FRENCH, load(Locale.FRENCH));

        private BuiltIn() {}
    }
}
