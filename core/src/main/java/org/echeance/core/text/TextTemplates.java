package org.echeance.core.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * The wording of one kind of document, by language: texts under keys ({@code invoice.subject}, {@code
 * first-reminder.body}, {@code clause.fee}…) with placeholders in braces, such as {@code Invoice {number}}. The
 * reminder and mail templates are built on it.
 *
 * <p>English is the fallback, language by language and key by key: a locale whose language has no texts is written
 * in English, and a language that lacks a text (a partial translation) takes the English text under that key. The
 * clauses a text inserts are looked up the same way, so a translated body may insert an English clause and an
 * English body a translated one.
 *
 * <p>Texts whose key starts with {@code clause.} are clauses. A word of ASCII letters in braces must be one of the
 * {@link Placeholders}; clause placeholders may be used in clauses only if the placeholders allow it. Anything else
 * in braces ({@code { }}, {@code {1}}) is kept as it is. Placeholders are replaced as plain text: {@link
 * java.text.MessageFormat} is not used, because its quoting rules would eat the apostrophes of French texts, and
 * the values are inserted verbatim, even when they contain braces, {@code $} or {@code \}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TextTemplates {
    /** The language of the texts used when a language has none: English ({@code en}). */
    public static final String FALLBACK_LANGUAGE = "en";

    /** How the keys of clauses start. */
    public static final String CLAUSE_PREFIX = "clause.";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

    private final Placeholders placeholders;
    private final Map<String, Map<String, String>> byLanguage;

    private TextTemplates(Placeholders placeholders, Map<String, Map<String, String>> byLanguage) {
        this.placeholders = placeholders;
        this.byLanguage = byLanguage;
    }

    /**
     * Returns templates without any text, for some placeholders.
     *
     * @param placeholders the placeholders the texts may use
     * @return the templates
     */
    public static TextTemplates of(Placeholders placeholders) {
        return new TextTemplates(Objects.requireNonNull(placeholders, "placeholders"), Map.of());
    }

    /**
     * Reads texts from a {@code .properties} resource in UTF-8 ({@link Properties#load(InputStream)} would read
     * ISO-8859-1).
     *
     * @param anchor the class the resource name is relative to, through {@link Class#getResourceAsStream(String)}
     * @param resource the resource name, such as {@code messages_fr.properties}
     * @return the texts by key
     * @throws UncheckedIOException if the resource is missing or cannot be read
     */
    public static Map<String, String> readTexts(Class<?> anchor, String resource) {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(resource, "resource");
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException(resource + " is missing from the classpath"));
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> texts = new TreeMap<>();
            for (String name : properties.stringPropertyNames()) {
                texts.put(name, properties.getProperty(name));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " cannot be read", e);
        }
    }

    /**
     * Returns the placeholders the texts may use.
     *
     * @return the placeholders
     */
    public Placeholders placeholders() {
        return placeholders;
    }

    /**
     * Returns a copy of these templates with texts added or replaced for a language; texts of that language not
     * given are kept.
     *
     * <p>For example {@code templates.with(Locale.GERMAN, Map.of("invoice.subject", "Rechnung {number}"))}.
     *
     * @param language the language; only its language code counts ({@code fr} for {@code fr-BE})
     * @param texts the texts by key
     * @return the templates
     * @throws IllegalArgumentException if the locale has no language code
     * @throws ValidationException if a text uses a word in braces that is not a placeholder, or a clause uses a
     *     clause placeholder where clauses may not use clauses; one violation per word, citing {@link
     *     Placeholders#unknownRule()} and the path {@code templates.LANGUAGE.KEY}
     */
    public TextTemplates with(Locale language, Map<String, String> texts) {
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
        return new TextTemplates(placeholders, Map.copyOf(all));
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
     * Returns the language a locale is written in: its language if it has texts, else English.
     *
     * @param locale the locale
     * @return the language code
     */
    public String languageFor(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return byLanguage.containsKey(locale.getLanguage()) ? locale.getLanguage() : FALLBACK_LANGUAGE;
    }

    /**
     * Returns the text used under a key for a locale, unrendered: the text of its language, else the English one.
     *
     * @param locale the locale
     * @param key the key, such as {@code invoice.subject}
     * @return the text, or empty if neither the locale's language nor English has one under that key
     */
    public Optional<String> text(Locale locale, String key) {
        Objects.requireNonNull(key, "key");
        return source(languageFor(locale), key)
                .map(language -> byLanguage.get(language).get(key));
    }

    /**
     * Renders the text used under a key for a locale ({@link #text(Locale, String)}).
     *
     * <p>A value placeholder is replaced by its value. A clause placeholder without a value is replaced by the
     * clause {@code clauses} names for it, rendered the same way (and looked up the same way, key by key), or by
     * nothing when it names the empty key; a clause is rendered only when a text uses it, so a language needs only
     * the clauses its texts use. For example, with {@code Amount: {amount}{feeClause}}, the values {@code amount=12.00}
     * and {@code fee=5.00}, the clauses {@code feeClause=clause.fee} and {@code clause.fee= (fee {fee})}, the text
     * reads {@code Amount: 12.00 (fee 5.00)}.
     *
     * @param locale the locale
     * @param key the key of the text
     * @param values the values by placeholder name
     * @param clauses by clause placeholder name, the key of the clause that replaces it, or {@code ""} for nothing
     * @return the text
     * @throws ValidationException if there is no text under the key or under a clause's key, if a placeholder has
     *     neither a value nor a clause, or if clauses insert each other in a loop ({@link
     *     Placeholders#missingRule()})
     */
    public String render(Locale locale, String key, Map<String, String> values, Map<String, String> clauses) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(clauses, "clauses");
        return render(languageFor(locale), key, values, clauses, 0);
    }

    private String render(
            String language, String key, Map<String, String> values, Map<String, String> clauses, int depth) {
        Optional<String> source = source(language, key);
        if (source.isEmpty()) {
            throw ValidationException.of(
                    placeholders.missingRule(),
                    path(language, key),
                    language.equals(FALLBACK_LANGUAGE)
                            ? "no text under this key"
                            : "no text under this key, in this language or in English");
        }
        String path = path(source.get(), key);
        if (depth > placeholders.clauses().size()) {
            throw ValidationException.of(placeholders.missingRule(), path, "clauses insert each other in a loop");
        }
        Matcher matcher = PLACEHOLDER.matcher(byLanguage.get(source.get()).get(key));
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = values.get(name);
            String clauseKey = clauses.get(name);
            if (value == null && clauseKey != null) {
                value = clauseKey.isEmpty() ? "" : render(language, clauseKey, values, clauses, depth + 1);
            }
            if (value == null) {
                throw ValidationException.of(
                        placeholders.missingRule(),
                        path,
                        "{" + name + "} has no value " + placeholders.missingValueHint());
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    /** Returns the language whose text is used under a key: the language itself if it has one, else English. */
    private Optional<String> source(String language, String key) {
        for (String candidate : List.of(language, FALLBACK_LANGUAGE)) {
            if (byLanguage.getOrDefault(candidate, Map.of()).containsKey(key)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private void check(String language, Map<String, String> texts) {
        List<Violation> violations = new ArrayList<>();
        for (Map.Entry<String, String> entry : new TreeMap<>(texts).entrySet()) {
            String key = Objects.requireNonNull(entry.getKey(), "texts key");
            String text = Objects.requireNonNull(entry.getValue(), "texts[" + key + "]");
            boolean clause = key.startsWith(CLAUSE_PREFIX);
            Matcher matcher = PLACEHOLDER.matcher(text);
            while (matcher.find()) {
                String name = matcher.group(1);
                boolean clauseInClause = clause
                        && !placeholders.clausesInClauses()
                        && placeholders.clauses().contains(name);
                if (clauseInClause) {
                    violations.add(new Violation(
                            placeholders.unknownRule(),
                            path(language, key),
                            "{" + name + "} is not a placeholder a clause may use"));
                } else if (!placeholders.isPlaceholder(name)) {
                    violations.add(new Violation(
                            placeholders.unknownRule(),
                            path(language, key),
                            "{" + name + "} is not a placeholder; see " + placeholders.guide()));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    private static String path(String language, String key) {
        return "templates." + language + "." + key;
    }

    /** Checks if a name is a word a placeholder may be: ASCII letters only. */
    static boolean isWord(String name) {
        return WORD.matcher(name).matches();
    }

    @Override
    public String toString() {
        return "TextTemplates" + languages();
    }
}
