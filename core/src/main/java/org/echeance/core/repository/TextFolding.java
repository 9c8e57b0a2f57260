package org.echeance.core.repository;

import java.text.Normalizer;

/**
 * Folds text for case- and accent-insensitive search: the same function folds what is searched for and what is
 * searched in, so that every implementation finds the same records.
 *
 * <p>This class is immutable and thread-safe.
 */
final class TextFolding {
    private TextFolding() {}

    /**
     * Returns the folded form of a text: compatibility-decomposed (NFKD, so {@code "ﬁ"} becomes {@code "fi"} and a
     * non-breaking space a space), without combining marks (accents), in lower case (root locale), with the
     * ligatures and letters that do not decompose spelt out ({@code œ → oe}, {@code æ → ae}, {@code ß → ss},
     * {@code ø → o}, {@code ł → l}, {@code đ → d}), and every run of white space made one space, trimmed.
     *
     * <p>For example, {@code fold("  Cœur  de SITE Web  ")} is {@code "coeur de site web"} and {@code fold("Évaluation")}
     * is {@code "evaluation"}.
     *
     * @param text the text
     * @return the folded text, without line breaks
     */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (isMark(cp)) {
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            appendLower(out, Character.toLowerCase(cp));
        }
        return out.toString();
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static void appendLower(StringBuilder out, int cp) {
        switch (cp) {
            case 'œ':
                out.append("oe");
                break;
            case 'æ':
                out.append("ae");
                break;
            case 'ß':
                out.append("ss");
                break;
            case 'ø':
                out.append('o');
                break;
            case 'ł':
                out.append('l');
                break;
            case 'đ':
                out.append('d');
                break;
            default:
                out.appendCodePoint(cp);
        }
    }
}
