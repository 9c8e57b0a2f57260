package org.echeance.numbering;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Makes the initials of a legal name for {@code {initials}}; the rule is on {@link NumberPattern#initialsOf}. */
final class Initials {
    /** The most initials written. */
    static final int MAX_LETTERS = 4;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Legal forms (France first, then common EU and English ones), upper case, without dots. */
    private static final Set<String> LEGAL_FORMS = Set.of(
            "SA", "SAS", "SASU", "SARL", "EURL", "EI", "EIRL", "EARL", "GAEC", "SNC", "SCS", "SCA", "SCI", "SCM", "SCP",
            "SCOP", "SCIC", "SEL", "SELARL", "SELAS", "SELAFA", "SEM", "GIE", "CIE", "GMBH", "AG", "KG", "UG", "LTD",
            "LLC", "LLP", "PLC", "INC", "CORP", "BV", "NV", "SPA", "SRL", "SL", "SE");

    /** Articles, prepositions and conjunctions that carry no initial ("l'" and "d'" give "L" and "D"). */
    private static final Set<String> SMALL_WORDS =
            Set.of("DE", "DU", "DES", "LA", "LE", "LES", "L", "D", "ET", "EN", "AU", "AUX", "A", "THE", "OF", "AND");

    private Initials() {}

    static String of(String legalName) {
        List<String> words = words(legalName);
        String initials = initials(words, true);
        return initials.isEmpty() ? initials(words, false) : initials;
    }

    private static List<String> words(String legalName) {
        String plain = legalName
                .replace("Œ", "OE")
                .replace("œ", "oe")
                .replace("Æ", "AE")
                .replace("æ", "ae")
                .replace("ß", "ss")
                .replace("Ø", "O")
                .replace("ø", "o")
                .replace("Ł", "L")
                .replace("ł", "l")
                .replace("Đ", "D")
                .replace("đ", "d")
                .replace(".", "");
        plain = MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD)).replaceAll("");
        List<String> words = new ArrayList<>();
        for (String word : WORD_BREAK.split(plain)) {
            if (!word.isEmpty()) {
                words.add(word.toUpperCase(Locale.ROOT));
            }
        }
        return words;
    }

    private static String initials(List<String> words, boolean skipSmallWords) {
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            if (skipSmallWords && (LEGAL_FORMS.contains(word) || SMALL_WORDS.contains(word))) {
                continue;
            }
            char first = word.charAt(0);
            if (first >= 'A' && first <= 'Z') {
                initials.append(first);
                if (initials.length() == MAX_LETTERS) {
                    break;
                }
            }
        }
        return initials.toString();
    }
}
