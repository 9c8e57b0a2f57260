package org.echeance.scheduling.reminder;

import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.echeance.core.text.Placeholders;
import org.echeance.core.text.TextTemplates;
import org.echeance.core.validation.ValidationException;

/**
 * The wording of reminders, by language: for each template key, a subject ({@code KEY.subject}) and a body
 * ({@code KEY.body}), plus the optional clauses the bodies insert ({@code clause.installment}, {@code
 * clause.penalty}, {@code clause.indemnity}, {@code clause.fee}).
 *
 * <p>{@link #builtIn()} has French and English texts for the steps of {@link ReminderPlan#frenchDefault()}, read
 * from {@code messages_fr.properties} and {@code messages_en.properties} next to this class (UTF-8). Applications
 * add languages or replace texts with {@link #with(Locale, Map)}.
 *
 * <p>English is the fallback, language by language and key by key: a language without texts is written in English,
 * and a partial translation takes the English text of every key it does not give. For example, a German set that
 * gives only {@code first-reminder.subject} has a German subject and the English body, and a German body that
 * inserts {@code {feeClause}} without a German {@code clause.fee} gets the English clause. The values are written
 * the way of the locale's language ({@link #languageFor(Locale)}), whichever language the text is in.
 *
 * <p>Texts contain placeholders in braces, replaced by the reminder's values; the values are written in French for
 * a French locale and in English for all others:
 *
 * <ul>
 *   <li>{@code {invoice}} the invoice number, {@code {installment}} the installment's number and {@code
 *       {installments}} how many the invoice has;
 *   <li>{@code {amount}} what remains to pay, with the currency's scale and grouped by thousands ({@code 1 209,25}
 *       with a no-break space in French, {@code 1,209.25} in English), and {@code {currency}} its ISO 4217 code
 *       ({@code EUR});
 *   <li>{@code {dueDate}} and {@code {deadline}}, in full ({@code 1er mars 2026}, {@code 1 March 2026});
 *       {@code {daysLate}}, the days since the due date (0 before it);
 *   <li>{@code {penaltyRate}} ({@code 12,15 %}) and {@code {indemnity}} ({@code 40,00 EUR}) from the late-payment
 *       terms, {@code {fee}} the step's fee (a number, like {@code {amount}});
 *   <li>{@code {customer}} and {@code {seller}}: the customer number and the seller id of the account;
 *   <li>{@code {installmentClause}}, {@code {penaltyClause}}, {@code {indemnityClause}} and {@code {feeClause}}:
 *       the text of {@code clause.installment} when the invoice has several installments, {@code clause.penalty}
 *       when late-payment terms are given, {@code clause.indemnity} when they include an indemnity, and {@code
 *       clause.fee} when the step has a fee; otherwise nothing. Clauses use value placeholders only.
 * </ul>
 *
 * <p>A word in braces that is not a placeholder is refused when the texts are added ({@code ECH-REMIND-20}); braces
 * around anything else are kept as they are. A placeholder the reminder has no value for is refused when rendering
 * ({@code ECH-REMIND-22}). Placeholders are replaced as plain text ({@link java.text.MessageFormat} is not used: its
 * quoting rules would eat the apostrophes of French texts). The engine is core's {@link TextTemplates}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReminderTemplates {
    /** The placeholders replaced by a value. */
    public static final Set<String> VALUE_PLACEHOLDERS = Set.of(
            "invoice",
            "installment",
            "installments",
            "amount",
            "currency",
            "dueDate",
            "deadline",
            "daysLate",
            "penaltyRate",
            "indemnity",
            "fee",
            "customer",
            "seller");

    /** The placeholders replaced by a clause, or by nothing. */
    public static final Set<String> CLAUSE_PLACEHOLDERS =
            Set.of("installmentClause", "penaltyClause", "indemnityClause", "feeClause");

    private static final Placeholders PLACEHOLDERS = Placeholders.of(
                    VALUE_PLACEHOLDERS, CLAUSE_PLACEHOLDERS, "ECH-REMIND-20", "ECH-REMIND-22", "ReminderTemplates")
            .withMissingValueHint("for this reminder: {penaltyRate} needs late-payment terms, {indemnity} terms with"
                    + " an indemnity, {fee} a step with a fee");

    private final TextTemplates texts;

    private ReminderTemplates(TextTemplates texts) {
        this.texts = texts;
    }

    /**
     * Returns the built-in French and English texts.
     *
     * @return the templates
     * @throws UncheckedIOException if the built-in texts cannot be read (a broken jar)
     */
    public static ReminderTemplates builtIn() {
        return BuiltIn.TEMPLATES;
    }

    /**
     * Returns a copy of these templates with texts added or replaced for a language; texts of that language not
     * given are kept, and keys it never gives are written in English.
     *
     * <p>For example {@code builtIn().with(Locale.GERMAN, Map.of("first-reminder.subject", "Zahlungserinnerung:
     * Rechnung {invoice}", …))}.
     *
     * @param language the language; only its language code counts ({@code fr} for {@code fr-BE})
     * @param texts the texts by key ({@code first-reminder.body}, {@code clause.penalty}…)
     * @return the templates
     * @throws IllegalArgumentException if the locale has no language code
     * @throws ValidationException if a text uses an unknown placeholder, or a clause uses a clause
     *     ({@code ECH-REMIND-20})
     */
    public ReminderTemplates with(Locale language, Map<String, String> texts) {
        return new ReminderTemplates(this.texts.with(language, texts));
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
     * values of a reminder are written the way of that language.
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
     * @param key the key, such as {@code first-reminder.subject}
     * @return the text, or empty if neither that language nor English has one under that key
     */
    public Optional<String> text(Locale locale, String key) {
        return texts.text(locale, key);
    }

    /**
     * Renders a text with values; the clause placeholders are replaced by the clauses that apply.
     *
     * @param locale the locale of the reminder
     * @param key the key of the text
     * @param values the values by placeholder name
     * @param clauses by clause placeholder name, the key of its clause, or {@code ""} for nothing
     * @return the text
     * @throws ValidationException if a placeholder has no value ({@code ECH-REMIND-22})
     */
    String render(Locale locale, String key, Map<String, String> values, Map<String, String> clauses) {
        return texts.render(locale, key, values, clauses);
    }

    /** Loads the built-in texts once, on first use. */
    private static final class BuiltIn {
        static final ReminderTemplates TEMPLATES = new ReminderTemplates(TextTemplates.of(PLACEHOLDERS)
                .with(Locale.FRENCH, TextTemplates.readTexts(ReminderTemplates.class, "messages_fr.properties"))
                .with(Locale.ENGLISH, TextTemplates.readTexts(ReminderTemplates.class, "messages_en.properties")));

        private BuiltIn() {}
    }
}
