package org.echeance.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;
import org.junit.jupiter.api.Test;

class TextTemplatesTest {
    private static final Placeholders PLACEHOLDERS = Placeholders.of(
            Set.of("number", "amount", "dueDate"), Set.of("dueDateClause", "noteClause"), "T-1", "T-2", "TestTexts");

    /** English: every key; French: a complete translation. */
    private static final TextTemplates TEMPLATES = TextTemplates.of(PLACEHOLDERS)
            .with(
                    Locale.ENGLISH,
                    Map.of(
                            "invoice.subject", "Invoice {number}",
                            "invoice.body", "Please pay {amount}{dueDateClause}.",
                            "clause.dueDate", " by {dueDate}",
                            "clause.note", " (note)"))
            .with(
                    Locale.FRENCH,
                    Map.of(
                            "invoice.subject", "Facture {number}",
                            "invoice.body", "Merci de régler {amount}{dueDateClause}.",
                            "clause.dueDate", " au plus tard le {dueDate}",
                            "clause.note", " (note)"));

    private static final Map<String, String> VALUES =
            Map.of("number", "FA-1", "amount", "12,00 EUR", "dueDate", "1er mars 2026");
    private static final Map<String, String> DUE_DATE = Map.of("dueDateClause", "clause.dueDate", "noteClause", "");
    private static final Map<String, String> NO_DUE_DATE = Map.of("dueDateClause", "", "noteClause", "");

    @Test
    void placeholdersAreReplacedByTheirValuesAndClausesByTheirTextOrNothing() {
        assertThat(TEMPLATES.render(Locale.FRANCE, "invoice.subject", VALUES, DUE_DATE))
                .isEqualTo("Facture FA-1");
        assertThat(TEMPLATES.render(Locale.FRANCE, "invoice.body", VALUES, DUE_DATE))
                .isEqualTo("Merci de régler 12,00 EUR au plus tard le 1er mars 2026.");
        assertThat(TEMPLATES.render(Locale.FRANCE, "invoice.body", Map.of("amount", "12,00 EUR"), NO_DUE_DATE))
                .isEqualTo("Merci de régler 12,00 EUR.");
    }

    @Test
    void aLanguageWithoutTextsIsWrittenInEnglish() {
        assertThat(TEMPLATES.languageFor(Locale.GERMANY)).isEqualTo("en");
        assertThat(TEMPLATES.languageFor(Locale.ROOT)).isEqualTo("en");
        assertThat(TEMPLATES.languageFor(Locale.forLanguageTag("fr-BE"))).isEqualTo("fr");
        assertThat(TEMPLATES.render(Locale.GERMANY, "invoice.body", VALUES, DUE_DATE))
                .isEqualTo("Please pay 12,00 EUR by 1er mars 2026.");
        assertThat(TEMPLATES.languages()).containsExactly("en", "fr");
    }

    @Test
    void aPartialTranslationFallsBackToEnglishKeyByKey() {
        TextTemplates german = TEMPLATES.with(Locale.GERMAN, Map.of("invoice.subject", "Rechnung {number}"));

        assertThat(german.languageFor(Locale.GERMANY)).isEqualTo("de");
        assertThat(german.render(Locale.GERMANY, "invoice.subject", VALUES, DUE_DATE))
                .isEqualTo("Rechnung FA-1");
        assertThat(german.render(Locale.GERMANY, "invoice.body", VALUES, DUE_DATE))
                .isEqualTo("Please pay 12,00 EUR by 1er mars 2026.");
        assertThat(german.text(Locale.GERMAN, "invoice.body")).contains("Please pay {amount}{dueDateClause}.");
        assertThat(german.text(Locale.GERMAN, "no.such.key")).isEmpty();
        // the other languages are untouched
        assertThat(german.render(Locale.FRENCH, "invoice.subject", VALUES, DUE_DATE))
                .isEqualTo("Facture FA-1");
    }

    @Test
    void clausesFallBackKeyByKeyToo() {
        TextTemplates translatedBody =
                TEMPLATES.with(Locale.GERMAN, Map.of("invoice.body", "Bitte zahlen Sie {amount}{dueDateClause}."));
        TextTemplates translatedClause = TEMPLATES.with(Locale.GERMAN, Map.of("clause.dueDate", " bis zum {dueDate}"));

        assertThat(translatedBody.render(Locale.GERMAN, "invoice.body", VALUES, DUE_DATE))
                .isEqualTo("Bitte zahlen Sie 12,00 EUR by 1er mars 2026.");
        assertThat(translatedClause.render(Locale.GERMAN, "invoice.body", VALUES, DUE_DATE))
                .isEqualTo("Please pay 12,00 EUR bis zum 1er mars 2026.");
    }

    @Test
    void addingTextsKeepsTheOtherTextsOfThatLanguageAndLeavesTheOriginalUnchanged() {
        TextTemplates changed = TEMPLATES.with(Locale.FRENCH, Map.of("invoice.subject", "Votre facture {number}"));

        assertThat(changed.text(Locale.FRENCH, "invoice.subject")).contains("Votre facture {number}");
        assertThat(changed.text(Locale.FRENCH, "invoice.body")).contains("Merci de régler {amount}{dueDateClause}.");
        assertThat(TEMPLATES.text(Locale.FRENCH, "invoice.subject")).contains("Facture {number}");
    }

    @Test
    void anUnknownWordInBracesIsRefusedWithTheCallersRuleNamingTheWordAndTheKey() {
        assertThatThrownBy(() -> TEMPLATES.with(
                        Locale.FRENCH,
                        Map.of(
                                "invoice.subject", "Facture {numero} du {date}",
                                "clause.note", "{noteClause}",
                                "invoice.body", "{amount}")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(
                                        new Violation(
                                                "T-1",
                                                "templates.fr.clause.note",
                                                "{noteClause} is not a placeholder a clause may use"),
                                        new Violation(
                                                "T-1",
                                                "templates.fr.invoice.subject",
                                                "{numero} is not a placeholder; see TestTexts"),
                                        new Violation(
                                                "T-1",
                                                "templates.fr.invoice.subject",
                                                "{date} is not a placeholder; see TestTexts")));
        assertThatThrownBy(() -> TEMPLATES.with(Locale.ROOT, Map.of("invoice.subject", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no language code");
    }

    @Test
    void aPlaceholderWithoutValueIsRefusedWithTheCallersRule() {
        assertThatThrownBy(() -> TEMPLATES.render(Locale.FRENCH, "invoice.body", Map.of("amount", "1"), DUE_DATE))
                .isInstanceOf(ValidationException.class)
                .hasMessage("templates.fr.clause.dueDate: {dueDate} has no value for this document (T-2)");
        // a clause placeholder no clause is chosen for has no value either
        assertThatThrownBy(() -> TEMPLATES.render(Locale.FRENCH, "invoice.body", VALUES, Map.of()))
                .hasMessage("templates.fr.invoice.body: {dueDateClause} has no value for this document (T-2)");
        // the path names the language of the text used, the one to fix
        TextTemplates german = TEMPLATES.with(Locale.GERMAN, Map.of("invoice.subject", "Rechnung {number}"));
        assertThatThrownBy(() -> german.render(Locale.GERMAN, "invoice.body", Map.of(), NO_DUE_DATE))
                .hasMessage("templates.en.invoice.body: {amount} has no value for this document (T-2)");
        // and the hint is the caller's
        TextTemplates hinted = TextTemplates.of(PLACEHOLDERS.withMissingValueHint("for this reminder: give a number"))
                .with(Locale.ENGLISH, Map.of("x", "{number}"));
        assertThatThrownBy(() -> hinted.render(Locale.ENGLISH, "x", Map.of(), Map.of()))
                .hasMessage("templates.en.x: {number} has no value for this reminder: give a number (T-2)");
    }

    @Test
    void aMissingTextIsRefusedWithTheCallersRule() {
        assertThatThrownBy(() -> TEMPLATES.render(Locale.FRENCH, "creditNote.body", VALUES, DUE_DATE))
                .isInstanceOf(ValidationException.class)
                .hasMessage(
                        "templates.fr.creditNote.body: no text under this key, in this language or in English (T-2)");
        assertThatThrownBy(() -> TEMPLATES.render(Locale.ENGLISH, "creditNote.body", VALUES, DUE_DATE))
                .hasMessage("templates.en.creditNote.body: no text under this key (T-2)");
    }

    @Test
    void clausesMayInsertClausesOnlyWhenAllowedAndNeverInALoop() {
        TextTemplates nested = TextTemplates.of(PLACEHOLDERS.withClausesInClauses())
                .with(
                        Locale.ENGLISH,
                        Map.of(
                                "body", "Pay{dueDateClause}.",
                                "clause.dueDate", " by {dueDate}{noteClause}",
                                "clause.note", " (see {noteClause})"));

        assertThat(nested.render(Locale.ENGLISH, "body", VALUES, DUE_DATE)).isEqualTo("Pay by 1er mars 2026.");
        assertThatThrownBy(() -> nested.render(
                        Locale.ENGLISH,
                        "body",
                        VALUES,
                        Map.of("dueDateClause", "clause.dueDate", "noteClause", "clause.note")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("templates.en.clause.note: clauses insert each other in a loop (T-2)");
    }

    @Test
    void frenchApostrophesAndBracesAroundNonWordsAreKept() {
        TextTemplates texts = TEMPLATES.with(
                Locale.FRENCH, Map.of("x", "L'avoir {number} n'est pas dû : { } {1} {a-b} {{number}} '{amount}'"));

        assertThat(texts.render(Locale.FRENCH, "x", VALUES, NO_DUE_DATE))
                .isEqualTo("L'avoir FA-1 n'est pas dû : { } {1} {a-b} {FA-1} '12,00 EUR'");
    }

    @Test
    void valuesAreInsertedVerbatim() {
        Map<String, String> odd = Map.of("number", "{amount} $1 \\0 l'été", "amount", "$");

        assertThat(TEMPLATES.render(Locale.ENGLISH, "invoice.subject", odd, DUE_DATE))
                .isEqualTo("Invoice {amount} $1 \\0 l'été");
    }

    @Test
    void textsAreReadAsUtf8() {
        Map<String, String> french = TextTemplates.readTexts(TextTemplatesTest.class, "texts_fr.properties");

        assertThat(french)
                .containsOnly(
                        Map.entry("invoice.subject", "Échéance : facture {number}"),
                        Map.entry(
                                "invoice.body",
                                "Veuillez trouver ci-joint l'avoir {number}, d'un montant de {amount}."));
        assertThat(TextTemplates.of(PLACEHOLDERS)
                        .with(Locale.FRENCH, french)
                        .render(Locale.FRENCH, "invoice.body", VALUES, NO_DUE_DATE))
                .isEqualTo("Veuillez trouver ci-joint l'avoir FA-1, d'un montant de 12,00 EUR.");
        assertThatThrownBy(() -> TextTemplates.readTexts(TextTemplatesTest.class, "no_such.properties"))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("no_such.properties is missing from the classpath");
    }

    @Test
    void placeholderNamesAreWordsAndEitherValuesOrClauses() {
        assertThatThrownBy(() -> Placeholders.of(Set.of("due-date"), Set.of(), "T-1", "T-2", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("values: \"due-date\" is not a word of ASCII letters");
        assertThatThrownBy(() -> Placeholders.of(Set.of("note"), Set.of("note"), "T-1", "T-2", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("clauses: note is a value placeholder too");
        assertThat(PLACEHOLDERS.isPlaceholder("noteClause")).isTrue();
        assertThat(PLACEHOLDERS.isPlaceholder("numero")).isFalse();
    }
}
