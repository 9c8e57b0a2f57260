package org.echeance.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Rendering replaces the placeholders, and only them, by values inserted as they are. */
class TextTemplatesProperties {
    private static final Set<String> NAMES = Set.of("invoice", "amount", "dueDate");
    private static final Placeholders PLACEHOLDERS = Placeholders.of(NAMES, Set.of(), "T-1", "T-2", "TestTexts");
    private static final Pattern KNOWN_PLACEHOLDER = Pattern.compile("\\{(invoice|amount|dueDate)}");

    /**
     * A template built from pieces, each a placeholder, braces around a non-word or plain text without an opening
     * brace, renders to the same pieces with every placeholder replaced by its value.
     */
    @Property
    void renderingReplacesEveryPlaceholderAndKeepsEverythingElse(
            @ForAll("pieces") List<String> pieces,
            @ForAll("values") String invoice,
            @ForAll("values") String amount,
            @ForAll("values") String dueDate) {
        Map<String, String> values = Map.of("invoice", invoice, "amount", amount, "dueDate", dueDate);
        String template = String.join("", pieces);
        StringBuilder expected = new StringBuilder();
        for (String piece : pieces) {
            String name = piece.length() > 2 ? piece.substring(1, piece.length() - 1) : "";
            expected.append(piece.startsWith("{") && NAMES.contains(name) ? values.get(name) : piece);
        }
        TextTemplates templates = TextTemplates.of(PLACEHOLDERS).with(Locale.ENGLISH, Map.of("text", template));

        String rendered = templates.render(Locale.GERMAN, "text", values, Map.of());

        assertThat(rendered).isEqualTo(expected.toString());
    }

    /** With values free of braces, no placeholder of the known set is left in the rendered text. */
    @Property
    void noKnownPlaceholderIsLeftWhenEveryPlaceholderHasAValue(
            @ForAll("pieces") List<String> pieces, @ForAll("plainValues") String value) {
        Map<String, String> values = Map.of("invoice", value, "amount", value, "dueDate", value);
        TextTemplates templates =
                TextTemplates.of(PLACEHOLDERS).with(Locale.FRENCH, Map.of("text", String.join("", pieces)));

        String rendered = templates.render(Locale.FRENCH, "text", values, Map.of());

        assertThat(KNOWN_PLACEHOLDER.matcher(rendered).find()).isFalse();
    }

    /** Values with braces, dollars and backslashes (special to {@code Matcher.appendReplacement}) stay as given. */
    @Property
    void valuesAreInsertedVerbatim(@ForAll("values") String invoice, @ForAll("values") String amount) {
        TextTemplates templates =
                TextTemplates.of(PLACEHOLDERS).with(Locale.ENGLISH, Map.of("text", "{invoice}|{amount}"));

        String rendered = templates.render(
                Locale.ENGLISH, "text", Map.of("invoice", invoice, "amount", amount, "dueDate", ""), Map.of());

        assertThat(rendered).isEqualTo(invoice + "|" + amount);
    }

    @Provide
    Arbitrary<List<String>> pieces() {
        Arbitrary<String> placeholder = Arbitraries.of("{invoice}", "{amount}", "{dueDate}");
        Arbitrary<String> nonWord = Arbitraries.of("{ }", "{1}", "{}", "{a-b}", "}", "{l'été}");
        Arbitrary<String> plain = Arbitraries.strings().all().excludeChars('{').ofMaxLength(12);
        return Arbitraries.oneOf(placeholder, nonWord, plain).list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> values() {
        Arbitrary<String> special = Arbitraries.of("{invoice}", "{amount}", "$", "$1", "\\", "\\0", "l'été", "{");
        return Arbitraries.oneOf(special, Arbitraries.strings().all().ofMaxLength(10));
    }

    @Provide
    Arbitrary<String> plainValues() {
        return Arbitraries.strings().all().excludeChars('{', '}').ofMaxLength(10);
    }
}
