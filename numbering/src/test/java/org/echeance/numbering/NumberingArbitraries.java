package org.echeance.numbering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.numbering.NumberingRequest;
import org.echeance.core.party.Party;

/** Generators for the numbering properties: patterns, the values numbers are made of, scopes. */
final class NumberingArbitraries {
    /** Every token but the counter, by name. */
    static final List<String> TOKENS = List.of("yyyy", "yy", "MM", "dd", "series", "customer", "initials", "product");

    private NumberingArbitraries() {}

    /**
     * A pattern's text and the names of its tokens, such as {@code seq:5}.
     *
     * @param text the pattern
     * @param tokens the token names, in order
     */
    record PatternText(String text, List<String> tokens) {
        boolean has(String token) {
            return tokens.contains(token);
        }

        int padding() {
            for (String token : tokens) {
                if (token.startsWith("seq:")) {
                    return Integer.parseInt(token.substring(4));
                }
            }
            return 0;
        }
    }

    /**
     * The values of a document to number.
     *
     * @param issueDate the issue date
     * @param series the series code
     * @param customer the customer number
     * @param buyerName the buyer's legal name
     * @param product the product code
     * @param sequence the counter value
     */
    record Sample(
            LocalDate issueDate, String series, String customer, String buyerName, String product, long sequence) {
        NumberingRequest request() {
            return new NumberingRequest(
                    NumberingFixtures.ATELIER,
                    DocumentType.COMMERCIAL_INVOICE,
                    issueDate,
                    Party.builder(buyerName).build(),
                    Optional.of(customer),
                    Optional.of(product));
        }
    }

    /**
     * Patterns with one counter whose tokens are all separated by a literal holding a character that no value holds,
     * so that a number reads back exactly; with literal prefixes and suffixes, escaped braces included.
     */
    static Arbitrary<PatternText> delimitedPatterns() {
        Arbitrary<List<String>> others =
                Arbitraries.of(TOKENS).list().ofMinSize(0).ofMaxSize(5);
        Arbitrary<String> counter =
                Arbitraries.integers().between(0, 12).map(padding -> padding == 0 ? "seq" : "seq:" + padding);
        Arbitrary<List<String>> delimiters = Arbitraries.of("-", "/", "_", ".", "+", " ", "-/-", "#", "x-", "~")
                .list()
                .ofSize(6);
        return Combinators.combine(
                        others,
                        counter,
                        Arbitraries.integers().between(0, 5),
                        delimiters,
                        Arbitraries.of("", "FA-", "INV", "#", "{{", "}}-"),
                        Arbitraries.of("", "-X", "}}", "/"))
                .as((tokens, seq, at, separators, prefix, suffix) -> {
                    List<String> all = new ArrayList<>(tokens);
                    all.add(Math.min(at, all.size()), seq);
                    StringBuilder text = new StringBuilder(prefix);
                    for (int i = 0; i < all.size(); i++) {
                        if (i > 0) {
                            text.append(separators.get(i - 1));
                        }
                        text.append('{').append(all.get(i)).append('}');
                    }
                    return new PatternText(text.append(suffix).toString(), List.copyOf(all));
                });
    }

    /**
     * Patterns of any shape the builder accepts: tokens with or without a counter, between literal chunks that may
     * be empty or hold braces (written doubled).
     */
    static Arbitrary<PatternText> anyPatterns() {
        Arbitrary<String> chunks = Arbitraries.strings()
                .withChars("AbZ9-_/ .é{}")
                .ofMinLength(0)
                .ofMaxLength(5)
                .map(chunk -> chunk.replace("{", "{{").replace("}", "}}"));
        Arbitrary<String> tokens = Arbitraries.of(TOKENS);
        Arbitrary<String> counter = Arbitraries.integers()
                .between(-1, 12)
                .map(padding -> padding < 0 ? "" : padding == 0 ? "seq" : "seq:" + padding);
        return Combinators.combine(
                        tokens.list().ofMaxSize(4),
                        counter,
                        Arbitraries.integers().between(0, 4),
                        chunks.list().ofSize(6))
                .as((names, seq, at, literals) -> {
                    List<String> all = new ArrayList<>(names);
                    if (!seq.isEmpty()) {
                        all.add(Math.min(at, all.size()), seq);
                    }
                    StringBuilder text = new StringBuilder(literals.get(0));
                    for (int i = 0; i < all.size(); i++) {
                        text.append('{').append(all.get(i)).append('}').append(literals.get(i + 1));
                    }
                    return new PatternText(text.toString(), List.copyOf(all));
                })
                .filter(pattern -> !pattern.text().isEmpty());
    }

    /** Values for a number: dates of four centuries, letters and digits for free text, counters up to 10^12. */
    static Arbitrary<Sample> samples() {
        Arbitrary<String> alphanumeric =
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12);
        return Combinators.combine(
                        Arbitraries.integers().between(1900, 2199),
                        Arbitraries.integers().between(1, 366),
                        Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(6),
                        alphanumeric,
                        buyerNames(),
                        alphanumeric,
                        Arbitraries.longs().between(1, 999_999_999_999L))
                .as((year, dayOfYear, series, customer, buyer, product, sequence) -> new Sample(
                        LocalDate.ofYearDay(
                                year,
                                Math.min(dayOfYear, LocalDate.of(year, 1, 1).lengthOfYear())),
                        series,
                        customer,
                        buyer,
                        product,
                        sequence));
    }

    /** Legal names of one to four words, with accents, legal forms and small words. */
    static Arbitrary<String> buyerNames() {
        Arbitrary<String> words = Arbitraries.oneOf(
                Arbitraries.strings()
                        .withChars("abcdeéèfgôrstuvzç")
                        .ofMinLength(1)
                        .ofMaxLength(8)
                        .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1)),
                Arbitraries.of("SAS", "SARL", "de", "la", "du", "L'Atelier", "Œuvre", "Élan", "&", "3M"));
        return words.list()
                .ofMinSize(1)
                .ofMaxSize(4)
                .map(list -> String.join(" ", list))
                .filter(name -> !NumberPattern.initialsOf(name).isEmpty());
    }
}
