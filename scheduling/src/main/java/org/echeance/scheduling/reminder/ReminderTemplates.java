package org.echeance.scheduling.reminder;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;

/**
 * The wording of reminders, by language: for each template key, a subject ({@code KEY.subject}) and a body
 * ({@code KEY.body}), plus the optional clauses the bodies insert ({@code clause.installment}, {@code
 * clause.penalty}, {@code clause.indemnity}, {@code clause.fee}).
 *
 * <p>{@link #builtIn()} has French and English texts for the steps of {@link ReminderPlan#frenchDefault()}, read
 * from {@code messages_fr.properties} and {@code messages_en.properties} next to this class (UTF-8). Applications
 * add languages or replace texts with {@link #with(Locale, Map)}. A language without texts is written in English.
 *
 * <p>Texts contain placeholders in braces, replaced by the reminder's values; the values are written in French for
 * French templates and in English for all others:
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
 * <p>A word in braces that is not a placeholder is refused when the texts are added; braces around anything
 * else are kept as they are. Placeholders are replaced as plain text ({@link java.text.MessageFormat} is not used:
 * its quoting rules would eat the apostrophes of French texts).
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

    private static final String FALLBACK_LANGUAGE = "en";
    private static final String CLAUSE_PREFIX = "clause.";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final Map<String, Map<String, String>> byLanguage;

    private ReminderTemplates(Map<String, Map<String, String>> byLanguage) {
        this.byLanguage = byLanguage;
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
     * given are kept.
     *
     * <p>For example {@code builtIn().with(Locale.GERMAN, Map.of("first-reminder.subject", "Zahlungserinnerung:
     * Rechnung {invoice}", …))}.
     *
     * @param language the language; only its language code counts ({@code fr} for {@code fr-BE})
     * @param texts the texts by key ({@code first-reminder.body}, {@code clause.penalty}…)
     * @return the templates
     * @throws ValidationException if a text uses an unknown placeholder, or a clause uses a clause
     *     ({@code ECH-REMIND-20})
     */
    public ReminderTemplates with(Locale language, Map<String, String> texts) {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(texts, "texts");
        String code = language.getLanguage();
        if (code.isEmpty()) {
            throw new IllegalArgumentException("language: " + language + " has no language code");
        }
        check(code, texts);
        Map<String, Map<String, String>> all = new TreeMap<>(byLanguage);
        Map<String, String> merged = new TreeMap<>(all.getOrDefault(code, Map.of()));
        merged.putAll(texts);
        all.put(code, Map.copyOf(merged));
        return new ReminderTemplates(Map.copyOf(all));
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
     * @param key the key, such as {@code first-reminder.subject}
     * @return the text, or empty if that language has none under that key
     */
    public Optional<String> text(Locale locale, String key) {
        Objects.requireNonNull(key, "key");
        return Optional.ofNullable(
                byLanguage.getOrDefault(languageFor(locale), Map.of()).get(key));
    }

    /**
     * Renders a text with values; a placeholder without a value is refused.
     *
     * @param language the language code
     * @param key the key of the text
     * @param values the values by placeholder name
     * @return the text, or empty if there is none under that key
     */
    Optional<String> render(String language, String key, Map<String, String> values) {
        String text = byLanguage.getOrDefault(language, Map.of()).get(key);
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = values.get(name);
            if (value == null) {
                throw ValidationException.of(
                        "ECH-REMIND-22",
                        "templates." + language + "." + key,
                        "{" + name + "} has no value for this reminder: {penaltyRate} needs late-payment terms,"
                                + " {indemnity} terms with an indemnity, {fee} a step with a fee");
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(result);
        return Optional.of(result.toString());
    }

    private static void check(String language, Map<String, String> texts) {
        List<Violation> violations = new ArrayList<>();
        for (Map.Entry<String, String> entry : new TreeMap<>(texts).entrySet()) {
            String key = Objects.requireNonNull(entry.getKey(), "texts key");
            String text = Objects.requireNonNull(entry.getValue(), "texts[" + key + "]");
            boolean clause = key.startsWith(CLAUSE_PREFIX);
            Matcher matcher = PLACEHOLDER.matcher(text);
            while (matcher.find()) {
                String name = matcher.group(1);
                boolean known = VALUE_PLACEHOLDERS.contains(name) || (!clause && CLAUSE_PLACEHOLDERS.contains(name));
                if (!known) {
                    violations.add(new Violation(
                            "ECH-REMIND-20",
                            "templates." + language + "." + key,
                            "{" + name + "} is not a placeholder"
                                    + (clause && CLAUSE_PLACEHOLDERS.contains(name)
                                            ? " a clause may use"
                                            : "; see ReminderTemplates")));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    private static Map<String, String> load(String resource) {
        try (InputStream in = ReminderTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException(resource + " is missing from the classpath"));
            }
            Properties properties = new Properties();
            // Properties.load(InputStream) reads ISO-8859-1 on Java 17: read UTF-8 explicitly
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> texts = new LinkedHashMap<>();
            for (String name : properties.stringPropertyNames()) {
                texts.put(name, properties.getProperty(name));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " cannot be read", e);
        }
    }

    /** Loads the built-in texts once, on first use. */
    private static final class BuiltIn {
        static final ReminderTemplates TEMPLATES = new ReminderTemplates(Map.of())
                .with(Locale.FRENCH, load("messages_fr.properties"))
                .with(Locale.ENGLISH, load("messages_en.properties"));

        private BuiltIn() {}
    }
}
